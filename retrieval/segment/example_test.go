package segment_test

import (
	"fmt"

	"github.com/quellen/quellen/retrieval/segment"
)

func ExampleSplit() {
	text := "Kampf gegen den IS\r\n\r\n12.06.2020, 04:15 Uhr | AFP, dpa\r\n" +
		"Die USA griffen am 3. Januar an, z. B. in Bagdad. Das Parlament forderte den Abzug.\r\n" +
		"Foto: dpa\r\n"
	for _, s := range segment.Split(text) {
		fmt.Printf("%d %-8s %3d-%-3d %s\n", s.Block, s.Kind, s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 0 heading    0-18  Kampf gegen den IS
	// 1 dateline  22-54  12.06.2020, 04:15 Uhr | AFP, dpa
	// 2 sentence  56-105 Die USA griffen am 3. Januar an, z. B. in Bagdad.
	// 2 sentence 106-139 Das Parlament forderte den Abzug.
	// 3 credit   141-150 Foto: dpa
}
