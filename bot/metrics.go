package bot

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the bot's Prometheus metrics, in a registry of their own.
type Metrics struct {
	registry    *prometheus.Registry
	questions   *prometheus.CounterVec
	abstentions prometheus.Counter
	latency     *prometheus.HistogramVec
	reindex     prometheus.Histogram
	reconnects  prometheus.Counter
}

// NewMetrics registers the bot's metrics and the Go runtime's.
func NewMetrics() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quellen_questions_total", Help: "Questions received, by where they came from and how they ended.",
		}, []string{"via", "outcome"}),
		abstentions: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quellen_abstentions_total", Help: "Questions the sources did not answer.",
		}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "quellen_answer_seconds", Help: "Time from receiving a question to the message carrying its answer.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"via"}),
		reindex: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name: "quellen_reindex_seconds", Help: "Duration of reindex runs.",
			Buckets: prometheus.ExponentialBuckets(0.01, 4, 8),
		}),
		reconnects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "quellen_gateway_reconnects_total", Help: "Gateway reconnects and resumes.",
		}),
	}
	m.registry.MustRegister(m.questions, m.abstentions, m.latency, m.reindex, m.reconnects,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves /healthz and Prometheus /metrics. healthy says whether the
// bot is connected to Discord.
func (m *Metrics) Handler(healthy func() bool) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		if !healthy() {
			http.Error(w, "not connected to Discord", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})
	return mux
}

// Serve serves Handler on addr until ctx is done.
func (m *Metrics) Serve(ctx context.Context, addr string, healthy func() bool) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: m.Handler(healthy), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdownCtx)
	}()
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
