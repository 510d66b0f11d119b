package retrieval

// The sources titled with a release number: a release post speaks of its
// release throughout, mostly without its number.

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/quellen/quellen/store"
)

// titledReleases is the collection's sources by the release numbers their
// titles write (versionsWritten: "Release of 1.7.1", "Announcing Flux 2.3
// GA"; a title's "1.7.5" writes "1.7" too), read once per index version.
type titledReleases struct {
	sync.Mutex
	version int
	read    bool
	byNum   map[string][]store.Source // newest first
}

// titledSources returns the ids of at most n sources whose title writes
// one of the release numbers nums: first those among hits, in their
// order, then the newest of the others.
func (e *Engine) titledSources(ctx context.Context, hits []store.SourceHit, nums []string, n int) ([]string, error) {
	byNum, err := e.releaseTitles(ctx)
	if err != nil {
		return nil, err
	}
	titled := make(map[string]bool)
	var newest []store.Source
	for _, num := range nums {
		for _, src := range byNum[num] {
			if !titled[src.ID] {
				titled[src.ID] = true
				newest = append(newest, src)
			}
		}
	}
	if len(titled) == 0 {
		return nil, nil
	}
	var out []string
	for _, h := range hits {
		if len(out) < n && titled[h.SourceID] {
			out = append(out, h.SourceID)
		}
	}
	slices.SortStableFunc(newest, func(a, b store.Source) int {
		if later(a.Published.Value, b.Published.Value) {
			return -1
		}
		if later(b.Published.Value, a.Published.Value) {
			return 1
		}
		return 0
	})
	for _, src := range newest {
		if len(out) < n && !slices.Contains(out, src.ID) {
			out = append(out, src.ID)
		}
	}
	return out, nil
}

// releaseTitles returns the collection's sources by the release numbers
// their titles write, read again after each rebuild.
func (e *Engine) releaseTitles(ctx context.Context) (map[string][]store.Source, error) {
	version, err := e.IndexVersion(ctx)
	if err != nil {
		return nil, fmt.Errorf("titled sources: %w", err)
	}
	t := &e.titled
	t.Lock()
	defer t.Unlock()
	if t.read && t.version == version {
		return t.byNum, nil
	}
	all, err := e.store.Sources(ctx)
	if err != nil {
		return nil, fmt.Errorf("titled sources: %w", err)
	}
	byNum := make(map[string][]store.Source)
	for _, src := range slices.Backward(all) { // Sources lists the oldest first
		for num := range versionsWritten(src.Title, src.Language) {
			byNum[num] = append(byNum[num], src)
		}
	}
	t.version, t.read, t.byNum = version, true, byNum
	return byNum, nil
}

// fullNumbers returns the release numbers of nums that extend none of the
// others: "1.7.5", not the "1.7" versionNumbers reads in it.
func fullNumbers(nums []string) []string {
	return slices.DeleteFunc(slices.Clone(nums), func(n string) bool {
		return slices.ContainsFunc(nums, func(m string) bool { return strings.HasPrefix(m, n+".") })
	})
}

// titledByNumber reports whether a title (of language lang) is a release
// number alone, with or without its "v" ("4.0.0", "v1.15"), or writes one
// release only and that is num or one of it ("Release of 1.7.1", "Gitea
// 1.7.5 is released" for "1.7"; not "Upgrading from 1.6 to 1.7").
func titledByNumber(title, lang, num string) bool {
	title = strings.TrimSpace(title)
	if title == num || len(title) > 1 && (title[0] == 'v' || title[0] == 'V') && title[1:] == num {
		return true
	}
	written := versionsWritten(title, lang)
	if _, ok := written[num]; !ok {
		return false
	}
	return len(fullNumbers(slices.Collect(maps.Keys(written)))) == 1
}
