package fetch

import (
	"errors"
	"fmt"
)

// The kinds of refusal and failure; every error of Get wraps one of them,
// so errors.Is tells them apart.
var (
	// ErrAddress: not an absolute http or https address, or one with a
	// user name or password.
	ErrAddress = errors.New("not an address quellen fetches")
	// ErrForbidden: the host resolves to an address that is not public
	// (loopback, private, link-local, multicast, unspecified, …).
	ErrForbidden = errors.New("not a public address")
	// ErrRedirects: more redirects than allowed.
	ErrRedirects = errors.New("too many redirects")
	// ErrTooLarge: the page is larger than allowed.
	ErrTooLarge = errors.New("too large")
	// ErrTimeout: the page did not arrive in time.
	ErrTimeout = errors.New("took too long")
	// ErrContentType: the page is not HTML or text.
	ErrContentType = errors.New("not an HTML or text page")
	// ErrStatus: the server answered with another status than 200.
	ErrStatus = errors.New("the server did not give the page")
	// ErrUnreachable: the host is unknown or does not answer.
	ErrUnreachable = errors.New("unreachable")
)

// Error is why a page was not fetched: its Kind (one of the Err values),
// the address it concerns and a message that says what happened.
type Error struct {
	Kind error
	URL  string // the address asked for, or the redirect that was refused
	Msg  string
	Err  error // the underlying error, if any
	// Status is the HTTP status of an ErrStatus, else 0.
	Status int
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s", e.URL, e.Msg)
}

// Unwrap gives both the kind and the cause to errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// Refused reports whether the page was refused for what it is (its
// address, size, type or status) rather than lost on the way (a timeout,
// an unreachable host, a server error): the former is the moderator's to
// change, the latter may go away on a retry.
func (e *Error) Refused() bool {
	switch e.Kind {
	case ErrTimeout, ErrUnreachable:
		return false
	case ErrStatus:
		return e.Status < 500
	}
	return true
}

func refuse(kind error, url, format string, args ...any) *Error {
	return &Error{Kind: kind, URL: url, Msg: fmt.Sprintf(format, args...)}
}
