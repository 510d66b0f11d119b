package store

import (
	"errors"
	"strings"
	"unsafe"
)

// Reading a value of a result row is a call from Go into SQLite's C code,
// and through database/sql a conversion: at a hundred passages of ten
// columns and a few hundred events of twenty-five, a question spent most of
// its time crossing that border. The queries that read many rows therefore
// have SQLite write all rows into one value: per row, its integers and the
// byte lengths of its texts in decimal, separated by commas and ended by a
// colon, then the texts. An unpacker reads them back. The rows come in no
// particular order.

// packedSelect is a query reading the integer and text columns of the rows
// that from (FROM, WHERE) selects as one value; NULL reads as 0 or "".
func packedSelect(ints, texts []string, from string) string {
	format := strings.TrimSuffix(strings.Repeat("%d,", len(ints)+len(texts)), ",") + ":"
	args := append([]string(nil), ints...)
	for _, t := range texts {
		args = append(args, "octet_length("+t+")")
	}
	row := "printf('" + format + "', " + strings.Join(args, ", ") + ")"
	for _, t := range texts {
		row += " || coalesce(" + t + ", '')"
	}
	return "SELECT group_concat(" + row + ", '') " + from
}

var errPacked = errors.New("malformed packed rows")

// unpacker reads packed rows. The strings it returns share the packed
// value's memory, which must not change.
type unpacker struct {
	b    []byte
	err  error
	nums []int64 // the current row's integers and text lengths
}

func (u *unpacker) more() bool { return u.err == nil && len(u.b) > 0 }

// next reads the next row: its ints integers and texts texts.
func (u *unpacker) next(ints, texts int) ([]int64, []string, bool) {
	u.nums = u.nums[:0]
	i := 0
	for {
		var v int64
		neg := i < len(u.b) && u.b[i] == '-'
		if neg {
			i++
		}
		start := i
		for ; i < len(u.b) && u.b[i] >= '0' && u.b[i] <= '9'; i++ {
			v = v*10 + int64(u.b[i]-'0')
		}
		if i == start || i-start > 18 || i >= len(u.b) {
			u.err = errPacked
			return nil, nil, false
		}
		if neg {
			v = -v
		}
		u.nums = append(u.nums, v)
		c := u.b[i]
		i++
		if c == ':' {
			break
		}
		if c != ',' || len(u.nums) > ints+texts {
			u.err = errPacked
			return nil, nil, false
		}
	}
	if len(u.nums) != ints+texts {
		u.err = errPacked
		return nil, nil, false
	}
	u.b = u.b[i:]
	out := make([]string, texts)
	for k, l := range u.nums[ints:] {
		if l < 0 || l > int64(len(u.b)) {
			u.err = errPacked
			return nil, nil, false
		}
		if l > 0 {
			out[k] = unsafe.String(&u.b[0], int(l))
		}
		u.b = u.b[l:]
	}
	return u.nums[:ints], out, true
}
