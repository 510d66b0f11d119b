package retrieval

// Ends and starts without a date: a limit set as a length of time ("within
// 21 days"), an end told by another thing's end ("until the lease
// expires"), how long by what ends it ("bis Sie den Papierkorb leeren"),
// and from when by what must come first ("not … until the freeze ends").

import (
	"regexp"
	"slices"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/figure"
	"github.com/quellen/quellen/retrieval/timex"
)

// setsPeriod reports whether a sentence sets a limit as a length of time
// for what someone may, must or will do: within, innerhalb or binnen, a
// unit of time after it with only numbers and small words between ("within
// 14 days", "innerhalb der nächsten 12 bis 18 Monate"), and in the same
// clause a verb of obligation, permission or the future ("may object …
// within 21 days", "ist binnen eines Monats einzulegen", "will leave within
// six months"). A length told of the past ("Innerhalb von drei Wochen
// eroberten die Truppen Bagdad", "The troops, who will be honoured, took
// Baghdad within three weeks", "within the last two years") sets none.
func setsPeriod(text string) bool {
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(clausePunctuation, r) }) {
		words := strings.Fields(clause)
		for i := range words {
			words[i] = strings.Trim(words[i], ".?!„“\"'’")
		}
		if !setsLimit(words) {
			continue
		}
		for i, w := range words {
			if periodLimits[strings.ToLower(w)] && periodFollows(words[i+1:]) {
				return true
			}
		}
	}
	return false
}

// periodFollows reports whether words open with a length of time: a unit
// of time after nothing but numbers and the small words of a period
// ("von", "der nächsten", "12 bis 18"), none of a past one ("last").
func periodFollows(words []string) bool {
	for _, w := range words {
		w = strings.ToLower(w)
		switch {
		case timex.IsUnit(w):
			return true
		case periodWords[w] || len(figure.Read(w, analysis.German)) > 0 || len(figure.Read(w, analysis.English)) > 0:
		default:
			return false
		}
	}
	return false
}

// setsLimit reports whether a clause's words say what may, must or will be
// done: a modal or "will" as written in lower case (not the month "May"
// or the name "Will"), a German modal or "wird", "have to", "is to", or
// German "ist" or "sind" with a "zu" infinitive.
func setsLimit(words []string) bool {
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	for i, w := range lower {
		next := ""
		if i+1 < len(lower) {
			next = lower[i+1]
		}
		switch {
		case englishModals[w] && words[i] == w, germanModals[w]:
			return true
		case toInfinitive[w] && next == "to":
			return true
		case (w == "ist" || w == "sind") && slices.ContainsFunc(lower[i+1:], zuInfinitive):
			return true
		}
	}
	return false
}

// zuInfinitive reports whether a lower-case German word is "zu" or an
// infinitive with "zu" inside it after a particle ("einzulegen",
// "abzugeben").
func zuInfinitive(w string) bool {
	return w == "zu" || strings.Contains(w, "zu") && strings.HasSuffix(w, "en") && len(w) > 6 && strings.Index(w, "zu") > 1
}

var (
	// periodLimits open a period within which something must happen.
	periodLimits = map[string]bool{"within": true, "innerhalb": true, "binnen": true}
	// periodWords may stand between "within" and its unit of time.
	periodWords = map[string]bool{"von": true, "of": true, "the": true, "a": true, "an": true, "der": true, "des": true, "eines": true, "einer": true,
		"eins": true, "next": true, "nächsten": true, "kommenden": true, "coming": true, "first": true, "ersten": true, "bis": true, "to": true, "few": true, "wenigen": true}
	englishModals = map[string]bool{"must": true, "may": true, "should": true, "shall": true, "will": true, "can": true, "would": true, "need": true, "needs": true}
	germanModals  = map[string]bool{"muss": true, "müssen": true, "musst": true, "soll": true, "sollen": true, "sollte": true, "sollten": true,
		"darf": true, "dürfen": true, "kann": true, "können": true, "wird": true, "werden": true}
	// toInfinitive are the verbs that set a duty before "to": "have to",
	// "is to".
	toInfinitive = map[string]bool{"have": true, "has": true, "is": true, "are": true}
)

// endsWithAnother reports whether a sentence says until when by another
// thing's end or by how long another lasts: "solange", "as long as" (not
// a comparison's, after a form of "to be" or "twice", "nearly"), "until
// the end of …", "bis zum Ende des …", or a clause opened by "wenn",
// "sobald", "bis", "when", "once", "until" or "till" whose verb ends
// something now or ahead (endingVerbs: "sobald der Vertrag ausläuft",
// "until the lease expires"; "zu Ende", "ein Ende", "an end"), within
// endReach words and before a comma; the verb may stand before the
// opener too ("Die Mission endet, wenn …", "will end once …"), and after
// a "wenn" or "sobald" clause open the main clause ("Wenn der Verein
// aufgibt, endet auch das Training"). Not "when" within three words of
// knowing or asking ("nobody knows exactly when it will end"), "bis zu"
// (up to), nor an end told in the past ("When the strike ended, …").
func endsWithAnother(text string) bool {
	toks := analysis.Scan(text)
	lower := func(k int) string { return lowerAt(toks, k) }
	gap := func(k int) string { return between(text, toks, k) }
	// ends reports whether toks[k] ends something now or ahead.
	ends := func(k int) bool {
		w, prev, next := lower(k), lower(k-1), lower(k+1)
		switch {
		case w == "ende":
			return prev == "zu" || prev == "ein"
		case w == "end":
			return prev == "an" || !analysis.IsArticle(prev) && !possessives[prev] && next != "up" && prev != "to"
		case endedVerbs[w]:
			return next == "wird" || next == "werden" // "wenn der Betrieb eingestellt wird"
		}
		return endingVerbs[w]
	}
	for i := range toks {
		w := lower(i)
		switch {
		case w == "solange":
			return true
		case w == "as" && lower(i+1) == "long" && lower(i+2) == "as" && !beForms[lower(i-1)] && !comparingAdverbs[lower(i-1)]:
			return true
		case (w == "until" || w == "till") && lower(i+1) == "the" && lower(i+2) == "end" && lower(i+3) == "of",
			w == "bis" && lower(i+1) == "zum" && lower(i+2) == "ende" && (lower(i+3) == "des" || lower(i+3) == "der"):
			return true
		case !endClauseOpeners[w], w == "bis" && lower(i+1) == "zu":
			continue
		case w == "when" && slices.ContainsFunc([]int{i - 1, i - 2, i - 3}, func(k int) bool { return knowingWords[lower(k)] }):
			continue
		}
		// The verb before the opener, in its own clause: "Die Mission
		// endet, wenn …".
		for k := i - 1; k >= 0 && k >= i-endReach; k-- {
			if ends(k) {
				return true
			}
			if strings.ContainsAny(gap(k+1), ".;:!?") || k < i-1 && strings.Contains(gap(k+1), ",") {
				break
			}
		}
		for k := i + 1; k < len(toks) && k <= i+endReach; k++ {
			if strings.ContainsAny(gap(k), clausePunctuation) {
				// "Wenn …, endet auch …": the main clause's verb first.
				if (w == "wenn" || w == "sobald") && strings.Contains(gap(k), ",") && ends(k) {
					return true
				}
				break
			}
			if ends(k) {
				return true
			}
		}
	}
	return false
}

// lastsUntil reports whether a sentence says how long something lasts by
// what ends it: "until" or "till" before a subject or an article ("until
// you close the file manager", "until the lease expires", "until the end
// of the Pleistocene"), "bis" before a pronoun or an article ("bis Sie den
// Papierkorb leeren", "bis der Vertrag ausläuft"). Not "bis zum", "bis
// 2025" or "until 2025": a date alone says until when, which the date
// rules read (KindDuration and spansDates answer how long).
func lastsUntil(text string) bool {
	toks := analysis.Scan(text)
	for i := 0; i+1 < len(toks); i++ {
		w, next := strings.ToLower(toks[i].Text), toks[i+1].Text
		if strings.ContainsAny(between(text, toks, i+1), ".;:!?") {
			continue
		}
		switch w {
		case "until", "till":
			if untilSubjects[strings.ToLower(next)] {
				return true
			}
		case "bis":
			if bisSubjects[next] || bisSubjects[strings.ToLower(next)] && analysis.IsArticle(strings.ToLower(next)) {
				return true
			}
		}
	}
	return false
}

// endlessWords and endlessPhrases say that something lasts without end
// ("hang indefinitely", "für immer", "auf unbestimmte Zeit"), which
// answers how long.
var (
	endlessWords = lowerWordSet(`indefinitely forever endlessly permanently unbefristet unbefristete unbefristeten unbefristeter
		unbefristetes unbegrenzt unbegrenzte unbegrenzten unbegrenzter endlos endlose endlosen dauerhaft dauerhafte dauerhaften`)
	endlessPhrases = []string{"für immer", "auf unbestimmte zeit", "auf ewig", "auf dauer", "for ever", "without end", "ohne ende"}
)

// lastsWithoutEnd reports whether a sentence says that something lasts
// without end, in words or phrases written whole ("for every request"
// says no "for ever").
func lastsWithoutEnd(text string) bool {
	toks := analysis.Scan(text)
	padded := " "
	for _, t := range toks {
		padded += strings.ToLower(t.Text) + " "
	}
	if slices.ContainsFunc(endlessPhrases, func(p string) bool { return strings.Contains(padded, " "+p+" ") }) {
		return true
	}
	return slices.ContainsFunc(toks, func(t analysis.Token) bool { return endlessWords[strings.ToLower(t.Text)] })
}

var (
	// untilSubjects open the subject of an "until" clause.
	untilSubjects = lowerWordSet(`you he she it we they i the a an this that these those your its their his her our my someone somebody everyone`)
	// bisSubjects open the subject of a "bis" clause: the pronouns as
	// written ("Sie", not the sentence's first word), and the articles
	// ("bis der Vertrag ausläuft"; "bis zum" is no article).
	bisSubjects = map[string]bool{"Sie": true, "er": true, "sie": true, "es": true, "wir": true, "ihr": true, "ich": true, "du": true, "man": true,
		"der": true, "die": true, "das": true, "ein": true, "eine": true, "einer": true, "dein": true, "Ihr": true, "Ihre": true, "ihre": true, "seine": true, "sein": true, "alle": true, "jemand": true}
)

// lowerAt returns toks[k]'s text in lower case, "" for k outside toks.
func lowerAt(toks []analysis.Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return strings.ToLower(toks[k].Text)
}

// endReach bounds the words from a clause's opener to the verb that ends
// something in it.
const endReach = 10

var (
	// endClauseOpeners open a clause that can say when something ends.
	endClauseOpeners = lowerWordSet(`wenn sobald bis when once until till`)
	// endingVerbs are the present and infinitive forms, as written, of
	// verbs that end or stop something: what a clause says will end;
	// endedVerbs their participles, which do so only in the present
	// passive ("eingestellt wird"). The past forms ("endete", "ended")
	// tell what happened, and the timeline's end words
	// (timeline.AspectOf) take in nouns of ending ("Abzug") that say no
	// such thing in a "wenn" clause.
	endingVerbs = lowerWordSet(`endet enden beendet beenden einstellt einstellen ausläuft auslaufen abläuft ablaufen aufhört aufhören
		end ends expires expire stops ceases cease terminates terminate`)
	endedVerbs = lowerWordSet(`eingestellt ausgelaufen abgelaufen`)
	// beForms and comparingAdverbs stand before a comparison's "as long
	// as" ("was as long as a field", "twice as long as").
	beForms          = lowerWordSet(`is are was were be been being`)
	comparingAdverbs = lowerWordSet(`twice nearly almost just half about roughly times`)
	// possessives before "end" make it a noun ("until its end").
	possessives = lowerWordSet(`its his her their our your my this that`)
	// knowingWords make a "when" after them a question of knowing, not
	// a condition ("nobody knows when", "they asked officials when").
	knowingWords = lowerWordSet(`know knows knew known unknown unclear ask asks asked wonder wonders sure`)
)

// startsOnlyAt reports whether a sentence says from when something may
// happen by what must come first: a clause negated before "until" ("you
// may not upload there until the freeze ends", "no uploads until …"),
// or "erst ab", "erst wenn", "erst nach dem …", "erst dann …, als". The
// negation counts only in the clause of "until" and at most untilReach
// words before it; "not only", "not clear" and a negation in another
// clause ("said it would not comment, and the troops will guard … until")
// do not.
func startsOnlyAt(text string) bool {
	toks := analysis.Scan(text)
	lower := func(i int) string { return lowerAt(toks, i) }
	negated := -1 // the index of the clause's negation, -1 for none
	for i := range toks {
		w, next := lower(i), lower(i+1)
		if i > 0 && clauseBreak(between(text, toks, i), lower(i-1), w) {
			negated = -1
		}
		switch {
		case untilNegations[w] || strings.HasSuffix(w, "nʼt") || w == "t" && i > 0 && strings.ContainsAny(between(text, toks, i), "'’"):
			if !notAsHedge[next] {
				negated = i
			}
		case (w == "until" || w == "till") && negated >= 0 && i-negated <= untilReach:
			return true
		case w == "erst" && (onlyAfterWords[next] || next == "nach" && afterNach[lower(i+2)]):
			return true
		}
	}
	return false
}

// clauseBreak reports whether the gap before a word, or the word after
// prev, opens another clause: a comma, semicolon, colon, bracket or dash,
// a conjunction, or "that" after a word of saying or knowing ("did not say
// that …"; not "may not use that road").
func clauseBreak(gap, prev, word string) bool {
	if strings.ContainsAny(gap, clausePunctuation) || clauseWords[word] {
		return true
	}
	return word == "that" && sayingWords[prev]
}

// clausePunctuation ends a clause: the negation before "until" and the
// verb that sets a period are read within one (startsOnlyAt, setsPeriod).
const clausePunctuation = ",;:()–—"

// untilReach is how many words a negation may stand before "until" and
// still hold it back ("residents may not return to their homes in the
// evacuated zone until Friday"): one clause of a plain statement.
const untilReach = 12

var (
	untilNegations = map[string]bool{"not": true, "never": true, "no": true, "nor": true, "cannot": true}
	// notAsHedge follow a "not" that negates no act: "not only", "not
	// clear whether".
	notAsHedge  = map[string]bool{"only": true, "just": true, "clear": true, "sure": true, "known": true, "certain": true}
	clauseWords = map[string]bool{"and": true, "but": true, "whether": true, "if": true, "while": true, "although": true}
	sayingWords = map[string]bool{"say": true, "said": true, "says": true, "told": true, "tell": true, "denied": true, "announced": true,
		"reported": true, "stated": true, "claimed": true, "added": true, "warned": true, "confirmed": true, "believe": true,
		"believed": true, "think": true, "thought": true, "know": true, "knew": true, "clear": true, "sure": true, "likely": true}
	// onlyAfterWords follow "erst" where it says from when: "erst ab",
	// "erst wenn", "erst dann, als"; not "erst 2020", "erst mit
	// Verzögerung".
	onlyAfterWords = map[string]bool{"ab": true, "nachdem": true, "wenn": true, "sobald": true, "dann": true}
	// afterNach follow "erst nach" where it says after what: "erst nach
	// dem Ende", "erst nach Ablauf"; not "erst nach Kuwait".
	afterNach = map[string]bool{"dem": true, "der": true, "den": true, "einem": true, "einer": true, "ablauf": true, "ende": true}
)

// sinceVersion reports whether a sentence says from which version on
// something holds: a word of starting ("since", "seit", "as of",
// "introduced in", "eingeführt in") and, at most two words on, a dotted
// version ("since Python 3.3", "seit der Kernel-Version 2.2"); not a date
// ("seit dem 1.1."), a length of time ("seit 2.5 Jahren"), an hour or a
// quantity ("9.30 Uhr", "2.5 percent").
func sinceVersion(text string) bool { return versionAfter(text, sinceVersionCue, nil) }

// inVersion reports whether a sentence says in which version something
// happens: a preposition ("in", "with", "mit", "ab", …), up to two
// words and a dotted version as sinceVersion reads it, written with its
// "v" or after a name ("will be removed in Elixir v1.18", "kam mit
// Debian 2.1"); not a figure ("rose from 1.5 to 2 percent", "in Python
// 3.12 and 3.13" is a span of versions, no one) and not a version the
// question asks of, which it gives ("feature freeze date for python
// 3.17" is not answered by "In Python 3.17 the module will be removed").
func inVersion(text, question string) bool {
	var asked []string
	for _, m := range dottedVersions(question) {
		asked = append(asked, strings.TrimSuffix(question[m[0]:m[1]], ".0"))
	}
	return versionAfter(text, inVersionCue, func(start, end int) bool {
		named := start > 0 && (text[start-1] == 'v' || text[start-1] == 'V') ||
			analysis.StartsUpper(strings.TrimSpace(wordBeforeAsWritten(text, start)))
		return named && !spanOfNumbers(text[end:]) && !slices.Contains(asked, strings.TrimSuffix(text[start:end], ".0"))
	})
}

// spanOfNumbers reports whether the text after a number goes on to
// another: "… to 2", "… and 3.13", "-3".
func spanOfNumbers(after string) bool {
	rest := strings.TrimLeft(after, " ")
	for _, w := range []string{"to ", "and ", "or ", "bis ", "und ", "oder ", "-", "–"} {
		if r, ok := strings.CutPrefix(rest, w); ok {
			r = strings.TrimLeft(r, " vV")
			return r != "" && r[0] >= '0' && r[0] <= '9'
		}
	}
	return false
}

// versionAfter reports whether a cue of cues is followed by a dotted
// version (sinceVersion) that accept, when not nil, accepts by its byte
// offsets in text.
func versionAfter(text string, cues *regexp.Regexp, accept func(start, end int) bool) bool {
	for _, m := range cues.FindAllStringSubmatchIndex(text, -1) {
		at := m[len(m)-2]
		// Only the run that begins where the cue leaves off, read within
		// a short reach: a long text of cues costs its length.
		v := dottedRun.FindStringIndex(text[at:min(len(text), at+maxVersionLength)])
		if v == nil || v[0] != 0 {
			continue
		}
		run := []int{at, at + v[1]}
		after := text[run[1]:]
		if len(dottedVersions(text[at:run[1]])) == 1 && !numericDate(text, run) && !quantityAfter(after, "") &&
			!timeUnits[edgeWord(after, false)] && edgeWord(after, false) != "uhr" && (accept == nil || accept(at, run[1])) {
			return true
		}
	}
	return false
}

// inVersionCue is a preposition, up to two words, and the place where a
// version may begin.
var inVersionCue = regexp.MustCompile(`(?i)\b(?:in|with|since|until|from|as of|mit|ab|seit|bis|von)\s+(?:[\pL][\pL\d_-]*\s+){0,2}[vV]?(\d)`)

// maxVersionLength bounds the dotted run sinceVersion reads after a cue.
const maxVersionLength = 24

// sinceVersionCue is a word of starting, up to two words, and the place
// where a version may begin.
var sinceVersionCue = regexp.MustCompile(`(?i)\b(?:since|seit|as of|starting with|introduced in|added in|new in|eingeführt in|hinzugefügt in|neu in)\s+(?:[\pL][\pL\d_-]*\s+){0,2}[vV]?(\d)`)
