package translate

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func TestDecompressDict(t *testing.T) {
	data := []byte(strings.Repeat("Koalition <fem> [pol.]\nMinisterpräsident <masc>\n", 50))
	var plain bytes.Buffer
	zw := gzip.NewWriter(&plain)
	zw.Write(data)
	zw.Close()

	tests := []struct {
		name string
		file []byte
	}{
		{"plain gzip", plain.Bytes()},
		{"dictzip, one chunk", dictzip(t, data, 4096)},
		{"dictzip, many chunks", dictzip(t, data, 100)},
		{"dictzip, chunk size divides data", dictzip(t, data, len(data)/10)},
		{"dictzip, empty", dictzip(t, nil, 100)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decompressDict(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			want := data
			if tt.name == "dictzip, empty" {
				want = nil
			}
			if !bytes.Equal(got, want) {
				t.Errorf("decompressDict returned %d bytes, want the %d written", len(got), len(want))
			}
		})
	}
}

// A dictzip file must stay a valid gzip file for tools without dictzip
// support; the test's writer is checked here so the other tests can trust it.
func TestDictzipIsGzip(t *testing.T) {
	data := []byte(strings.Repeat("lead /lˈiːd/\nFührung <fem>\n", 40))
	zr, err := gzip.NewReader(bytes.NewReader(dictzip(t, data, 77)))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("gzip reading of dictzip data: %d bytes, %v", len(got), err)
	}
}

func TestDecompressDictErrors(t *testing.T) {
	data := []byte(strings.Repeat("Soldat <masc>\n", 100))
	good := dictzip(t, data, 128)
	corrupt := func(change func(b []byte) []byte) []byte {
		return change(bytes.Clone(good))
	}
	tests := []struct {
		name string
		file []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("00-database-short\nnot compressed at all\n")},
		{"truncated header", good[:12]},
		{"truncated data", good[:len(good)-20]},
		{"wrong checksum", corrupt(func(b []byte) []byte { b[len(b)-8] ^= 0xff; return b })},
		{"wrong size", corrupt(func(b []byte) []byte { b[len(b)-4] ^= 0x40; return b })},
		{"wrong method", corrupt(func(b []byte) []byte { b[2] = 7; return b })},
		{"wrong version", corrupt(func(b []byte) []byte { b[16] = 2; return b })},
	}
	for _, tt := range tests {
		if _, err := decompressDict(tt.file); err == nil {
			t.Errorf("%s: decompressDict succeeded, want an error", tt.name)
		}
	}
}

func FuzzDecompressDict(f *testing.F) {
	f.Add(dictzip(f, []byte("lead /lˈiːd/\nFührung <fem>\nBlei <neut>\n"), 16))
	var plain bytes.Buffer
	zw := gzip.NewWriter(&plain)
	zw.Write([]byte("coalition\nKoalition\n"))
	zw.Close()
	f.Add(plain.Bytes())
	f.Fuzz(func(t *testing.T, file []byte) {
		// Only that it returns rather than panics or runs away.
		decompressDict(file)
	})
}
