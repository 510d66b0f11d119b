package fetch

import (
	"net/netip"
	"strings"
	"testing"
)

func TestForbidden(t *testing.T) {
	tests := []struct {
		addr string
		want string // a word of the reason; "" for a public address
	}{
		{"93.184.215.14", ""},
		{"2606:2800:21f:cb07:6820:80da:af6b:8b2c", ""},
		{"8.8.8.8", ""},
		{"127.0.0.1", "loopback"},
		{"127.255.0.9", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.0.0.1", "private"},
		{"172.16.5.4", "private"},
		{"192.168.1.1", "private"},
		{"fd00::1", "private"},
		{"169.254.169.254", "link-local"},
		{"fe80::1", "link-local"},
		{"224.0.0.1", "multicast"},
		{"239.255.255.250", "multicast"},
		{"ff02::1", "multicast"},
		{"0.0.0.0", "unspecified"},
		{"::", "unspecified"},
		{"0.1.2.3", "this network"},
		{"100.64.0.1", "carrier-grade"},
		{"198.18.0.1", "benchmarking"},
		{"255.255.255.255", "broadcast"},
		{"64:ff9b::7f00:1", "loopback"},    // NAT64 of 127.0.0.1
		{"64:ff9b::a00:1", "private"},      // NAT64 of 10.0.0.1
		{"2002:7f00:1::", "loopback"},      // 6to4 of 127.0.0.1
		{"2002:a9fe:a9fe::", "link-local"}, // 6to4 of 169.254.169.254
		{"64:ff9b::5db8:d70e", ""},         // NAT64 of a public address
		{"::ffff:169.254.169.254", "link-local"},
	}
	for _, tt := range tests {
		got := Forbidden(netip.MustParseAddr(tt.addr))
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("Forbidden(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
	if Forbidden(netip.Addr{}) == "" {
		t.Error("the zero address is allowed")
	}
}

func TestCheckURL(t *testing.T) {
	tests := []struct {
		in   string
		want string // the address as kept, or "" when refused
	}{
		{"https://news.example/a?b=1#top", "https://news.example/a?b=1"},
		{"  HTTP://News.Example/x  ", "http://News.Example/x"},
		{"http://93.184.215.14:8080/", "http://93.184.215.14:8080/"},
		{"ftp://news.example/a", ""},
		{"file:///etc/passwd", ""},
		{"javascript:alert(1)", ""},
		{"gopher://news.example/", ""},
		{"news.example/a", ""},
		{"//news.example/a", ""},
		{"http:///a", ""},
		{"http://user:pw@news.example/", ""},
		{"http://news.example/a b", ""},
		{"http://news.example/\x1b[31m", ""},
		{"http://news.example:99999/", ""},
		{"", ""},
		{"https://news.example/" + strings.Repeat("a", MaxURLLength), ""},
	}
	for _, tt := range tests {
		u, err := CheckURL(tt.in)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("CheckURL(%q) = %s, want a refusal", tt.in, u)
		case tt.want != "" && err != nil:
			t.Errorf("CheckURL(%q): %v", tt.in, err)
		case tt.want != "" && u.String() != tt.want:
			t.Errorf("CheckURL(%q) = %s, want %s", tt.in, u, tt.want)
		}
	}
}

// FuzzCheckURL: whatever a moderator types, an accepted address is http or
// https with a host and no credentials, and a refusal is an *Error of kind
// ErrAddress whose message is one printable line.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{"https://news.example/a", "http://[::1]:80/", "ftp://x", "http://a@b/", "javascript:x", "http://%zz/", "http://news.example/\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := CheckURL(raw)
		if err != nil {
			e, ok := err.(*Error)
			if !ok || e.Kind != ErrAddress {
				t.Fatalf("CheckURL(%q): %v is not an address refusal", raw, err)
			}
			if strings.ContainsAny(err.Error(), "\n\r\x1b") {
				t.Fatalf("message is not one printable line: %q", err.Error())
			}
			return
		}
		if u.Scheme != "http" && u.Scheme != "https" || u.Hostname() == "" || u.User != nil || u.Fragment != "" {
			t.Fatalf("CheckURL(%q) accepted %#v", raw, u)
		}
		if _, err := CheckURL(u.String()); err != nil {
			t.Fatalf("the accepted %q is refused when given again: %v", u, err)
		}
	})
}
