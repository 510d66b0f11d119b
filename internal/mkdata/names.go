package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// notCountries are CLDR region codes that are no country: the EU, the
// euro zone, the UN, pseudo-locales and the unknown region.
var notCountries = map[string]bool{"EU": true, "EZ": true, "UN": true, "QO": true, "XA": true, "XB": true, "ZZ": true}

// countryHypernyms are words of the WordNet synset a country is an instance
// of ("Asian country", "European nation"): they tell the country Georgia from
// the American state.
var countryHypernyms = []string{"country", "nation", "kingdom", "republic", "sultanate", "principality", "emirate", "archipelago", "monarchy", "dependency", "colony"}

// Irregular names the data cannot give, each with why.
var (
	// extraNames are names news texts use beside CLDR's.
	extraNames = map[string]map[string][]string{
		// CLDR calls it "Vereinigte Staaten"/"USA"; German news writes "US"
		// too, and "Amerika" for the country.
		"US": {"de": {"US", "Vereinigte Staaten von Amerika", "Amerika"}},
		// CLDR's German name is "Vereinigtes Königreich"; news says Großbritannien.
		"GB": {"de": {"Großbritannien", "Britannien"}, "en": {"Britain", "Great Britain", "U.K."}},
		// WordNet gives the English "Soviet Union" and "USSR" as Russia's;
		// the German names of the same state are in no input.
		"RU": {"de": {"Sowjetunion", "UdSSR"}},
		// CLDR's German name is "Myanmar"; histories and much news write
		// "Birma" or "Burma" (and Ding's "birmanisch" begins so).
		"MM": {"de": {"Birma", "Burma"}},
		// WordNet gives the English "Persia" and "Persian" as Iran's; the
		// German histories write "Persien", and Ding's "persisch" and
		// "Perser" begin so.
		"IR": {"de": {"Persien"}},
	}
	// historicalStates are states of the last century that CLDR, naming
	// today's territories, leaves out, by their ISO 3166-3 codes, as
	// English and German names: histories of its wars name their soldiers
	// ("jugoslawische Soldaten"). Their adjectives come from WordNet and
	// Ding as any country's do.
	historicalStates = map[string]map[string][]string{
		"YU": {"en": {"Yugoslavia"}, "de": {"Jugoslawien"}},
		"DD": {"en": {"East Germany"}, "de": {"DDR"}},
	}
	// extraAdjectives are nationality adjectives neither Ding nor the
	// derivation rules give, German in their base form.
	extraAdjectives = map[string]map[string][]string{
		// "US-amerikanisch" is in LanguageTool's lexicon but has no Ding entry.
		"US": {"de": {"US-amerikanisch"}},
		// WordNet's "British" pertains to the island, not the kingdom.
		"GB": {"de": {"britisch"}, "en": {"British"}},
		// The German of WordNet's "Soviet".
		"RU": {"de": {"sowjetisch"}},
	}
	// extraPeople are the colloquial nouns for a people that no dictionary
	// input lists as one: German writes "die Amis" for the Americans, and
	// English "the Yanks" (Ding has both only as each other's translation)
	// and "GIs" (both languages) for its soldiers.
	extraPeople = map[string]map[string][]string{
		"US": {"de": {"Ami", "Amis", "GI", "GIs"}, "en": {"Yank", "Yanks", "GI", "GIs"}},
	}
	// extraCities are capitals and places in the news that CLDR's time zones
	// do not name (a zone is named after one city per region), as
	// key → German, English.
	extraCities = []struct{ country, de, en string }{
		{"US", "Washington", "Washington"},
		{"TR", "Ankara", "Ankara"},
		{"CN", "Peking", "Beijing"},
		{"IN", "Neu-Delhi", "New Delhi"},
		{"CA", "Ottawa", "Ottawa"},
		{"AU", "Canberra", "Canberra"},
		{"CH", "Bern", "Bern"},
		{"PK", "Islamabad", "Islamabad"},
		{"NG", "Abuja", "Abuja"},
		{"BR", "Brasília", "Brasília"},
		{"DE", "Bonn", "Bonn"},
		{"DE", "München", "Munich"},
		{"DE", "Hamburg", "Hamburg"},
		{"DE", "Köln", "Cologne"},
		{"IQ", "Erbil", "Erbil"},
		{"IQ", "Mossul", "Mosul"},
		{"IQ", "Basra", "Basra"},
		{"IQ", "Kirkuk", "Kirkuk"},
		{"IQ", "Falludscha", "Fallujah"},
		{"IQ", "Tikrit", "Tikrit"},
		{"SY", "Aleppo", "Aleppo"},
		{"SY", "Rakka", "Raqqa"},
		{"IL", "Tel Aviv", "Tel Aviv"},
		{"UA", "Charkiw", "Kharkiv"},
	}
	// commonCityWords are time-zone cities spelt like common words or
	// names that texts mostly mean otherwise.
	commonCityWords = map[string]bool{"Center": true, "Wake": true, "Knox": true, "Nome": true, "Sitka": false, "Mendoza": true, "Cordoba": true, "Marengo": true, "Victoria": true}
)

type nameEntry struct {
	key, kind, lang string
	forms           []string
}

func buildNames(in, out string) error {
	cldr := pkgPath(in, "unicode-cldr-core", "usr", "share", "unicode", "cldr", "common")
	de, err := readCLDRLocale(cldr + "/main/de.xml")
	if err != nil {
		return err
	}
	en, err := readCLDRLocale(cldr + "/main/en.xml")
	if err != nil {
		return err
	}
	zones, err := readZoneTerritories(cldr + "/supplemental/windowsZones.xml")
	if err != nil {
		return err
	}
	wnDir := pkgPath(in, "wordnet-base", "usr", "share", "wordnet")
	nouns, err := readWordNetData(wnDir + "/data.noun")
	if err != nil {
		return err
	}
	adjs, err := readWordNetData(wnDir + "/data.adj")
	if err != nil {
		return err
	}
	tags := make(map[string]int)
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := readTagCounts(wnDir+"/index."+pos, tags); err != nil {
			return err
		}
	}
	// common holds the words WordNet writes in lower case: common words.
	common := make(map[string]bool)
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		syns := adjs
		if pos != "adj" {
			if syns, err = readWordNetData(wnDir + "/data." + pos); err != nil {
				return err
			}
		}
		for _, s := range syns {
			for _, w := range s.words {
				if !startsUpper(w) {
					common[w] = true
				}
			}
		}
	}
	lt, err := readLT(in)
	if err != nil {
		return err
	}
	// English adjective → German adjectives ending in -isch, from Ding.
	// Ding's nationality adjectives: lowercase words in -sch in any sense of
	// a line whose first sense is an adjective ("estnisch; estländisch {adj}
	// :: Estonian", "koreanisch {adj} | … | südkoreanisch :: Korean | … |
	// South Korean"); Ding writes {adj} once for a group of synonyms.
	dingAdj := make(map[string][]string)        // English word → German adjectives
	dingAllAdj := make(map[string]bool)         // every such German adjective
	dingAdjEnglish := make(map[string][]string) // German adjective → capitalised English words
	err = readDingLines(pkgPath(in, "trans-de-en", "usr", "share", "trans", "de-en"), func(pairs []dingPair) {
		isAdj := false
		for _, d := range pairs[0].de {
			isAdj = isAdj || d.has("adj")
		}
		if !isAdj {
			return
		}
		for _, p := range pairs {
			for _, d := range p.de {
				if startsUpper(d.text) || !strings.HasSuffix(d.text, "sch") || strings.Contains(d.text, " ") {
					continue
				}
				dingAllAdj[d.text] = true
				for _, e := range p.en {
					if startsUpper(e.text) && !strings.Contains(e.text, " ") {
						dingAdjEnglish[d.text] = appendNew(dingAdjEnglish[d.text], e.text)
						dingAdj[e.text] = appendNew(dingAdj[e.text], d.text)
					}
				}
			}
		}
	})
	if err != nil {
		return err
	}
	// Ding's lines naming people: "Amerikaner {m}; Amerikanerin {f} |
	// Amerikaner {pl}; Amerikanerinnen {pl} :: American | Americans".
	var peopleLines []peopleLine
	dingNouns := make(map[string][]string) // a German noun → its English words
	err = readDingLines(pkgPath(in, "trans-de-en", "usr", "share", "trans", "de-en"), func(pairs []dingPair) {
		for _, p := range pairs {
			for _, d := range p.de {
				if startsUpper(d.text) && !strings.Contains(d.text, " ") {
					for _, e := range p.en {
						dingNouns[d.text] = appendNew(dingNouns[d.text], e.text)
					}
				}
			}
		}
		var pl peopleLine
		for _, d := range pairs[0].de {
			if (d.has("m") || d.has("f")) && startsUpper(d.text) && !strings.Contains(d.text, " ") {
				pl.de = append(pl.de, d.text)
			}
		}
		for _, e := range pairs[0].en {
			if startsUpper(e.text) && !strings.Contains(e.text, " ") {
				pl.en = append(pl.en, e.text)
			}
		}
		// A nation's people come in pairs, "Iraker {m}; Irakerin {f}".
		masc, fem := false, false
		for _, d := range pairs[0].de {
			masc = masc || d.has("m")
			fem = fem || d.has("f")
		}
		if len(pl.de) == 0 || len(pl.en) == 0 || !masc || !fem {
			return
		}
		for _, p := range pairs[1:] {
			plural := false
			for _, d := range p.de {
				plural = plural || d.has("pl")
			}
			if !plural {
				continue
			}
			for _, d := range p.de {
				if t := strings.TrimPrefix(d.text, "die "); startsUpper(t) && !strings.Contains(t, " ") {
					pl.dePlural = append(pl.dePlural, t)
				}
			}
			for _, e := range p.en {
				if t := strings.TrimPrefix(e.text, "the "); startsUpper(t) && !strings.Contains(t, " ") {
					pl.enPlural = append(pl.enPlural, t)
				}
			}
		}
		peopleLines = append(peopleLines, pl)
	})
	if err != nil {
		return err
	}

	nounsByWord := make(map[string][]*synset)
	for _, s := range sortedSynsets(nouns) {
		for _, w := range s.words {
			nounsByWord[w] = append(nounsByWord[w], s)
		}
	}
	isCountrySynset := func(s *synset) bool {
		for _, p := range s.ptrs {
			if p.symbol != "@i" && p.symbol != "@" {
				continue
			}
			if h := nouns[p.target]; h != nil {
				for _, w := range h.words {
					for _, c := range countryHypernyms {
						if w == c || strings.HasSuffix(w, " "+c) {
							return true
						}
					}
				}
			}
		}
		return false
	}
	pertainyms := make(map[string][]string) // noun synset offset → adjectives
	for _, a := range sortedSynsets(adjs) {
		for _, p := range a.ptrs {
			if p.symbol == `\` && p.pos == 'n' {
				for _, w := range a.words {
					if startsUpper(w) {
						pertainyms[p.target] = appendNew(pertainyms[p.target], w)
					}
				}
			}
		}
	}

	deNames, enNames := de.territoryNames(), en.territoryNames()
	for code, names := range historicalStates {
		if len(enNames[code]) > 0 || len(deNames[code]) > 0 {
			return fmt.Errorf("CLDR now names %s (%v): drop it from historicalStates", code, enNames[code])
		}
		enNames[code], deNames[code] = names["en"], names["de"]
	}
	enOwner := make(map[string]string) // English CLDR name → region
	for code, names := range enNames {
		for _, n := range names {
			enOwner[n] = code
		}
	}
	var codes []string
	for code := range enNames {
		if !notCountries[code] {
			codes = append(codes, code)
		}
	}
	sort.Strings(codes)
	var entries []nameEntry
	var countries []countryNames
	for _, code := range codes {
		enForms := append([]string(nil), enNames[code]...)
		var enAdj []string
		for _, name := range enNames[code] {
			for _, s := range nounsByWord[name] {
				// WordNet's "China" is also Taiwan's name: a synset that
				// holds another region's name is not this one's.
				if !isCountrySynset(s) || namesOther(s, code, enOwner) {
					continue
				}
				for _, w := range s.words {
					if startsUpper(w) && !strings.ContainsAny(w, "()") {
						enForms = appendNew(enForms, w)
					}
				}
				enAdj = appendNew(enAdj, pertainyms[s.offset]...)
			}
		}
		enForms = appendNew(enForms, extraNames[code]["en"]...)
		enAdj = appendNew(enAdj, extraAdjectives[code]["en"]...)
		deForms := appendNew(append([]string(nil), deNames[code]...), extraNames[code]["de"]...)

		var deAdj []string
		for _, a := range append(append([]string(nil), enAdj...), enNames[code]...) {
			for _, g := range dingAdj[a] {
				// Ding's "German" is also "germanistisch": a nationality
				// adjective begins as one of the country's German names does.
				if sharesStart(g, deForms) {
					deAdj = appendNew(deAdj, g)
				}
			}
		}
		for _, name := range deForms {
			deAdj = appendNew(deAdj, derivedAdjectives(name, lt, dingAllAdj)...)
		}
		deAdj = appendNew(deAdj, extraAdjectives[code]["de"]...)
		// English adjectives Ding gives for the German ones ("irisch" →
		// "Irish") where WordNet's pertain to another synset (the island).
		for _, g := range deAdj {
			for _, e := range dingAdjEnglish[g] {
				if sharesStart(e, enForms) && !slices.Contains(enForms, e) {
					enAdj = appendNew(enAdj, e)
				}
			}
		}

		countries = append(countries, countryNames{code, deForms, enForms, deAdj, enAdj})
	}
	dropSharedNames(countries, enNames)
	// An adjective derived for two countries belongs to the one whose name
	// it begins like the longest: "nigerianisch" and "Nigerian" are
	// Nigeria's, not Niger's.
	keepLongestStart(countries, func(c *countryNames) (*[]string, []string) { return &c.deAdj, c.deForms })
	keepLongestStart(countries, func(c *countryNames) (*[]string, []string) { return &c.enAdj, c.enForms })
	for _, c := range countries {
		dePeople, enPeople := people(peopleLines, c.deForms, c.deAdj, c.enAdj, lt)
		dePeople = appendNew(dePeople, derivedPeople(c.deAdj, c.enAdj, dingNouns, lt)...)
		dePeople = appendNew(dePeople, extraPeople[c.code]["de"]...)
		enPeople = appendNew(enPeople, extraPeople[c.code]["en"]...)
		entries = append(entries,
			nameEntry{c.code, "country", "de", germanNameForms(c.deForms, lt)},
			nameEntry{c.code, "country", "en", c.enForms},
			nameEntry{c.code, "nationality", "de", adjectiveForms(c.deAdj, lt)},
			nameEntry{c.code, "nationality", "en", c.enAdj},
			nameEntry{c.code, "people", "de", dePeople},
			nameEntry{c.code, "people", "en", enPeople},
		)
	}

	// Cities: each time zone's city, in the region the zone belongs to.
	deCities, enCities := de.zoneCities(), en.zoneCities()
	var zoneIDs []string
	for z := range zones {
		zoneIDs = append(zoneIDs, z)
	}
	sort.Strings(zoneIDs)
	seen := make(map[string]bool)
	addCity := func(country, deName, enName string) {
		key := country + ":" + enName
		// "Kuwait", "Singapore": a city named as its country is found as the country.
		if seen[key] || notCountries[country] || slices.Contains(enNames[country], enName) || slices.Contains(deNames[country], deName) {
			return
		}
		seen[key] = true
		entries = append(entries,
			nameEntry{key, "city", "de", germanNameForms([]string{deName}, lt)},
			nameEntry{key, "city", "en", []string{enName}})
	}
	for _, z := range zoneIDs {
		if strings.HasPrefix(z, "Antarctica/") || strings.HasPrefix(z, "Etc/") || strings.HasPrefix(z, "Arctic/") || !strings.Contains(z, "/") {
			continue
		}
		enName := enCities[z]
		if enName == "" {
			enName = strings.ReplaceAll(z[strings.LastIndexByte(z, '/')+1:], "_", " ")
		}
		deName := deCities[z]
		if deName == "" {
			deName = enName
		}
		// A city spelt like a common English word ("Center", "Wake") would
		// be found in every text that uses the word.
		if lower := strings.ToLower(enName); common[lower] && tags[lower] >= 3 || commonCityWords[enName] || strings.ContainsAny(enName, "()") {
			continue
		}
		addCity(zones[z], deName, enName)
	}
	for _, c := range extraCities {
		addCity(c.country, c.de, c.en)
	}

	sort.SliceStable(entries, func(i, j int) bool {
		a, b := entries[i], entries[j]
		if a.key != b.key {
			return a.key < b.key
		}
		if a.kind != b.kind {
			return a.kind < b.kind
		}
		return a.lang < b.lang
	})
	var b strings.Builder
	b.WriteString("# Country, nationality and city names in German and English; built by internal/mkdata from\n")
	b.WriteString("# Unicode CLDR, WordNet, Ding and LanguageTool's German lexicon (see NOTICE). key\tkind\tlang\tforms…\n")
	for _, e := range entries {
		if len(e.forms) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", e.key, e.kind, e.lang, strings.Join(e.forms, "\t"))
	}
	return writeGzip(out+"/retrieval/names/names.tsv.gz", []byte(b.String()))
}

func sortedSynsets(m map[string]*synset) []*synset {
	out := make([]*synset, 0, len(m))
	for _, s := range m {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].offset < out[j].offset })
	return out
}

// derivedAdjectives derives German nationality adjectives from a country's
// German name by the usual rules (Italien → italienisch, Irak → irakisch,
// Syrien → syrisch, Chile → chilenisch, Schweden → schwedisch, Polen →
// polnisch) and keeps those LanguageTool's lexicon knows as adjectives.
func derivedAdjectives(name string, lt *ltLexicon, ding map[string]bool) []string {
	if strings.ContainsAny(name, " -") {
		return nil
	}
	n := strings.ToLower(name)
	bases := []string{n}
	for _, end := range []string{"ien", "en", "a", "e", "land", "ei", "ia", "i", "o", "un", "n"} {
		if b, ok := strings.CutSuffix(n, end); ok && utf8.RuneCountInString(b) >= 2 {
			bases = append(bases, b)
		}
	}
	// "Niederland" → "niederländ-isch": the last vowel may take an umlaut.
	for _, b := range bases {
		if u := umlautLast(b); u != b {
			bases = append(bases, u)
		}
	}
	var out []string
	for _, b := range bases {
		for _, suffix := range []string{"isch", "nisch", "esisch", "anisch", "ianisch", "enisch", "inisch", "sch"} {
			// A two-letter base takes only "-isch" ("Irland" → "irisch"),
			// not "-anisch" ("iranisch" is Iran's).
			if utf8.RuneCountInString(b) < 3 && suffix != "isch" {
				continue
			}
			if cand := b + suffix; lt.adjectives[cand] != nil || ding[cand] {
				out = appendNew(out, cand)
			}
		}
	}
	return out
}

// adjectiveForms lists each adjective with its inflected forms.
func adjectiveForms(adjs []string, lt *ltLexicon) []string {
	var out []string
	for _, a := range adjs {
		if forms := lt.adjectives[a]; forms != nil {
			out = appendNew(out, forms...)
			continue
		}
		out = appendNew(out, a)
		for _, end := range []string{"e", "en", "er", "es", "em"} {
			out = appendNew(out, a+end)
		}
	}
	return out
}

// germanNameForms adds the forms German inflects a place name to: the
// genitive with -s ("des Iraks", "Syriens"), the dative of a plural name
// ("den Niederlanden"), and the weak adjectives of a name of several words
// ("in den Vereinigten Staaten").
func germanNameForms(names []string, lt *ltLexicon) []string {
	var out []string
	for _, n := range names {
		out = appendNew(out, n)
		words := strings.Fields(n)
		if len(words) == 1 {
			if forms, ok := lt.nouns[n]; ok {
				out = appendNew(out, forms...)
			} else if r, _ := utf8.DecodeLastRuneInString(n); !strings.ContainsRune("sßxzSXZ", r) && !isAcronymWord(n) {
				out = appendNew(out, n+"s")
			}
			continue
		}
		changed := false
		for i, w := range words {
			last := i == len(words)-1
			switch {
			case !last && strings.HasSuffix(w, "e") && startsUpper(w):
				words[i] = w + "n"
				changed = true
			case last && changed:
				if forms, ok := lt.nouns[w]; ok && len(forms) > 1 {
					// the dative plural: "Emirate" → "Emiraten"
					for _, f := range forms {
						if strings.HasPrefix(f, w) && f != w && strings.HasSuffix(f, "n") {
							words[i] = f
						}
					}
				}
			}
		}
		if changed {
			out = appendNew(out, strings.Join(words, " "))
		}
	}
	return out
}

func isAcronymWord(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) && r != '.' {
			return false
		}
	}
	return true
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// namesOther reports whether a synset holds a CLDR name of another region.
func namesOther(s *synset, code string, owner map[string]string) bool {
	for _, w := range s.words {
		if o, ok := owner[w]; ok && o != code {
			return true
		}
	}
	return false
}

// sharesStart reports whether adj begins with the first three letters of one
// of names, compared in lower case with umlauts folded (französisch,
// Frankreich).
func sharesStart(adj string, names []string) bool {
	a := []rune(foldLower(adj))
	for _, n := range names {
		r := []rune(foldLower(n))
		if len(a) >= 3 && len(r) >= 3 && string(a[:3]) == string(r[:3]) {
			return true
		}
	}
	return false
}

func foldLower(s string) string { return folder.Replace(strings.ToLower(s)) }

var folder = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "ß", "ss")

// peopleLine is a Ding line that may name a nation's people: its nouns.
type peopleLine struct {
	de, en, dePlural, enPlural []string
}

// people returns the German and English nouns for a country's people
// ("Amerikaner", "Amerikanerinnen"; "Americans", "Frenchman") from Ding's
// lines of a masculine and a feminine noun whose English noun is one of the
// country's nationality adjectives or begins like one ("Frenchman",
// "Briton"), and whose German noun begins like one of its German names or
// adjectives, four letters as written, and is at most three letters longer
// ("Iraker"/"irakisch", not "Turkmene"/"türkisch" nor
// "Deutschamerikaner"/"deutsch"). A form spelt as an adjective of the
// country ("American") stays an adjective.
func people(lines []peopleLine, deNames, deAdj, enAdj []string, lt *ltLexicon) (de, en []string) {
	isAdj := make(map[string]bool)
	for _, a := range enAdj {
		isAdj[a] = true
	}
	likeAdj := func(w string) bool {
		for _, a := range enAdj {
			if strings.HasPrefix(w, a) || nationalityLike(w, a) {
				return true
			}
		}
		return false
	}
	germanStarts := append(append([]string(nil), deNames...), deAdj...)
	for _, l := range lines {
		match := false
		for _, e := range l.en {
			match = match || isAdj[e] || likeAdj(e)
		}
		if !match {
			continue
		}
		var nouns []string
		for _, d := range append(append([]string(nil), l.de...), l.dePlural...) {
			if germanPeopleNoun(d, germanStarts) && !slices.Contains(deNames, d) {
				nouns = appendNew(nouns, d)
			}
		}
		all := slices.Clone(nouns)
		nouns = slices.DeleteFunc(nouns, func(n string) bool { return thingOfPeople(n, all, lt) })
		if len(nouns) == 0 {
			continue
		}
		for _, n := range nouns {
			de = appendNew(de, n)
			de = appendNew(de, lt.nouns[n]...)
		}
		for _, e := range append(append([]string(nil), l.en...), l.enPlural...) {
			if !isAdj[e] && likeAdj(e) && !strings.Contains(e, "-") {
				en = appendNew(en, e, englishPlural(e))
			}
		}
	}
	return de, en
}

// derivedPeople returns the German nouns for a people that Ding lacks,
// formed from the nationality adjective as German forms them and kept only
// where the lexicon lists the noun and Ding, if it knows the noun, gives
// it an English word like the nationality: "südkoreanisch" →
// "Südkoreaner", "vietnamesisch" → "Vietnamese", with their inflected
// forms; not "malisch" → "Maler" (a painter).
func derivedPeople(adjs, enAdj []string, dingNouns map[string][]string, lt *ltLexicon) []string {
	likeNationality := func(n string) bool {
		en, known := dingNouns[n]
		if !known {
			return true
		}
		for _, e := range en {
			for _, a := range enAdj {
				if nationalityLike(e, a) {
					return true
				}
			}
		}
		return false
	}
	var out []string
	for _, a := range adjs {
		stem, ok := strings.CutSuffix(a, "isch")
		if !ok || len(stem) < 3 {
			continue
		}
		stem = withFirst(stem, unicode.ToUpper)
		for _, n := range []string{stem + "er", stem + "e"} {
			if forms, ok := lt.nouns[n]; ok && likeNationality(n) {
				out = appendNew(out, n)
				out = appendNew(out, forms...)
				continue
			}
			// A compass point before a people the lexicon lists:
			// "Südkoreaner" from "Koreaner".
			for _, point := range []string{"Nord", "Süd", "Ost", "West"} {
				rest, ok := strings.CutPrefix(n, point)
				if !ok || rest == "" {
					continue
				}
				rest = withFirst(rest, unicode.ToUpper)
				if forms, ok := lt.nouns[rest]; ok && likeNationality(n) {
					out = appendNew(out, n)
					for _, f := range forms {
						out = appendNew(out, point+withFirst(f, unicode.ToLower))
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

// withFirst returns s with its first letter mapped by f.
func withFirst(s string, f func(rune) rune) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(f(r)) + s[n:]
}

func germanPeopleNoun(noun string, starts []string) bool {
	n := []rune(strings.ToLower(noun))
	for _, s := range starts {
		r := []rune(strings.ToLower(s))
		if len(r) >= 4 && len(n) >= 4 && string(n[:4]) == string(r[:4]) && len(n) <= len(r)+3 {
			return true
		}
	}
	return false
}

// thingOfPeople reports whether a noun is a compound of one of the people
// nouns beside it and another noun the lexicon lists: Ding gives
// "Perserkatze" (a Persian cat) beside "Perser", and it names no people.
func thingOfPeople(noun string, nouns []string, lt *ltLexicon) bool {
	for _, m := range nouns {
		rest, ok := strings.CutPrefix(noun, m)
		if ok && rest != "" && lt.nouns[withFirst(rest, unicode.ToUpper)] != nil {
			return true
		}
	}
	return false
}

// englishPlural is the plural of a people noun: Frenchman → Frenchmen,
// Briton → Britons.
func englishPlural(noun string) string {
	switch {
	case strings.HasSuffix(noun, "man"):
		return strings.TrimSuffix(noun, "man") + "men"
	case strings.HasSuffix(noun, "s"):
		return noun
	}
	return noun + "s"
}

// umlautLast puts an umlaut on the last a, o or u of s.
func umlautLast(s string) string {
	r := []rune(s)
	for i := len(r) - 1; i >= 0; i-- {
		switch r[i] {
		case 'a':
			r[i] = 'ä'
			return string(r)
		case 'o':
			r[i] = 'ö'
			return string(r)
		case 'u':
			r[i] = 'ü'
			return string(r)
		}
	}
	return s
}

// dropSharedNames drops the English names that WordNet gives two
// countries ("TT", the former Trust Territory, for both Micronesia and
// Palau): such a name tells neither, and a question's "tt" is no place.
// A country's own CLDR name (cldr, by region) is kept whatever else has it.
func dropSharedNames(countries []countryNames, cldr map[string][]string) {
	holders := make(map[string]int)
	for _, c := range countries {
		for _, f := range c.enForms {
			holders[f]++
		}
	}
	for i := range countries {
		c := &countries[i]
		c.enForms = slices.DeleteFunc(c.enForms, func(f string) bool { return holders[f] > 1 && !slices.Contains(cldr[c.code], f) })
	}
}

// keepLongestStart leaves an adjective that several countries have (of
// the list adjs picks, beside the names it is compared with) only to those
// whose name it begins like the longest.
func keepLongestStart(countries []countryNames, adjs func(*countryNames) (*[]string, []string)) {
	owners := make(map[string][]int)
	for i := range countries {
		list, _ := adjs(&countries[i])
		for _, a := range *list {
			owners[a] = append(owners[a], i)
		}
	}
	for a, idxs := range owners {
		if len(idxs) < 2 {
			continue
		}
		best := 0
		for _, i := range idxs {
			_, names := adjs(&countries[i])
			best = max(best, longestStart(a, names))
		}
		for _, i := range idxs {
			list, names := adjs(&countries[i])
			if longestStart(a, names) < best {
				*list = slices.DeleteFunc(*list, func(x string) bool { return x == a })
			}
		}
	}
}

// countryNames are one region's names and adjectives in both languages.
type countryNames struct {
	code                           string
	deForms, enForms, deAdj, enAdj []string
}

// longestStart is the longest prefix, in letters, that adj shares with one
// of names, compared in lower case with umlauts folded.
func longestStart(adj string, names []string) int {
	best := 0
	for _, n := range names {
		best = max(best, sharedPrefix(foldLower(adj), foldLower(n)))
	}
	return best
}

// nationalityLike reports whether an English word begins like the
// nationality adjective a, by minNationalityPrefix letters or more:
// "Vietnamese" like "Vietnamese", "Koreans" like "Korean", not "painter"
// like "Malian".
func nationalityLike(w, a string) bool {
	return sharedPrefix(strings.ToLower(w), strings.ToLower(a)) >= minNationalityPrefix
}

// minNationalityPrefix is the shortest shared beginning that makes a word
// a people's word for its nationality; the names data is built with it.
const minNationalityPrefix = 4
