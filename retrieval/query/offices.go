package query

import (
	"strings"

	"github.com/quellen/quellen/retrieval/analysis"
)

// IsOffice reports whether a noun, in either language, names an office or
// a post someone holds ("Botschafter", "Regierungssprecher",
// "Verteidigungsministers", "ambassador", "spokesman"), not any noun for a
// person ("Kämpfer", "Täter", "soldiers"). A German noun counts by its
// last part, with its endings ("Botschafterin", "Ministers"); an English
// one as written, singular or plural. The last part of a hyphened word is
// its noun ("US-Botschafter").
func IsOffice(word string) bool {
	w := strings.ToLower(word)
	if i := strings.LastIndex(w, "-"); i >= 0 {
		w = w[i+1:]
	}
	for _, thing := range notOffices {
		if strings.HasSuffix(w, thing) {
			return false
		}
	}
	if englishOffices[w] || englishOffices[strings.TrimSuffix(w, "s")] {
		return true
	}
	for _, end := range []string{"", "s", "n", "en", "in", "innen"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		for _, o := range germanOffices {
			if strings.HasSuffix(stem, o) {
				return true
			}
		}
	}
	return false
}

// germanOffices end the German nouns of an office; englishOffices are the
// English ones; notOffices end German words that end as an office does
// but name a thing ("Lautsprecher", "Halbleiter", "Premieren").
var (
	germanOffices = strings.Fields(`minister präsident sprecher botschafter kanzler general kommandeur befehlshaber
		direktor leiter vorsitzende vorsitzender gouverneur bürgermeister könig königin kaiser kaiserin papst bischof
		richter sekretär senator abgeordnete abgeordneter berater gesandte gesandter konsul admiral oberst
		kronprinz prinz premier regent staatschef parteichef armeechef geheimdienstchef stabschef intendant beamte beamter
		anführer schriftführer`)
	notOffices = strings.Fields(`lautsprecher halbleiter ableiter trichter premiere premieren zuoberst wärmeleiter
		stromleiter blitzableiter`)
	englishOffices = wordSet(`minister president spokesman spokeswoman spokesperson ambassador chancellor general
		commander chief director chairman chairwoman chair governor mayor king queen emperor empress pope bishop judge
		secretary senator envoy adviser advisor consul admiral colonel prince princess premier regent ceo official
		leader head executive`)
)

// asksHolder reports whether a question asks who holds an office, which
// only a name answers: "wer" or "who" and a singular form of "to be" ("wer
// war", "who is", "who's"), then within holderSpan words, after at most
// articles and words that qualify it, an office's noun (IsOffice) that no
// name follows ("Wer war US-Botschafter in Bagdad?", "who is the us
// president"; not "who is president zelensky", "Wer ist mit dem
// Botschafter gereist?").
func asksHolder(toks []analysis.Token, words []string) bool {
	if len(words) < 3 {
		return false
	}
	k := 0
	switch {
	case words[0] == "whos":
		k = 1
	case (words[0] == "wer" || words[0] == "who") && words[1] == "s":
		k = 2 // "who's"
	case (words[0] == "wer" || words[0] == "who") && holderVerbs[words[1]]:
		k = 2
	case verbAfterWho(analysis.English, words, 1) || verbAfterWho(analysis.English, words, 2):
		return true // "who heads the ipcc", "who currently leads …": its head, by name
	default:
		return false
	}
	for j := k; j < len(words) && j < k+holderSpan; j++ {
		if IsOffice(words[j]) {
			// The office may take more words ("secretary general",
			// "chief executive"); a name after them says who is asked of.
			for j+1 < len(words) && IsOffice(words[j+1]) {
				j++
			}
			return j+1 == len(toks) || toks[j+1].Stop
		}
		// An article, or the owner "US" ("who is the us president"), may
		// stand before the office, no other small word.
		if !analysis.IsArticle(words[j]) && words[j] != "us" && toks[j].Stop {
			return false
		}
	}
	return false
}

// leadVerbs say that someone heads a body: who does asks for its
// head's name.
var leadVerbs = wordSet(`heads leads chairs runs directs commands`)

// holderSpan is how many words after "wer war" an office may stand: "the
// US deputy ambassador".
const holderSpan = 4

// SaysWhatOneIs reports whether a lower-case word says that someone
// became or was what follows it ("wurde", "war", "became", "is"): an
// office after it is said of someone.
func SaysWhatOneIs(w string) bool { return holderVerbs[w] || becomeWords[w] }

var becomeWords = wordSet(`become became werden wurde`)

// holderVerbs are the singular forms of "sein" and "to be" that ask who
// holds an office; the plural ones ("Wer waren die Täter?") may ask for a
// description.
var holderVerbs = wordSet(`ist war is was`)
