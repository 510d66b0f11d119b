package main

import (
	"slices"
	"testing"
)

func TestNounsOfVerb(t *testing.T) {
	for _, c := range []struct {
		verb string
		want []string
	}{
		{"verhandeln", []string{"Verhandlung"}},
		{"ändern", []string{"Änderung"}},
		{"schließen", []string{"Schließung"}},
		{"beginnen", []string{"Beginn"}},
		{"kapitulieren", []string{"Kapitulation", "Kapitulierung"}},
		{"einmarschieren", []string{"Einmarsch"}},
	} {
		got := nounsOfVerb(c.verb)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("nounsOfVerb(%q) = %v, want %q among them", c.verb, got, w)
			}
		}
	}
	if got := nounsOfVerb("tun"); len(got) != 0 {
		t.Errorf("nounsOfVerb(tun) = %v, want none: the stem is too short", got)
	}
}

// Two German words are kin when they share more than a prefix both have.
func TestSharedStem(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"abzug", "abziehen", 3},
		{"angriff", "angreifen", 4},
		{"einschnitt", "einziehen", 0}, // "ein" alone
		{"besetzung", "besetzen", 6},
		{"tod", "sterben", 0},
	} {
		if got := sharedStem(c.a, c.b); got != c.want {
			t.Errorf("sharedStem(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if !hasPrefix("abziehen") || hasPrefix("sterben") || hasPrefix("abtun") {
		t.Error("hasPrefix: want abziehen yes, sterben no, abtun (too short a rest) no")
	}
	for _, n := range []string{"Wähler", "Angreiferin", "Gründer"} {
		if !agentNoun(n) {
			t.Errorf("agentNoun(%q) = false", n)
		}
	}
	if agentNoun("Abzug") || agentNoun("Gründung") {
		t.Error("agentNoun: Abzug and Gründung name what happens")
	}
}
