package lang

import "strings"

// The languages scored. Those past English only serve to recognise a
// question in neither German nor English.
const (
	german = iota
	english
	french
	spanish
	italian
	dutch
	portuguese
	numLanguages
)

// languageSet is a bit set over the scored languages.
type languageSet uint8

// functionWords maps frequent function and question words to the languages
// they belong to. Words common to German and English ("in", "was", "war",
// "also", "will", "so", "an", "am", "man") are left out: they tell nothing.
var functionWords = func() map[string]languageSet {
	lists := [numLanguages]string{
		german: `der die das den dem des ein eine einer eines einem einen und oder aber nicht
			ist sind waren wird werden wurde wurden hat haben hatte hatten kann können konnte
			muss musste soll sollte sollen gibt gab welche welcher welches welchen welchem wer
			wen wem wessen wie wieviel wieviele viele wo wann warum weshalb wieso wofür womit
			wodurch wohin woher worüber mit von vom zu zum zur für auf aus bei beim nach über
			unter vor zwischen durch gegen ohne um im ins auch noch schon nur sehr ich du sie
			es wir ihr ihm ihn ihnen sein seine seiner seinen ihre ihren ihrem dass ob wenn
			weil als denn doch kein keine keinen dieser diese dieses diesem diesen jetzt seit
			bis sich nichts mehr heute gestern morgen worden bereits oft einige manche uns
			worauf wogegen wozu wovon woran worin worum wonach wobei gibts`,
		english: `the of to and or but not is are were been be being has have had do does did
			would should could can may might must who whom whose what which when where why how
			that this these those there their they them he she it its we you your our his her
			him my me i with from by for at on into about after before between during without
			under over than then if because as any some all each every many much more most
			there's what's who's it's don't doesn't didn't isn't aren't wasn't weren't yet
			since until while against
			whats whos wheres whens whys hows thats theres dont doesnt didnt isnt arent wasnt
			werent wont cant havent hasnt r`,
		french: `de le la les des du une est sont qui que quoi quel quelle quels quelles où
			pourquoi comment combien avec pour dans sur pas ce cette ces et au aux il elle ils
			elles nous vous je leur été fait`,
		spanish: `de el los las del una unos unas es son qué quién quiénes cuándo dónde cómo
			cuántos cuántas cuál por para con pero y muy está están fue eran`,
		italian: `de il lo gli della delle dei degli che chi come quando dove perché sono è
			di del per con una uno nel nella anche`,
		dutch: `de is wie het een van wat hoe waar waarom wanneer welke hoeveel niet zijn met voor
			ook maar naar bij werd wordt`,
		portuguese: `de os do da dos das não são quem quando onde como porque com uma um em
			no na foi qual quais`,
	}
	m := make(map[string]languageSet)
	for l, list := range lists {
		for _, w := range strings.Fields(list) {
			m[w] |= 1 << l
		}
	}
	return m
}()

// letterCues maps letters that mark a language.
var letterCues = func() map[rune]languageSet {
	m := make(map[rune]languageSet)
	add := func(set languageSet, letters string) {
		for _, r := range letters {
			m[r] |= set
		}
	}
	add(1<<german, "äöüßÄÖÜ")
	add(1<<french, "èêçùâîôûëïœÈÊÇ")
	add(1<<french|1<<spanish|1<<italian|1<<portuguese, "éáíóúÉ")
	add(1<<spanish, "ñÑ")
	add(1<<portuguese, "ãõÃÕ")
	return m
}()

// suffixCues marks word endings typical of one language: German -ung,
// -heit, -keit, -schaft, -lich; English -ness, -ship, -ly, -ght and the
// possessive 's.
func suffixCues(word []byte) languageSet {
	w := string(word)
	for _, suffix := range germanSuffixes {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return 1 << german
		}
	}
	for _, suffix := range englishSuffixes {
		if len(w) > len(suffix)+2 && strings.HasSuffix(w, suffix) {
			return 1 << english
		}
	}
	return 0
}

var (
	germanSuffixes  = []string{"ung", "ungen", "heit", "keit", "schaft", "lich", "lichen", "liche"}
	englishSuffixes = []string{"ness", "ship", "ly", "ght", "'s"}
)
