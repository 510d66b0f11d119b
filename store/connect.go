package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"

	"github.com/mattn/go-sqlite3"
)

// mmapBytes is how much of an index file SQLite reads through a memory
// map instead of read calls into its own page cache: ranking reads the
// rows of some hundred passages a question, scattered over the file, and
// mapped they cost no copy. Measured with `eval speed` on a 98,982-passage
// index (2-core AMD EPYC, clean-worktree builds, alternating): the ranking
// median fell from 1.30–1.32 ms (2.54 and 2.80 × bleve's) to 0.94 ms (2.00
// and 1.77 ×). The pages a connection has read count in the process's
// resident memory, once per connection that read them (serving 400
// questions one at a time: 58 → 135 MB; peak memory in `eval speed` 145–147
// → 162–163 MB); they are the file's pages, shared with the system's
// cache. 1 GiB maps the whole of any index this machine's tests build; a
// larger file is read past it as before. SQLite writes through write calls
// whatever this is.
//
// The cost is SQLite's own caveat for memory-mapped I/O: a read error of
// the disk, or the file truncated in place by another program (written
// over with cp, not replaced by a rename, which leaves the open file as it
// was) while a question reads it, ends the process with SIGBUS instead of
// returning ErrCorrupt or ErrIO. Quellen itself never truncates an index:
// it builds a new file and links it into place.
const mmapBytes = 1 << 30

// openDB returns a handle on the SQLite database dsn names whose every
// connection reads through a memory map of up to mmapBytes. Like sql.Open
// it connects only when first used.
func openDB(dsn string) *sql.DB {
	return sql.OpenDB(connector{dsn: dsn, driver: &sqlite3.SQLiteDriver{ConnectHook: mapReads}})
}

// mapReads is the connect hook that sets a new connection's memory map.
func mapReads(conn *sqlite3.SQLiteConn) error {
	if _, err := conn.Exec(fmt.Sprintf("PRAGMA mmap_size = %d", mmapBytes), nil); err != nil {
		return fmt.Errorf("set mmap_size: %w", err)
	}
	return nil
}

// connector opens connections to one database through a driver of its
// own, so that the memory map is set without registering a driver name
// for the whole process.
type connector struct {
	dsn    string
	driver *sqlite3.SQLiteDriver
}

func (c connector) Connect(context.Context) (driver.Conn, error) { return c.driver.Open(c.dsn) }

func (c connector) Driver() driver.Driver { return c.driver }
