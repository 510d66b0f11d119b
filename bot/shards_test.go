package bot

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quellen/quellen/corpus"
	"github.com/quellen/quellen/internal/fakediscord"
	"github.com/quellen/quellen/retrieval"
	"github.com/quellen/quellen/store"
)

// Two shards, each a bot with its own store opened on one data directory,
// answer the guilds Discord routes to them; only shard 0 registers the
// commands and receives DMs; votes from both land in the one database.
func TestTwoShardsAnswerTheirOwnGuildsFromOneDataDirectory(t *testing.T) {
	f := fakediscord.New(t)
	zero, one := f.AddGuild("shard zero", 0, 2), f.AddGuild("shard one", 1, 2)
	path := filepath.Join(t.TempDir(), "quellen.db")
	sources, failed := retrieval.LoadSources(corpus.Default(), "default")
	if len(failed) > 0 {
		t.Fatal(failed)
	}
	eng0, st0, _ := collectionEngine(t, path, sources)
	st1, err := store.Open(context.Background(), path) // the second process opens the built index
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st1.Close() })
	eng1, err := retrieval.New(st1, retrieval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	wrap0, asked0 := recorder()
	wrap1, asked1 := recorder()
	cfg := func(shard int) Config { return Config{ShardID: shard, ShardCount: 2, HomeGuildID: zero.ID} }
	launch(t, f, cfg(0), wrap0(eng0), st0, nil, nil)
	launch(t, f, cfg(1), wrap1(eng1), st1, nil, nil)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if _, err := f.WaitGateway(ctx, func(s fakediscord.GatewayStats) bool { return s.Shards[0] && s.Shards[1] }); err != nil {
		t.Fatal(err)
	}
	if _, err := f.WaitFor(ctx, fakediscord.Route("PUT", "/api/v9/applications/"+f.AppID+"/guilds/"+zero.ID+"/commands")); err != nil {
		t.Fatal(err)
	}
	h := &harness{fake: f, store: st0}
	for _, g := range []fakediscord.Guild{zero, one} {
		in := h.ask(t, "Wie viele US-Soldaten sind im Irak?", fakediscord.Origin{ChannelID: g.ChannelID})
		answer := h.original(t, in)
		if len(answer.Embeds) < 10 {
			t.Fatalf("guild %s: no answer", g.ID)
		}
		h.wait(t, h.press(t, answer.ID, votePrefix+"1", fakediscord.Origin{ChannelID: g.ChannelID}).Callback())
	}
	dm := h.send(t, fakediscord.ChatMessage{DM: true, Content: "Wer ist Daniel Shapiro?"})
	h.post(t, dm.ChannelID, 1)
	if a0, a1 := asked0(), asked1(); len(a0) != 2 || len(a1) != 1 {
		t.Errorf("shard 0 answered %d questions, shard 1 %d; want its guild and the DM, and its guild", len(a0), len(a1))
	}
	if n := len(callsTo(f, "PUT", "/api/v9/applications/"+f.AppID+"/commands")); n != 1 {
		t.Errorf("global commands registered %d times, want once (by shard 0)", n)
	}
	votes, err := st1.Votes(ctx)
	if err != nil || len(votes) != 2 {
		t.Errorf("votes in the shared database = %+v, %v; want both shards'", votes, err)
	}
}

func callsTo(f *fakediscord.Fake, method, path string) []fakediscord.Call {
	var out []fakediscord.Call
	for _, c := range f.Calls() {
		if c.Method == method && c.Path == path {
			out = append(out, c)
		}
	}
	return out
}

// QUELLEN_SHARD_COUNT=auto takes Discord's recommendation from GET
// /gateway/bot.
func TestAutoShardCountAsksDiscord(t *testing.T) {
	f := fakediscord.New(t, fakediscord.WithRecommendedShards(3))
	eng, st, _ := corpusEngine(t)
	launch(t, f, Config{ShardID: 2, ShardCount: ShardAuto}, eng, st, nil, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := f.WaitGateway(ctx, func(s fakediscord.GatewayStats) bool { return s.Shards[2] }); err != nil {
		t.Fatal(err)
	}
	if call, err := f.WaitFor(ctx, fakediscord.Route("GET", "/api/v9/gateway/bot")); err != nil || call.Status != 200 {
		t.Errorf("GET /gateway/bot: %v", err)
	}
	if n := len(callsTo(f, "PUT", "/api/v9/applications/"+f.AppID+"/commands")); n != 0 {
		t.Errorf("shard 2 registered commands %d times", n)
	}
	b, err := New(Config{Token: f.Token, APIURL: f.URL, ShardID: 3, ShardCount: ShardAuto}, eng, st, nil, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Run(ctx); err == nil || !strings.Contains(err.Error(), "recommends 3 shards") {
		t.Errorf("shard 3 of an automatic 3: %v", err)
	}
}
