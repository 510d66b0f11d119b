package timeline

import (
	"log/slog"
	"slices"
	"sort"
	"strings"

	"github.com/quellen/quellen/retrieval/entity"
	"github.com/quellen/quellen/retrieval/timex"
	"github.com/quellen/quellen/store"
)

// Kinds of events.
const (
	KindTroops   = "troops"   // a troop figure
	KindTalks    = "talks"    // meetings, negotiations, commissions, dialogue, statements
	KindDeadline = "deadline" // an end date ahead of the article, or one set with "bis"/"spätestens"
	KindEvent    = "event"    // anything else with a date
)

// Where an event's date or place comes from.
const (
	FromText      = "text"      // the sentence says it
	FromPublished = "published" // the date is the article's publication date
	FromArticle   = "article"   // the place is the one the article names most
)

// Sentence is a quotable span of a source's text: text[Start:End], and
// the language it is written in ("de" or "en"; "" for its source's). A
// sentence in the other language than its source's has its dates, names
// and figures read in its own.
type Sentence struct {
	Start, End int
	Lang       string
}

// Extract finds the events of a source among its sentences: every sentence
// with a temporal expression, and every troop figure. Relative expressions
// are resolved against the source's publication date; with none (or one
// too coarse) they are left undated, never guessed.
//
// rec finds the countries, nationalities and forces that say whose troops
// a figure counts and where; nil finds only the forces news names as such.
//
// Every event's quote lies in the text and its anchor in its quote; an
// event that would break this is dropped and logged at debug level to log,
// which may be nil.
func Extract(src store.Source, sentences []Sentence, rec *entity.Recognizer, log *slog.Logger) []store.Event {
	lang := "de"
	if src.Language == "en" {
		lang = "en"
	}
	anchor := src.Published.Value
	if timex.CheckAnchor(anchor) != nil {
		anchor = ""
	}
	var valid []Sentence
	for _, s := range sentences {
		if s.Start >= 0 && s.End <= len(src.Text) && s.Start < s.End {
			valid = append(valid, s)
		}
	}
	// A sentence in the other language has its dates, names and figures
	// read in its own.
	others := otherLanguage(valid, lang)
	x := &extractor{text: src.Text, lang: lang}
	x.exprs = retagged(src.Text, timex.Tag(src.Text, timex.Options{Anchor: anchor, Lang: lang}), others, timex.Options{Anchor: anchor})
	x.published, x.publishedKnown = timex.ParseValue(anchor)
	if !x.publishedKnown {
		anchor = ""
	}
	x.anchor = anchor
	x.mentions = remention(src.Text, rec.Mentions(src.Text, lang), others, rec)
	// Figures first: a number that counts soldiers is no year, whatever
	// the date rules made of it ("etwa 1000 deutsche Soldatinnen").
	// Each sentence's words are read once, for its figures and its events.
	figures := make([][]troopFigure, len(valid))
	sentenceWords := make([][]word, len(valid))
	for i, s := range valid {
		sentenceWords[i] = words(x.text, s.Start, s.End)
		figures[i] = troopFigures(x.figureSentence(s, sentenceWords[i]))
	}
	x.dropDatesInFigures(figures)
	x.place, x.placeKey = articlePlace(src.Text, x.mentions, x.taken)
	var out []store.Event
	for i, s := range valid {
		out = append(out, x.sentence(s, sentenceWords[i], figures[i])...)
	}
	for i := range out {
		out[i].SourceID, out[i].Ord = src.ID, i
	}
	return keepInQuote(src, out, log)
}

type extractor struct {
	text, lang     string
	exprs          []timex.Expr // in text order
	anchor         string       // the usable publication date, or ""
	published      timex.Interval
	publishedKnown bool
	place          string // the article's usual place, or ""
	placeKey       string // its key, when it is a known place
	mentions       []entity.Mention
}

// figureSentence is sentence s, of words ws, as troopFigures reads it.
func (x *extractor) figureSentence(s Sentence, ws []word) figureSentence {
	lo := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= s.Start })
	hi := sort.Search(len(x.mentions), func(i int) bool { return x.mentions[i].Start >= s.End })
	return figureSentence{text: x.text, lo: s.Start, hi: s.End, ws: ws,
		mentions: x.mentions[lo:hi], lang: s.language(x.lang), date: x.taken}
}

// dropDatesInFigures removes the temporal expressions whose number a troop
// figure counts.
func (x *extractor) dropDatesInFigures(figures [][]troopFigure) {
	// The figures' numbers by start, with the furthest end reached so far,
	// so that each expression is checked against them in log time: a source
	// of many dates and many figures is not quadratic.
	var nums [][2]int
	for _, fs := range figures {
		for _, f := range fs {
			nums = append(nums, [2]int{f.numStart, f.numEnd})
		}
	}
	sort.Slice(nums, func(i, j int) bool { return nums[i][0] < nums[j][0] })
	furthest := make([]int, len(nums))
	for i, n := range nums {
		furthest[i] = n[1]
		if i > 0 {
			furthest[i] = max(furthest[i], furthest[i-1])
		}
	}
	var kept []timex.Expr
	for _, e := range x.exprs {
		// A number overlaps e when it starts before e ends and ends after
		// e starts.
		k := sort.Search(len(nums), func(i int) bool { return nums[i][0] >= e.End })
		if claimed := k > 0 && furthest[k-1] > e.Start; !claimed {
			kept = append(kept, e)
		}
	}
	if len(kept) == len(x.exprs) {
		return
	}
	// RangeWith indexes the slice: renumber it.
	index := make(map[int]int)
	j := 0
	for i, e := range x.exprs {
		if j < len(kept) && kept[j].Start == e.Start && kept[j].End == e.End {
			index[i] = j
			j++
		}
	}
	for i := range kept {
		if r, ok := index[kept[i].RangeWith]; ok && kept[i].RangeWith >= 0 {
			kept[i].RangeWith = r
		} else {
			kept[i].RangeWith = -1
		}
	}
	x.exprs = kept
}

// taken reports whether a temporal expression overlaps text[a:b].
func (x *extractor) taken(a, b int) bool {
	i := sort.Search(len(x.exprs), func(i int) bool { return x.exprs[i].End > a })
	return i < len(x.exprs) && x.exprs[i].Start < b
}

// inside returns the indexes of the expressions within a sentence.
func (x *extractor) inside(s Sentence) []int {
	var out []int
	for k := sort.Search(len(x.exprs), func(k int) bool { return x.exprs[k].Start >= s.Start }); k < len(x.exprs) && x.exprs[k].Start < s.End; k++ {
		if x.exprs[k].End <= s.End {
			out = append(out, k)
		}
	}
	return out
}

// calendar returns the interval of an expression that names a calendar date.
func (x *extractor) calendar(k int) (timex.Interval, bool) {
	e := x.exprs[k]
	if e.Unresolved || (e.Kind != timex.KindDate && e.Kind != timex.KindTime) {
		return timex.Interval{}, false
	}
	return timex.ParseValue(e.Value)
}

func (x *extractor) sentence(s Sentence, ws []word, figures []troopFigure) []store.Event {
	in := x.inside(s)
	// Words within a date say when, not what: "Ende" in "Ende 1967" ends
	// nothing.
	var plain []word
	for _, w := range ws {
		if !x.taken(w.start, w.end) {
			plain = append(plain, w)
		}
	}
	base := store.Event{Start: s.Start, End: s.End, AnchorStart: s.Start, AnchorEnd: s.Start, Aspect: aspect(plain)}

	if len(figures) > 0 {
		var out []store.Event
		for _, f := range figures {
			ev := base
			ev.Kind, ev.Count, ev.Qualifier, ev.Place, ev.PlaceFrom = KindTroops, f.count, f.qualifier, f.place, f.placeFrom
			ev.PlaceKey, ev.Force, ev.Role, ev.Approx = f.placeKey, f.force, f.role, f.approx
			if ev.Place == "" && x.place != "" {
				ev.Place, ev.PlaceKey, ev.PlaceFrom = x.place, x.placeKey, FromArticle
			}
			ev.AnchorStart, ev.AnchorEnd = f.start, f.end
			if k, ok := x.figureDate(f, in, ws); ok {
				x.dateFrom(&ev, k)
			} else {
				x.datePublished(&ev)
			}
			out = append(out, ev)
		}
		if k, ok := x.deadline(in, ws); ok {
			ev := base
			ev.Kind, ev.Aspect = KindDeadline, AspectEnd
			x.dateRange(&ev, k, true)
			out = append(out, ev)
		}
		return out
	}

	ev := base
	ev.Kind = KindEvent
	if talks(ws) {
		ev.Kind = KindTalks
	}
	if k, ok := x.deadline(in, ws); ok {
		ev.Kind, ev.Aspect = KindDeadline, AspectEnd
		x.dateRange(&ev, k, true)
		return []store.Event{ev}
	}
	for _, k := range in {
		if _, ok := x.calendar(k); ok && !x.attributive(k, ws) {
			x.dateRange(&ev, k, false)
			return []store.Event{ev}
		}
	}
	for _, k := range in {
		if e := x.exprs[k]; e.Unresolved {
			// Relative to a date nobody knows: kept, undated.
			ev.DateText, ev.Relative = e.Text, true
			ev.AnchorStart, ev.AnchorEnd = e.Start, e.End
			return []store.Event{ev}
		}
	}
	for _, k := range in {
		e := x.exprs[k]
		if !asOfNow(e) {
			continue
		}
		// "derzeit", "in den kommenden Monaten": as of the article.
		ev.AnchorStart, ev.AnchorEnd = e.Start, e.End
		if x.publishedKnown {
			x.datePublished(&ev)
		} else {
			ev.DateText, ev.Relative = e.Text, true
		}
		return []store.Event{ev}
	}
	return nil
}

// Words that tie a length of time to the present: "in den kommenden
// Monaten", "in the past weeks". Other lengths ("jahrelangen Aufstand") say
// nothing of when.
var deictic = wordSet(`kommenden kommende nächsten vergangenen vergangene letzten letzte bisherigen
	coming next past last recent`)

// asOfNow reports whether an expression places its sentence at the time
// of writing: "derzeit", "bald", "in den kommenden Monaten".
func asOfNow(e timex.Expr) bool {
	if e.Kind == timex.KindRef {
		return true
	}
	if e.Kind != timex.KindDuration {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Text)) {
		if deictic[w] {
			return true
		}
	}
	return false
}

// deadline returns the first expression of a sentence that sets an end
// date: one marked by "bis", "spätestens", "by", "until", or the end of a
// period or range, or a day after "before" or "vor dem", still ahead of
// the article's publication ("Sign up here before Aug 27" in April; not
// "Shortly before September 11, 2001" in 2024). Failing those, a
// sentence that names a deadline (deadlineNoun) and writes one date ahead
// of its article sets that date: "The deadline is July 9, 2023.", "The
// deadline for JuliaCon 2025 is extended to Feb 14th"; not "The deadline
// for the October 12 launch is July 9" (two ahead).
func (x *extractor) deadline(in []int, ws []word) (int, bool) {
	var ahead []int
	for _, k := range in {
		iv, ok := x.calendar(k)
		if !ok {
			continue
		}
		e := x.exprs[k]
		rangeEnd := e.RangeWith >= 0 && x.exprs[e.RangeWith].Start < e.Start
		beforeDay := (e.Marker == "before" || e.Marker == "vor") && len(e.Value) == len("2006-01-02")
		later := x.publishedKnown && iv.First.After(x.published.Last)
		if e.Deadline || (later && (e.Mod == "END" || rangeEnd || beforeDay)) {
			return k, true
		}
		if later {
			ahead = append(ahead, k)
		}
	}
	if len(ahead) == 1 {
		for i := range ws {
			if deadlineNoun(ws, i) {
				return ahead[0], true
			}
		}
	}
	return 0, false
}

// deadlineNoun reports whether ws[i] names a deadline: "The deadline is
// July 9, 2023", "Anmeldeschluss ist der 6. Dezember", "Stichtag"; not the
// trade paper ("…, Deadline reported") nor the verb "befristen".
func deadlineNoun(ws []word, i int) bool {
	w := ws[i].lower
	switch {
	case w == "deadline" || w == "deadlines":
		return !(ws[i].text == "Deadline" && i+1 < len(ws) && reportingVerbs[ws[i+1].lower])
	case strings.HasPrefix(w, "befrist"):
		return false
	}
	return w == "stichtag" || strings.HasSuffix(w, "frist") || strings.HasSuffix(w, "fristen") ||
		strings.HasSuffix(w, "schluss") && slices.ContainsFunc(closingPrefixes, func(p string) bool { return strings.HasPrefix(w, p) })
}

// reportingVerbs follow an outlet's name that reports: "Deadline reported".
var reportingVerbs = map[string]bool{"reported": true, "reports": true, "said": true, "berichtet": true, "berichtete": true}

// closingPrefixes begin the German compounds of "Schluss" that close a call
// ("Anmeldeschluss", "Einsendeschluss"), not an end at large ("Schluss",
// "Beschluss", "Zusammenschluss").
var closingPrefixes = []string{"anmelde", "einsende", "bewerbungs", "annahme", "melde", "abgabe", "einreichungs", "redaktions"}

// figureDate picks the expression that dates a troop figure: one in the
// same clause, not a "seit" or "bis", nearest, preferring one with no comma
// between. Years of other statements in the sentence ("…, der 2019 für
// besiegt erklärt wurde") do not date the figure.
func (x *extractor) figureDate(f troopFigure, in []int, ws []word) (int, bool) {
	best, bestDist, bestComma := -1, 0, true
	for _, k := range in {
		e := x.exprs[k]
		if _, ok := x.calendar(k); !ok || e.Since || e.Deadline || x.attributive(k, ws) {
			continue
		}
		a, b := f.end, e.Start
		if e.End <= f.start {
			a, b = e.End, f.start
		}
		if clauseBreak(x.text, a, b) {
			continue
		}
		dist, comma := b-a, hasComma(x.text, a, b)
		if best < 0 || (bestComma && !comma) || (comma == bestComma && dist < bestDist) {
			best, bestDist, bestComma = k, dist, comma
		}
	}
	if best >= 0 {
		return best, true
	}
	// A figure in a relative clause with no date of its own is dated by
	// the clause it describes: "Am 1. Januar 1951 begannen … eine
	// Offensive, der die 200.000 Soldaten der UN-Streitkräfte nicht
	// standhalten konnten".
	for _, k := range in {
		e := x.exprs[k]
		if _, ok := x.calendar(k); !ok || e.Since || e.Deadline || x.attributive(k, ws) || e.End > f.start {
			continue
		}
		if relativeOnly(x.text, e.End, f.start) {
			best = k
		}
	}
	return best, best >= 0
}

// attributive reports whether a year describes a noun rather than dating
// the statement: "der 2014 gebildeten Koalition". A determiner after a
// comma is a relative pronoun, whose clause the date does date.
func (x *extractor) attributive(k int, ws []word) bool {
	e := x.exprs[k]
	if e.Text == "" || e.Text[0] < '0' || e.Text[0] > '9' {
		return false
	}
	i := sort.Search(len(ws), func(i int) bool { return ws[i].start >= e.Start })
	j := sort.Search(len(ws), func(i int) bool { return ws[i].start >= e.End })
	if i == 0 || j >= len(ws) || !determiners[ws[i-1].lower] {
		return false
	}
	if i >= 2 && strings.ContainsAny(x.text[ws[i-2].end:ws[i-1].start], ",;") {
		return false
	}
	next := ws[j]
	return !next.num && !next.capitalized()
}

// dateFrom dates ev by expression k alone.
func (x *extractor) dateFrom(ev *store.Event, k int) {
	e := x.exprs[k]
	ev.Date, ev.Mod, ev.DateText, ev.DateFrom = cutTime(e.Value), e.Mod, e.Text, FromText
	ev.Relative, ev.Since = e.Relative, e.Since
	if ev.Kind != KindTroops {
		ev.AnchorStart, ev.AnchorEnd = e.Start, e.End
	}
}

// dateRange dates ev by expression k and the other end of its range, if
// any. A deadline is dated by the range's end, anything else by its start.
func (x *extractor) dateRange(ev *store.Event, k int, deadline bool) {
	x.dateFrom(ev, k)
	e := x.exprs[k]
	if e.RangeWith < 0 {
		return
	}
	other := x.exprs[e.RangeWith]
	if _, ok := timex.ParseValue(other.Value); !ok || other.Unresolved {
		return
	}
	first, last := e, other
	if other.Start < e.Start {
		first, last = other, e
	}
	ev.RangeStart, ev.RangeEnd = cutTime(first.Value), cutTime(last.Value)
	ev.DateText = x.text[first.Start:last.End]
	ev.AnchorStart, ev.AnchorEnd = first.Start, last.End
	ev.Relative = first.Relative || last.Relative
	dated := first
	if deadline {
		dated = last
	}
	ev.Date, ev.Mod = cutTime(dated.Value), dated.Mod
}

// datePublished dates ev by the article's publication date, or leaves it
// undated when that is unknown.
func (x *extractor) datePublished(ev *store.Event) {
	if x.publishedKnown {
		ev.Date, ev.DateFrom = x.anchor, FromPublished
	}
}

// cutTime drops the time of day from a value: a timeline counts days.
func cutTime(v string) string {
	if i := strings.IndexByte(v, 'T'); i == len("2006-01-02") {
		return v[:i]
	}
	return v
}

// Aspects of an event.
const (
	AspectStart = "start" // the event begins something: "Die Verhandlungen begannen im Winter 2023"
	AspectEnd   = "end"   // the event ends something: "Die Mission endet im September 2025"
	// AspectBoth: the sentence says when something began and ended
	// ("Der Bürgerkrieg begann 1927 und endete 1949").
	AspectBoth = "start end"
)

// HasAspect reports whether an event's aspect includes a given one.
func HasAspect(aspect, want string) bool {
	return aspect == want || aspect == AspectBoth
}

// Words that say a statement starts or ends something. Nouns are matched
// as the head of a compound ("Missionsende"), verbs as whole words.
var (
	startWords = wordSet(`begann begannen beginnt beginnen begonnen startete starteten gestartet startet eingeleitet
		einleiten eröffnet eröffnete aufgenommen aufnehmen
		began begun begins begin started starts launched launch commenced opened`)
	startNouns = []string{"beginn", "anfang", "auftakt", "start"}
	endWords   = wordSet(`endet enden endete endeten beendet beenden beendete abgeschlossen abschließen ausläuft auslaufen
		lief läuft abgezogen abziehen abzug verließen verließ verlassen abgereist aufgelöst
		withdrew closed shut retired decommissioned dissolved disbanded abolished
		ends end ended ending concluded conclude expires expire withdrawn withdraw withdrawal`)
	endNouns = []string{"ende", "abschluss", "abzug", "rückzug", "beendigung", "auslaufen"}
	// endIdioms use "Ende" or "closed" for no end: "Licht am Ende des
	// Tunnels", "talks behind closed doors".
	endIdioms = []string{"ende des tunnels", "end of the tunnel", "am ende des tages", "at the end of the day",
		"behind closed doors"}
	// gettingStarted are the words before "started" of the idiom for
	// beginning to use something, and startedIdiomNext the words after it
	// there (gettingStartedAt).
	gettingStarted   = wordSet(`get gets getting`)
	startedIdiomNext = wordSet(`with guide page tutorial docs documentation`)
)

// gettingStartedAt reports whether the start word ws[i] is the "started"
// of the idiom for beginning to use something, which starts no event:
// "our Get Started guide", "to get started with Flux", "getting
// started."; "the season gets started on August 18" and "the talks got
// started" start one.
func gettingStartedAt(ws []word, i int) bool {
	if i == 0 || !gettingStarted[ws[i-1].lower] {
		return false
	}
	return ws[i].capitalized() || i+1 == len(ws) || startedIdiomNext[ws[i+1].lower]
}

// AspectWords returns the words of an aspect ("end": "endet", "Abzug",
// "Rückzug", …), lower-case, for search: a question about the "Frist für
// den Abzug" is answered by a mission that "wird beendet".
func AspectWords(aspect string) []string {
	var out []string
	switch aspect {
	case AspectEnd:
		out = append(out, endNouns...)
		for w := range endWords {
			out = append(out, w)
		}
	case AspectStart:
		out = append(out, startNouns...)
		for w := range startWords {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// AspectOf says whether a word, lower-case, speaks of starting or ending
// something: "Abzug", "Ende", "endet" end; "Beginn", "begann" start.
func AspectOf(lower string) string {
	switch {
	case endWords[lower]:
		return AspectEnd
	case startWords[lower]:
		return AspectStart
	}
	for _, n := range endNouns {
		if strings.HasSuffix(lower, n) {
			return AspectEnd
		}
	}
	for _, n := range startNouns {
		if strings.HasSuffix(lower, n) {
			return AspectStart
		}
	}
	return ""
}

// aspect says whether a sentence starts or ends something.
//
// A sentence that reports what someone said ("Im Januar erklärte der
// Sprecher, das Ende der Mission werde … erreicht") dates the saying: an
// end or start it names only as a noun is not its event's.
func aspect(ws []word) string {
	start, end, said := false, false, false
	for _, w := range ws {
		said = said || speechVerbs[w.lower]
	}
	var lower strings.Builder
	for _, w := range ws {
		lower.WriteString(w.lower)
		lower.WriteByte(' ')
	}
	idiom := false
	for _, i := range endIdioms {
		idiom = idiom || strings.Contains(lower.String(), i)
	}
	for i, w := range ws {
		if startWords[w.lower] && !gettingStartedAt(ws, i) {
			start = true
		}
		if endWords[w.lower] && !(idiom && w.lower == "closed") {
			end = true
		}
		if w.capitalized() && !said {
			for _, n := range startNouns {
				if strings.HasSuffix(w.lower, n) {
					start = true
				}
			}
			for _, n := range endNouns {
				if strings.HasSuffix(w.lower, n) && !(idiom && n == "ende") {
					end = true
				}
			}
		}
	}
	switch {
	case end && start:
		return AspectBoth
	case end:
		return AspectEnd
	case start:
		return AspectStart
	}
	return ""
}

// speechVerbs report what someone said.
var speechVerbs = wordSet(`erklärte erklärten sagte sagten teilte teilten kündigte kündigten betonte betonten
	bekräftigte meldete berichtete hieß versicherte
	said says stated announced declared told reported`)

// Words of talks: meetings, negotiations, commissions, dialogue,
// statements. Nouns are matched inside compounds ("Gesprächsrunden",
// "Sicherheitsdelegation"), verb forms as whole words.
var (
	talkStems = []string{"gespräch", "verhandl", "kommission", "dialog", "erklärung", "sitzung", "delegation",
		"konferenz", "gipfel", "unterhändler", "diskussion", "vereinbarung", "abkommen", "ankündigung",
		"mitteilung", "stellungnahme", "videoschalte", "beratung",
		"negotiat", "commission", "dialogue", "statement", "meeting", "summit", "conference", "talks", "agreement",
		"announcement", "discussion"}
	talkWords = wordSet(`traf trafen trifft treffen treffens erklärte erklärten erklärt sagte sagten sagt
		verkündet verkündete kündigte kündigten angekündigt teilte teilten mitgeteilt berät beraten berieten beriet
		besprechen besprach besprochen erörtern erörtert erörterten diskutierten diskutiert vereinbaren vereinbart
		verhandeln verhandelt meldete berichtete
		met meet meets said says announced discussed agreed negotiate negotiated talked stated declared reported`)
)

// talks reports whether a sentence is about talks or statements.
func talks(ws []word) bool {
	for _, w := range ws {
		if talkWords[w.lower] {
			return true
		}
		for _, stem := range talkStems {
			if strings.Contains(w.lower, stem) {
				return true
			}
		}
	}
	return false
}
