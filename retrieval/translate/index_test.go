package translate

import (
	"strings"
	"testing"
)

func TestDecodeNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    int64
		wantErr bool
	}{
		{"A", 0, false},
		{"B", 1, false},
		{"a", 26, false},
		{"0", 52, false},
		{"+", 62, false},
		{"/", 63, false},
		{"BA", 64, false},
		{"//", 64*63 + 63, false},
		{"BAA", 4096, false},
		{"FVrr", 5*64*64*64 + 21*64*64 + 43*64 + 43, false},
		// Standard base64 would decode "AQ==" as the byte 0x01; dictd has no padding.
		{"AQ==", 0, true},
		{"", 0, true},
		{"A-B", 0, true},
		{"ABCDEFGHIJK", 0, true}, // more than ten digits
	}
	for _, tt := range tests {
		got, err := decodeNumber(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("decodeNumber(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestDecodeNumberRoundTrip(t *testing.T) {
	for _, n := range []int64{0, 1, 63, 64, 65, 4095, 4096, 79560845, 1<<60 - 1} {
		s := encodeNumber(n)
		if got, err := decodeNumber(s); err != nil || got != n {
			t.Errorf("decodeNumber(encodeNumber(%d) = %q) = %d, %v", n, s, got, err)
		}
	}
}

func TestParseIndexLine(t *testing.T) {
	tests := []struct {
		line    string
		want    indexLine
		wantErr string
	}{
		{"prime minister\tBp0zN\tBi", indexLine{"prime minister", 1*64*64*64*64 + 41*64*64*64 + 52*64*64 + 51*64 + 13, 64 + 34}, ""},
		{" and a half\tDVWrU\tBM", indexLine{" and a half", 3*64*64*64*64 + 21*64*64*64 + 22*64*64 + 43*64 + 20, 64 + 12}, ""},
		{"\tA\tB", indexLine{"", 0, 1}, ""},
		{"word", indexLine{}, "no tab after headword"},
		{"word\tA", indexLine{}, "no tab after offset"},
		{"word\t!\tB", indexLine{}, "offset"},
		{"word\tA\t", indexLine{}, "length"},
	}
	for _, tt := range tests {
		got, err := parseIndexLine(tt.line)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("parseIndexLine(%q) error = %v, want one about %q", tt.line, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("parseIndexLine(%q) = %+v, %v; want %+v", tt.line, got, err, tt.want)
		}
	}
}

func FuzzParseIndexLine(f *testing.F) {
	for _, seed := range []string{"prime minister\tBp0zN\tBi", "a\tA\tA", "\t\t", "x\t//////////\t/", "x\tAQ==\tB"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, line string) {
		l, err := parseIndexLine(line)
		if err != nil {
			return
		}
		if l.offset < 0 || l.length < 0 || l.offset >= 1<<60 || l.length >= 1<<60 {
			t.Errorf("parseIndexLine(%q) = %+v: out of range", line, l)
		}
		if !strings.HasPrefix(line, l.headword+"\t") {
			t.Errorf("parseIndexLine(%q) headword %q is not the line's first field", line, l.headword)
		}
		back := l.headword + "\t" + encodeNumber(l.offset) + "\t" + encodeNumber(l.length)
		if again, err := parseIndexLine(back); err != nil || again != l {
			t.Errorf("parseIndexLine(%q) = %+v, but its re-encoding %q parses as %+v, %v", line, l, back, again, err)
		}
	})
}

func FuzzParseIndex(f *testing.F) {
	f.Add([]byte("a\tA\tB\nb\tB\tB\r\na\tC\tB\n\n00databaseshort\tA\tA\n"))
	f.Fuzz(func(t *testing.T, text []byte) {
		entries, end, err := parseIndex(text)
		if err != nil {
			return
		}
		for key, spans := range entries {
			if key == "" || key != normaliseKey(key) {
				t.Errorf("key %q is not normalised", key)
			}
			for _, s := range spans {
				if int64(s.offset)+int64(s.length) > end {
					t.Errorf("span %+v of %q beyond the reported end %d", s, key, end)
				}
			}
		}
	})
}
