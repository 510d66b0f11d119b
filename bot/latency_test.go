package bot

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/quellen/quellen/internal/fakediscord"
)

// BenchmarkInteractionLatency measures, against the fake Discord, the time
// from dispatching INTERACTION_CREATE to the bot's callback (and to the final
// message, which is the same call when the answer is ready in time), with 1
// and with 50 interactions in flight. Reported as median and 99th percentile.
func BenchmarkInteractionLatency(b *testing.B) {
	for _, inFlight := range []int{1, 50} {
		b.Run(map[int]string{1: "inflight=1", 50: "inflight=50"}[inFlight], func(b *testing.B) {
			h := startBotTB(b, harnessOptions{cfg: Config{RatePerMinute: 1_000_000}})
			questions := []string{"Wie viele US-Soldaten sind im Irak?", "Wer ist Daniel Shapiro?", "Welche Rolle spielt China?", "Wann endet die Mission?"}
			var mu sync.Mutex
			var callback, final []time.Duration
			ctx := context.Background()
			b.ResetTimer()
			for b.Loop() {
				var wg sync.WaitGroup
				for i := range inFlight {
					wg.Add(1)
					go func() {
						defer wg.Done()
						in, err := h.fake.SendSlashCommand(ctx, fakediscord.SlashCommand{Name: "ask",
							Options: []fakediscord.CommandOption{{Name: "question", Value: questions[i%len(questions)]}}})
						if err != nil {
							b.Error(err)
							return
						}
						// The clock starts when the event has been written to the gateway.
						began := time.Now()
						wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
						defer cancel()
						c, err := h.fake.WaitFor(wctx, in.Callback())
						if err != nil {
							b.Error(err)
							return
						}
						cb := time.Since(began)
						fin := cb
						if c.Status < 300 && isDeferred(c) {
							if _, err := h.fake.WaitFor(wctx, in.EditOriginal()); err != nil {
								b.Error(err)
								return
							}
							fin = time.Since(began)
						}
						mu.Lock()
						callback = append(callback, cb)
						final = append(final, fin)
						mu.Unlock()
					}()
				}
				wg.Wait()
			}
			b.StopTimer()
			report := func(name string, d []time.Duration) {
				slices.Sort(d)
				b.ReportMetric(float64(d[len(d)/2].Microseconds())/1000, name+"-p50-ms")
				b.ReportMetric(float64(d[(len(d)-1)*99/100].Microseconds())/1000, name+"-p99-ms")
			}
			report("callback", callback)
			report("final", final)
		})
	}
}

func isDeferred(c fakediscord.Call) bool {
	var body struct {
		Type int `json:"type"`
	}
	c.Decode(&body)
	return body.Type == 5
}
