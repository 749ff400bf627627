# Capofila — developer commands. `make help` lists them.

GO        ?= go
BIN       := bin/capofila
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS   := -X main.version=$(VERSION)
# The tests use this PostgreSQL server when it answers (and skip its
# subtests when it does not, unless CAPOFILA_REQUIRE_POSTGRES=1, as in CI).
export CAPOFILA_TEST_POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test?sslmode=disable
# Listen address of make run: make run ADDR=127.0.0.1:8081
ADDR      ?= $(or $(CAPOFILA_ADDR),127.0.0.1:8080)

# What each build output is made from, so that make rebuilds only what
# changed: the web app (frontend/dist, GraphiQL included) from its sources,
# the binary from the Go code, what it embeds, and the web app.
WEB_SRC   := $(shell find frontend/src frontend/graphiql -type f 2>/dev/null) \
	frontend/index.html frontend/package.json frontend/package-lock.json \
	frontend/vite.config.ts frontend/vite.graphiql.config.ts frontend/tsconfig.json
WEB_STAMP := bin/.web-built
GO_SRC    := $(shell find . -path ./.git -prune -o -path ./frontend -prune -o -path ./bin -prune \
	-o -path ./data -prune -o -path ./docs -prune -o -path ./scripts -prune -o -type f -print 2>/dev/null) \
	frontend/embed.go

.PHONY: help run check-addr build frontend generate generate-check migration test test-go test-web e2e vet lint fuzz bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  %-16s %s\n", $$1, $$2}'

run: ## run Capofila on the embedded database with the demo data, GraphiQL on (another address: make run ADDR=127.0.0.1:8081)
	@scripts/addr-free.sh $(ADDR)
	@$(MAKE) --no-print-directory build
	./$(BIN) serve --seed --dev --addr $(ADDR)

check-addr: ## fail at once if ADDR (default 127.0.0.1:8080) is in use
	@scripts/addr-free.sh $(ADDR)

build: $(BIN) ## build the web app and the capofila binary (bin/) that embeds it, when their sources changed

$(BIN): $(GO_SRC) $(WEB_STAMP)
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/capofila

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --prefer-offline --no-audit --no-fund
	@touch frontend/node_modules

frontend: $(WEB_STAMP) ## build the web app (and GraphiQL) into frontend/dist, when its sources changed

$(WEB_STAMP): $(WEB_SRC) frontend/node_modules
	cd frontend && npm run build
	@mkdir -p $(@D) && touch $@

generate: frontend/node_modules ## regenerate Ent, gqlgen code, the GraphQL schema and the web app's GraphQL types
	cd ent && $(GO) generate ./...
	$(GO) tool gqlgen generate
	cd frontend && npm run --silent codegen

GENERATED := ent graph gqlgen.yml frontend/src/gql

generate-check: generate ## fail if the generated code is not up to date
	@git diff --exit-code --stat -- $(GENERATED) || \
		(echo "generated code is out of date: run 'make generate' and commit" && exit 1)
	@test -z "$$(git status --porcelain -- $(GENERATED))" || \
		(git status --porcelain -- $(GENERATED); echo "untracked generated files: run 'make generate' and commit" && exit 1)

migration: ## write a new migration from the Ent schema: make migration NAME=add_x (after a hand-written one: go run ./cmd/migrategen -rehash)
	@test -n "$(NAME)" || (echo "usage: make migration NAME=short_name" && exit 1)
	$(GO) run ./cmd/migrategen -name $(NAME)

# The browser tests run beside the Go tests (their server and Chromium
# first: the Go tests run at a lower priority and fill the idle time), and
# each suite's output is printed whole when it ends.
test: generate-check ## run every test: generation check, then vet, Go tests on SQLite and PostgreSQL, web app tests and browser tests side by side
	@$(MAKE) --no-print-directory -j4 --output-sync=target vet test-go test-web e2e TEST_NICE="nice -n 10"

# go test starts packages in the order given: the longest (internal/server,
# about half of the Go tests' time) first, beside the others, rather than
# alone at the end.
GO_TEST_FIRST := ./internal/server/

test-go: $(WEB_STAMP) ## run the Go tests only (says loudly when the PostgreSQL ones cannot run)
	@$(GO) run ./internal/testdb/pgcheck
	@echo "test-go: start $$(date +%T)"
	CAPOFILA_REQUIRE_WEB=1 $(TEST_NICE) $(GO) test -count=1 -timeout 25m $(GO_TEST_FIRST) ./...
	@echo "test-go: end $$(date +%T)"

test-web: frontend/node_modules ## run the web app's component tests (Vitest)
	@echo "test-web: start $$(date +%T)"
	cd frontend && npm test
	@echo "test-web: end $$(date +%T)"

e2e: build ## run the browser tests (headless Chromium) against the built binary
	@echo "e2e: start $$(date +%T)"
	scripts/e2e.sh
	@echo "e2e: end $$(date +%T)"

vet: ## go vet
	$(GO) vet ./...

lint: vet ## static checks (go vet, gofmt)
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt needed" && exit 1)

fuzz: ## fuzz the identifier validators, money helpers, FatturaPA parser, spreadsheet reader and import for 20 s each
	for f in FuzzValidatePartitaIVA FuzzValidateCodiceFiscale FuzzValidateCIG FuzzValidateIBAN FuzzValidateCUP; do \
		$(GO) test ./internal/italy -run XXX -fuzz $$f -fuzztime 20s || exit 1; done
	for f in FuzzSplitLargestRemainder FuzzParseEUR FuzzSum; do \
		$(GO) test ./internal/money -run XXX -fuzz $$f -fuzztime 20s || exit 1; done
	for f in FuzzParse FuzzFields; do \
		$(GO) test ./internal/fatturapa -run XXX -fuzz $$f -fuzztime 20s || exit 1; done
	$(GO) test ./internal/sheet -run XXX -fuzz FuzzRead -fuzztime 20s
	$(GO) test ./internal/invoicing -run XXX -fuzz FuzzImportInvoices -fuzztime 20s

bench: ## measure the operations users wait on at demo and national scale (PostgreSQL; writes docs/PERFORMANCE.md)
	scripts/bench.sh

clean: ## remove build output and the local database
	rm -rf bin data frontend/node_modules
	find frontend/dist -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true
