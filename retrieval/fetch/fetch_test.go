package fetch

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

// publicAddr stands for a public web server; the tests route connections
// to it to a local server, after the address checks passed.
var publicAddr = netip.MustParseAddr("93.184.215.14")

// testResolver answers host names from a table; a host's answers are
// used in turn, one per lookup (the last one again when they run out), so
// that a test can make a name change its address between lookups as a
// rebinding attacker's DNS server does.
type testResolver struct {
	mu      sync.Mutex
	answers map[string][][]netip.Addr
	lookups map[string]int
}

func (r *testResolver) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.lookups == nil {
		r.lookups = map[string]int{}
	}
	answers, ok := r.answers[host]
	if !ok {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	n := r.lookups[host]
	r.lookups[host]++
	return answers[min(n, len(answers)-1)], nil
}

func (r *testResolver) count(host string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.lookups[host]
}

func addrs(s ...string) []netip.Addr {
	var out []netip.Addr
	for _, a := range s {
		out = append(out, netip.MustParseAddr(a))
	}
	return out
}

// site is a local server that the fetcher reaches as http://news.example
// (resolving to publicAddr); connected records the addresses dialled.
type site struct {
	srv       *httptest.Server
	mux       *http.ServeMux
	resolver  *testResolver
	mu        sync.Mutex
	connected []string
}

func newSite(t *testing.T) *site {
	t.Helper()
	s := &site{mux: http.NewServeMux()}
	s.srv = httptest.NewServer(s.mux)
	t.Cleanup(s.srv.Close)
	s.resolver = &testResolver{answers: map[string][][]netip.Addr{
		"news.example":      {{publicAddr}},
		"localhost.example": {addrs("127.0.0.1")},
		"mixed.example":     {addrs("93.184.215.14", "127.0.0.1")},
		"metadata.example":  {addrs("169.254.169.254")},
	}}
	return s
}

// fetcher returns a Fetcher over the site's resolver whose connections to
// publicAddr reach the local server; any other address it would dial is an
// error, so a test fails if a refused address was ever connected to.
func (s *site) fetcher(opts Options) *Fetcher {
	opts.Resolver = s.resolver
	f := New(opts)
	local := s.srv.Listener.Addr().String()
	f.connect = func(ctx context.Context, network, address string) (net.Conn, error) {
		s.mu.Lock()
		s.connected = append(s.connected, address)
		s.mu.Unlock()
		ap := netip.MustParseAddrPort(address)
		if ap.Addr() != publicAddr {
			return nil, fmt.Errorf("test: dialled %s, which no check should have let through", address)
		}
		var d net.Dialer
		return d.DialContext(ctx, network, local)
	}
	return f
}

func (s *site) handle(path string, h http.HandlerFunc) { s.mux.HandleFunc(path, h) }

func html(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

func redirect(to string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusFound) }
}

func TestGetFollowsRedirectsToThePage(t *testing.T) {
	s := newSite(t)
	s.handle("/article", html("<html><body><p>Im Irak sind 2.500 Soldaten.</p></body></html>"))
	s.handle("/r1", redirect("/r2"))
	s.handle("/r2", redirect("http://news.example/article"))
	page, err := s.fetcher(Options{}).Get(context.Background(), "http://news.example/r1")
	if err != nil {
		t.Fatal(err)
	}
	if page.URL.String() != "http://news.example/article" || !page.IsHTML() || !strings.Contains(string(page.Body), "2.500 Soldaten") {
		t.Errorf("page = %s %s %q", page.URL, page.MediaType, page.Body)
	}
	if len(page.Redirects) != 1 || page.Redirects[0] != "http://news.example/r2" {
		t.Errorf("redirects = %v", page.Redirects)
	}
}

// TestRefusals: every way a page is refused, with the kind of refusal and
// words the moderator reads.
func TestRefusals(t *testing.T) {
	s := newSite(t)
	loopback := "http://" + s.srv.Listener.Addr().String() + "/article"
	s.handle("/article", html("<p>Text.</p>"))
	s.handle("/to-loopback", redirect(loopback))
	s.handle("/to-localhost", redirect("http://localhost.example/article"))
	s.handle("/to-metadata", redirect("http://169.254.169.254/latest/meta-data/"))
	s.handle("/to-file", redirect("file:///etc/passwd"))
	for i := range 7 {
		s.handle(fmt.Sprintf("/hop%d", i), redirect(fmt.Sprintf("/hop%d", i+1)))
	}
	s.handle("/hop7", html("<p>Text.</p>"))
	s.handle("/pdf", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7"))
	})
	s.handle("/png-undeclared", func(w http.ResponseWriter, _ *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by the server either
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	s.handle("/missing", http.NotFound)
	s.handle("/down", func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "down", http.StatusServiceUnavailable) })

	tests := []struct {
		name    string
		url     string
		kind    error
		words   string
		refused bool // the moderator's to change, not a passing failure
	}{
		{"loopback IPv4", "http://127.0.0.1/", ErrForbidden, "127.0.0.1 is a loopback address", true},
		{"loopback IPv6", "http://[::1]:8080/", ErrForbidden, "::1 is a loopback address", true},
		{"private", "http://10.0.0.1/admin", ErrForbidden, "10.0.0.1 is a private address", true},
		{"cloud metadata", "http://169.254.169.254/latest/meta-data/", ErrForbidden, "link-local", true},
		{"unspecified", "http://0.0.0.0/", ErrForbidden, "unspecified", true},
		{"multicast", "http://224.0.0.1/", ErrForbidden, "multicast", true},
		{"mapped loopback", "http://[::ffff:127.0.0.1]/", ErrForbidden, "loopback", true},
		{"name resolving to loopback", "http://localhost.example/", ErrForbidden, "the host localhost.example resolves to 127.0.0.1, a loopback address", true},
		{"name resolving to public and loopback", "http://mixed.example/", ErrForbidden, "127.0.0.1, a loopback address", true},
		{"name resolving to metadata", "http://metadata.example/", ErrForbidden, "link-local", true},
		{"redirect to loopback", "http://news.example/to-loopback", ErrForbidden, "redirected to " + loopback, true},
		{"redirect to a name resolving to loopback", "http://news.example/to-localhost", ErrForbidden, "redirected to http://localhost.example/article", true},
		{"redirect to metadata", "http://news.example/to-metadata", ErrForbidden, "169.254.169.254 is a link-local address", true},
		{"redirect to file", "http://news.example/to-file", ErrAddress, "only http and https", true},
		{"too many redirects", "http://news.example/hop0", ErrRedirects, "more than 5 redirects", true},
		{"ftp", "ftp://news.example/a", ErrAddress, "only http and https", true},
		{"file", "file:///etc/passwd", ErrAddress, "only http and https", true},
		{"credentials", "http://admin:secret@news.example/", ErrAddress, "user name or password", true},
		{"no scheme", "news.example/article", ErrAddress, "no http:// or https://", true},
		{"pdf", "http://news.example/pdf", ErrContentType, "application/pdf, not HTML or text", true},
		{"undeclared image", "http://news.example/png-undeclared", ErrContentType, "image/png", true},
		{"not found", "http://news.example/missing", ErrStatus, "404", true},
		{"server error", "http://news.example/down", ErrStatus, "503", false},
		{"unknown host", "http://nowhere.example/", ErrUnreachable, "cannot be resolved", false},
	}
	f := s.fetcher(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := f.Get(context.Background(), tt.url)
			if err == nil {
				t.Fatalf("fetched %s", page.URL)
			}
			var fe *Error
			if !errors.As(err, &fe) || !errors.Is(err, tt.kind) {
				t.Fatalf("error %v (%T), want kind %v", err, err, tt.kind)
			}
			if !strings.Contains(err.Error(), tt.words) {
				t.Errorf("message %q does not say %q", err, tt.words)
			}
			if fe.Refused() != tt.refused {
				t.Errorf("Refused() = %v", fe.Refused())
			}
		})
	}
	// Five redirects are allowed.
	if _, err := f.Get(context.Background(), "http://news.example/hop2"); err != nil {
		t.Errorf("five redirects: %v", err)
	}
	for _, c := range s.connected {
		if netip.MustParseAddrPort(c).Addr() != publicAddr {
			t.Errorf("connected to %s", c)
		}
	}
}

// TestRebindingCannotPass: a name is looked up once per connection and the
// connection goes to the address that was checked; when the name later
// resolves to loopback, that lookup is refused, and nothing but the checked
// public address was ever dialled.
func TestRebindingCannotPass(t *testing.T) {
	s := newSite(t)
	s.handle("/article", html("<p>Text.</p>"))
	s.resolver.answers["rebind.example"] = [][]netip.Addr{{publicAddr}, addrs("127.0.0.1")}
	f := s.fetcher(Options{})
	if _, err := f.Get(context.Background(), "http://rebind.example/article"); err != nil {
		t.Fatal(err)
	}
	if n := s.resolver.count("rebind.example"); n != 1 {
		t.Errorf("%d lookups for one connection", n)
	}
	// A new connection (the old one closed) looks the name up again.
	f.client.CloseIdleConnections()
	_, err := f.Get(context.Background(), "http://rebind.example/article")
	if !errors.Is(err, ErrForbidden) || !strings.Contains(err.Error(), "resolves to 127.0.0.1") {
		t.Fatalf("second fetch after rebinding: %v", err)
	}
	if len(s.connected) != 1 || netip.MustParseAddrPort(s.connected[0]).Addr() != publicAddr {
		t.Errorf("dialled %v", s.connected)
	}
}

// TestConnectTimeCheck: the socket itself refuses a forbidden address,
// whoever resolved it: the last line of defence below the lookup.
func TestConnectTimeCheck(t *testing.T) {
	srv := httptest.NewServer(html("<p>secret</p>"))
	defer srv.Close()
	f := New(Options{})
	_, err := f.connect(context.Background(), "tcp", srv.Listener.Addr().String())
	if !errors.Is(err, ErrForbidden) || !strings.Contains(err.Error(), "127.0.0.1 is a loopback address") {
		t.Fatalf("dialling the loopback server: %v", err)
	}
	for _, a := range []string{"[::1]:80", "10.1.2.3:443", "169.254.169.254:80", "[fe80::1]:80"} {
		if err := f.control("tcp", a, nil); !errors.Is(err, ErrForbidden) {
			t.Errorf("control(%s) = %v", a, err)
		}
	}
	if err := f.control("tcp", "93.184.215.14:443", nil); err != nil {
		t.Errorf("control(public) = %v", err)
	}
}

func TestAllowPrivateLiftsTheAddressRule(t *testing.T) {
	srv := httptest.NewServer(html("<p>Intranet.</p>"))
	defer srv.Close()
	page, err := New(Options{AllowPrivate: true}).Get(context.Background(), srv.URL)
	if err != nil || !strings.Contains(string(page.Body), "Intranet") {
		t.Fatalf("%v, %v", page, err)
	}
	// Other rules still hold.
	if _, err := New(Options{AllowPrivate: true}).Get(context.Background(), "file:///etc/passwd"); !errors.Is(err, ErrAddress) {
		t.Errorf("file: %v", err)
	}
}

func TestSizeLimit(t *testing.T) {
	s := newSite(t)
	const limit = 5 << 20
	big := strings.Repeat("a", limit+1)
	s.handle("/declared", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", fmt.Sprint(len(big)))
		w.Write([]byte(big))
	})
	s.handle("/chunked", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i < len(big); i += 64 << 10 {
			w.Write([]byte(big[i:min(len(big), i+64<<10)]))
			w.(http.Flusher).Flush()
		}
	})
	s.handle("/exact", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(big[:limit]))
	})
	f := s.fetcher(Options{})
	for _, path := range []string{"/declared", "/chunked"} {
		_, err := f.Get(context.Background(), "http://news.example"+path)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "5 MB") {
			t.Errorf("%s: %v", path, err)
		}
	}
	page, err := f.Get(context.Background(), "http://news.example/exact")
	if err != nil || len(page.Body) != limit {
		t.Errorf("exactly 5 MB: %v", err)
	}
}

// TestTimeLimit: a server that never finishes, before or during the body,
// is given up on with a timeout (shortened here; 10 s by default), and the
// caller's own cancellation comes back as it is.
func TestTimeLimit(t *testing.T) {
	s := newSite(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	s.handle("/silent", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	s.handle("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>Der Anfang"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	f := s.fetcher(Options{Timeout: 300 * time.Millisecond})
	for _, path := range []string{"/silent", "/trickle"} {
		_, err := f.Get(context.Background(), "http://news.example"+path)
		if !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "no complete answer within 300ms") {
			t.Errorf("%s: %v", path, err)
		}
	}
	if New(Options{}).opts.Timeout != 10*time.Second {
		t.Error("the default timeout is not 10 s")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.fetcher(Options{}).Get(ctx, "http://news.example/silent"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestCharsets(t *testing.T) {
	s := newSite(t)
	s.handle("/latin1-declared", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=ISO-8859-1")
		w.Write([]byte("Truppenst\xe4rke im Irak"))
	})
	s.handle("/latin1-meta", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><head><meta charset=\"windows-1252\"></head><body><p>Gr\xfc\xdfe</p></body></html>"))
	})
	s.handle("/utf8-late", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body>" + strings.Repeat(" ", 2000) + "<p>Truppenstärke</p></body></html>"))
	})
	s.handle("/undeclared-html", func(w http.ResponseWriter, _ *http.Request) {
		w.Header()["Content-Type"] = nil
		w.Write([]byte("<!DOCTYPE html><html><body><p>Ohne Typ</p></body></html>"))
	})
	f := s.fetcher(Options{})
	for path, want := range map[string]string{
		"/latin1-declared": "Truppenstärke im Irak",
		"/latin1-meta":     "<p>Grüße</p>",
		"/utf8-late":       "<p>Truppenstärke</p>",
		"/undeclared-html": "Ohne Typ",
	} {
		page, err := f.Get(context.Background(), "http://news.example"+path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if !strings.Contains(string(page.Body), want) {
			t.Errorf("%s: %q, want %q", path, page.Body, want)
		}
	}
}

func TestMessagesQuoteHostileAddresses(t *testing.T) {
	for _, raw := range []string{"http://news.example/\u202eevil", "http://news.example/\x1b[2J", "http://news.example/a\nforged line"} {
		_, err := CheckURL(raw)
		if err == nil || strings.ContainsAny(err.Error(), "\u202e\x1b\n") {
			t.Errorf("CheckURL(%q): %v", raw, err)
		}
	}
}

// FuzzToUTF8: whatever bytes and declared type a server sends, what is
// kept is valid UTF-8, and a body that is valid UTF-8 without a declared
// charset is kept as it is.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("Truppenst\xe4rke"), "text/plain; charset=iso-8859-1", false)
	f.Add([]byte("<meta charset=\"windows-1252\"><p>Gr\xfc\xdfe"), "text/html", true)
	f.Add([]byte("\xef\xbb\xbfText"), "", false)
	f.Add([]byte("\xfe\xff\x00A"), "text/plain", false)
	f.Add([]byte("plain"), "text/html; charset=utf-16", true)
	f.Fuzz(func(t *testing.T, body []byte, contentType string, html bool) {
		out, err := toUTF8(body, contentType, html)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("not UTF-8: %q", out)
		}
		if contentType == "" && !html && utf8.Valid(body) && !bytes.HasPrefix(body, []byte("\xef\xbb\xbf")) && !bytes.HasPrefix(body, []byte("\xfe\xff")) && !bytes.HasPrefix(body, []byte("\xff\xfe")) && !bytes.Equal(out, body) {
			t.Fatalf("valid UTF-8 %q changed to %q", body, out)
		}
	})
}
