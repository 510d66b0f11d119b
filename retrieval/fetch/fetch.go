// Package fetch gets an article page from an address a moderator gave,
// treating the address and whatever answers as hostile until checked: only
// http and https; every address the host resolves to must be public (not
// loopback, private, link-local, multicast or unspecified), checked when
// the connection is made, so that a second DNS answer (rebinding) cannot
// slip past; at most a few redirects, each checked the same way; a time
// and a size limit; HTML or text only. Each refusal is an *Error whose
// message says what was refused and why.
package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// The limits Get applies unless Options set others.
const (
	DefaultTimeout      = 10 * time.Second
	DefaultMaxBytes     = 5 << 20
	DefaultMaxRedirects = 5
	// MaxURLLength bounds an address a moderator may give.
	MaxURLLength = 2048
)

// Resolver looks host names up; *net.Resolver is one.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Options configure a Fetcher; the zero value gives the defaults.
type Options struct {
	// AllowPrivate lifts the address rule: loopback, private and the other
	// non-public addresses may be fetched (QUELLEN_ALLOW_PRIVATE_SOURCES,
	// for intranets and for tests that serve pages on 127.0.0.1).
	AllowPrivate bool
	// Resolver looks host names up; nil uses the system's.
	Resolver Resolver
	// Timeout bounds a whole fetch, redirects and body included.
	Timeout time.Duration
	// MaxBytes bounds the page's body.
	MaxBytes int64
	// MaxRedirects bounds the redirects followed.
	MaxRedirects int
	// UserAgent is sent with every request.
	UserAgent string
}

// Fetcher gets pages. It is safe for concurrent use.
type Fetcher struct {
	opts   Options
	client *http.Client
	// connect opens a connection to an address that was checked. By
	// default it dials with a second check of the address really
	// connected to; tests route public test addresses to local servers.
	connect func(ctx context.Context, network, address string) (net.Conn, error)
}

// New returns a Fetcher with opts, defaults filled in.
func New(opts Options) *Fetcher {
	if opts.Resolver == nil {
		opts.Resolver = net.DefaultResolver
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "Quellen/1 (+https://github.com/quellen/quellen; adds articles a moderator asked for)"
	}
	f := &Fetcher{opts: opts}
	dialer := &net.Dialer{Timeout: opts.Timeout, Control: f.control}
	f.connect = dialer.DialContext
	transport := &http.Transport{
		// No proxy from the environment: it would connect for us, to
		// addresses this package never sees.
		Proxy:                  nil,
		DialContext:            f.dialContext,
		ForceAttemptHTTP2:      true,
		TLSHandshakeTimeout:    opts.Timeout,
		ResponseHeaderTimeout:  opts.Timeout,
		MaxIdleConns:           4,
		IdleConnTimeout:        30 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
	}
	f.client = &http.Client{Transport: transport, CheckRedirect: f.checkRedirect}
	return f
}

// Page is a fetched page.
type Page struct {
	// URL is where the page was found, after any redirects.
	URL *url.URL
	// Redirects are the addresses passed through, in order, without the
	// first and the last.
	Redirects []string
	// MediaType is the page's type without parameters: text/html,
	// application/xhtml+xml, text/plain or text/markdown.
	MediaType string
	// Body is the page converted to UTF-8.
	Body []byte
}

// IsHTML reports whether the page is HTML (else it is plain text).
func (p *Page) IsHTML() bool {
	return p.MediaType == "text/html" || p.MediaType == "application/xhtml+xml"
}

// acceptedTypes are the media types Get accepts.
var acceptedTypes = map[string]bool{
	"text/html":             true,
	"application/xhtml+xml": true,
	"text/plain":            true,
	"text/markdown":         true,
	"text/x-markdown":       true,
}

// CheckURL parses an address a moderator gave: absolute, http or https,
// with a host, without a user name or password, without spaces or control
// characters, at most MaxURLLength long. The fragment is dropped.
func CheckURL(raw string) (*url.URL, error) {
	raw = strings.TrimSpace(raw)
	bad := func(why string) error {
		return refuse(ErrAddress, printable(raw), "%s; give an address such as https://example.org/article", why)
	}
	if raw == "" {
		return nil, bad("no address")
	}
	if len(raw) > MaxURLLength {
		return nil, bad(fmt.Sprintf("longer than %d characters", MaxURLLength))
	}
	if strings.IndexFunc(raw, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) || r == utf8.RuneError }) >= 0 {
		return nil, bad("it has spaces, control or formatting characters")
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, bad("not an address")
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	case "":
		return nil, bad("no http:// or https:// in front")
	default:
		return nil, bad(fmt.Sprintf("only http and https addresses are fetched, not %s:", strings.ToLower(u.Scheme)))
	}
	if u.Opaque != "" || u.Host == "" || u.Hostname() == "" {
		return nil, bad("no host")
	}
	if u.User != nil {
		return nil, bad("a user name or password in the address")
	}
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return nil, bad("the port " + p + " does not exist")
		}
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Fragment, u.RawFragment = "", ""
	return u, nil
}

// trail records the addresses a fetch passes through, for messages.
type trail struct{ urls []string }

type trailKey struct{}

func trailOf(ctx context.Context) *trail {
	t, _ := ctx.Value(trailKey{}).(*trail)
	return t
}

// Get fetches the page at raw. The whole fetch, redirects and body
// included, ends within the timeout; ctx can end it sooner, and then its
// error is returned as it is. Every other failure is an *Error.
func (f *Fetcher) Get(ctx context.Context, raw string) (*Page, error) {
	u, err := CheckURL(raw)
	if err != nil {
		return nil, err
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, f.opts.Timeout)
	defer cancel()
	tr := &trail{urls: []string{u.String()}}
	ctx = context.WithValue(ctx, trailKey{}, tr)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, refuse(ErrAddress, u.String(), "not an address: %v", err)
	}
	req.Header.Set("User-Agent", f.opts.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/plain;q=0.8, text/markdown;q=0.8")
	req.Header.Set("Accept-Language", "de, en;q=0.8")
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.explain(parent, ctx, u.String(), tr, err)
	}
	defer resp.Body.Close()
	page := &Page{URL: resp.Request.URL}
	if n := len(tr.urls); n > 2 {
		page.Redirects = append(page.Redirects, tr.urls[1:n-1]...)
	}
	if resp.StatusCode != http.StatusOK {
		e := refuse(ErrStatus, u.String(), "the server answered %q", resp.Status)
		e.Status = resp.StatusCode
		return nil, e
	}
	declared := resp.Header.Get("Content-Type")
	if declared != "" {
		mt, _, err := mime.ParseMediaType(declared)
		if err != nil || !acceptedTypes[strings.ToLower(mt)] {
			return nil, refuse(ErrContentType, u.String(), "the page is %s, not HTML or text", printable(declared))
		}
		page.MediaType = strings.ToLower(mt)
	}
	limit := f.opts.MaxBytes
	if resp.ContentLength > limit {
		return nil, refuse(ErrTooLarge, u.String(), "the page has %s, more than the %s allowed", size(resp.ContentLength), size(limit))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, f.explain(parent, ctx, u.String(), tr, err)
	}
	if int64(len(body)) > limit {
		return nil, refuse(ErrTooLarge, u.String(), "the page has more than the %s allowed", size(limit))
	}
	if page.MediaType == "" {
		mt, _, _ := mime.ParseMediaType(http.DetectContentType(body))
		if !acceptedTypes[mt] {
			return nil, refuse(ErrContentType, u.String(), "the page says not what it is and looks like %s, not HTML or text", mt)
		}
		page.MediaType, declared = mt, ""
	}
	page.Body, err = toUTF8(body, declared, page.IsHTML())
	if err != nil {
		return nil, refuse(ErrContentType, u.String(), "the page's text cannot be read: %v", err)
	}
	return page, nil
}

// explain turns an error of the HTTP client into the *Error that says
// what happened, or into the caller's own context error.
func (f *Fetcher) explain(parent, ctx context.Context, asked string, tr *trail, err error) error {
	if parent.Err() != nil {
		return parent.Err()
	}
	last := tr.urls[len(tr.urls)-1]
	via := ""
	if len(tr.urls) > 1 {
		via = "redirected to " + printable(last) + ": "
	}
	var fe *Error
	if errors.As(err, &fe) {
		out := *fe
		out.URL, out.Msg = asked, via+fe.Msg
		return &out
	}
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) {
		return &Error{Kind: ErrTimeout, URL: asked, Msg: fmt.Sprintf("%sno complete answer within %s", via, f.opts.Timeout), Err: err}
	}
	return &Error{Kind: ErrUnreachable, URL: asked, Msg: via + "could not be reached: " + cause(err), Err: err}
}

// cause is the innermost message of a network error, without the
// request's method and address that url.Error repeats.
func cause(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return err.Error()
}

// checkRedirect follows at most MaxRedirects redirects, each to an http or
// https address; its host's addresses are checked when it is dialled.
func (f *Fetcher) checkRedirect(req *http.Request, via []*http.Request) error {
	target := req.URL.String()
	if tr := trailOf(req.Context()); tr != nil {
		tr.urls = append(tr.urls, target)
	}
	if len(via) > f.opts.MaxRedirects {
		return refuse(ErrRedirects, target, "more than %d redirects", f.opts.MaxRedirects)
	}
	if _, err := CheckURL(target); err != nil {
		return err
	}
	return nil
}

// dialContext resolves the host once, refuses it when any of its
// addresses is not public, and connects to the checked addresses only:
// the name is never looked up again for this connection.
func (f *Fetcher) dialContext(ctx context.Context, network, address string) (net.Conn, error) {
	host, portText, err := net.SplitHostPort(address)
	if err != nil {
		return nil, refuse(ErrAddress, address, "not a host and port")
	}
	port, err := strconv.ParseUint(portText, 10, 16)
	if err != nil {
		return nil, refuse(ErrAddress, address, "the port %s does not exist", portText)
	}
	addrs, literal, err := f.lookup(ctx, host)
	if err != nil {
		return nil, err
	}
	if !f.opts.AllowPrivate {
		for _, a := range addrs {
			if why := Forbidden(a); why != "" {
				if literal {
					return nil, refuse(ErrForbidden, address, "%s is a %s address, which quellen does not fetch from", a, why)
				}
				return nil, refuse(ErrForbidden, address, "the host %s resolves to %s, a %s address, which quellen does not fetch from", printable(host), a, why)
			}
		}
	}
	var errs []error
	for _, a := range addrs {
		conn, err := f.connect(ctx, network, netip.AddrPortFrom(a, uint16(port)).String())
		if err == nil {
			return conn, nil
		}
		var fe *Error
		if errors.As(err, &fe) || ctx.Err() != nil {
			return nil, err
		}
		errs = append(errs, err)
	}
	return nil, &Error{Kind: ErrUnreachable, URL: address, Msg: fmt.Sprintf("could not connect to %s: %v", printable(host), errs[0]), Err: errors.Join(errs...)}
}

// lookup returns the addresses of host: itself when it is an address.
func (f *Fetcher) lookup(ctx context.Context, host string) (addrs []netip.Addr, literal bool, err error) {
	if a, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{a}, true, nil
	}
	addrs, err = f.opts.Resolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		return nil, false, &Error{Kind: ErrUnreachable, URL: host, Msg: fmt.Sprintf("the host name %s cannot be resolved", printable(host)), Err: err}
	}
	if len(addrs) == 0 {
		return nil, false, refuse(ErrUnreachable, host, "the host name %s has no address", printable(host))
	}
	return addrs, false, nil
}

// control checks, as the socket connects, the address it connects to: the
// last word, whatever resolved it.
func (f *Fetcher) control(network, address string, _ syscall.RawConn) error {
	if f.opts.AllowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return refuse(ErrForbidden, address, "the connection's address %s cannot be checked", printable(address))
	}
	if why := Forbidden(ap.Addr()); why != "" {
		return refuse(ErrForbidden, address, "%s is a %s address, which quellen does not fetch from", ap.Addr(), why)
	}
	return nil
}

// toUTF8 converts a page to UTF-8: by its byte order mark or declared
// charset, else (HTML) by its <meta charset>, else as UTF-8 when it is
// valid UTF-8, else as Windows-1252, what browsers assume.
func toUTF8(body []byte, contentType string, html bool) ([]byte, error) {
	sniff := body
	if !html {
		// Text has no <meta charset>: only its byte order mark (three
		// bytes at most) and the declared charset count.
		sniff = body[:min(len(body), 3)]
	}
	enc, name, certain := charset.DetermineEncoding(sniff, contentType)
	if !certain && utf8.Valid(body) {
		return body, nil
	}
	if name == "utf-8" {
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// size formats a byte count for messages.
func size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// printable quotes s when it holds anything that does not print, so that
// a hostile address cannot forge a line of a message.
func printable(s string) string {
	for _, r := range s {
		if !unicode.IsPrint(r) || r == utf8.RuneError {
			return strconv.Quote(s)
		}
	}
	return s
}
