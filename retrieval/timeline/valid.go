package timeline

import (
	"log/slog"

	"github.com/quellen/quellen/store"
)

// keepInQuote is Extract's last step. It holds each event to what the index
// stores of it: the quote lies within the source's text, and what the event
// rests on (its anchor: the date expression or the figure) within its
// quote. An anchor that leaves the quote means the tagger read across a
// sentence end ("für die Jahre 2001-02. Januar 1942"), so the quote does
// not state what the event says: such an event is dropped, with a debug
// line, and the others are numbered anew.
func keepInQuote(src store.Source, events []store.Event, log *slog.Logger) []store.Event {
	out := events[:0]
	for _, e := range events {
		switch {
		case e.Start < 0 || e.End > len(src.Text) || e.Start >= e.End:
			logDropped(log, src, e, "its quote lies outside the text")
			continue
		case e.AnchorStart < e.Start || e.AnchorEnd > e.End || e.AnchorStart > e.AnchorEnd:
			logDropped(log, src, e, "its anchor lies outside its quote")
			continue
		}
		e.Ord = len(out)
		out = append(out, e)
	}
	return out
}

func logDropped(log *slog.Logger, src store.Source, e store.Event, why string) {
	if log == nil {
		return
	}
	log.Debug("event dropped: "+why, "source", src.ID, "quote_start", e.Start, "quote_end", e.End,
		"anchor_start", e.AnchorStart, "anchor_end", e.AnchorEnd, "date_text", e.DateText, "kind", e.Kind)
}
