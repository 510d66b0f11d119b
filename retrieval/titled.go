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

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/store"
)

// titledReleases is the collection's sources by the release numbers their
// titles write (releasesWritten: "Release of 1.7.1", "Announcing Flux 2.3
// GA"; a title's "1.7.5" writes "1.7" too), read once per index version.
type titledReleases struct {
	sync.Mutex
	version int
	read    bool
	byNum   map[string][]releaseTitle // newest first
}

// releaseTitle is a source whose title writes a release number, with the
// words its title writes right before the number ("gitea" of "Gitea 1.7.5
// is released", "of" of "Release of 1.7.1").
type releaseTitle struct {
	id, published, title string
	nouns                []string
}

// titledSources returns the ids of at most n sources whose title writes
// one of the release numbers nums, of the product the question asks
// (asked, ofAsked): first those among hits, in their order, then the
// newest of the others. "Kubernetes 1.21: Power to the Community" is no
// post on "go 1.21".
func (e *Engine) titledSources(ctx context.Context, hits []store.SourceHit, nums []string, asked map[string]bool, n int) ([]string, error) {
	byNum, err := e.releaseTitles(ctx)
	if err != nil {
		return nil, err
	}
	titled := make(map[string]bool)
	var newest []releaseTitle
	for _, num := range nums {
		for _, t := range byNum[num] {
			if !titled[t.id] && ofAsked(t.title, t.nouns, asked) {
				titled[t.id] = true
				newest = append(newest, t)
			}
		}
	}
	var out []string
	for _, h := range hits {
		if len(out) < n && titled[h.SourceID] {
			out = append(out, h.SourceID)
		}
	}
	slices.SortStableFunc(newest, func(a, b releaseTitle) int {
		switch {
		case later(a.published, b.published):
			return -1
		case later(b.published, a.published):
			return 1
		}
		return 0
	})
	for _, t := range newest {
		if len(out) < n && !slices.Contains(out, t.id) {
			out = append(out, t.id)
		}
	}
	return out, nil
}

// ofAsked reports whether a title that writes a release number, the
// words nouns right before it, is of the product asked: it writes a word
// the question asks (asked: "Jekyll Turns 2.0.0"), or no capitalised name
// before the number ("Release of 1.7.1", "1.7.5"), not another product's
// ("Kubernetes 1.21: Power to the Community" for "go 1.21").
func ofAsked(title string, nouns []string, asked map[string]bool) bool {
	if slices.ContainsFunc(analysis.Scan(title), func(t analysis.Token) bool { return asked[strings.ToLower(t.Text)] }) {
		return true
	}
	return !slices.ContainsFunc(analysis.Scan(title), func(t analysis.Token) bool {
		w := strings.ToLower(t.Text)
		return analysis.StartsUpper(t.Text) && slices.Contains(nouns, w) && !versionWords[w] &&
			!analysis.For(analysis.English).IsStop(w) && !analysis.For(analysis.German).IsStop(w)
	})
}

// releaseTitles returns the collection's sources by the release numbers
// their titles write, read again after each rebuild.
func (e *Engine) releaseTitles(ctx context.Context) (map[string][]releaseTitle, error) {
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
	byNum := make(map[string][]releaseTitle)
	for _, src := range slices.Backward(all) { // Sources lists the oldest first
		for num, nouns := range releasesWritten(src.Title, src.Language) {
			byNum[num] = append(byNum[num], releaseTitle{id: src.ID, published: src.Published.Value, title: src.Title, nouns: nouns})
		}
	}
	t.version, t.read, t.byNum = version, true, byNum
	return byNum, nil
}

// fullNumbers returns the release numbers of nums that none of the others
// extends: "1.7.5", not the "1.7" versionNumbers reads in it.
func fullNumbers(nums []string) []string {
	return slices.DeleteFunc(slices.Clone(nums), func(n string) bool {
		return slices.ContainsFunc(nums, func(m string) bool { return strings.HasPrefix(m, n+".") })
	})
}

// titledByNumber reports whether a title (of language lang) is a release
// number alone, with or without its "v" ("4.0.0", "v1.15"), or writes one
// release only and that is num or one of it ("Release of 1.7.1", "Gitea
// 1.7.5 is released" for "1.7"; not "Upgrading from 1.6 to 1.7", nor
// "Chapter 3.2: Routing").
func titledByNumber(title, lang, num string) bool {
	title = strings.TrimSpace(title)
	if title == num || len(title) > 1 && (title[0] == 'v' || title[0] == 'V') && title[1:] == num {
		return true
	}
	release, _, ok := soleRelease(title, lang)
	return ok && (release == num || strings.HasPrefix(release, num+"."))
}

// soleRelease returns the one release a title (of language lang) writes,
// its fullest number ("1.7.5" of "Gitea 1.7.5 is released"), with the
// words written right before it (versionsWritten); ok is false for a
// title that writes none or several ("Upgrading from 1.6 to 1.7").
func soleRelease(title, lang string) (release string, nouns []string, ok bool) {
	written := releasesWritten(title, lang)
	full := fullNumbers(slices.Collect(maps.Keys(written)))
	if len(full) != 1 {
		return "", nil, false
	}
	return full[0], written[full[0]], true
}

// sameRelease reports whether a written release number is the release
// asked or one of it: "3", "3.0" and "3.0.0" are one; "1.21.3" is of
// "1.21".
func sameRelease(written, asked string) bool {
	return strings.EqualFold(written, asked) || strings.HasPrefix(written, asked+".") || withoutZeros(written) == withoutZeros(asked)
}
