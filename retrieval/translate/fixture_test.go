package translate

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureArticle is one article of a test dictionary, filed under the given
// index headwords (dictd files an article under its headword and under each
// abbreviation).
type fixtureArticle struct {
	keys []string
	text string
}

// fixtureArticles imitate FreeDict's dictd text: headword line, translation
// line, indented examples and references. They are written for these tests.
var fixtureArticles = []fixtureArticle{
	{[]string{"00databaseshort"}, "00-database-short\n     Test English-German\n"},
	{[]string{"prime minister"}, "prime minister /pɹˈaɪm mˈɪnɪstə/\nMinisterpräsident <masc> [pol.]\n see: {prime ministers}\n"},
	{[]string{"prime minister", "pm"}, "Prime Minister /pɹˈaɪm mˈɪnɪstə/ (PM /pˌiːˈɛm/)\nPremierminister <masc>, Premierministerin <fem> [pol.]\n"},
	{[]string{"prime"}, "prime /pɹˈaɪm/ <adj>\nerstklassig, Haupt… <adj>\n"},
	{[]string{"minister"}, "minister /mˈɪnɪstə/\nMinister <masc>, Ministerin <fem> [pol.]\n      \"minister without portfolio\"  - Minister ohne Geschäftsbereich\n see: {ministers}, {federal minister}\n"},
	{[]string{"minister"}, "minister /mˈɪnɪstə/\nGeistlicher <masc>, Pfarrer <masc> [relig.]\n"},
	{[]string{"lead"}, "lead /lˈiːd/\nFührung <fem>, Führungsrolle <fem>\n      \"take the lead\"  - die Führung übernehmen\n      \"hold the lead\"  - die Führung innehaben\n   Synonym: {leading role}\n"},
	{[]string{"lead"}, "lead /lˈiːd/\nBlei <neut> [chem.] Pb,  /pˌiːbˈiː/\n"},
	{[]string{"leads"}, "leads /lˈiːdz/\nLeinen <pl>\n"},
	{[]string{"coalition"}, "coalition /kˌəʊəlˈɪʃən/\nKoalition <fem> [pol.]\n see: {coalitions}, {grand coalition}\n"},
	{[]string{"soldier"}, "soldier /sˈəʊldʒə/\nSoldat <masc>, Kriegsknecht <masc> [obs.]  [mil.]\n see: {soldiers}\n"},
	{[]string{"iraq"}, "Iraq /ɪɹˈak/\nIrak <masc> [geogr.] IQ,  /ˈɪk/\n"},
	{[]string{"bush"}, "bush /bˈʊʃ/\nBusch <masc>, Strauch <masc> [bot.]\n"},
	{[]string{"bill of exchange", "be"}, "bill of exchange /bˈɪl ɒv ɛkstʃˈeɪndʒ/ (b.e. /bˈiː ˈiː/, )\nWechsel <masc> [fin.]\n"},
	{[]string{"conquer sth"}, "conquer sth. /kˈɒŋkə/ <v>\netw. erobern <v, trans>\n"},
	{[]string{"war"}, "war /wˈɔː/\nKrieg <masc> [mil.]\n"},
	{[]string{"deal with sth"}, "deal with sth. /dˈiːl wɪð/ <v>\netw. behandeln <v, trans>\n"},
	{[]string{"deal"}, "deal /dˈiːl/\nGeschäft <neut>, Handel <masc>\n"},
	{[]string{"actually"}, "actually /ˈaktʃuːəli/\neigentlicheigtl.,  /ˈaɪɡ/ , tatsächlich <adv>\n"},
}

// encodeNumber writes n in dictd's base-64 number notation.
func encodeNumber(n int64) string {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	s := string(digits[n%64])
	for n /= 64; n > 0; n /= 64 {
		s = string(digits[n%64]) + s
	}
	return s
}

// writeFixture writes articles as a dictd dictionary into a new directory
// and returns the directory. With chunkLen > 0 the data file is dictzip with
// chunks of that many bytes, otherwise plain gzip.
func writeFixture(t testing.TB, articles []fixtureArticle, chunkLen int) string {
	t.Helper()
	var data bytes.Buffer
	var index strings.Builder
	for _, a := range articles {
		offset := int64(data.Len())
		data.WriteString(a.text)
		for _, key := range a.keys {
			fmt.Fprintf(&index, "%s\t%s\t%s\n", key, encodeNumber(offset), encodeNumber(int64(len(a.text))))
		}
	}
	var compressed []byte
	if chunkLen > 0 {
		compressed = dictzip(t, data.Bytes(), chunkLen)
	} else {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(data.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		compressed = buf.Bytes()
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, IndexFile), []byte(index.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, DictFile), compressed, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// dictzip compresses data the way dictzip does: a gzip member whose FEXTRA
// field holds an "RA" chunk table, each chunk deflated independently so
// that it can be inflated on its own.
func dictzip(t testing.TB, data []byte, chunkLen int) []byte {
	t.Helper()
	var chunks [][]byte
	for start := 0; start < len(data) || start == 0; start += chunkLen {
		end := min(start+chunkLen, len(data))
		var buf bytes.Buffer
		fw, err := flate.NewWriter(&buf, flate.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(data[start:end])
		if end == len(data) {
			err = fw.Close()
		} else {
			err = fw.Flush()
		}
		if err != nil {
			t.Fatal(err)
		}
		chunks = append(chunks, buf.Bytes())
		if end == len(data) {
			break
		}
	}
	ra := binary.LittleEndian.AppendUint16(nil, 1)
	ra = binary.LittleEndian.AppendUint16(ra, uint16(chunkLen))
	ra = binary.LittleEndian.AppendUint16(ra, uint16(len(chunks)))
	for _, c := range chunks {
		ra = binary.LittleEndian.AppendUint16(ra, uint16(len(c)))
	}
	extra := append([]byte{'R', 'A'}, binary.LittleEndian.AppendUint16(nil, uint16(len(ra)))...)
	extra = append(extra, ra...)

	out := []byte{0x1f, 0x8b, 8, gzipFlagExtra | gzipFlagName, 0, 0, 0, 0, 2, 3}
	out = binary.LittleEndian.AppendUint16(out, uint16(len(extra)))
	out = append(out, extra...)
	out = append(out, "fixture.dict\x00"...)
	for _, c := range chunks {
		out = append(out, c...)
	}
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(data))
	return binary.LittleEndian.AppendUint32(out, uint32(len(data)))
}

// fixtureDictionary opens the fixture articles as a dictzip dictionary with
// chunks small enough that articles straddle chunk boundaries.
func fixtureDictionary(t testing.TB) *Dictionary {
	t.Helper()
	d, err := OpenDir(writeFixture(t, fixtureArticles, 64))
	if err != nil {
		t.Fatal(err)
	}
	return d
}
