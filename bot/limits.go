package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// userLimiter allows each user a number of questions per period.
type userLimiter struct {
	mu     sync.Mutex
	perMin int
	every  time.Duration
	users  map[string]*userBucket
	now    func() time.Time
}

type userBucket struct {
	limiter *rate.Limiter
	seen    time.Time
}

func newUserLimiter(n int, period time.Duration) *userLimiter {
	return &userLimiter{perMin: n, every: period / time.Duration(n), users: make(map[string]*userBucket), now: time.Now}
}

// allow reports whether the user may ask now, and if not, how long to wait.
func (l *userLimiter) allow(userID string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.users[userID]
	if !ok {
		b = &userBucket{limiter: rate.NewLimiter(rate.Every(l.every), l.perMin)}
		l.users[userID] = b
		if len(l.users) > 10_000 {
			l.forget(now)
		}
	}
	b.seen = now
	r := b.limiter.ReserveN(now, 1)
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// forget drops users idle long enough for their bucket to be full again.
func (l *userLimiter) forget(now time.Time) {
	for id, b := range l.users {
		if now.Sub(b.seen) > l.every*time.Duration(l.perMin) {
			delete(l.users, id)
		}
	}
}
