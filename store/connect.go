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
// mapped they cost no copy. Measured with `eval speed-worker serve` on a
// 98,982-passage index (400 questions, three runs each, 2-core AMD EPYC):
// the ranking median fell from 1.34–1.41 ms to 0.97–1.11 ms; the pages a
// process has read count in its resident memory (58 → 135 MB serving,
// below the 136 MB indexing takes), but they are the file's, shared with
// the system's cache and given back under pressure. 1 GiB maps the whole
// of any index this machine's tests build; a larger file is read past it
// as before. SQLite writes through write calls whatever this is.
const mmapBytes = 1 << 30

// openDB returns a handle on the SQLite database dsn names whose every
// connection reads through a memory map of up to mmapBytes. Like sql.Open
// it connects only when first used.
func openDB(dsn string) *sql.DB {
	return sql.OpenDB(connector{dsn: dsn, driver: &sqlite3.SQLiteDriver{ConnectHook: mapReads}})
}

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
