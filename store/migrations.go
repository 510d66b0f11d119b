package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are applied in order; the schema version is SQLite's user_version,
// so migration i (0-based) brings the database to version i+1. Never edit a
// migration that has shipped: append a new one.
var migrations = []string{
	// 1: sources, passages with their full-text and vector data, index metadata.
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
CREATE TABLE sources (
	num                INTEGER PRIMARY KEY AUTOINCREMENT,
	id                 TEXT NOT NULL UNIQUE,
	title              TEXT NOT NULL,
	outlet             TEXT NOT NULL,
	url                TEXT NOT NULL,
	language           TEXT NOT NULL,
	published          TEXT NOT NULL,
	published_inferred INTEGER NOT NULL,
	note               TEXT NOT NULL,
	origin             TEXT NOT NULL,
	text               TEXT NOT NULL,
	hash               TEXT NOT NULL,
	indexed_at         TEXT NOT NULL
);
CREATE TABLE passages (
	id        INTEGER PRIMARY KEY AUTOINCREMENT,
	source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	ord       INTEGER NOT NULL,
	block     INTEGER NOT NULL,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	text      TEXT NOT NULL, -- the source text's bytes start..end, kept to read passages fast
	terms     TEXT NOT NULL,
	figure    INTEGER NOT NULL,
	dated     INTEGER NOT NULL,
	vector    BLOB NOT NULL
);
CREATE INDEX passages_by_source ON passages(source_id, ord);
CREATE VIRTUAL TABLE passages_fts USING fts5(terms, grams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE sources_fts USING fts5(terms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE passages_vocab USING fts5vocab('passages_fts', 'col');
`,
	// 2: what members and moderators did: feedback on answers and the moderators' audit trail.
	`
CREATE TABLE feedback (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	at         TEXT NOT NULL,
	user_id    TEXT NOT NULL,
	question   TEXT NOT NULL,
	answer     TEXT NOT NULL,
	helpful    INTEGER NOT NULL,
	index_version INTEGER NOT NULL
);
CREATE TABLE audit (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	at       TEXT NOT NULL,
	user_id  TEXT NOT NULL,
	guild_id TEXT NOT NULL,
	action   TEXT NOT NULL,
	outcome  TEXT NOT NULL,
	detail   TEXT NOT NULL
);
`,
	// 3: the dated statements and troop figures of each source, for timelines.
	`
CREATE TABLE events (
	id           INTEGER PRIMARY KEY AUTOINCREMENT,
	source_id    TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	ord          INTEGER NOT NULL,
	start        INTEGER NOT NULL,
	end          INTEGER NOT NULL,
	quote        TEXT NOT NULL, -- the source text's bytes start..end
	kind         TEXT NOT NULL,
	date         TEXT NOT NULL, -- a TIMEX value, '' when undated
	range_start  TEXT NOT NULL,
	range_end    TEXT NOT NULL,
	mod          TEXT NOT NULL,
	date_text    TEXT NOT NULL,
	date_from    TEXT NOT NULL,
	relative     INTEGER NOT NULL,
	since        INTEGER NOT NULL,
	count        INTEGER,       -- NULL unless the event states a troop figure
	place        TEXT NOT NULL,
	place_from   TEXT NOT NULL,
	qualifier    TEXT NOT NULL,
	anchor_start INTEGER NOT NULL,
	anchor_end   INTEGER NOT NULL
);
CREATE INDEX events_by_source ON events(source_id, ord);
`,
	// 4: what a troop figure counts (whose troops, what role, which known
	// place, whether an order of magnitude) and whether an event starts or
	// ends something.
	`
ALTER TABLE events ADD COLUMN force TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN role TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN place_key TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN approx INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN aspect TEXT NOT NULL DEFAULT '';
`,
	// 5: the Discord bot's memory: one vote per member and answer with the
	// member's id only as a keyed hash (the plain ids of version 2's feedback
	// are dropped), the questions it declined, the question each answer
	// answered (for follow-ups) and its own settings, among them the hash key.
	`
CREATE TABLE votes (
	answer_id     TEXT NOT NULL, -- the answer's message id
	user_hash     TEXT NOT NULL, -- HMAC-SHA256 of the member's id under bot_settings.user_hash_key
	helpful       INTEGER NOT NULL,
	reason        TEXT NOT NULL,
	question      TEXT NOT NULL,
	answer        TEXT NOT NULL,
	guild_id      TEXT NOT NULL,
	index_version INTEGER NOT NULL,
	at            TEXT NOT NULL,
	PRIMARY KEY (answer_id, user_hash)
);
CREATE INDEX votes_by_time ON votes(helpful, at);
INSERT INTO votes (answer_id, user_hash, helpful, reason, question, answer, guild_id, index_version, at)
	SELECT 'feedback-' || id, 'feedback-' || id, helpful, '', question, answer, '', index_version, at FROM feedback;
DROP TABLE feedback;
CREATE TABLE declined (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	question      TEXT NOT NULL,
	norm          TEXT NOT NULL, -- the question folded, so that the same question asked twice counts twice
	guild_id      TEXT NOT NULL,
	index_version INTEGER NOT NULL,
	at            TEXT NOT NULL
);
CREATE INDEX declined_by_time ON declined(at);
CREATE TABLE asked (
	key        TEXT PRIMARY KEY, -- the answer's message id, or the id of the interaction it answered
	channel_id TEXT NOT NULL,
	question   TEXT NOT NULL,
	at         TEXT NOT NULL
);
CREATE INDEX asked_by_channel ON asked(channel_id, at);
CREATE TABLE bot_settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
INSERT INTO bot_settings (key, value) VALUES ('user_hash_key', lower(hex(randomblob(32))));
`,
	// 6: an event a source states again word for word is marked, so that a
	// timeline reads each statement of a source once however often the
	// source repeats it.
	`
ALTER TABLE events ADD COLUMN first INTEGER NOT NULL DEFAULT 1;
CREATE INDEX events_first ON events(source_id, ord) WHERE first = 1;
`,
	// 7: Quellen's own full-text index (postings.go) instead of FTS5, which
	// scored every match through a callback, twice; no n-gram column (the
	// lexicon's lemmas and compound parts do its work); the terms of a
	// source outside its passages (title, headings), from which the
	// postings can be rebuilt; and vectors in a table of their own, written
	// only by an index that uses them; sources by language, which every
	// question asks for (counting them read every source's text). The
	// postings are rebuilt from the stored terms in the same step
	// (rebuildPostings).
	`
DROP TABLE passages_vocab;
DROP TABLE passages_fts;
DROP TABLE sources_fts;
ALTER TABLE passages DROP COLUMN vector;
ALTER TABLE sources ADD COLUMN terms TEXT NOT NULL DEFAULT '';
CREATE TABLE postings (
	term     TEXT NOT NULL,
	first    INTEGER NOT NULL, -- the number of the first source the chunk lists
	sources  INTEGER NOT NULL, -- how many sources it lists
	passages INTEGER NOT NULL, -- how many passages it lists
	data     BLOB NOT NULL,    -- the groups, see postings.go
	PRIMARY KEY (term, first)
) WITHOUT ROWID;
CREATE TABLE vectors (
	passage_id INTEGER PRIMARY KEY,
	vector     BLOB NOT NULL
);
CREATE INDEX sources_by_language ON sources(language);
`,
	// 8: whether a passage is a heading of its source, which is searched
	// and quoted as its sentences are but leads only where no sentence
	// answers as well.
	`
ALTER TABLE passages ADD COLUMN heading INTEGER NOT NULL DEFAULT 0;
`,
}

// afterMigration are the steps SQL cannot take, run in the transaction of
// the migration that brings the database to the version they are keyed by.
var afterMigration = map[int]func(context.Context, *sql.Tx) error{
	7: func(ctx context.Context, tx *sql.Tx) error {
		t := &Tx{tx: tx, flushBytes: defaultFlushBytes}
		defer t.close()
		return t.rebuildPostings(ctx)
	},
}

// SchemaVersion is the version a fully migrated database has.
func SchemaVersion() int { return len(migrations) }

// migrate brings the database up to SchemaVersion, one transaction per step,
// so that a crash mid-way leaves a database at a consistent earlier version.
// Each step reads the version inside its own write transaction: two
// processes opening an old index at once apply each migration once.
func migrate(ctx context.Context, db *sql.DB) error {
	for {
		done, err := migrateStep(ctx, db)
		if err != nil || done {
			return err
		}
	}
}

func migrateStep(ctx context.Context, db *sql.DB) (done bool, err error) {
	var version int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, fmt.Errorf("read schema version: %w", err)
	}
	if version > len(migrations) {
		return false, fmt.Errorf("schema version %d, this binary knows %d: %w; use a newer quellen", version, len(migrations), ErrNewer)
	}
	if version == len(migrations) {
		return true, nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migration %d: %w", version+1, err)
	}
	defer tx.Rollback()
	// Another process may have migrated while this one waited for the lock.
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, fmt.Errorf("read schema version: %w", err)
	}
	if version >= len(migrations) {
		return version == len(migrations), nil
	}
	if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
		return false, fmt.Errorf("migration %d: %w", version+1, err)
	}
	if step := afterMigration[version+1]; step != nil {
		if err := step(ctx, tx); err != nil {
			return false, fmt.Errorf("migration %d: %w", version+1, err)
		}
	}
	// PRAGMA takes no bound parameters; version is our own integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version+1)); err != nil {
		return false, fmt.Errorf("migration %d: set version: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %d: commit: %w", version+1, err)
	}
	return false, nil
}

// adopt marks an index made before the application id existed as ours.
func adopt(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("mark as a Quellen index: %w", err)
	}
	defer tx.Rollback()
	var id int64
	if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&id); err != nil {
		return fmt.Errorf("mark as a Quellen index: %w", err)
	}
	if id == ApplicationID {
		return nil
	}
	if id != 0 {
		return fmt.Errorf("application id %#x: %w", id, ErrForeign)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return fmt.Errorf("mark as a Quellen index: %w", err)
	}
	return tx.Commit()
}
