package fakediscord

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"time"
)

// discordEpoch is the first millisecond of 2015, where snowflakes count from.
const discordEpoch = 1420070400000

// newID returns a fresh snowflake.
func (f *Fake) newID() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.newIDLocked()
}

// newIDLocked returns a snowflake that encodes the current time like
// Discord's and is larger than every id handed out before, so ids sort by
// creation as bots may assume.
func (f *Fake) newIDLocked() string {
	id := uint64(time.Now().UnixMilli()-discordEpoch) << 22
	if id <= f.lastID {
		id = f.lastID + 1
	}
	f.lastID = id
	return strconv.FormatUint(id, 10)
}

func randomHex(n int) string {
	b := make([]byte, n)
	rand.Read(b) // never returns an error
	return hex.EncodeToString(b)
}
