# policykg — `make demo` sets up and runs everything; `make test` runs the whole suite.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= out

.PHONY: demo test bench install clean lint docs quality model crossval

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	mkdir -p $(OUT)
	$(BIN)/policykg build --replace
	$(BIN)/policykg stats
	$(BIN)/policykg query shared-responsibility --limit 15
	$(BIN)/policykg query agency-workload --limit 10
	$(BIN)/policykg query targets --param year=2025 --limit 10
	$(BIN)/policykg query multi-region-chains
	$(BIN)/policykg validate
	$(BIN)/policykg export --format trig -o $(OUT)/policykg.trig
	$(BIN)/policykg viz -o $(OUT)/explorer.html
	$(BIN)/policykg viz --view coresponsibility -o $(OUT)/coresponsibility.html
	@echo "Open $(OUT)/explorer.html and $(OUT)/coresponsibility.html in a browser (they work offline)."
	@echo "policykg is installed in $(VENV)/: run it as $(BIN)/policykg (e.g. $(BIN)/policykg query --list), or first: . $(BIN)/activate"

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check graphbuild tests bench tools
	$(BIN)/mypy

docs: $(STAMP)
	$(BIN)/cog -r docs/cli.md

# Gold-free figures on the real collection (no annotation needed): built into a temporary store.
REALDOCS ?= ../shared/realdocs/texts
quality: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(BIN)/policykg build $(REALDOCS) --store "$$tmp/store" --jobs 2 --format tsv >/dev/null 2>"$$tmp/build.log"; \
	rc=$$?; if [ $$rc -ne 0 ] && [ $$rc -ne 3 ]; then cat "$$tmp/build.log"; exit $$rc; fi; \
	$(BIN)/policykg quality --store "$$tmp/store" $(REALDOCS)

# The mention tagger: retrain it on every annotated set (after a gold or mention-rule change; a test says when),
# and its leave-sets-out cross-validation (the figures in README.md; about 8 minutes on two cores).
model: $(STAMP)
	$(BIN)/python tools/train_mentions.py

crossval: $(STAMP)
	$(BIN)/python tools/train_mentions.py --crossval 4

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .policykg $(OUT) build dist *.egg-info
