package translate

import "strings"

// englishStopWords are function words, question words and auxiliaries: they
// carry no topic, and their dictionary articles ("be" has eleven) would only
// add noise to a German query.
var englishStopWords = func() map[string]bool {
	const words = `a about above after again against all almost along already also although
am among an and another any anyone anything are around as at be became because been
before being below between both but by can cannot could did do does doing done down
during each either else ever every few for from further had has have having he her
here hers herself him himself his how however i if in into is it its itself just
least less let like many may me might more most much must my myself neither no nor
not now of off often on once one only or other others our ours ourselves out over own
per perhaps rather same several shall she should since so some such than that the
their theirs them themselves then there these they this those though through thus to
too toward towards under until up upon us very via was we well were what whatever when
whenever where whereas whether which while who whom whose why will with within without
would yet you your yours yourself yourselves
aren't can't couldn't didn't doesn't don't hadn't hasn't haven't isn't it's shouldn't
wasn't weren't won't wouldn't what's who's`
	set := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}()

func isEnglishStopWord(lower string) bool {
	return englishStopWords[strings.ReplaceAll(lower, "’", "'")]
}
