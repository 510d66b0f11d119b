# FTS5 is compiled into SQLite only with this build tag.
TAGS := sqlite_fts5
GO   ?= go

.PHONY: build test vet bench fuzz clean

build:
	$(GO) build -tags $(TAGS) -o bin/quellen ./cmd/quellen

test:
	$(GO) vet -tags $(TAGS) ./...
	$(GO) test -tags $(TAGS) ./...

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchtime 20x -count 5 ./retrieval/ ./store/

# A short run of every fuzz target; FUZZTIME=5m for a longer one.
FUZZTIME ?= 20s
fuzz:
	@for pkg in $$($(GO) list -tags $(TAGS) ./...); do \
	  for t in $$($(GO) test -tags $(TAGS) -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "$$pkg $$t"; $(GO) test -tags $(TAGS) -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

clean:
	rm -rf bin
