package retrieval

import (
	"github.com/quellen/quellen/retrieval/analysis"
	"github.com/quellen/quellen/retrieval/lang"
)

// DetectLanguage returns "de" or "en" for text in those languages, "" for
// another language, and "de" (the collection's default) when the text gives
// no evidence either way.
func DetectLanguage(text string) string {
	switch lang.Detect(text) {
	case lang.English:
		return analysis.English
	case lang.Other:
		return ""
	}
	return analysis.German
}

// passageLanguage returns the language of one sentence of a source written
// in srcLang: the other of German and English where the sentence says so
// plainly — at least minPassageEvidence of that language's function words
// and cues, and passageEvidenceRatio times its source language's — and
// srcLang otherwise. A German manual leaves paragraphs untranslated ("You
// can use some other implementation of OpenPGP as well."); a German
// sentence that quotes an English title or two words keeps its source's
// language ("Den Abschluss bildete The Horns of Nimon (1979).").
func passageLanguage(text, srcLang string) string {
	if srcLang != analysis.German && srcLang != analysis.English {
		return srcLang
	}
	e := lang.Measure(text)
	own, other, otherLang := e.German, e.English, analysis.English
	if srcLang == analysis.English {
		own, other, otherLang = e.English, e.German, analysis.German
	}
	if other >= minPassageEvidence && other >= passageEvidenceRatio*own {
		return otherLang
	}
	return srcLang
}

// minPassageEvidence and passageEvidenceRatio say when a sentence is in the
// other language than its source's (passageLanguage). Read on every QA
// collection's sentences: the untranslated English of the German Debian
// manuals has 3 or more English function words and mostly no German one;
// German sentences with an English title or quotation have 2 or fewer, or
// German words beside them ("In den frühen 1970ern spielte Trevor Martin
// die Rolle in Doctor Who and the Daleks …": 2.75 German, 5 English).
// The index stores the terms each sentence's language gives and
// verification reads the language again from the text: a change to these
// or to lang.Measure's words needs a new pipelineVersion.
const (
	minPassageEvidence   = 3
	passageEvidenceRatio = 3
)
