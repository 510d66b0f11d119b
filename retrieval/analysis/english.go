package analysis

import "strings"

// EnglishIrregular returns the base form of one of the commonest irregular
// English words ("fought" → "fight", "men" → "man", "best" → "good"), and
// whether it is one.
func EnglishIrregular(w string) (string, bool) {
	if base, ok := irregularVerbs[w]; ok {
		return base, true
	}
	base, ok := irregularOthers[w]
	return base, ok
}

// englishBase returns the base of an irregular English verb form
// (irregularVerbs), also of one made with a prefix ("rebuilt" → "rebuild",
// "withdrew" → "withdraw", "overthrown" → "overthrow"), and whether w is
// one. A word that only looks prefixed ("resent", "relent") is none.
func englishBase(w string) (string, bool) {
	if base, ok := irregularVerbs[w]; ok {
		return base, true
	}
	if notPrefixed[w] {
		return "", false
	}
	for _, p := range verbPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok {
			if base, ok := irregularVerbs[rest]; ok {
				return p + base, true
			}
		}
	}
	return "", false
}

// verbPrefixes make new English verbs of irregular ones that stay
// irregular ("rebuild", "withdraw", "undergo", "mislead", "foresee").
var verbPrefixes = []string{"re", "over", "under", "with", "out", "mis", "up", "fore"}

// notPrefixed are words that begin with a prefix and end in an irregular
// form without being made of them: verbs of their own ("resent",
// "relent"), nouns and adjectives ("upshot", "forethought", "outspoken").
var notPrefixed = map[string]bool{"resent": true, "relent": true, "refound": true, "forethought": true, "outspoken": true,
	"upshot": true, "underfelt": true, "underbred": true, "underhung": true}

// EnglishSingulars returns the singulars an English plural noun may have,
// most likely first, by the regular rules: "armies" → "army", "armie";
// "wives" → "wif", "wife", "wive"; "witnesses" → "witness", "witnesse";
// "troops" → "troop".
// A word in -ss, -us or -is, or too short, has none.
func EnglishSingulars(w string) []string {
	var out []string
	add := func(stem, suffix string) {
		if len([]rune(stem)) >= 2 {
			out = append(out, stem+suffix)
		}
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		add(w[:len(w)-3], "y")
		add(w[:len(w)-1], "") // "rookies"
	case strings.HasSuffix(w, "ves"):
		add(w[:len(w)-3], "f")
		add(w[:len(w)-3], "fe")
		add(w[:len(w)-1], "") // "representatives"
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2], "")
		add(w[:len(w)-1], "")
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		add(w[:len(w)-1], "")
	}
	return out
}

// EnglishIrregularVerb reports whether w is a past form of an English verb
// that the "-ed" rule does not undo ("fought", "sent", "held", "died"): a
// word that ends a noun phrase as the regular forms do.
func EnglishIrregularVerb(w string) bool {
	_, ok := irregularVerbs[w]
	return ok && !participleAdjectives[w]
}

// participleAdjectives are irregular participles used as adjectives before
// a noun at least as often as as verbs ("broken windows", "frozen
// embryos", "drunk drivers"): they meet their verb's base in the index,
// but a question's analysis does not read them as its verb.
var participleAdjectives = map[string]bool{"broken": true, "frozen": true, "torn": true, "hung": true, "drunk": true,
	"woven": true, "beaten": true, "blown": true, "forbidden": true, "shaken": true}

// EnglishIrregularInfinitive reports whether w is the infinitive of one
// of the irregular verbs EnglishIrregularVerb knows ("tell", "take"): after
// "did" and a subject it is the verb, not part of the subject.
func EnglishIrregularInfinitive(w string) bool {
	return irregularInfinitives[w]
}

var irregularInfinitives = func() map[string]bool {
	m := make(map[string]bool, len(irregularVerbs))
	for _, inf := range irregularVerbs {
		m[inf] = true
	}
	return m
}()

// irregularVerbs maps the English verb forms the "-ed" rule does not undo
// to their infinitive: the commonest irregular ones, "died", and rarer ones
// news writes ("fled", "sought", "slain"); not those whose base is as often
// a noun ("rung", "slid", "stuck").
var irregularVerbs = map[string]string{
	"began": "begin", "begun": "begin", "became": "become", "bought": "buy",
	"brought": "bring", "built": "build", "caught": "catch", "chose": "choose",
	"chosen": "choose", "came": "come", "died": "die", "drew": "draw",
	"drawn": "draw", "drove": "drive", "driven": "drive", "ate": "eat",
	"eaten": "eat", "fell": "fall", "fallen": "fall", "felt": "feel",
	"fought": "fight", "found": "find", "flew": "fly", "flown": "fly",
	"forgot": "forget", "forgotten": "forget", "gave": "give", "given": "give",
	"went": "go", "gone": "go", "grew": "grow", "grown": "grow", "held": "hold",
	"hid": "hide", "hidden": "hide", "kept": "keep", "knew": "know",
	"known": "know", "laid": "lay", "led": "lead", "left": "leave",
	"lent": "lend", "lost": "lose", "made": "make", "meant": "mean",
	"met": "meet", "paid": "pay", "ran": "run", "rode": "ride",
	"ridden": "ride", "rose": "rise", "risen": "rise", "said": "say",
	"saw": "see", "seen": "see", "sold": "sell", "sent": "send",
	"shot": "shoot", "sang": "sing", "sung": "sing", "sank": "sink",
	"sunk": "sink", "sat": "sit", "slept": "sleep", "spoke": "speak",
	"spoken": "speak", "spent": "spend", "stood": "stand", "stole": "steal",
	"stolen": "steal", "struck": "strike", "swore": "swear", "sworn": "swear",
	"took": "take", "taken": "take", "taught": "teach", "told": "tell",
	"thought": "think", "threw": "throw", "thrown": "throw",
	"understood": "understand", "woke": "wake", "wore": "wear", "worn": "wear",
	"won": "win", "wrote": "write", "written": "write",
	"arose": "arise", "arisen": "arise", "awoke": "awake", "beaten": "beat", "bitten": "bite",
	"blew": "blow", "blown": "blow", "broke": "break", "broken": "break", "dug": "dig",
	"drank": "drink", "drunk": "drink", "fled": "flee", "forbade": "forbid", "forbidden": "forbid",
	"forgave": "forgive", "forgiven": "forgive", "froze": "freeze", "frozen": "freeze",
	"heard": "hear", "mistook": "mistake", "shook": "shake", "shaken": "shake", "shone": "shine",
	"shrank": "shrink", "shrunk": "shrink", "slain": "slay", "sought": "seek", "spun": "spin",
	"stung": "sting", "strove": "strive", "striven": "strive", "swam": "swim", "swum": "swim",
	"swept": "sweep", "swung": "swing", "tore": "tear", "torn": "tear", "trod": "tread",
	"trodden": "tread", "wept": "weep", "wove": "weave", "woven": "weave", "bled": "bleed",
	"clung": "cling", "crept": "creep", "flung": "fling", "hung": "hang",
}

// irregularOthers maps irregular English plurals and comparisons to their
// base.
var irregularOthers = map[string]string{
	"children": "child", "men": "man", "women": "woman", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
	"wives": "wife", "knives": "knife", "leaves": "leaf", "better": "good",
	"best": "good", "worse": "bad", "worst": "bad", "larger": "large",
	"largest": "large", "largely": "large",
}
