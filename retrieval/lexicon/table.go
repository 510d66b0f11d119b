package lexicon

import (
	"encoding/binary"
	"errors"
	"fmt"
	"iter"
	"slices"
	"unsafe"
)

// The lexicon is used as a compiled table (de.lex, embedded as it is): the
// lemmas, and hash tables from each lower-case form to its lemmas and from
// "stem particle" to a separable verb. Read in place, it costs no time to
// load and no heap, where decoding de.tsv.gz into maps took a third of a
// second and 30 MB: most of a restart's time to its first answer, and of
// an index run's memory. internal/mkdata compiles it from de.tsv.gz
// (Compile), and TestEmbeddedTableIsCompiledFromTheTSV keeps the two equal.
//
// Layout, little-endian:
//
//	"QLEX" version:u32
//	nLemmas nSlots nSepSlots:u32, then the byte offsets of the sections:
//	lemmaOffs pos text slots entries sepSlots sepEntries end:u32
//	lemmaOffs  (nLemmas+1)×u32   where each lemma's text starts in text
//	pos        nLemmas×u8
//	text       the lemmas' texts
//	slots      nSlots×u32        0 empty, else tag<<24 | entry offset+1
//	entries    per form: uvarint length, the form, uvarint n, n×uvarint lemma
//	sepSlots   nSepSlots×u32     as slots
//	sepEntries per key: uvarint length, "stem particle", uvarint lemma
//
// A slot's tag is the top byte of the key's hash, so that a probe reads an
// entry only when it is likely the one. The tables are open-addressed with
// linear probing, filled in sorted key order, so that compiling is
// reproducible.

const (
	tableMagic   = "QLEX"
	tableVersion = 1
	headerWords  = 11 // u32 after magic and version: 3 counts, 8 offsets
	offsetBits   = 24
)

// table is a compiled lexicon read in place.
type table struct {
	data                 []byte
	nLemmas              int
	lemmaOffs, pos, text []byte
	slots, entries       []byte
	sepSlots, sepEntries []byte
	slotMask, sepMask    uint32
}

var errTable = errors.New("lexicon table damaged")

// loadTable checks a compiled lexicon's layout and reads it in place.
func loadTable(data []byte) (*table, error) {
	if len(data) < 8+4*headerWords || string(data[:4]) != tableMagic {
		return nil, fmt.Errorf("%w: no header", errTable)
	}
	if v := binary.LittleEndian.Uint32(data[4:]); v != tableVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", errTable, v, tableVersion)
	}
	h := make([]int, headerWords)
	for i := range h {
		h[i] = int(binary.LittleEndian.Uint32(data[8+4*i:]))
	}
	nLemmas, nSlots, nSep := h[0], h[1], h[2]
	offs := h[3:]
	if offs[0] != 8+4*headerWords || offs[len(offs)-1] != len(data) || !slices.IsSorted(offs) {
		return nil, fmt.Errorf("%w: sections out of order", errTable)
	}
	sec := func(i int) []byte { return data[offs[i]:offs[i+1]] }
	t := &table{data: data, nLemmas: nLemmas, lemmaOffs: sec(0), pos: sec(1), text: sec(2), slots: sec(3), entries: sec(4), sepSlots: sec(5), sepEntries: sec(6)}
	pow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	if len(t.lemmaOffs) != 4*(nLemmas+1) || len(t.pos) != nLemmas || !pow2(nSlots) || len(t.slots) != 4*nSlots ||
		!pow2(nSep) || len(t.sepSlots) != 4*nSep || len(t.entries) >= 1<<offsetBits || len(t.sepEntries) >= 1<<offsetBits {
		return nil, fmt.Errorf("%w: section sizes", errTable)
	}
	prev := uint32(0)
	for i := 0; i <= nLemmas; i++ {
		off := binary.LittleEndian.Uint32(t.lemmaOffs[4*i:])
		if off < prev || int(off) > len(t.text) {
			return nil, fmt.Errorf("%w: lemma %d", errTable, i)
		}
		prev = off
	}
	t.slotMask, t.sepMask = uint32(nSlots-1), uint32(nSep-1)
	return t, nil
}

// lemma returns lemma i's text, read in place, and part of speech.
func (t *table) lemma(i uint32) (string, POS) {
	lo := binary.LittleEndian.Uint32(t.lemmaOffs[4*i:])
	hi := binary.LittleEndian.Uint32(t.lemmaOffs[4*i+4:])
	if lo == hi {
		return "", POS(t.pos[i])
	}
	return unsafe.String(&t.text[lo], int(hi-lo)), POS(t.pos[i])
}

// hash is 64-bit FNV-1a.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// find returns the entry of key in an open-addressed table, just past the
// key, or nil.
func find(slots, entries []byte, mask uint32, key string) []byte {
	h := hash(key)
	tag := uint32(h>>56) << offsetBits
	i := uint32(h) & mask
	for range mask + 1 { // a table without an empty slot is damaged
		v := binary.LittleEndian.Uint32(slots[4*i:])
		if v == 0 {
			return nil
		}
		if v&^(1<<offsetBits-1) != tag {
			i = (i + 1) & mask
			continue
		}
		off := int(v&(1<<offsetBits-1)) - 1
		if off < 0 || off >= len(entries) {
			return nil // damaged: not found
		}
		e := entries[off:]
		n, k := binary.Uvarint(e)
		if k <= 0 || uint64(len(e)-k) < n {
			return nil // damaged: not found
		}
		if string(e[k:k+int(n)]) == key {
			return e[k+int(n):]
		}
		i = (i + 1) & mask
	}
	return nil
}

// lemmasOf yields the indexes of a lower-case form's lemmas, in the order
// the lexicon lists them.
func (t *table) lemmasOf(form string) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		e := find(t.slots, t.entries, t.slotMask, form)
		if e == nil {
			return
		}
		n, k := binary.Uvarint(e)
		e = e[max(k, 0):]
		for range n {
			i, k := binary.Uvarint(e)
			if k <= 0 || i >= uint64(t.nLemmas) {
				return
			}
			e = e[k:]
			if !yield(uint32(i)) {
				return
			}
		}
	}
}

// separable returns the lemma of the separable verb "stem particle" (lower
// case) stands for.
func (t *table) separable(key string) (uint32, bool) {
	e := find(t.sepSlots, t.sepEntries, t.sepMask, key)
	if e == nil {
		return 0, false
	}
	i, k := binary.Uvarint(e)
	if k <= 0 || i >= uint64(t.nLemmas) {
		return 0, false
	}
	return uint32(i), true
}

// compile writes the table of a lexicon built from its text form: lemmas
// in order, forms with their lemmas in the order added, separable keys.
func compile(lemmas []lemma, forms map[string][]uint32, separable map[string]uint32) []byte {
	var text, lemmaOffs, pos []byte
	for _, l := range lemmas {
		lemmaOffs = binary.LittleEndian.AppendUint32(lemmaOffs, uint32(len(text)))
		text = append(text, l.text...)
		pos = append(pos, byte(l.pos))
	}
	lemmaOffs = binary.LittleEndian.AppendUint32(lemmaOffs, uint32(len(text)))

	hashTable := func(keys []string, value func(string) []uint32, counted bool) (slots, entries []byte) {
		n := 1
		for n < len(keys)*4/3+1 {
			n *= 2
		}
		slot := make([]uint32, n)
		slices.Sort(keys)
		for _, key := range keys {
			off := len(entries)
			entries = binary.AppendUvarint(entries, uint64(len(key)))
			entries = append(entries, key...)
			vals := value(key)
			if counted {
				entries = binary.AppendUvarint(entries, uint64(len(vals)))
			}
			for _, v := range vals {
				entries = binary.AppendUvarint(entries, uint64(v))
			}
			h := hash(key)
			i := uint32(h) & uint32(n-1)
			for slot[i] != 0 {
				i = (i + 1) & uint32(n-1)
			}
			slot[i] = uint32(h>>56)<<offsetBits | uint32(off+1)
		}
		slots = make([]byte, 0, 4*n)
		for _, v := range slot {
			slots = binary.LittleEndian.AppendUint32(slots, v)
		}
		return slots, entries
	}
	formKeys := make([]string, 0, len(forms))
	for k := range forms {
		formKeys = append(formKeys, k)
	}
	slots, entries := hashTable(formKeys, func(k string) []uint32 { return forms[k] }, true)
	sepKeys := make([]string, 0, len(separable))
	for k := range separable {
		sepKeys = append(sepKeys, k)
	}
	sepSlots, sepEntries := hashTable(sepKeys, func(k string) []uint32 { return []uint32{separable[k]} }, false)

	sections := [][]byte{lemmaOffs, pos, text, slots, entries, sepSlots, sepEntries}
	out := []byte(tableMagic)
	out = binary.LittleEndian.AppendUint32(out, tableVersion)
	for _, n := range []int{len(lemmas), len(slots) / 4, len(sepSlots) / 4} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	off := 8 + 4*headerWords
	for _, s := range sections {
		out = binary.LittleEndian.AppendUint32(out, uint32(off))
		off += len(s)
	}
	out = binary.LittleEndian.AppendUint32(out, uint32(off))
	for _, s := range sections {
		out = append(out, s...)
	}
	return out
}
