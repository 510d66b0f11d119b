package translate

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	type tok struct {
		text  string
		kind  tokenKind
		first bool
		brk   bool
	}
	tests := []struct {
		in   string
		want []tok
	}{
		{"Who leads the coalition?", []tok{
			{"Who", capitalisedToken, true, false}, {"leads", wordToken, false, false},
			{"the", wordToken, false, false}, {"coalition", wordToken, false, false},
		}},
		{"How many U.S. soldiers are in Iraq?", []tok{
			{"How", capitalisedToken, true, false}, {"many", wordToken, false, false},
			{"U.S.", acronymToken, false, false}, {"soldiers", wordToken, false, false},
			{"are", wordToken, false, false}, {"in", wordToken, false, false}, {"Iraq", capitalisedToken, false, false},
		}},
		{"Obama's well-known speech, in 2008. Then?", []tok{
			{"Obama", capitalisedToken, true, false}, {"well-known", wordToken, false, false},
			{"speech", wordToken, false, false}, {"in", wordToken, false, true},
			{"2008", numberToken, false, false}, {"Then", capitalisedToken, true, true},
		}},
		{"didn't the 1990s’ NATO (3.5%)", []tok{
			{"didn't", wordToken, true, false}, {"the", wordToken, false, false},
			{"1990s", numberToken, false, false}, {"NATO", acronymToken, false, true},
			{"3.5", numberToken, false, true},
		}},
		{"", nil},
		{"?!", nil},
	}
	for _, tt := range tests {
		var got []tok
		for _, tk := range tokenize(tt.in) {
			got = append(got, tok{tk.text, tk.kind, tk.first, tk.breakBefore})
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) =\n%v\nwant\n%v", tt.in, got, tt.want)
		}
	}
}

func TestLemmaCandidates(t *testing.T) {
	tests := []struct {
		word string
		want string // must be among the candidates
	}{
		{"soldiers", "soldier"},
		{"leads", "lead"},
		{"countries", "country"},
		{"churches", "church"},
		{"taxes", "tax"},
		{"wolves", "wolf"},
		{"knives", "knife"},
		{"conquered", "conquer"},
		{"used", "use"},
		{"stopped", "stop"},
		{"carried", "carry"},
		{"making", "make"},
		{"running", "run"},
		{"leading", "lead"},
		{"largest", "large"},
		{"biggest", "big"},
		{"earliest", "early"},
		{"led", "lead"},
		{"won", "win"},
		{"children", "child"},
	}
	for _, tt := range tests {
		if got := LemmaCandidates(tt.word); !slices.Contains(got, tt.want) {
			t.Errorf("LemmaCandidates(%q) = %q, want it to include %q", tt.word, got, tt.want)
		}
	}
	for _, word := range []string{"is", "bus", "class", "us", "a"} {
		if got := LemmaCandidates(word); len(got) > 0 {
			t.Errorf("LemmaCandidates(%q) = %q, want none", word, got)
		}
	}
}

func TestNumberText(t *testing.T) {
	for in, want := range map[string]string{"1990": "1990", "1990s": "1990", "5th": "5", "3.5": "3.5", "21st": "21", "F16": "F16", "x": "x"} {
		if got := numberText(in); got != want {
			t.Errorf("numberText(%q) = %q, want %q", in, got, want)
		}
	}
}
