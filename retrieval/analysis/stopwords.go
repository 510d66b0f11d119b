package analysis

import "strings"

// germanStopWords is Snowball's German stop word list, plus question words,
// auxiliaries that carry no content in a question, and the prepositions
// fused with an article that Snowball's list lacks ("ans", "beim").
var germanStopWords = wordSet(`
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern anderr anders
auch auf aus bei bin bis bist da damit dann der den des dem die das dass daß derselbe derselben denselben desselben demselben
dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn derer dessen dich dir du dies diese diesem diesen
dieser dieses doch dort durch ein eine einem einen einer eines einig einige einigem einigen einiger einiges einmal er ihn ihm
es etwas euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir ihr
ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein
keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein meine meinem meinen
meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst
sich sie ihnen sind so solche solchem solchen solcher solches soll sollte sondern sonst über um und uns unsere unserem unseren
unser unseres unter viel vom von vor während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn
werde werden wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen
wer wem wen wessen wann warum wieso weshalb woher wohin womit wofür worüber wozu welch viele vielen wieviel wieviele
gibt gab gab's geben laut sei seien wurde wurden worden hätte hätten
ans aufs beim durchs fürs hinters übers ums unters vors
`)

// englishStopWords is Snowball's English stop word list, plus question words
// and chat's "r" and "u" (are, you) and "pls", "plz" (please; "please"
// itself is a word the verb–noun table reads, derive).
var englishStopWords = wordSet(`
i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
they them their theirs themselves what which who whom this that these those am is are was were be been being have has had
having do does did doing would should could ought a an the and but if or because as until while of at by for with about
against between into through during before after above below to from up down in out on off over under again further then once
here there when where why how all any both each few more most other some such no nor not only own same so than too very
can will just don shall may might must also many much whose s t
r u pls plz
`)

func wordSet(words string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}
