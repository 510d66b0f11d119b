package bot

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// discordHost is where discordgo sends every REST request.
const discordHost = "discord.com"

// NewHTTPClient returns the http.Client to give discordgo. Requests to
// discord.com go to apiURL instead (scheme and host rewritten, path and
// query kept), which is how DISCORD_API_URL points the bot at a fake or a
// proxy without touching discordgo's package variables. The gateway address
// then comes from GET /api/v9/gateway, as it does against Discord. Requests
// to other hosts, such as the CDN, are left alone.
func NewHTTPClient(apiURL string, timeout time.Duration) (*http.Client, error) {
	target, err := parseAPIURL(apiURL)
	if err != nil {
		return nil, err
	}
	var next http.RoundTripper = http.DefaultTransport
	if t, ok := next.(*http.Transport); ok {
		t = t.Clone() // the bot's connection pool, not shared with the process
		// A burst of interactions is answered by as many requests at once;
		// the default keeps 2 idle connections per host and opens (over
		// HTTP/1.1, and with a TLS handshake each) a new one for the rest.
		t.MaxIdleConnsPerHost = maxIdleConnsPerHost
		next = t
	}
	return &http.Client{Transport: apiHostRewriter{target: target, next: next}, Timeout: timeout}, nil
}

// maxIdleConnsPerHost is how many connections to Discord the bot keeps
// open between requests: enough for the 50 interactions at once of the
// latency benchmark (BenchmarkInteractionLatency) to reuse them.
const maxIdleConnsPerHost = 64

// parseAPIURL checks that apiURL names only a scheme and a host, which is
// all the rewriting uses; anything more would be silently ignored.
func parseAPIURL(apiURL string) (*url.URL, error) {
	u, err := url.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("DISCORD_API_URL %q: %w", apiURL, err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		err = errors.New("scheme must be http or https")
	case u.Host == "" || u.Hostname() == "":
		err = errors.New("a host is required")
	case u.User != nil:
		err = errors.New("user information is not allowed")
	case u.Path != "" && u.Path != "/", u.RawQuery != "", u.ForceQuery, u.Fragment != "":
		err = errors.New("only scheme and host are allowed, without path, query or fragment")
	}
	if err != nil {
		return nil, fmt.Errorf("DISCORD_API_URL %q: %w (e.g. https://discord.com or http://127.0.0.1:8080)", apiURL, err)
	}
	return &url.URL{Scheme: u.Scheme, Host: u.Host}, nil
}

// apiHostRewriter sends requests for discord.com to target.
type apiHostRewriter struct {
	target *url.URL
	next   http.RoundTripper
}

func (t apiHostRewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return t.next.RoundTrip(req)
	}
	// A RoundTripper must not modify the request it is given.
	out := req.Clone(req.Context())
	out.URL.Scheme = t.target.Scheme
	out.URL.Host = t.target.Host
	out.Host = "" // the Host header follows the rewritten URL
	return t.next.RoundTrip(out)
}
