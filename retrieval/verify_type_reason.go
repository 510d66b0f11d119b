package retrieval

// Reasons: whether a sentence gives why, by a causal word ("weil", "because",
// "aus Sicherheitsgründen") or a purpose ("um … zu", "to make sure").

import (
	"slices"
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

// statesReason reports whether a sentence gives a reason: a causal
// conjunction or preposition ("weil", "da", "wegen", "because", "due
// to"), a word that names one ("Grund", "reason", "um … zu"), a fear
// that moves someone ("befürchten", "fear"), what the thing the sentence
// before names enables (enablesBack), or what a thing dropped gives way
// to (givesWay).
func statesReason(s string) bool {
	toks := analysis.Scan(s)
	if enables(toks) || givesWay(toks) {
		return true
	}
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if causal[w] {
			return true
		}
		// "aus diesen Gründen", "aus Sicherheitsgründen": the noun
		// "Gründe" or a compound of it gives the reason; the verb
		// "gründen" (to found) is written in lower case.
		if i > 0 && analysis.StartsUpper(t.Text) && reasonsNoun(w) {
			return true
		}
		if i+1 < len(toks) {
			if causal[w+" "+strings.ToLower(toks[i+1].Text)] {
				return true
			}
		}
		if statesPurpose(s, toks, i) || causalPhrase(s, toks, i) {
			return true
		}
	}
	return false
}

// causalPhrase reports whether toks[i] opens a phrase of several words
// that gives a cause: "in light of" and "in the light of" ("In light of
// assuming the Project Manager position, we accept his resignation"), and
// "given" opening a sentence or a clause before what it takes as given
// ("Given the low number of downloads, the team has decided to retire
// it"; "Given that …"), not "was given the award". "Thanks to" and German
// "dank" are left out: they thank someone as often ("A huge thanks to Ali
// for this feature", "Vielen Dank an alle"), and "dank" is an English
// adjective too.
func causalPhrase(text string, toks []analysis.Token, i int) bool {
	switch strings.ToLower(toks[i].Text) {
	case "in":
		k := i + 1
		if lowerAt(toks, k) == "the" {
			k++
		}
		return lowerAt(toks, k) == "light" && lowerAt(toks, k+1) == "of"
	case "given":
		return (i == 0 || strings.ContainsAny(between(text, toks, i), ",;:")) && givenWhat[lowerAt(toks, i+1)]
	}
	return false
}

// givenWhat are the words after a "given" that opens a clause of cause
// (causalPhrase).
var givenWhat = lowerWordSet(`the that its their our this these those how his her`)

// givesWay reports whether a sentence says what something dropped gives
// way to, which says why it goes: "We are deprecating the shared plans in
// favor of dedicated ones", "Die alte Schnittstelle entfällt zugunsten der
// neuen". A vote, a verdict or a gift "in favor of" ("voted 7-2 in favor
// of the tram", "entschied zugunsten des Klägers") gives no reason: a
// verb of dropping or replacing (dropVerbs) must stand in the sentence.
func givesWay(toks []analysis.Token) bool {
	favour := false
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if w == "zugunsten" || (w == "favor" || w == "favour") && lowerAt(toks, i-1) == "in" && lowerAt(toks, i+1) == "of" {
			favour = true
		}
	}
	if !favour {
		return false
	}
	return slices.ContainsFunc(toks, func(t analysis.Token) bool {
		w := strings.ToLower(t.Text)
		return slices.ContainsFunc(dropVerbs, func(stem string) bool { return strings.HasPrefix(w, stem) })
	})
}

// dropVerbs are the beginnings of the English and German verbs that drop
// or replace something (givesWay).
var dropVerbs = []string{"deprecat", "drop", "remov", "retir", "replac", "abandon", "discontinu", "sunset", "phas",
	"aufgeb", "aufgegeben", "einstell", "eingestellt", "entfäll", "entfall", "entfiel", "verzicht", "abschaff",
	"abgeschafft", "ersetz", "streich", "gestrichen", "ablös", "abgelöst"}

// statesPurpose reports whether toks[i] opens a purpose or a cause that
// gives a reason: "um … zu" with at most purposeReach words between, no
// figure and no clause break among them and an infinitive after "zu" ("um
// die Mission zu beenden", not "um 10 Uhr", "um zehn Prozent auf zwei
// Euro, zu viel" or "um Mitternacht zu Hause"), "to" before a verb of
// making sure or keeping from ("to make sure", "to ensure", "to prevent",
// "to avoid"), "so as to", and "since" before a pronoun and a present verb
// ("since this is bad for the battery"; "since 2015", "since this
// morning" and "since it was built" tell a time).
func statesPurpose(text string, toks []analysis.Token, i int) bool {
	w, next := strings.ToLower(toks[i].Text), lowerAt(toks, i+1)
	switch w {
	case "um":
		for k := i + 1; k < len(toks) && k <= i+purposeReach; k++ {
			if toks[k].Num || numberWord(strings.ToLower(toks[k].Text)) || strings.ContainsAny(between(text, toks, k), clausePunctuation) {
				return false
			}
			if strings.ToLower(toks[k].Text) == "zu" && k > i+1 && k+1 < len(toks) && infinitive(toks[k+1].Text) {
				return true
			}
		}
	case "to":
		return purposeVerbs[next] || next == "make" && lowerAt(toks, i+2) == "sure"
	case "so":
		return next == "as" && lowerAt(toks, i+2) == "to"
	case "since":
		// "since it is slow", not "since it was built" or "since this
		// morning": a pronoun and a present verb.
		return causePronouns[next] && presentVerbs[lowerAt(toks, i+2)]
	}
	return false
}

// infinitive reports whether a word may be the infinitive of a "zu"
// clause: lower case, ending in -en, -ern or -eln ("schonen", "ändern";
// not "Hause", "ihrer", "viel").
func infinitive(w string) bool {
	return !analysis.StartsUpper(w) && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln"))
}

// purposeReach bounds the words from "um" to its "zu".
const purposeReach = 8

var (
	// purposeVerbs after "to" say what something is done for.
	purposeVerbs = lowerWordSet(`ensure prevent avoid`)
	// causePronouns after "since", before a verb of presentVerbs, make it
	// give a cause, not a time.
	causePronouns = lowerWordSet(`this that it they he she we you there these those`)
	presentVerbs  = lowerWordSet(`is are has have does do can cannot cant won't will would must`)
)

// reasonsNoun reports whether a lower-case word is the plural of "Grund"
// or a compound ending in it ("gründe", "sicherheitsgründen"), not a
// chasm or a background ("Abgründe", "Hintergründen").
func reasonsNoun(w string) bool {
	for _, end := range []string{"gründe", "gründen"} {
		if before, ok := strings.CutSuffix(w, end); ok {
			return !notReasons[before]
		}
	}
	return false
}

// notReasons are the first parts of compounds of "Gründe" that name no
// reason.
var notReasons = lowerWordSet(`ab hinter unter vorder meeres`)

// causal are the words and word pairs that introduce a reason in German
// and English news. "da" is also a word of place and time; it is kept
// because it is German's commonest "because", and the marker only orders a
// reason question's candidates. "um", "nachdem", "after" and "since" say
// too often nothing of a reason.
var causal = map[string]bool{
	"weil": true, "da": true, "denn": true, "wegen": true, "aufgrund": true, "infolge": true, "angesichts": true,
	"deshalb": true, "daher": true, "darum": true, "deswegen": true, "grund": true, "grunde": true,
	"damit": true, "sodass": true, "begründete": true, "begründet": true,
	"because": true, "due": true, "owing": true, "reason": true, "reasons": true, "therefore": true,
	"so that": true, "in order": true, "result": true, "led": true, "caused": true,
	// A fear is the motive of what someone wants or refuses ("Die Bauern
	// fürchten eine Dürre").
	"befürchten": true, "befürchtet": true, "befürchtete": true, "befürchteten": true,
	"fürchten": true, "fürchtet": true, "fürchtete": true, "fürchteten": true,
	"fear": true, "fears": true, "feared": true, "fearing": true,
	// What set something off is its cause, with the word that names it:
	// "ausgelöst durch den Streik", "prompted by the attack", "mit der
	// Begründung, dass …" (not "ohne Begründung", "Alarm wurde ausgelöst",
	// "you will be prompted to enter").
	"ausgelöst durch": true, "triggered by": true, "prompted by": true, "sparked by": true, "der begründung": true,
}

// enablesBack reports whether a sentence says what the thing the sentence
// before names is for: "This permits the safe execution of untrusted
// code", "Dies ermöglicht den Bau größerer Schiffe" — a demonstrative
// that stands for it, a verb of enabling and what it enables. Not "These
// permits expire" (a noun), "Das erlaubt die Verfassung nicht" ("Das" the
// object), "He allowed two goals".
func enablesBack(s string) bool { return enables(analysis.Scan(s)) }

// enables is enablesBack of a sentence's tokens.
func enables(toks []analysis.Token) bool {
	return len(toks) > 2 && enablingSubjects[strings.ToLower(toks[0].Text)] && enabling[strings.ToLower(toks[1].Text)]
}

// enablingSubjects are the demonstratives that stand for the thing the
// sentence before names; enabling the verbs, in the third person, that say
// what it is for.
var (
	enablingSubjects = map[string]bool{"this": true, "dies": true}
	enabling         = map[string]bool{
		"allows": true, "allowed": true, "enables": true, "enabled": true, "permits": true, "permitted": true, "lets": true,
		"ermöglicht": true, "ermöglichte": true, "erlaubt": true, "erlaubte": true,
	}
)
