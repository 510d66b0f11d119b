package segment

import (
	"strings"
	"testing"
)

// benchArticle is a made-up news article, German and English, with the
// constructs that send the segmenter down its slower paths: ordinals, dates,
// abbreviations, initials, quotes, a dateline, a heading and a credit.
const benchArticle = `Berlin, 3. Januar 2020 (dpa) - Die USA haben am 3. Januar einen Drohnenangriff in der Nähe des Flughafens von Bagdad gestartet. Das irakische Parlament forderte den Abzug der rund 5.000 US-Soldaten.
Kampf gegen den IS
„Wir freuen uns, das Gespräch fortzusetzen“, sagte US-Außenminister Mike Pompeo am 12.06.2020 in Washington. Die Gespräche sollen u. a. die Ausbildung und z. B. die Ausrüstung betreffen. Ein Abzug ist bis Ende September 2025 geplant.
Die Koalition kämpft seit 2014 gegen den sog. Islamischen Staat, der im 20. Jh. noch keine Rolle spielte. Sie kostet ca. 2,5 Mrd. Dollar im Jahr. Wer zahlt? Die Mitgliedsstaaten!
12.06.2020, 04:15 Uhr | AFP, dpa
WASHINGTON (Reuters) - The U.S. military said on Jan. 3 that it would resume operations. Gen. Frank McKenzie, i.e. the head of U.S. Central Command, met officials in Baghdad. John F. Kennedy once said "Ask not." The talks cost $2.5 million.
Foto: dpa/Michael Kappeler
`

// benchText is about 100,000 sentences of text.
var benchText = strings.Repeat(benchArticle, 100_000/countSentences(benchArticle)+1)

func countSentences(text string) int {
	n := 0
	for _, s := range Split(text) {
		if s.Kind == Sentence {
			n++
		}
	}
	return n
}

func BenchmarkSplit(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Split(benchText)
	}
	b.ReportMetric(float64(countSentences(benchText)), "sentences/op")
}
