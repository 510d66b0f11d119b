// Package translate turns English questions into weighted German query
// terms with a bilingual dictionary, so that English questions can be
// searched in German articles.
//
// The dictionary is FreeDict's English→German dictionary in dictd format, as
// Debian's dict-freedict-eng-deu installs it (DefaultDir): an .index file of
// headwords with the byte spans of their articles, and a .dict.dz file, the
// articles compressed with dictzip. Its data is licensed GPL-3+/AGPL-3+ and
// is read at run time from where it is installed; none of it is part of this
// repository.
//
// Open reads a dictionary into memory; Translator uses it:
//
//	dict, err := translate.OpenDir(translate.DefaultDir)
//	if err != nil {
//		// errors.Is(err, fs.ErrNotExist) when it is not installed;
//		// NewTranslator(nil) still gives the best query possible without it.
//	}
//	terms := translate.NewTranslator(dict).Translate("Who leads the coalition?")
//	// Koalition, Führung, führen, …, each with a weight and the English word it translates.
package translate
