package retrieval

import (
	"context"
	"fmt"
	"hash/maphash"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/retrieval/timeline"
	"github.com/quellen/quellen/store"
)

// Ranked is one passage with its scores, best first in a ranking.
type Ranked struct {
	store.Passage
	Score     float64 // fused
	Lexical   float64 // the passage's own BM25, normalised by the query's best
	Context   float64 // its source's BM25, normalised
	Neighbour float64 // the best adjacent passage's BM25, normalised
	Vector    float64 // cosine similarity
	// Concepts is the share of the question's focus, each word counted
	// once in whichever form or translation, that the passage holds,
	// weighed by rarity: BM25 counts every translation of a word apart.
	Concepts float64
}

// concepts is the question's focus concepts as ranking weighs them: each
// by the rarest-but-present form's inverse document frequency, as
// verification does (what a translation the collection never uses would
// add is not counted), and for each term the concepts it stands for.
type concepts struct {
	idf  []float64
	want float64
	of   map[string]uint64 // term → bit set of its concepts, when there are at most 64
	// terms lists each concept's terms, for a question of more concepts.
	terms [][]string
}

// idf is the weight of a term that df of the collection's passages hold:
// BM25's inverse document frequency, as verification and ranking weigh
// the question's concepts.
func (q *question) idf(df int) float64 {
	n := float64(q.total)
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

func (q *question) conceptWeights() concepts {
	c := concepts{idf: make([]float64, len(q.concepts)), of: make(map[string]uint64), terms: q.concepts}
	for i, terms := range q.concepts {
		for _, t := range terms {
			if df := q.df[t]; df > 0 {
				w := q.idf(df)
				if c.idf[i] == 0 || w < c.idf[i] {
					c.idf[i] = w
				}
			}
			if len(q.concepts) <= 64 {
				c.of[t] |= 1 << i
			}
		}
		c.want += c.idf[i]
	}
	return c
}

// share is the IDF-weighted share of the concepts a passage's terms hold.
func (c concepts) share(terms string) float64 {
	if c.want == 0 {
		return 0
	}
	var have float64
	if len(c.terms) > 64 {
		set := make(map[string]bool)
		for t := range strings.FieldsSeq(terms) {
			set[t] = true
		}
		for i, w := range c.idf {
			if slices.ContainsFunc(c.terms[i], func(t string) bool { return set[t] }) {
				have += w
			}
		}
		return have / c.want
	}
	var held uint64
	for t := range strings.FieldsSeq(terms) {
		held |= c.of[t]
	}
	for i, w := range c.idf {
		if held&(1<<i) != 0 {
			have += w
		}
	}
	return have / c.want
}

// Candidates are found by full-text search over sentences, fused with the
// score of each sentence's source and of its neighbours (rank); verification
// then reads them.

// sourcePassages remembers the passages of the sources one question
// touches: ranking and the coverage check read the same few sources.
type sourcePassages struct {
	store    *store.Store
	bySource map[string][]store.Passage
}

func newSourcePassages(st *store.Store) *sourcePassages {
	return &sourcePassages{store: st, bySource: make(map[string][]store.Passage)}
}

// load reads the passages of the given sources that are not read yet, in
// one query.
func (c *sourcePassages) load(ctx context.Context, sourceIDs []string) error {
	var missing []string
	for _, id := range sourceIDs {
		if _, ok := c.bySource[id]; !ok && !slices.Contains(missing, id) {
			missing = append(missing, id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	read, err := c.store.PassagesOfSources(ctx, missing)
	if err != nil {
		return err
	}
	for _, id := range missing {
		c.bySource[id] = read[id]
	}
	return nil
}

func (c *sourcePassages) of(ctx context.Context, sourceID string) ([]store.Passage, error) {
	if ps, ok := c.bySource[sourceID]; ok {
		return ps, nil
	}
	ps, err := c.store.SourcePassages(ctx, sourceID)
	if err != nil {
		return nil, err
	}
	c.bySource[sourceID] = ps
	return ps, nil
}

// rank returns the passages best matching q, best first, at most limit,
// and after them, for a question that asks for a fact, at most limit more
// that state one (see below the cut).
func (e *Engine) rank(ctx context.Context, q *question, limit int, sources *sourcePassages) ([]Ranked, error) {
	p := e.params
	if len(q.terms) == 0 {
		return nil, nil
	}
	search := func() (store.SearchResult, error) {
		return e.store.Search(ctx, store.SearchQuery{Terms: q.terms, CommonShare: p.CommonShare, CommonMin: commonMin,
			Passages: p.PassageLimit, Sources: p.SourceLimit})
	}
	found, err := search()
	if err != nil {
		return nil, err
	}
	// A name the collection never writes as asked is searched again in
	// the forms it writes, which only the search's frequencies tell.
	if added, err := e.addCollectionForms(ctx, q, found.DF); err != nil {
		return nil, err
	} else if added {
		if found, err = search(); err != nil {
			return nil, err
		}
	}
	// The question's own terms stay in q for verification, with their
	// frequencies.
	q.df, q.total = found.DF, found.Total
	lexHits, srcHits := found.Passages, found.Sources
	var vecHits []store.Hit
	if p.Vector > 0 {
		if vecHits, err = e.store.SearchVectors(ctx, q.vector, p.VectorLimit); err != nil {
			return nil, err
		}
	}

	lex := normalised(lexHits)
	vec := make(map[int64]float64, len(vecHits))
	for _, h := range vecHits {
		vec[h.ID] = h.Score
	}
	srcScore := make(map[string]float64, len(srcHits))
	if len(srcHits) > 0 {
		best := srcHits[0].Score
		for _, h := range srcHits {
			if best > 0 {
				srcScore[h.SourceID] = h.Score / best
			}
		}
	}

	ids := make([]int64, 0, len(lex)+len(vec))
	seen := make(map[int64]bool)
	for _, h := range lexHits {
		if !seen[h.ID] {
			seen[h.ID] = true
			ids = append(ids, h.ID)
		}
	}
	for _, h := range vecHits {
		if !seen[h.ID] {
			seen[h.ID] = true
			ids = append(ids, h.ID)
		}
	}
	passages, err := e.store.Passages(ctx, ids)
	if err != nil {
		return nil, err
	}
	// The sources whose passages are read below, read at once.
	factual := q.Type == query.Count && q.Troops || q.Type == query.Deadline || q.Type == query.Start
	var expand []string
	for i, h := range srcHits {
		if i < p.ExpandTop || factual {
			expand = append(expand, h.SourceID)
		}
	}
	if err := sources.load(ctx, expand); err != nil {
		return nil, err
	}
	// Every passage of the best sources is a candidate: a sentence that
	// answers often shares few words with the question but stands in the text
	// that matches it best.
	for i := 0; i < len(srcHits) && i < p.ExpandTop; i++ {
		more, err := sources.of(ctx, srcHits[i].SourceID)
		if err != nil {
			return nil, err
		}
		for _, mp := range more {
			if !seen[mp.ID] {
				seen[mp.ID] = true
				passages = append(passages, mp)
			}
		}
	}
	// A question that asks for a troop figure or an end or start date
	// finds the passages stating one in every matching source: the fact
	// may be phrased in words the question does not use.
	var stating map[int64]bool
	if factual && len(srcHits) > 0 {
		ids := make([]string, len(srcHits))
		for i, h := range srcHits {
			ids[i] = h.SourceID
		}
		events, err := e.store.Events(ctx, ids...)
		if err != nil {
			return nil, err
		}
		starts := make(map[sentenceKey]bool)
		stating = make(map[int64]bool)
		for _, ev := range events {
			if ev.Kind == timeline.KindTroops && q.Type == query.Count || ev.Kind == timeline.KindDeadline && q.Type == query.Deadline ||
				ev.Aspect == timeline.AspectStart && q.Type == query.Start {
				starts[sentenceKey{ev.SourceID, ev.Start}] = true
			}
		}
		for _, h := range srcHits {
			more, err := sources.of(ctx, h.SourceID)
			if err != nil {
				return nil, err
			}
			for _, mp := range more {
				if !starts[sentenceKey{mp.SourceID, mp.Start}] {
					continue
				}
				stating[mp.ID] = true
				if !seen[mp.ID] {
					seen[mp.ID] = true
					passages = append(passages, mp)
				}
			}
		}
	}
	// A question for the newest ("was ist die neueste Helm-Version")
	// finds every passage of the newest matching sources: the newest
	// release may be told in a short post that ranks low ("The first
	// Alpha for Helm v4 has been released."). A question that names a
	// release ("gitea 1.7.5 number of merged prs") finds every passage
	// of the sources titled with its number as that product's or as a
	// release alone ("Release of 1.7.5"; titledSources), the matching
	// ones first: the post speaks of it throughout, mostly without its
	// number ("This version only has 3 merged pull requests").
	var focus map[int64]bool // the passages of the sources the question points at; nil for other questions
	var pointed []string
	if asksNewest(q) && p.NewestExpand > 0 {
		newest, err := e.newestSources(ctx, srcHits, p.NewestExpand)
		if err != nil {
			return nil, err
		}
		pointed = append(pointed, newest...)
	}
	if p.TitledExpand > 0 {
		if nums := fullNumbers(versionNumbers(q.Text)); len(nums) > 0 {
			titled, err := e.titledSources(ctx, srcHits, nums, askedNames(q), p.TitledExpand)
			if err != nil {
				return nil, err
			}
			pointed = append(pointed, titled...)
		}
	}
	if len(pointed) > 0 {
		focus = make(map[int64]bool)
		if err := sources.load(ctx, pointed); err != nil {
			return nil, err
		}
		for _, id := range pointed {
			more, err := sources.of(ctx, id)
			if err != nil {
				return nil, err
			}
			for _, mp := range more {
				focus[mp.ID] = true
				if !seen[mp.ID] {
					seen[mp.ID] = true
					passages = append(passages, mp)
				}
			}
		}
	}
	// Neighbours: a passage whose neighbour matches the question is likely
	// to continue its thought.
	byPos := make(map[string]map[int]int64)
	for _, ps := range passages {
		if byPos[ps.SourceID] == nil {
			byPos[ps.SourceID] = make(map[int]int64)
		}
		byPos[ps.SourceID][ps.Ord] = ps.ID
	}

	weights := q.conceptWeights()
	out := make([]Ranked, 0, len(passages))
	for _, ps := range passages {
		r := Ranked{Passage: ps, Lexical: lex[ps.ID], Context: srcScore[ps.SourceID]}
		if v, ok := vec[ps.ID]; ok {
			r.Vector = v
		} else if p.Vector > 0 {
			if r.Vector, err = e.store.Similarity(ctx, q.vector, ps.ID); err != nil {
				return nil, err
			}
		}
		for _, d := range []int{-1, 1} {
			if id, ok := byPos[ps.SourceID][ps.Ord+d]; ok {
				r.Neighbour = math.Max(r.Neighbour, lex[id])
			}
		}
		if p.Concepts > 0 {
			r.Concepts = weights.share(ps.Terms)
		}
		r.Score = p.Lexical*r.Lexical + p.Context*r.Context + p.Neighbour*r.Neighbour + p.Vector*r.Vector + p.Concepts*r.Concepts
		if q.Type == query.Count && ps.Figure {
			r.Score += p.NumberBoost
		}
		if q.Type.Temporal() && ps.Dated {
			r.Score += p.DateBoost
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ID < out[j].ID
	})
	out = distinctTexts(out, limit)
	if len(out) > limit {
		// The passages that state the fact asked for stay candidates below
		// the cut, after the others, at most limit of them: their words
		// may be none of the question's ("Der Einsatz … wird beendet
		// spätestens bis Ende September 2025" for "Bis wann ziehen die
		// US-Truppen ab?"), so their score says little.
		//
		// So do the passages whose own words match best (LexicalKeep of
		// them): a sentence that says it all in a source that says much
		// else ("In April, Chris Lamb was elected as the new Debian
		// Project Leader" in a newsletter of twenty topics) ranks low by
		// its source's score.
		keep := min(len(lexHits), max(0, p.LexicalKeep))
		best := make(map[int64]bool, keep)
		for _, h := range lexHits[:keep] {
			best[h.ID] = true
		}
		//
		// So do the passages of the sources the question points at (the
		// newest for a question for the newest, those titled with the
		// release it names), at most limit more.
		var below []Ranked
		held, kept := 0, 0 // stating or best; focus
		for _, r := range out[limit:] {
			switch {
			case (stating[r.ID] || best[r.ID]) && held < limit:
				below = append(below, r)
				held++
			case focus[r.ID] && kept < limit:
				below = append(below, r)
				kept++
			}
		}
		out = append(out[:limit], below...)
	}
	return out, nil
}

// newestSources returns the ids of the n newest of the sources hits
// found, by their date of publication, the newest first; an undated
// source is none of them.
func (e *Engine) newestSources(ctx context.Context, hits []store.SourceHit, n int) ([]string, error) {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.SourceID
	}
	infos, err := e.store.SourceInfos(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("newest sources: %w", err)
	}
	type dated struct{ id, date string }
	all := make([]dated, 0, len(hits))
	for _, id := range ids {
		if date := infos[id].Published.Value; date != "" {
			all = append(all, dated{id, date})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return later(all[i].date, all[j].date) })
	var out []string
	for _, d := range all[:min(n, len(all))] {
		out = append(out, d.id)
	}
	return out, nil
}

// distinctTexts returns ranked without the passages whose sentence, white
// space aside, repeats a better-ranked one and is minBoilerplateWords long
// or longer: boilerplate a newsletter or a series of releases prints in
// every issue ("Please note that the point release does not constitute a
// new version …") would otherwise fill the candidates, and shape would
// cite one copy of it anyway. A short sentence may mean another thing in
// each source ("Sie fand in Kiel statt." after another conference's
// name), and is kept. Only the first limit distinct passages are read;
// those after them stay as they are.
func distinctTexts(ranked []Ranked, limit int) []Ranked {
	seed := maphash.MakeSeed()
	seen := make(map[uint64]bool, limit)
	out := ranked[:0]
	for i, r := range ranked {
		if len(out) >= limit {
			return append(out, ranked[i:]...)
		}
		// The sentence's words, each followed by one space, hashed:
		// no copy of the text is made.
		var h maphash.Hash
		h.SetSeed(seed)
		words := 0
		for w := range strings.FieldsSeq(r.Text) {
			h.WriteString(w)
			h.WriteByte(' ')
			words++
		}
		if key := h.Sum64(); words >= minBoilerplateWords {
			if seen[key] {
				continue
			}
			seen[key] = true
		}
		out = append(out, r)
	}
	return out
}

// minBoilerplateWords is the fewest words of a sentence distinctTexts
// takes for boilerplate.
const minBoilerplateWords = 8

// commonMin is the fewest passages a term must occur in before
// Params.CommonShare leaves it out: in a small collection nothing is costly.
const commonMin = 100

// normalised maps hits to their score divided by the best score.
func normalised(hits []store.Hit) map[int64]float64 {
	out := make(map[int64]float64, len(hits))
	if len(hits) == 0 || hits[0].Score <= 0 {
		return out
	}
	best := hits[0].Score
	for _, h := range hits {
		out[h.ID] = h.Score / best
	}
	return out
}

// Rank returns the passages best matching a question, best first, with no
// abstention: what the retrieval benchmarks score.
func (e *Engine) Rank(ctx context.Context, text string, limit int) ([]Ranked, error) {
	q, err := e.analyse(ctx, text, "")
	if err != nil {
		return nil, err
	}
	ranked, err := e.rank(ctx, q, limit, newSourcePassages(e.store))
	if len(ranked) > limit {
		ranked = ranked[:limit] // not the fact-stating passages kept for verification
	}
	return ranked, err
}

// addCollectionForms searches and covers a name in the question that the
// collection never uses (df, from the question's search) by the forms it
// does use with another inflectional ending (inflections): "cristero" by
// "cristeros", "hohenzollerns" by "hohenzollern". "abbas" is not
// "Abbassi", nor "georg" "Georgien": only names of minFormLength letters
// or more are read so, and only those endings added or dropped. A name with
// no such form may be mistyped: the collection's terms one edit away that
// share its first half are searched too ("bastile" by "bastill"). It
// reports whether it added a form to search for.
func (e *Engine) addCollectionForms(ctx context.Context, q *question, df map[string]int) (bool, error) {
	added := false
	for i, c := range q.concepts {
		word := c[0]
		if !q.names[i] || utf8.RuneCountInString(word) < minFormLength || strings.Trim(word, "0123456789") == "" ||
			slices.ContainsFunc(c, func(t string) bool { return df[t] > 0 }) || e.lexiconKnows(q, word) {
			continue
		}
		k := slices.IndexFunc(q.terms, func(t store.Term) bool { return t.Text == word })
		if k < 0 {
			continue
		}
		forms, err := e.inflectedForms(ctx, word)
		// A name mistyped ("bastile"), read also as the concept's other
		// readings of the same word: an English stem cuts "hanibal" short
		// to "hanib", the German reading keeps it whole. A translation is
		// a dictionary's word, not the member's: it is never mistyped
		// ("discord" → "Misston" is not "Mission").
		own := ownReadings(q, word)
		for j, t := range c {
			if err != nil || len(forms) > 0 {
				break
			}
			if slices.Contains(c[:j], t) || !own[t] {
				continue // a translation, or a form the concept holds twice ("alp alp"): one look-up
			}
			forms, err = e.mistypedForms(ctx, t)
		}
		if err != nil {
			return false, fmt.Errorf("forms of %q: %w", word, err)
		}
		for _, f := range forms {
			if slices.Contains(q.concepts[i], f) || slices.ContainsFunc(q.terms, func(t store.Term) bool { return t.Text == f }) {
				continue
			}
			q.concepts[i] = append(q.concepts[i], f)
			q.terms = append(q.terms, store.Term{Text: f, Weight: q.terms[k].Weight, Group: q.terms[k].Group})
			added = true
		}
	}
	return added, nil
}

// ownReadings returns the terms of the question's word whose term is word,
// as either language analyses it: the word as the member typed it.
func ownReadings(q *question, word string) map[string]bool {
	own := map[string]bool{word: true}
	for _, f := range q.Focus {
		if f.Term != word {
			continue
		}
		for _, l := range []string{analysis.German, analysis.English} {
			for _, t := range analysis.For(l).Terms(f.Text) {
				own[t] = true
			}
		}
	}
	return own
}

// inflectedForms returns the terms the collection uses that are word with
// an inflectional ending added or dropped: longer ones first, in order,
// then shorter ones, sorted.
func (e *Engine) inflectedForms(ctx context.Context, word string) ([]string, error) {
	longer, err := e.store.TermsExtending(ctx, word, maxInflection, maxForms)
	if err != nil {
		return nil, err
	}
	var forms []string
	for _, t := range longer {
		if inflections[t[len(word):]] {
			forms = append(forms, t)
		}
	}
	var shorter []string
	for end := range inflections {
		if stem, ok := strings.CutSuffix(word, end); ok && utf8.RuneCountInString(stem) >= minFormLength {
			shorter = append(shorter, stem)
		}
	}
	if len(shorter) == 0 {
		return forms, nil
	}
	df, _, err := e.store.DocFreq(ctx, shorter)
	if err != nil {
		return nil, err
	}
	slices.Sort(shorter)
	for _, t := range shorter {
		if df[t] > 0 {
			forms = append(forms, t)
		}
	}
	return forms, nil
}

// mistypedForms returns the terms the collection uses one edit from word
// that begin as its first half does ("bastill" for "bastile"), for a word
// of minTypoNameLength letters or more.
func (e *Engine) mistypedForms(ctx context.Context, word string) ([]string, error) {
	n := utf8.RuneCountInString(word)
	if n < minTypoNameLength {
		return nil, nil
	}
	// A doubled letter typed once ("hanibal") may stand in the first
	// half; any other edit must come after it ("marvin" is no "martin").
	prefix := string([]rune(word)[:min(typoPrefix, n/2)])
	near, err := e.store.TermsExtending(ctx, prefix, n-utf8.RuneCountInString(prefix)+1, maxTypoCandidates)
	if err != nil {
		return nil, err
	}
	var forms []string
	for _, t := range near {
		if mistypedAs(word, t) {
			forms = append(forms, t)
		}
	}
	return forms, nil
}

// mistypedAs reports whether a name of minTypoNameLength letters or more
// was typed one edit away from a term as long: after the first half
// (typoPrefix letters at least), or anywhere when the edit doubles a letter
// or undoes a doubling ("hanibal", "Hannibal"; "bastile", "Bastille").
func mistypedAs(name, term string) bool {
	n := utf8.RuneCountInString(name)
	if n < minTypoNameLength || utf8.RuneCountInString(term) < minTypoNameLength || !oneEdit(name, term) {
		return false
	}
	prefix := string([]rune(name)[:max(typoPrefix, n/2)])
	return strings.HasPrefix(term, prefix) || doubledLetter(name, term) || doubledLetter(term, name)
}

// doubledLetter reports whether long is short with one letter doubled.
func doubledLetter(short, long string) bool {
	s, l := []rune(short), []rune(long)
	if len(l) != len(s)+1 {
		return false
	}
	for i := 1; i < len(l); i++ {
		if l[i] == l[i-1] && string(l[:i])+string(l[i+1:]) == short {
			return true
		}
	}
	return false
}

// inflections are the endings German and English add to a name: plural,
// genitive and case endings ("Cristeros", "Hohenzollerns", "des Irans").
var inflections = map[string]bool{"s": true, "es": true, "n": true, "en": true, "e": true, "er": true, "ern": true, "ns": true}

// The bounds of addCollectionForms: the shortest name read (shorter ones
// take an ending and become another name too often: "Iran" and "Irans" are
// one, "Oman" and "Omane" are not), the longest ending and the most forms
// taken. Chosen with the QA pool (one right first quote gained, one more
// question answered, none lost) and the review's counter-examples
// ("abbas"/"Abbassi", "jacksonvil"/"Jackson").
const (
	minFormLength = 5
	maxInflection = 3
	maxForms      = 8
	// A mistyped name is read as the collection's term one edit away when
	// both have minTypoNameLength letters or more and share their first
	// half (typoPrefix letters at least), or differ by a doubled letter
	// anywhere (mistypedAs); maxTypoCandidates bounds the
	// terms read (in a large collection the right one may lie past it).
	// Chosen on dev6 ("bastile"): no tuning split's answer changed. Names
	// are read from six letters, common words from typoLength (eight):
	// a name has no dictionary to be corrected against. The doubled
	// letter on dev7 ("hanibal" for "Hannibal"): no other tuning answer
	// changed. The verifier reads a guessed name the same way (mistyped).
	minTypoNameLength = 6
	typoPrefix        = 4
	maxTypoCandidates = 64
)

// lexiconKnows reports whether a German question's focus word with the
// term word is one the lexicon knows: a German noun is capitalised, so a
// name to the question's analysis, but its forms are its lemma's already.
func (e *Engine) lexiconKnows(q *question, word string) bool {
	if q.Lang == analysis.English || e.vocabulary.lex == nil {
		return false
	}
	return slices.ContainsFunc(q.Focus, func(f query.Term) bool { return f.Term == word && e.vocabulary.lex.Knows(f.Text) })
}
