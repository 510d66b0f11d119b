package retrieval

import (
	"context"
	"errors"
	"fmt"
	"path"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/segment"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// pipelineVersion names how passages are cut and analysed and how events
// are extracted; changing any must change it, so that the next index run
// rebuilds every source. v4: a source's own terms are those outside its
// passages (title, headings), no n-grams. v5: a feminine noun in -in has
// its masculine's term ("Botschafterin" → "botschaft").
// v6: a participle used as an adjective has its verb's term ("gebildete"
// → "bild"). v7: a separable verb's particle joins the clause's first
// verb, not its last ("fingen die Kämpfe … an"). v8: a lower-case word
// the lexicon knows only as a noun has the noun's term ("soldatinnen" →
// "soldat"). v9: a separable verb's particle before "und" or "oder" ends
// its clause ("marschierten … ein und stürzten"). v10: the noun reading of
// v8 only in a text typed all in lower case. v11: the lexicon's reformed
// spellings ("musste") and fused prepositions ("ans", "beim") as stop
// words. v12: a multiple ("dreimal") is a figure. v13: every form of a
// month's name the date tagger reads marks a dated sentence
// (timex.IsMonth). events-v4: a year
// before a verb is no troop figure ("1830 besetzten französische Truppen").
// events-v5: "sowjetisch" and "Sowjetunion" name a force (names data).
// events-v6: figures share a unit and a place with the one listed after
// them, a formation's nationality is a force, a relative clause takes the
// date of the clause it describes. events-v7: German people nouns formed
// from their adjective ("Südkoreaner") name a force (names data).
// events-v8: German city adjectives ("Berliner") are mentions of the city.
// events-v9: a German noun right after a number is what it counts ("16
// Mitgliedsländer schickten Truppen" is no troop figure). events-v10: nor
// is a bare number listed after troops that counts a noun ("und 460
// Geschütze"). events-v11: the level troops are brought to ("die Zahl
// ihrer Soldaten auf 3.000 reduzieren"), "Bewaffnete", "eintausend", and
// in German up to four words between a number and its unit. events-v12:
// that level only where troops are the nearest noun before it.
// events-v13: every form of a month's name may stand between troops and
// the level they are brought to. events-v14: dates before the common era
// ("247 v. Chr.") are dated events. passages-v14: every marked Latin
// letter folds to its base ("Szűrös" is "szuros", analysis.Fold).
// events-v15: an article before a scale word is one ("eine Million", "a
// billion"), and a place after "New" or "Neu" is another ("New Jersey").
// events-v16: Myanmar's German names "Birma", "Burma" and their adjectives,
// and the English "Yanks" and "GIs" for Americans (names data).
// events-v17: German "Billion" is a million millions; "GIs" names
// Americans in German too (names data).
// events-v18: troops that "are deployed" ("sind eingesetzt") are a level,
// not an arrival (timeline.RoleOf). events-v19: a chronicle's years of
// three digits ("394 wurde …", "nach seinem Tod 395"). passages-v15: in
// a text analysed all in lower case (a sentence so written), an infinitive
// before a finite "sein" is the noun it also is ("arten sind");
// passages-v16: not one in ge- ("gefallen sind"). passages-v17: a
// separable verb's particle meets its verb across a day's dot and
// quotation marks ("kündigte am 8. August … „defensiven“ … an").
// passages-v18: not at a quotation mark before a comma, nor at a small
// number's dot after no preposition or article ("stieg auf 12.").
// passages-v19: "und", "zur", "beim", "ins" before such a number too ("am
// 7. und 8. August"). passages-v20: a form of a verb's and an
// adjective's between an article or adjective and a noun is the adjective
// ("der größten bekannten Primzahl"). events-v22: "Europäische Union" and
// "European Union" name the EU as "EU" does. passages-v21: "eigen" a stop
// word (taken back). passages-v22: the adjective only after an article, a
// determiner or an inflected adjective (not in -er) that does not open its
// sentence ("Später bekannten sie …" is the verb); events-v23: the EU's
// name not right after "Western". events-v24: "TT" names no country (the
// names table dropped a WordNet name two countries shared). events-v25: the
// IS is a force by each of its names ("ISIS", "Daesh", "Islamischer
// Staat"). events-v26: "Nigerian" is Nigeria's only, not Niger's too.
// events-v27: digits written onto a word ("arm64") are no figure;
// events-v28: nor those joined on to them ("x86-64"). passages-v23: a list
// item is indexed as sentences without its bullet, however short.
// events-v29: "Persien", "persisch" and "Perser" name Iran as "Persia" and
// "Persian" do. passages-v24/events-v30: a sentence plainly in the other
// language than its source's is indexed, and its figures read, in its own
// (passageLanguage); events-v31: its dates and names too. events-v32:
// "Südamerika", "South America" and the like name no US. passages-v25:
// "pls" and "plz" are English stop words. events-v33: the
// number inside an identifier ("CVE-2017-16943") is no year. events-v34:
// nor is its last number ("2014" of "CVE-2013-2014"). passages-v26: a
// chronology's entry ("2004-01-07 Debian Perl group founded") is a
// sentence, no heading. passages-v27: the short lines after a sentence
// ending in a colon are the items of the list it announces, sentences, no
// headings; passages-v28: at most twelve of them, the list ended by a
// dateline, a credit or a heading before a paragraph; passages-v29: a
// version numbered by its year ("2021.3.2") does not date a passage
// (namesDate). events-v35: what was shut, retired or decommissioned ended
// (timeline's end words); events-v36: a bare "18:30" after the noun of a
// schedule ("Einlass 18:30") is a time (timex). passages-v30: a date
// that labels a block ("November 2021. Throughout 2021, …") is part of
// the block's first sentence, not a sentence of its own (segment).
// events-v37: "ein Dutzend", "a dozen" are twelve (figure). events-v38:
// "until around March 2031", "seit ca. Mitte 2024": a hedge between the
// marker and its date keeps the deadline or start (timex). events-v39: a
// bare number that counts a part of the troops just counted ("800 von
// ihnen", "40 of them") is a figure of their force and role (timeline).
// passages-v31/events-v40: "zwei Dutzend", "three dozen" and "half a
// dozen" are figures too, which mark a passage as stating one (Figure);
// a part is of the number right before it, not of another between, and
// takes no role where it says a state of its own. events-v41: "jeden
// zweiten Dienstag", "every second Thursday" are a repetition, not a
// second of time and a day (timex). passages-v32/events-v47: a noun in
// -ung the lexicon lacks is the noun of the verb it is made from
// ("Abschaltungen" → "Abschaltung"; lexicon.actionNoun), which changes
// terms and the names read. passages-v33/events-v48: a range of days
// written with a hyphen ("14.-19. Juli 2025") ends no sentence after its
// second day (segment). events-v49: an English four-digit number before
// a unit or a noun a figure counts ("2048 bits", "1500 participants") is
// no year (timex). events-v50: but after a preposition of time that opens
// the sentence a number from 1800 to 2100 is one ("In 2020 participants
// met", "Since 2015 troops have …"), and fewer nouns count (timex).
// events-v51: an English range of days reads its bare end as a day
// ("22-28 September", "September 22-28, 2025"; timex). events-v52: only
// a range that runs forward ("won 21-3" is a score), and "September 22
// to 28" too. passages-v34: a person's name with whom the person is with
// in brackets ("Antti Kutas (LUT University)", a roll's line) is a
// sentence, no heading (segment). passages-v35/events-v53: a heading
// other than the title is a passage (store.Passage.Heading), and its
// dates and figures are read. passages-v36: a name with a handle in
// brackets ("Oskar Velmont (@velmont)") stays a heading. passages-v37:
// such a name is a sentence only within a roll of two or more (a title
// has the shape too), and the line that prints the title is found however
// the text marks it ("# Titel"; titleIn). events-v54: working and
// calendar days are lengths of time ("5-7 Werktage", "within 2 business
// days"), though no offsets from a day nor frequencies (timex).
// passages-v38: an irregular English verb form has its base's term as a
// part ("rebuilt" → "rebuild", "withdrew" → "withdraw"; analysis).
// passages-v39: more such forms ("fled" → "flee", "sought" → "seek").
// passages-v40: a point of the compass and a place are split ("Nordirak"
// has the parts "nord", "irak"). events-v55: "before Aug 27", a day, is a
// deadline (timex). events-v56: so is "vor dem 4. August". events-v57:
// both only where the day lies ahead of the source's date (timeline).
// passages-v41: a lower-case "may", "march" or "august" dates no sentence
// (namesDate: the modal "may" is no month).
const pipelineVersion = "passages-v41/events-v57"

// pipeline names how this engine indexes: the pipeline version and the
// embedder, or that no vectors are made.
func (e *Engine) pipeline() string {
	if !e.vectors() {
		return pipelineVersion + "/no-vectors"
	}
	return pipelineVersion + "/" + e.embedder.Name()
}

// vectors reports whether the engine embeds passages: when the ranking
// gives vectors weight, or when an embedder was plugged in. The hash
// embedding adds nothing measurable to BM25 with source context (see
// Params.Vector), so by default nothing is embedded, stored or loaded.
func (e *Engine) vectors() bool { return e.params.Vector > 0 || e.embedderGiven }

// Metadata keys the engine keeps in the store.
const (
	metaPipeline = "pipeline"
	// MetaCollection records which collection the index was built from:
	// "default" or a sources folder.
	MetaCollection = "collection"
)

// IndexReport says what a rebuild did.
type IndexReport struct {
	Added, Updated, Removed, Unchanged int
	Passages                           int // passages written by this run
	Failed                             []FileError
	Version                            int
	Duration                           time.Duration
}

// Changed reports whether the rebuild changed the index.
func (r IndexReport) Changed() bool { return r.Added+r.Updated+r.Removed > 0 }

// Progress is told how many sources of the run have been prepared.
type Progress func(done, total int)

// IndexRequest is a collection to index.
type IndexRequest struct {
	// Collection names where the sources come from: "default" or a folder.
	Collection string
	Sources    []store.Source
	// Failed are files of the collection that could not be read this time;
	// whatever the index holds from them stays, so a broken edit loses nothing.
	Failed []FileError
	// Fingerprint sums up the collection's files as they were read (see
	// Fingerprint), for readers to tell whether it changed since; "" for
	// none.
	Fingerprint string
}

// Index makes the store hold exactly the request's sources, rebuilding only
// those whose content changed. The whole change is one transaction: until it
// commits, questions are answered from the previous index, and if it fails,
// the previous index stays. Sources are prepared on every core and written
// as they are ready, a bounded number at a time, so memory does not grow
// with the collection. A source that cannot be prepared or written is
// named in the report's Failed, keeps what the index held of it, and does
// not stop the others. Only one rebuild runs at a time across every process
// sharing the index: another gets an error wrapping ErrReindexRunning and
// naming the process that rebuilds.
func (e *Engine) Index(ctx context.Context, req IndexRequest, progress Progress) (IndexReport, error) {
	collection, sources := req.Collection, req.Sources
	if !e.indexing.TryLock() {
		return IndexReport{}, ErrReindexRunning
	}
	defer e.indexing.Unlock()
	unlock, err := e.store.LockWriter(ctx, nil)
	if err != nil {
		var busy *store.BusyError
		if errors.As(err, &busy) {
			return IndexReport{}, reindexBusy{busy}
		}
		return IndexReport{}, err
	}
	defer unlock()
	began := time.Now()
	report := IndexReport{Failed: req.Failed}

	indexed, err := e.store.Sources(ctx)
	if err != nil {
		return report, err
	}
	hashes := make(map[string]string, len(indexed))
	for _, src := range indexed {
		hashes[src.ID] = src.Hash
	}
	keepOrigin := make(map[string]bool, len(req.Failed))
	for _, f := range req.Failed {
		if f.Keep() {
			keepOrigin[path.Join(collection, f.Path)] = true
		}
	}
	pipeline := e.pipeline()
	oldPipeline, err := e.store.Meta(ctx, metaPipeline)
	if err != nil {
		return report, err
	}
	oldCollection, err := e.store.Meta(ctx, MetaCollection)
	if err != nil {
		return report, err
	}
	rebuildAll := oldPipeline != pipeline

	var todo []store.Source
	added := make(map[string]bool)
	keep := make(map[string]bool, len(sources))
	for _, src := range sources {
		keep[src.ID] = true
		old, had := hashes[src.ID]
		switch {
		case !had:
			report.Added++
			added[src.ID] = true
			todo = append(todo, src)
		case old != src.Hash || rebuildAll:
			report.Updated++
			todo = append(todo, src)
		default:
			report.Unchanged++
		}
	}
	var removed []string
	for _, src := range indexed {
		if !keep[src.ID] && !keepOrigin[src.Origin] {
			removed = append(removed, src.ID)
		}
	}
	report.Removed = len(removed)

	oldFingerprint, err := e.store.Meta(ctx, MetaFingerprint)
	if err != nil {
		return report, err
	}
	if !report.Changed() && oldCollection == collection && !rebuildAll {
		if oldFingerprint != req.Fingerprint {
			// Files touched but not changed: remember them as they are now.
			if err := e.store.Update(ctx, func(tx *store.Tx) error {
				return tx.SetMeta(ctx, MetaFingerprint, req.Fingerprint)
			}); err != nil {
				return report, fmt.Errorf("write index: %w", err)
			}
		}
		report.Version, err = e.IndexVersion(ctx)
		report.Duration = time.Since(began)
		return report, err
	}
	var done int
	err = e.store.Update(ctx, func(tx *store.Tx) error {
		for _, id := range removed {
			if err := tx.DeleteSource(ctx, id); err != nil {
				return err
			}
		}
		write := func(p preparedSource) error {
			if p.fault != nil {
				return p.fault
			}
			return tx.Isolate(ctx, func() error {
				if err := tx.PutSource(ctx, p.source, p.terms, p.passages); err != nil {
					return err
				}
				return tx.PutEvents(ctx, p.source, p.events)
			})
		}
		err := e.prepare(ctx, todo, func(p preparedSource) error {
			err := write(p)
			done++
			switch {
			case err == nil:
				report.Passages += len(p.passages)
			case p.fault != nil || errors.Is(err, store.ErrInvalid):
				// The source's own fault: named, skipped, its old version kept.
				report.Failed = append(report.Failed, FileError{Path: SourcePath(collection, p.source), Err: fmt.Errorf("could not be indexed: %w", err)})
				if added[p.source.ID] {
					report.Added--
				} else {
					report.Updated--
				}
				e.log.Warn("source skipped", "source", p.source.ID, "err", err)
			default:
				return err
			}
			if progress != nil {
				progress(done, len(todo))
			}
			return nil
		})
		if err != nil {
			return err
		}
		if !report.Changed() && oldCollection == collection && !rebuildAll && oldFingerprint == req.Fingerprint {
			return errNothingWritten
		}
		if err := tx.SetMeta(ctx, metaPipeline, pipeline); err != nil {
			return err
		}
		if err := tx.SetMeta(ctx, MetaCollection, collection); err != nil {
			return err
		}
		if err := tx.SetMeta(ctx, MetaFingerprint, req.Fingerprint); err != nil {
			return err
		}
		report.Version, err = tx.BumpVersion(ctx)
		return err
	})
	if errors.Is(err, errNothingWritten) {
		report.Version, err = e.IndexVersion(ctx)
		report.Duration = time.Since(began)
		return report, err
	}
	if err != nil {
		return IndexReport{Failed: report.Failed}, fmt.Errorf("write index: %w", err)
	}
	// A rebuild may have written as much log as the index is large.
	if complete, err := e.store.Checkpoint(ctx); err != nil || !complete {
		e.log.Debug("checkpoint after the rebuild left the log for later", "err", err)
	}
	report.Duration = time.Since(began)
	e.log.Info("index rebuilt", "added", report.Added, "updated", report.Updated, "removed", report.Removed,
		"unchanged", report.Unchanged, "failed", len(report.Failed), "passages", report.Passages, "version", report.Version, "duration", report.Duration)
	return report, nil
}

// errNothingWritten rolls back a rebuild all of whose changes failed.
var errNothingWritten = errors.New("nothing to write")

// reindexBusy is another process's rebuild; it is ErrReindexRunning.
type reindexBusy struct{ *store.BusyError }

func (r reindexBusy) Is(target error) bool {
	return target == ErrReindexRunning || r.BusyError.Is(target)
}

// SourcePath is the file a source was read from, relative to its
// collection, as load errors and IndexReport.Failed name it; else its
// origin or its id.
func SourcePath(collection string, src store.Source) string {
	if rel, ok := strings.CutPrefix(src.Origin, collection+"/"); ok {
		return rel
	}
	if src.Origin != "" {
		return src.Origin
	}
	return src.ID
}

// preparedSource is a source cut into passages and analysed, ready to write.
type preparedSource struct {
	source   store.Source
	terms    string
	passages []store.IndexedPassage
	events   []store.Event
	// fault is why the source could not be prepared: its own fault, which
	// skips it, unlike an error of the embedder, which stops the rebuild.
	fault error
}

// prepareWindow is how many sources per core may be prepared ahead of the
// one being written: enough to keep every core busy, few enough that
// memory holds a handful of sources, not the collection.
const prepareWindow = 4

// prepareBudget bounds the bytes of source text being prepared or waiting
// to be written at once (one source is always let through): a prepared
// source takes about a hundred times its text in memory (a 7.5 MB source
// of short sentences, 700 MB), so a window of large sources would
// otherwise hold gigabytes. With it, one source of the largest size is
// prepared at a time.
const prepareBudget = MaxSourceBytes

// prepare analyses and embeds the sources on every core and hands each to
// write in the order given, from the calling goroutine. It stops at the
// first error of the embedder or of write, or when ctx is done.
func (e *Engine) prepare(ctx context.Context, sources []store.Source, write func(preparedSource) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	window := prepareWindow * workers
	jobs := make(chan int)
	// freed carries the text size of each source written, back to the
	// feeder; never more than window are outstanding.
	freed := make(chan int, window)
	type result struct {
		i   int
		p   preparedSource
		err error
	}
	results := make(chan result, window)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			words := make(wordCaches)
			for i := range jobs {
				p, err := e.prepareSafely(ctx, sources[i], words)
				results <- result{i, p, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		inFlight, bytes := 0, 0
		for i := range sources {
			size := len(sources[i].Text)
			for inFlight > 0 && (inFlight >= window || bytes+size > prepareBudget) {
				select {
				case n := <-freed:
					inFlight, bytes = inFlight-1, bytes-n
				case <-ctx.Done():
					return
				}
			}
			inFlight, bytes = inFlight+1, bytes+size
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	// Drain the workers whatever happens, so that none is left blocked.
	defer func() {
		cancel()
		go func() {
			wg.Wait()
			close(results)
		}()
		for range results {
		}
	}()
	pending := make(map[int]preparedSource)
	for next := 0; next < len(sources); {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r := <-results:
			if r.err != nil {
				return r.err
			}
			pending[r.i] = r.p
		}
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := write(p); err != nil {
				return err
			}
			freed <- len(p.source.Text)
		}
	}
	return nil
}

// prepareSafely prepares one source; a panic in the analysis of its text
// is that source's fault and is reported as such, with the stack logged.
func (e *Engine) prepareSafely(ctx context.Context, src store.Source, words wordCaches) (p preparedSource, err error) {
	defer func() {
		if r := recover(); r != nil {
			e.log.Error("preparing a source panicked", "source", src.ID, "panic", r, "stack", string(debug.Stack()))
			p = preparedSource{source: src, fault: fmt.Errorf("its text could not be analysed (%v)", r)}
			err = nil
		}
	}()
	return e.prepareSource(ctx, src, words)
}

// wordCaches are one preparing goroutine's analyses of words, by language:
// a collection repeats its words, so most are analysed once.
type wordCaches map[string]*analysis.Cache

func (w wordCaches) of(lang string) *analysis.Cache {
	c, ok := w[lang]
	if !ok {
		c = analysis.For(lang).NewCache()
		w[lang] = c
	}
	return c
}

// IsPassage reports whether a segment of a source's text, of the given
// kind, is one of its passages: a sentence, or a heading other than the
// line that prints the source's title (titleIn). A heading is searched,
// read with its neighbours and quoted as a sentence is ("3.4 Release
// Manager: Larry Hastings", "Seeschlacht bei Kap Bon" above what the
// paragraph tells of it); datelines and credits are not.
func IsPassage(title, text string, kind segment.Kind) bool {
	if kind == segment.Heading {
		_, _, isTitle := titleIn(text, title)
		return !isTitle
	}
	return kind == segment.Sentence
}

// checkEvery is how many sentences of one source are prepared between two
// looks at the context.
const checkEvery = 256

func (e *Engine) prepareSource(ctx context.Context, src store.Source, words wordCaches) (preparedSource, error) {
	if src.Language == "" {
		src.Language = DetectLanguage(src.Text)
	}
	a := words.of(src.Language)
	p := preparedSource{source: src}
	// The source's own terms are those of its text outside the passages:
	// search ranks the source as a whole by these and its passages'.
	own := a.Terms(src.Title)
	var sentences []timeline.Sentence
	for _, seg := range segment.Split(src.Text) {
		text := src.Text[seg.Start:seg.End]
		if !IsPassage(src.Title, text, seg.Kind) {
			own = append(own, a.Terms(text)...)
			continue
		}
		heading := seg.Kind == segment.Heading
		if len(sentences)%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return p, err
			}
		}
		// A sentence in the other language than its source's is read in
		// its own (passageLanguage).
		plang := passageLanguage(text, src.Language)
		pa := words.of(plang)
		sentences = append(sentences, timeline.Sentence{Start: seg.Start, End: seg.End, Lang: plang})
		var vec []float32
		if e.vectors() {
			var err error
			if vec, err = e.embedder.Embed(ctx, plang, text); err != nil {
				return p, fmt.Errorf("embed %s: %w", src.ID, err)
			}
		}
		p.passages = append(p.passages, store.IndexedPassage{
			Passage: store.Passage{SourceID: src.ID, Ord: len(p.passages), Block: seg.Block, Start: seg.Start, End: seg.End,
				Terms: strings.Join(pa.Terms(text), " "), Figure: len(counts(text, plang)) > 0, Dated: namesDate(text), Heading: heading},
			Vector: vec,
		})
	}
	p.terms = strings.Join(own, " ")
	p.events = e.extract(src, sentences, e.entities, e.log)
	return p, nil
}
