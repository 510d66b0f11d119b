package testpages

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
)

// Long returns an article page of about size bytes of article text (plus
// the page around it): the paragraphs of LongText, with a JSON-LD date,
// navigation and comments.
func Long(size int, seed uint64) []byte {
	paras := LongText(size, seed)
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Lagebericht %d | Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Lagebericht %d","datePublished":"2025-0%d-1%dT08:00:00+01:00","author":{"name":"Redaktion"}}</script>
</head><body><nav><a href="/">Start</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav><main><article><h1>Lagebericht %d</h1>
`, seed, seed, 1+seed%9, seed%10, seed)
	for _, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p))
	}
	b.WriteString(`</article><section class="comments"><p>Ein Leser schrieb: Das wusste ich schon.</p></section></main><footer>Impressum</footer></body></html>`)
	return []byte(b.String())
}

// Marker is the sentence of LongText(…, seed) that a question can ask
// for: "Wie viele Soldaten umfasst die Übungsmission Nordlicht{seed}?"
func Marker(seed uint64) string {
	return fmt.Sprintf("Die Übungsmission Nordlicht%d umfasst 4%d Soldaten.", seed, seed)
}

// LongText returns paragraphs of about size bytes: German sentences about
// troops, talks and dates, different for each seed, with Marker(seed) in
// the middle.
func LongText(size int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 7))
	places := []string{"Bagdad", "Erbil", "Basra", "Mossul", "Kirkuk", "Amman", "Damaskus", "Rakka", "Ain al-Assad", "Tikrit"}
	forces := []string{"US-Soldaten", "deutsche Soldaten", "britische Soldaten", "Ausbilder der Nato", "französische Soldaten", "Sanitäter"}
	months := []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	verbs := []string{"meldete das Verteidigungsministerium", "bestätigte ein Sprecher", "berichteten Beobachter", "teilte die Regierung mit", "hieß es aus Militärkreisen"}
	topics := []string{"den Abzug der Koalitionstruppen", "die Ausbildung der Sicherheitskräfte", "einen neuen Zeitplan", "die Lage an der Grenze", "die Sicherheit der Stützpunkte"}
	var text strings.Builder
	var paras []string
	marker := Marker(seed)
	for text.Len() < size {
		var p strings.Builder
		for range 3 + r.IntN(3) {
			switch r.IntN(3) {
			case 0:
				fmt.Fprintf(&p, "Am %d. %s %d %s, dass rund %d %s in %s stationiert sind. ", 1+r.IntN(28), months[r.IntN(12)], 2015+r.IntN(10), verbs[r.IntN(len(verbs))], 100*(1+r.IntN(40)), forces[r.IntN(len(forces))], places[r.IntN(len(places))])
			case 1:
				fmt.Fprintf(&p, "In %s begannen Gespräche über %s, die bis %s %d abgeschlossen sein sollen. ", places[r.IntN(len(places))], topics[r.IntN(len(topics))], months[r.IntN(12)], 2024+r.IntN(4))
			default:
				fmt.Fprintf(&p, "Nach Angaben aus %s %s, dass %s weiter Vorrang habe. ", places[r.IntN(len(places))], verbs[r.IntN(len(verbs))], topics[r.IntN(len(topics))])
			}
		}
		paras = append(paras, strings.TrimSpace(p.String()))
		text.WriteString(p.String())
	}
	return append(paras[:len(paras)/2], append([]string{marker}, paras[len(paras)/2:]...)...)
}
