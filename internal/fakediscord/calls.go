package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Call is one REST request the fake received, with the answer it gave.
type Call struct {
	Seq    int // 1 for the first call, in order of arrival
	Method string
	Path   string // unescaped, e.g. /api/v9/channels/123/messages
	Query  url.Values
	Header http.Header
	// Body is the JSON body, or the payload_json part of a multipart body;
	// nil when the request had none.
	Body  json.RawMessage
	Files []File // multipart file parts, in order

	Status   int             // status code the fake answered with
	Response json.RawMessage // body the fake answered with; nil for 204
}

// File is a file attached to a multipart request.
type File struct {
	Field       string // form field, e.g. files[0]
	Name        string
	ContentType string
	Data        []byte
}

// Decode unmarshals the call's JSON body (or payload_json) into v.
func (c Call) Decode(v any) error {
	if c.Body == nil {
		return fmt.Errorf("%s %s has no JSON body", c.Method, c.Path)
	}
	if err := json.Unmarshal(c.Body, v); err != nil {
		return fmt.Errorf("decode body of %s %s: %w", c.Method, c.Path, err)
	}
	return nil
}

// Authorization is the request's Authorization header.
func (c Call) Authorization() string { return c.Header.Get("Authorization") }

func (c Call) String() string {
	path := c.Path
	if len(c.Query) > 0 {
		path += "?" + c.Query.Encode()
	}
	return fmt.Sprintf("#%d %s %s -> %d", c.Seq, c.Method, path, c.Status)
}

// Matcher selects calls.
type Matcher func(Call) bool

// Route matches calls by method and path pattern. A pattern segment in
// braces, such as {id}, matches any one non-empty segment; an empty method
// matches every method. Example:
//
//	Route("POST", "/api/v9/interactions/{id}/{token}/callback")
func Route(method, pattern string) Matcher {
	want := strings.Split(pattern, "/")
	return func(c Call) bool {
		if method != "" && c.Method != method {
			return false
		}
		// Walk the path segment by segment without allocating: waiters
		// re-check every recorded call, so this runs very often.
		rest := c.Path
		for i, w := range want {
			seg, tail, more := strings.Cut(rest, "/")
			if more != (i < len(want)-1) {
				return false
			}
			wildcard := strings.HasPrefix(w, "{") && strings.HasSuffix(w, "}")
			if wildcard && seg == "" || !wildcard && seg != w {
				return false
			}
			rest = tail
		}
		return true
	}
}

// Calls returns every call recorded so far, in order of arrival.
func (f *Fake) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Call(nil), f.calls...)
}

// WaitFor blocks until a call matching match has been recorded and returns
// the first such call.
func (f *Fake) WaitFor(ctx context.Context, match Matcher) (Call, error) {
	calls, err := f.WaitN(ctx, 1, match)
	if err != nil {
		return Call{}, err
	}
	return calls[0], nil
}

// WaitN blocks until n calls matching match have been recorded and returns
// the first n of them. On timeout the error lists the calls seen, which is
// usually what explains the failure.
func (f *Fake) WaitN(ctx context.Context, n int, match Matcher) ([]Call, error) {
	var found []Call
	scanned := 0 // calls are only ever appended: each is checked once
	err := f.waitUntil(ctx, func() bool {
		for ; scanned < len(f.calls) && len(found) < n; scanned++ {
			if c := f.calls[scanned]; match(c) {
				found = append(found, c)
			}
		}
		return len(found) == n
	})
	if err != nil {
		return nil, fmt.Errorf("wait for %d matching calls, got %d; calls so far:%s: %w",
			n, len(found), formatCalls(f.Calls()), err)
	}
	return found, nil
}

func formatCalls(calls []Call) string {
	if len(calls) == 0 {
		return " none"
	}
	var b strings.Builder
	for _, c := range calls {
		b.WriteString("\n\t")
		b.WriteString(c.String())
	}
	return b.String()
}

// record stores a finished call and wakes waiters.
func (f *Fake) record(c *Call) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c.Seq = len(f.calls) + 1
	f.calls = append(f.calls, *c)
	f.notifyLocked()
}
