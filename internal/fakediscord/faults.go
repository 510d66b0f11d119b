package fakediscord

import (
	"fmt"
	"math"
	"net/http"
	"strconv"
	"time"
)

// fault replaces the answer to the next matching calls.
type fault struct {
	match     Matcher
	remaining int
	reply     func() reply
}

// RateLimitNext makes the next n calls matching match answer 429 with
// retry_after, as Discord does when a bucket is exhausted. discordgo sleeps
// for retryAfter and retries, so the call is recorded once per attempt.
func (f *Fake) RateLimitNext(match Matcher, n int, retryAfter time.Duration) {
	f.addFault(match, n, func() reply { return rateLimitReply(retryAfter) })
}

// FailNext makes the next n calls matching match answer status with a
// Discord-style error body. discordgo retries a 502 up to MaxRestRetries
// times and returns every other status as a *discordgo.RESTError.
func (f *Fake) FailNext(match Matcher, n int, status int) {
	f.addFault(match, n, func() reply {
		return errorReply(status, 0, fmt.Sprintf("%d: %s", status, http.StatusText(status)))
	})
}

func (f *Fake) addFault(match Matcher, n int, r func() reply) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.faults = append(f.faults, &fault{match: match, remaining: n, reply: r})
}

// takeFault consumes one use of the first fault matching c.
func (f *Fake) takeFault(c Call) (reply, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, ft := range f.faults {
		if ft.remaining > 0 && ft.match(c) {
			ft.remaining--
			return ft.reply(), true
		}
	}
	return reply{}, false
}

// rateLimitReply is Discord's 429: retry_after in float seconds in a JSON
// body (discordgo fails on a 429 it cannot decode) and bucket headers saying
// the bucket is empty until then.
func rateLimitReply(retryAfter time.Duration) reply {
	seconds := retryAfter.Seconds()
	h := http.Header{}
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(seconds))))
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(seconds, 'f', 3, 64))
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(time.Now().Add(retryAfter).UnixMilli())/1000, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", "fakebucket")
	h.Set("X-RateLimit-Scope", "user")
	return reply{
		status: http.StatusTooManyRequests,
		header: h,
		body: map[string]any{
			"message":     "You are being rate limited.",
			"retry_after": seconds,
			"global":      false,
		},
	}
}
