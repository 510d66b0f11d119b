package bot

import (
	"context"
	"errors"
	"math"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// answerTimeout bounds the work on one question.
const answerTimeout = 30 * time.Second

// handleAsk answers /ask.
func (b *Bot) handleAsk(i *discordgo.InteractionCreate) {
	began := time.Now()
	var question string
	private := false
	for _, o := range i.ApplicationCommandData().Options {
		switch o.Name {
		case "question":
			question = o.StringValue()
		case "private":
			private = o.BoolValue()
		}
	}
	framing := interactionLanguage(i)
	if ok, wait := b.limiter.allow(user(i).ID); !ok {
		b.metrics.questions.WithLabelValues("slash", "rate_limited").Inc()
		b.respondPrivately(i, b.rateLimited(framing, wait))
		return
	}

	// Alone, a question is answered in one response, well inside Discord's
	// three seconds. When other answers are being worked out, the CPU is
	// shared: acknowledge first (deferred), then answer and edit, so the
	// promise never depends on the load.
	lang := localeLanguage(i.Locale)
	q := retrieval.Question{Text: question, Language: lang}
	var result <-chan answerResult
	select {
	case b.slots <- struct{}{}:
		if len(b.slots) == 1 {
			result = b.answerWithSlot(q)
		} else {
			<-b.slots
		}
	default:
	}
	deferred := result == nil
	if deferred {
		if err := b.deferNow(i, private); err != nil {
			return
		}
		result = b.answerAsync(q)
	}
	answered := make(chan *retrieval.Answer, 1) // nil when the question failed
	replies := make(chan reply, 1)
	go func() {
		r := <-result
		answered <- r.answer
		if r.err != nil {
			b.log.Error("answer failed", "interaction", i.ID, "err", r.err)
			replies <- privateReply(b.questionError(framing, r.err))
			return
		}
		if !private {
			// Kept beside the response, not before it: a reply to the
			// answer comes seconds later, and the response waits for no write.
			b.inFlight.begin()
			go func() {
				defer b.inFlight.end()
				b.remember(i.ID, i.ChannelID, question)
			}()
		}
		replies <- b.answerReply(r.answer, b.interactionPermissions(i))
	}()
	b.deliver(i, delivery{ephemeral: private, deferred: deferred}, replies)
	ans := <-answered
	if ans == nil {
		b.metrics.questions.WithLabelValues("slash", "failed").Inc()
		return
	}
	b.observe("slash", ans, began, i.GuildID)
}

// interactionPermissions is what the bot may do where an interaction came
// from, as Discord says in app_permissions; everything in DMs.
func (b *Bot) interactionPermissions(i *discordgo.InteractionCreate) int64 {
	if i.GuildID == "" || i.AppPermissions == 0 {
		return discordgo.PermissionAll
	}
	return i.AppPermissions
}

func (b *Bot) rateLimited(lang string, wait time.Duration) string {
	return b.text(lang, "discord_rate_limited", map[string]int{"Limit": b.cfg.RatePerMinute, "Wait": int(math.Ceil(wait.Seconds()))})
}

type answerResult struct {
	answer *retrieval.Answer
	err    error
}

// errBusy is returned when every worker is taken and the queue is long.
var errBusy = errors.New("too many questions at once")

// answerAsync answers on the bounded worker pool. The result channel
// always receives exactly one result.
func (b *Bot) answerAsync(q retrieval.Question) <-chan answerResult {
	out := make(chan answerResult, 1)
	b.inFlight.begin()
	go func() {
		defer b.inFlight.end()
		if !b.takeSlot() {
			out <- answerResult{err: errBusy}
			return
		}
		b.answer(q, out)
	}()
	return out
}

// slotWait bounds the wait for a worker: a question that would wait longer
// gets a clear "busy" instead.
const slotWait = 10 * time.Second

// takeSlot waits for a worker slot; false means none came free in time.
func (b *Bot) takeSlot() bool {
	wait := time.NewTimer(slotWait)
	defer wait.Stop()
	select {
	case b.slots <- struct{}{}:
		return true
	case <-wait.C:
		return false
	case <-b.work.Done():
		return false
	}
}

// answerWithSlot answers on a worker slot the caller already holds.
func (b *Bot) answerWithSlot(q retrieval.Question) <-chan answerResult {
	out := make(chan answerResult, 1)
	b.inFlight.begin()
	go func() {
		defer b.inFlight.end()
		b.answer(q, out)
	}()
	return out
}

// answer runs one question on a held worker slot and releases it.
func (b *Bot) answer(q retrieval.Question, out chan<- answerResult) {
	defer func() { <-b.slots }()
	ctx, cancel := context.WithTimeout(b.work, answerTimeout)
	defer cancel()
	ans, err := b.answerer.Ask(ctx, q)
	out <- answerResult{ans, err}
}

// observe counts an answer and notes a declined question for /feedback.
func (b *Bot) observe(via string, ans *retrieval.Answer, began time.Time, guildID string) {
	outcome := "answered"
	if !ans.Answered {
		outcome = "abstained"
		b.metrics.abstentions.Inc()
	}
	b.metrics.questions.WithLabelValues(via, outcome).Inc()
	b.metrics.latency.WithLabelValues(via).Observe(time.Since(began).Seconds())
	if !ans.Answered {
		ctx, cancel := context.WithTimeout(b.work, storeTimeout)
		defer cancel()
		err := b.memory.RecordDeclined(ctx, store.DeclinedQuestion{Question: ans.Question, GuildID: guildID, IndexVersion: ans.IndexVersion, Last: time.Now()})
		if err != nil {
			b.log.Error("record declined question", "err", err)
		}
	}
}

// storeTimeout bounds a write of the bot's memory.
const storeTimeout = 5 * time.Second

// remember keeps the question an answer answered, under the answer's
// message id or the id of the interaction it responded to, for follow-ups.
func (b *Bot) remember(key, channelID, question string) {
	ctx, cancel := context.WithTimeout(b.work, storeTimeout)
	defer cancel()
	if err := b.memory.RememberQuestion(ctx, store.AskedQuestion{Key: key, ChannelID: channelID, Question: question, At: time.Now()}); err != nil {
		b.log.Error("remember question", "err", err)
	}
}

// questionError is what the asker reads when a question fails.
func (b *Bot) questionError(lang string, err error) string {
	switch {
	case errors.Is(err, retrieval.ErrEmptyQuestion), errors.Is(err, retrieval.ErrQuestionTooLong):
		return b.text(lang, "discord_bad_question", err.Error())
	case errors.Is(err, errBusy):
		return b.text(lang, "discord_busy", nil)
	}
	return b.text(lang, "discord_error", nil)
}
