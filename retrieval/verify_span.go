package retrieval

// Span: the sentence after a candidate, or before it, quoted with it as one
// span, when the answer or part of the question's subject lies there.

import (
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/query"
	"github.com/quellen/quellen/store"
)

// span quotes the sentence before vd's passage, in its paragraph (from its
// window w), with it when the passage only points back to the reason a
// reason question asks for. It tries the sentence after in five ways, the
// first that applies winning: it opens the list a list question (or one
// of no other type) asks for, which the passage announces with a colon
// (even across a paragraph's end); it holds the answer type the passage
// lacks and points back to it ("Dort …", "Sie zogen ihre Truppen 2011
// ab"), or for a reason opens with its cause ("Due to …", "Grund dafür
// …"; opensWithCause) (only where typed says the type was checked
// against the question's, not troop figures); for a who-question, it
// thanks someone it names (credits), in the paragraph or opening the next one and pointing back
// (refersBack); it tells what followed, for a question of a consequence
// ("Dies löste … aus"); it says part of the subject the passage does not.
// The first, the third and the last never join a sentence that names a
// numbered name of the question's with another number. Where no sentence
// after joins, the sentence before does when the passage's subject is a
// pronoun and the question asks for a name or a thing (pronounSubject).
// It returns vd with prev or next set (and its reason, type and facts as
// the span gives them).
func (v *verifier) span(ctx context.Context, vd verdict, w window, lang string, typed bool) (verdict, error) {
	r := vd.Ranked
	after := w.inParagraph(r, 1)
	// A reason given by the sentence before ("Valentin lehnte ab … Aus
	// diesem Grund wurde er hingerichtet"): the two are one span.
	if v.q.Type == query.Reason && (vd.reason == "" || vd.reason == weakType) && reasonBefore(r.Text) {
		if vd.prev = w.inParagraph(r, -1); vd.prev != nil {
			vd.reason = "" // the span gives the reason
		}
	}
	// "This permits the safe execution of untrusted code" says what the
	// sentence before names is for: the two are one span, so that the
	// quote says what "this" is.
	if v.q.Type == query.Reason && vd.reason == "" && vd.prev == nil && enablesBack(r.Text) {
		vd.prev = w.inParagraph(r, -1)
	}
	// "… sollten Sie die folgenden Schritte einhalten:" announces the
	// list a list question asks for in the next sentence, often the next
	// paragraph: the two are one span. What a question of another kind
	// asks may follow so too ("rustup now supports the following host
	// platforms:" for "rustup 1.29 neue host plattformen"); the span
	// quotes it, but shows no more surely that it answers.
	if (v.q.Type == query.List || v.q.Type == query.Other) && strings.HasSuffix(strings.TrimSpace(r.Text), ":") && (vd.reason == "" || vd.reason == weakType) {
		if next := w.following(r); next != nil && !v.namesAnotherNumbered(next.Text) {
			vd.next = next
			if v.q.Type == query.List {
				vd.reason = ""
			}
			return vd, nil
		}
	}
	// A question the text asks itself ("When was the first commit to
	// Jekyll? All the way back on October 19, 2008.", an interview's
	// question and the paragraph after it) is answered by the sentence
	// after it, whatever that sentence opens with, where it asks what the
	// question asks: it covers Params.AsksCoverage of it by itself.
	asked := asks(r.Text) && v.coverage(v.read.passageTerms(r.Passage), false, nil, false) >= v.e.params.AsksCoverage
	if typed && (vd.reason == failType || vd.reason == weakType || asked && vd.reason == "") {
		cand := after
		if asked {
			cand = w.following(r)
		}
		next, facts, why, err := v.continuation(ctx, cand, lang, asked)
		if err != nil {
			return vd, err
		}
		// Weak in the sentence after, the span is weak as a whole.
		if next != nil {
			vd.next, vd.facts, vd.reason = next, facts, why
		}
	}
	// Who did what a sentence tells is said by the thanks after it
	// ("Linkerd 2.9 added … ARM support … A huge thanks to GSoC student Ali
	// Ariff for this feature."): the two are one span, which names the
	// doer. Thanks in the next paragraph join only where they point back
	// ("Big thanks to Microsoft for contributing to the development of
	// this feature!").
	if (vd.reason == "" || vd.reason == weakType) && vd.next == nil && (v.q.Type == query.Person || v.q.Type == query.Organisation) {
		next := after
		if next == nil {
			if next = w.following(r); next != nil && !refersBack(next.Text) {
				next = nil
			}
		}
		if next != nil && v.credits(next.Text, lang) && !v.namesAnotherNumbered(next.Text) {
			vd.next = next
			if vd.reason == weakType {
				return v.typedBy(ctx, vd, *next, lang)
			}
			return vd, nil
		}
	}
	// What something led to is said by the sentence after it that points
	// back ("Die USA marschierten 2003 ein … Dies löste einen jahrelangen
	// Aufstand aus"): the two are one span.
	if (vd.reason == "" || vd.reason == weakType) && vd.next == nil && v.q.AsksConsequence {
		if vd.next = consequenceNext(after); vd.next != nil {
			vd.reason = ""
		}
	}
	if (vd.reason == "" || vd.reason == weakType) && vd.next == nil {
		next := v.subjectInNext(r, after)
		if next != nil && v.namesAnotherNumbered(next.Text) {
			next = nil // "Debian 2.1 kam …" says nothing of Debian 2.0
		}
		vd.next = next
		// The next sentence may hold the sign of the answer the first
		// lacks: the name a who question asks for.
		if next != nil && vd.reason == weakType {
			var err error
			if vd, err = v.typedBy(ctx, vd, *next, lang); err != nil {
				return vd, err
			}
		}
	}
	// "Btrfs status can be found at … It is expected to be the next
	// default filesystem": a sentence whose subject is a pronoun names what
	// a which or who question asks for in the sentence before, and the
	// two are one span.
	if (vd.reason == "" || vd.reason == weakType) && vd.prev == nil && vd.next == nil && asksWhat[v.q.Type] && pronounSubject(r.Text) {
		if prev := w.inParagraph(r, -1); prev != nil && !v.namesAnotherNumbered(prev.Text) {
			vd.prev = prev
			if vd.reason == weakType {
				return v.typedBy(ctx, vd, *prev, lang)
			}
		}
	}
	return vd, nil
}

// typedBy returns vd with its weak type lifted when the sentence joined to
// its passage holds the answer type the passage lacks.
func (v *verifier) typedBy(ctx context.Context, vd verdict, joined store.Passage, lang string) (verdict, error) {
	events, err := v.eventsOf(ctx, joined)
	if err != nil {
		return vd, err
	}
	if _, why := v.answerType(Ranked{Passage: joined}, events, lang); why == "" {
		vd.reason = ""
	}
	return vd, nil
}

// pronounSubject reports whether a sentence opens with a personal pronoun
// that stands for what the sentence before names ("It is expected to be
// the next default filesystem", "Er ist der tiefste See"): not one that
// stands for nothing ("Es gibt …", "It is recommended to …", "Es ist
// wichtig, dass …") nor the reader addressed ("Sie können …", a sentence
// with "Ihr" or "Ihnen").
func pronounSubject(text string) bool {
	toks := analysis.Scan(text)
	if len(toks) < 2 || !subjectPronouns[strings.ToLower(toks[0].Text)] {
		return false
	}
	first, next := strings.ToLower(toks[0].Text), strings.ToLower(toks[1].Text)
	// "Es gibt drei Arten" has no subject; "Es gibt Ihnen genug Seil"
	// does: the thing before gives, to someone.
	if first == "es" && (next == "gibt" || next == "gab") && (len(toks) < 3 || !dativePronouns[strings.ToLower(toks[2].Text)]) {
		return false
	}
	if (first == "es" || first == "it") && len(toks) > 2 && impersonal[strings.ToLower(toks[2].Text)] {
		return false
	}
	if toks[0].Text == "Sie" && (addressing[next] || slices.ContainsFunc(toks[1:], func(t analysis.Token) bool { return formalYour[t.Text] })) {
		return false
	}
	return true
}

// impersonal are the words after "it is" or "es ist" that make the
// pronoun stand for what follows rather than for a thing before: "It is
// recommended to …", "Es ist wichtig, dass …", "Es ist am besten, …".
var impersonal = map[string]bool{"recommended": true, "advisable": true, "important": true, "necessary": true, "possible": true,
	"impossible": true, "easy": true, "difficult": true, "hard": true, "useful": true, "better": true, "best": true, "wise": true,
	"empfohlen": true, "empfehlenswert": true, "ratsam": true, "wichtig": true, "notwendig": true, "nötig": true, "möglich": true,
	"unmöglich": true, "leicht": true, "schwer": true, "schwierig": true, "sinnvoll": true, "besser": true, "am": true}

// addressing are the verbs after "Sie" that address the reader: "Sie
// können …", "Sie sollten …".
var addressing = map[string]bool{"können": true, "könnten": true, "müssen": true, "sollten": true, "sollen": true, "dürfen": true,
	"möchten": true, "finden": true, "brauchen": true}

// dativePronouns are the pronouns that receive what "es gibt" gives.
var dativePronouns = map[string]bool{"mir": true, "dir": true, "ihm": true, "ihr": true, "uns": true, "euch": true, "ihnen": true}

// formalYour are the formal forms of "your" and "you" that mark a sentence
// as addressing the reader.
var formalYour = map[string]bool{"Ihr": true, "Ihre": true, "Ihren": true, "Ihrem": true, "Ihrer": true, "Ihres": true, "Ihnen": true}

// continuation returns next, the sentence after a candidate in its
// paragraph (nil for none), when it holds what the question asks for and
// continues the candidate's statement: it starts with a pronoun or adverb
// that points back ("Dies", "Dort", "They"), or answers the question the
// candidate asks (answers: any sentence; a second question states
// nothing, and the span of two fails as asksOnly); nil when it does not. why is
// weakType where next shows what is asked only weakly ("Dies löste einen
// jahrelangen Aufstand aus" for how long), else "".
func (v *verifier) continuation(ctx context.Context, next *store.Passage, lang string, answers bool) (*store.Passage, []store.Event, string, error) {
	if next == nil || !answers && !pointsBack[strings.ToLower(firstWord(next.Text))] && !(v.q.Type == query.Reason && opensWithCause(next.Text)) {
		return nil, nil, "", nil
	}
	events, err := v.eventsOf(ctx, *next)
	if err != nil {
		return nil, nil, "", err
	}
	facts, why := v.answerType(Ranked{Passage: *next}, events, lang)
	if why != "" && why != weakType {
		return nil, nil, "", nil
	}
	return next, facts, why, nil
}

// opensWithCause reports whether a sentence opens with the cause of
// what the sentence before it says: "Due to the fundamental changes in
// partition layout …, an in-place upgrade is not feasible" after "users
// will need to perform a reinstall"; "Grund dafür ist …", "Denn …".
func opensWithCause(text string) bool {
	lower := strings.ToLower(strings.TrimLeft(text, " „“\"'(«»"))
	return slices.ContainsFunc(causeOpenings, func(o string) bool { return strings.HasPrefix(lower, o) })
}

// causeOpenings are the words that open a sentence with a cause; one
// that opens with a word pointing back ("This is because …") pointsBack
// already lets join.
var causeOpenings = []string{"due to ", "because ", "owing to ", "the reason ", "the reasons ", "that's because ",
	"grund dafür ", "grund hierfür ", "der grund ", "die gründe ", "denn ", "aufgrund ", "wegen ", "hintergrund ist "}

// consequenceNext returns next, the sentence after a candidate in its
// paragraph (nil for none), when it tells what followed from the
// candidate: it opens with a word that points back to its whole statement
// ("Dies löste … aus", "Daraufhin …", "Consequently …"), not with a
// pronoun of its subject ("Er …", "Sie …").
func consequenceNext(next *store.Passage) *store.Passage {
	if next != nil && resultWords[strings.ToLower(firstWord(next.Text))] {
		return next
	}
	return nil
}

// following returns the sentence after r, in its paragraph or opening
// the next, from r's window; or nil.
func (w window) following(r Ranked) *store.Passage { return w.step(r, 1, false) }

// inParagraph returns the sentence step sentences from r (1 after it,
// −1 before it) when it stands in r's paragraph, from r's window; or nil.
func (w window) inParagraph(r Ranked, step int) *store.Passage { return w.step(r, step, true) }

// step returns the sentence step sentences from r, from r's window, in
// r's paragraph only when sameParagraph; or nil.
func (w window) step(r Ranked, step int, sameParagraph bool) *store.Passage {
	for _, p := range w.around {
		if p.Ord == r.Ord+step && (!sameParagraph || p.Block == r.Block) {
			found := p
			return &found
		}
	}
	return nil
}

// reasonBefore reports whether a sentence gives its reason by pointing
// back to the sentence before: "Aus diesem Grund …", "Deshalb …", "That
// is why …". A sentence that also gives a reason of its own ("weil …",
// "because …", statesReason without the phrase) does not need the one
// before.
func reasonBefore(text string) bool {
	words := strings.Fields(strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsSpace(r) {
			return r
		}
		return ' '
	}, text)))
	for _, phrase := range reasonBackPhrases {
		p := strings.Fields(phrase)
		for i := 0; i+len(p) <= len(words); i++ {
			if slices.Equal(words[i:i+len(p)], p) && (i == 0 || !reasonBackAtStart[phrase]) {
				rest := strings.Join(slices.Concat(words[:i], words[i+len(p):]), " ")
				return !statesReason(rest)
			}
		}
	}
	return false
}

// reasonBackPhrases point back to the sentence before as the reason;
// those in reasonBackAtStart only as the sentence's first words ("Daher
// …", not "kam daher").
var (
	reasonBackPhrases = []string{"aus diesem grund", "aus diesen gründen", "deshalb", "deswegen", "daher", "darum",
		"auf dieser grundlage", "auf dieser basis", "auf grundlage dessen",
		"for this reason", "for that reason", "for these reasons", "that is why", "this is why", "therefore", "hence",
		"on this basis", "on that basis", "on the basis of this", "on the basis of that"}
	reasonBackAtStart = map[string]bool{"daher": true, "darum": true, "hence": true}
)

// resultWords open a sentence that tells what followed from the one before.
var resultWords = map[string]bool{"dies": true, "daraufhin": true, "infolgedessen": true, "folglich": true, "dadurch": true,
	"somit": true, "this": true, "consequently": true, "thus": true, "thereupon": true}

// subjectInNext returns next, the sentence after r in its paragraph (nil
// for none), when it says part of the question's subject that r does not:
// r names what is asked
// about, the next says what was done ("Die Gespräche sollen zwischen
// Militärs stattfinden … Auf dieser Grundlage werden beide Seiten
// entscheiden"; "Die Schlacht von Monmouth … Infolge der Schlacht wurde
// General Lee vor das Kriegsgericht gestellt"), and the two are quoted as
// one span.
func (v *verifier) subjectInNext(r Ranked, next *store.Passage) *store.Passage {
	own := v.read.passageTerms(r.Passage)
	var missing []int
	for i, c := range v.q.concepts {
		if !slices.ContainsFunc(c, func(t string) bool { return covers(own, t) }) {
			missing = append(missing, i)
		}
	}
	if len(missing) == 0 || next == nil {
		return nil
	}
	terms := v.read.passageTerms(*next)
	for _, i := range missing {
		if slices.ContainsFunc(v.q.concepts[i], func(t string) bool { return covers(terms, t) }) {
			return next
		}
	}
	return nil
}

// pointsBack are the words a sentence starts with when it continues the
// one before: pronouns and adverbs that refer back.
var pointsBack = map[string]bool{
	"dies": true, "dieser": true, "diese": true, "dieses": true, "das": true, "dort": true, "damals": true, "danach": true,
	"dabei": true, "daraufhin": true, "er": true, "sie": true, "es": true, "deshalb": true, "daher": true, "darum": true,
	"this": true, "these": true, "there": true, "they": true, "it": true, "he": true, "she": true, "then": true,
	"zuvor": true, "vorher": true, "davor": true, "previously": true,
}

// subjectPronouns are the personal pronouns that open a sentence as its
// subject, standing for what the sentence before names.
var subjectPronouns = map[string]bool{"it": true, "he": true, "she": true, "they": true, "es": true, "er": true, "sie": true}

// asksWhat are the answer types a name or a thing answers, which a
// sentence whose subject is a pronoun leaves to the sentence before.
var asksWhat = map[query.Type]bool{query.Other: true, query.Person: true, query.Organisation: true, query.Place: true}

// creditWords thank someone for what was done; not "dank" ("Dank
// Fördergeldern"), "credit" (a card, a tax credit) or "acknowledges"
// (admits).
var creditWords = lowerWordSet(`thanks thank thanked thanking kudos acknowledgements acknowledgments danke danken dankt bedanken`)

// credits reports whether a sentence thanks someone it names, a name the
// question does not give: "A huge thanks to GSoC student Ali Ariff for
// this feature", "Wir danken Paul Sladen", "Special acknowledgements go to
// Alejandro Garcia Montoro".
func (v *verifier) credits(text, lang string) bool {
	if !slices.ContainsFunc(analysis.Scan(text), func(t analysis.Token) bool { return creditWords[strings.ToLower(t.Text)] }) {
		return false
	}
	without := v.withoutBodyNames(text, lang)
	return hasNameBesides(without, v.askedWords, v.title) || lang == analysis.English && englishNameBesides(without, v.askedWords, v.q.Type == query.Person)
}

// refersBack reports whether a sentence refers to what was said before
// it: by a pronominal adverb ("dafür", pointsBackWithin) or a
// demonstrative ("this feature", "diese Arbeit"), not by "that", which
// opens a clause as often ("the machines that run our tests").
func refersBack(text string) bool {
	return pointsBackWithin(text) || slices.ContainsFunc(analysis.Scan(text), func(t analysis.Token) bool {
		w := strings.ToLower(t.Text)
		return w != "that" && query.Demonstrative(w)
	})
}
