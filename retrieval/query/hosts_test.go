package query

import (
	"slices"
	"strings"
	"testing"
)

// A host name is read whole, after a URL's scheme or an address's "@" too;
// a file's ending, a program's ".js", a version or a sentence that lacks
// its space is none.
func TestHostNames(t *testing.T) {
	for text, want := range map[string]string{
		"wie lang ist der totp seed beim cloud.gov login":           "cloud.gov",
		"see https://api.fr.Cloud.gov or write to help@zarnix.org.": "api.fr.cloud.gov zarnix.org",
		"wer betreibt deb.debian.org und kubuntu-de.org?":           "deb.debian.org kubuntu-de.org",
		"golang.org/x/sys/execabs statt os/exec":                    "golang.org",
		"the node.js foundation and satellitetoolbox.jl":            "",
		"open release_notes.txt or /docs/guide.md":                  "",
		"Zarnix 1.2.de, v1.2.de and 3.14.org":                       "",
		"Sie kamen nach Beirut.In der Stadt":                        "",
		"GOV.UK now hosts 50 services":                              "gov.uk",
		"see ȺȺȺȺ.de and ⱥⱥ.org":                                    "ⱥⱥⱥⱥ.de ⱥⱥ.org", // letters longer in lower case
		"edit MANIFEST.in, model.pt, main.cc and np.int":            "",
	} {
		if got := strings.Join(HostNames(text), " "); got != want {
			t.Errorf("HostNames(%q) = %q, want %q", text, got, want)
		}
	}
}

// Hosts of one site tell each other apart; a host under the one asked
// speaks of it.
func TestHostSite(t *testing.T) {
	for host, want := range map[string]string{
		"deb.debian.org": "debian.org", "debian.org": "debian.org", "login.gov": "login.gov",
		"api.fr.cloud.gov": "cloud.gov", "beta.gouv.fr": "beta.gouv.fr", "www.bbc.co.uk": "bbc.co.uk",
	} {
		if got := HostSite(host); got != want {
			t.Errorf("HostSite(%q) = %q, want %q", host, got, want)
		}
	}
	for _, c := range []struct {
		host, asked string
		want        bool
	}{
		{"cloud.gov", "cloud.gov", true},
		{"pages.cloud.gov", "cloud.gov", true},
		{"login.gov", "cloud.gov", false},
		{"ftp.debian.org", "deb.debian.org", false},
		{"xcloud.gov", "cloud.gov", false},
		{"www.gov.uk", "gov.uk", true},
	} {
		if got := OfHost(c.host, c.asked); got != c.want {
			t.Errorf("OfHost(%q, %q) = %v, want %v", c.host, c.asked, got, c.want)
		}
	}
}

// A question's host name is one name, its words no names of their own,
// and it stays in the focus.
func TestHostNameIsOneName(t *testing.T) {
	for _, c := range []struct{ question, want string }{
		{"wie lang ist der totp seed beim cloud.gov login", "cloud.gov"},
		{"login.gov number of agencies served", "login.gov"},
		{"Who runs deb.debian.org?", "deb.debian.org"},
	} {
		q := Parse(c.question, nil)
		var hosts []string
		for _, k := range q.Constraints {
			if k.Kind == Named && strings.Contains(k.Key, ".") {
				hosts = append(hosts, k.Key)
			}
			if k.Kind == Named && (k.Key == "gov" || k.Key == "gov login" || k.Key == "debian") {
				t.Errorf("Parse(%q) names %q, a word of the host", c.question, k.Key)
			}
		}
		if !slices.Equal(hosts, []string{c.want}) {
			t.Errorf("Parse(%q) names hosts %q, want %q", c.question, hosts, c.want)
		}
		if !IsIdentifier(c.want) {
			t.Errorf("IsIdentifier(%q) = false, want true", c.want)
		}
	}
}
