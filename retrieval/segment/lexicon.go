package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbrevClass says how a period after an abbreviation is read.
type abbrevClass uint8

const (
	notAbbreviation abbrevClass = iota
	// abbrevNeverEnds: titles and particles that a word always follows ("Dr.", "z.B.", "vgl.").
	abbrevNeverEnds
	// abbrevMayEnd: abbreviations that can close a sentence ("usw.", "v. Chr.", "U.S.");
	// the period ends it only when a typical sentence opener follows.
	abbrevMayEnd
)

// abbreviations maps an abbreviation, without its final period, to its class.
// Single letters ("z", "B", "F") are handled by rule, not listed here.
var abbreviations = buildAbbreviations([]abbrevList{
	{abbrevNeverEnds, `
		Dr Prof Mr Mrs Ms Messrs Mme Mlle Hr Hrn Dipl Ing Mag Priv Doz
		Sen Rep Gov Lt Col Maj Capt Cpt Sgt Cpl Adm Cmdr Brig Rev Hon Pres Supt
		St Ste Mt Ft Nr Abs Bd Bde Kap Abb Tab Hrsg Hg Fig Vol Vols Ziff Anm Anh Aufl Ausg Tel
		vgl bzw ca sog geb gest verst inkl exkl evtl ggf bspw zzgl abzgl einschl insb lt gem
		vs bzgl Bsp ebd eigtl urspr ehem verh Verf pp ff Fa approx Dept Univ
		z.B z.T d.h u.a o.a o.Ä u.U u.v.m i.d.R i.A i.V m.E s.o s.u e.g i.e cf
	`},
	{abbrevMayEnd, `
		usw etc Chr Jh Jhd Jhdt Jhs Inc Ltd Corp Co Bros Mio Mrd Tsd Art Gen Str
		No Nos Jr Sr Esq Ave Blvd Rd al lb lbs oz ft yd sq cu
		Jan Feb Febr Mar Mär Apr Jun Jul Aug Sep Sept Oct Okt Nov Dec Dez
		U.S U.N U.K E.U a.D e.V
	`},
})

// IsAbbreviation reports whether a word, without its final period, is an
// abbreviation the sentence splitter knows ("Nr", "Art", "vgl", "bzw"), as
// written or capitalised, or a single letter ("S", "z"): a period after it
// need not end a sentence.
func IsAbbreviation(word string) bool {
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r)
	}
	if abbreviations[word] != notAbbreviation {
		return true
	}
	r, size := utf8.DecodeRuneInString(word)
	return abbreviations[string(unicode.ToUpper(r))+word[size:]] != notAbbreviation
}

type abbrevList struct {
	class abbrevClass
	words string
}

// buildAbbreviations enters every word of the lists with its class, and each
// lower-case word also capitalised, as it stands at a sentence start ("Vgl.",
// "Ca."), unless that form is listed itself ("Ft" for Fort besides "ft").
func buildAbbreviations(lists []abbrevList) map[string]abbrevClass {
	m := make(map[string]abbrevClass)
	for _, list := range lists {
		for _, w := range strings.Fields(list.words) {
			m[w] = list.class
		}
	}
	for _, list := range lists {
		for _, w := range strings.Fields(list.words) {
			r, size := utf8.DecodeRuneInString(w)
			capitalised := string(unicode.ToUpper(r)) + w[size:]
			if _, listed := m[capitalised]; !listed && unicode.IsLower(r) {
				m[capitalised] = list.class
			}
		}
	}
	return m
}

// sentenceStarters are words that open sentences but never follow an ordinal
// or an abbreviation inside one: articles, pronouns, conjunctions, prepositions
// and sentence adverbs, German and English, as capitalised at a sentence start.
var sentenceStarters = wordSet(`
	Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Keiner
	Er Sie Es Wir Ich Du Ihr Man Dies Diese Dieser Dieses Diesen Jene Jener Jenes
	Sein Seine Seiner Seinen Ihre Ihrer Ihren Unser Unsere Mein Meine Jeder Jede Jedes
	Alle Allen Beide Einige Manche Mehrere Viele Wenige Andere Solche Welche Welcher
	Aber Und Oder Doch Denn Sondern Jedoch Allerdings Zudem Außerdem Ebenfalls Ebenso
	Dabei Dadurch Dafür Dagegen Daher Damals Damit Danach Daneben Dann Darauf Daraufhin
	Darin Darum Darüber Darunter Dass Davor Dazu Dennoch Deshalb Deswegen Dort Hier Heute
	Gestern Morgen Jetzt Nun Noch Nur Auch Bereits Schon Erst Zunächst Zuvor Später Bisher
	Inzwischen Mittlerweile Derzeit Schließlich Anschließend Gleichzeitig Zugleich Trotzdem
	Insgesamt Insbesondere Vor Nach Seit Seitdem Bis Ab Am Im In An Auf Aus Bei Beim Mit
	Ohne Um Unter Über Von Vom Zu Zum Zur Zwischen Gegen Trotz Während Wegen Laut Neben
	Als Also Ob Obwohl Wenn Weil Nachdem Sobald Solange Sowohl Wie Was Wer Wo Wann Warum
	Wobei Womit Wozu Sogar Somit Zwar Weiter Weitere Weiterhin Vielleicht Nicht
	Ja Nein Etwa Rund Fast
	The A This That These Those There Here It He She They We I You His Her Its Their
	Our My Your Some Many Most Several Other Others Both Each Every All None One
	On At By For From With Without After Before During Since Until Under Over Between
	Among Into Through Against Despite Following According
	When While Where What Who Whom Whose Which Why How If As Although Though Because Unless
	But And Or Nor Yet However Then Thus Therefore Meanwhile Later Earlier Today
	Yesterday Now Still Such Instead Indeed Moreover Furthermore Nevertheless
	Is Are Were Has Have Had Do Does Did Can Could Will Would Should Must
`)

// ordinalDeterminers are words that precede an ordinal number ("der 1000.
// Besucher", "am 3. Januar"), so the period after the number cannot end the
// sentence.
var ordinalDeterminers = wordSet(`
	der die das den dem des am im zum zur vom beim ins ans
	seinem seinen seiner seines ihrem ihren ihrer ihres jedem jeden jeder
	diesem diesen dieser dieses
	Der Die Das Den Dem Des Am Im Zum Zur Vom Beim
`)

// months are month names and their abbreviations, German and English.
var months = wordSet(`
	Januar Jänner Februar Feber März Maerz April Mai Juni Juli August September Oktober November Dezember
	January February March May June July October December
	Jan Feb Febr Mär Mar Apr Jun Jul Aug Sep Sept Okt Oct Nov Dez Dec
`)

// weekdays are day names and their abbreviations, German and English.
var weekdays = wordSet(`
	Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday
	Mo Di Mi Do Fr Sa So Mon Tue Tues Wed Thu Thurs Fri Sat Sun
`)

// newsAgencies are the agencies named in datelines and source lines.
var newsAgencies = wordSet(`
	dpa AFP AP Reuters KNA epd dts sid SID APA SDA Keystone-SDA Xinhua AFX dpa-AFX Bloomberg
	ots red ddp EFE ANSA TASS Interfax IRNA UPI Anadolu AA CNN BBC ARD ZDF DW
`)

// IsNewsAgency reports whether a word, in any case, names a news agency
// ("afp", "Reuters").
func IsNewsAgency(word string) bool {
	for a := range newsAgencies {
		if strings.EqualFold(a, word) {
			return true
		}
	}
	return false
}

func wordSet(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// englishFunctionWords and germanFunctionWords are frequent words of one
// language that are rare in the other, to tell which a sentence is written in.
var (
	englishFunctionWords = wordSet(`the The of and to is was were are has have that with for by from this which`)
	germanFunctionWords  = wordSet(`der die das Der Die Das und ist war sind hat haben dem den des mit für von sich nicht auf`)
)
