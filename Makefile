# The two fresh-machine commands are `make demo` and `make test`; both create .venv when missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit browser record-cassettes seed-cassette bench eval eval-strength fit-strength clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/claimcheck check claims/msc-sle-2022/article.txt \
		--claims claims/msc-sle-2022/claims.yaml \
		--cassette cassettes/msc-sle-2022.yaml \
		-o out/report.html -o out/report.md -o out/report.json

browser:
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto sans cjk"; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	else echo "chromium or fonts-noto-cjk missing: install Debian's chromium and fonts-noto-cjk for the browser test"; fi

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts

typecheck: $(STAMP)
	$(BIN)/mypy --strict src

unit: $(STAMP) browser
	$(BIN)/python -m pytest -q

test: lint typecheck unit

# Re-record the seed cassette against live NCBI (needs network; set NCBI_EMAIL, optionally NCBI_API_KEY).
record-cassettes: $(STAMP)
	$(BIN)/python scripts/record_cassette.py claims/msc-sle-2022/article.txt \
		--claims claims/msc-sle-2022/claims.yaml --out cassettes/msc-sle-2022.yaml --live

# Rebuild the seed cassette offline from ../shared/seed/references.json (how the committed one was made).
seed-cassette: $(STAMP)
	$(BIN)/python scripts/record_cassette.py claims/msc-sle-2022/article.txt \
		--claims claims/msc-sle-2022/claims.yaml --out cassettes/msc-sle-2022.yaml \
		--from-seed ../shared/seed/references.json

bench: $(STAMP)
	$(BIN)/python bench/bench_resolve.py
	$(BIN)/python bench/bench_judge.py

# The judge measured on data nobody here wrote: SciFact dev, ../shared/dev-corpus, the seed
# (prints the figures and writes bench/results/eval.json); the probes, the mutation test and the
# wrong-source test (SciFact train claims against abstracts they do not cite).
eval: $(STAMP)
	$(BIN)/python bench/eval.py
	$(BIN)/python bench/article_probe.py --summary --json bench/results/article_probe.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe2.jsonl \
		--json bench/results/article_probe2.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe3.jsonl \
		--json bench/results/article_probe3.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe4.jsonl \
		--json bench/results/article_probe4.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe5.jsonl \
		--json bench/results/article_probe5.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe6.jsonl \
		--json bench/results/article_probe6.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe7.jsonl \
		--json bench/results/article_probe7.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe8.jsonl \
		--json bench/results/article_probe8.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe9.jsonl \
		--json bench/results/article_probe9.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe10.jsonl \
		--json bench/results/article_probe10.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe11.jsonl \
		--json bench/results/article_probe11.json
	$(BIN)/python bench/article_probe.py --summary --data bench/data/article_probe12.jsonl \
		--json bench/results/article_probe12.json
	$(BIN)/python bench/mutations.py --summary --json bench/results/mutations.json
	$(BIN)/python bench/wrong_source.py --json bench/results/wrong_source.json
	$(BIN)/python bench/invariance.py --summary --json bench/results/invariance.json
	$(BIN)/python bench/evidence_removed.py --summary --json bench/results/evidence_removed.json
	$(MAKE) eval-strength

# Claim strength (docs/strength.md): macro-F1 and confusion matrices on the held-back fifth of
# ../shared/claim-strength and of the Chinese set, then the overstatement flags on the articles.
eval-strength: $(STAMP)
	$(BIN)/python bench/eval_strength.py
	$(BIN)/python bench/overstatement_articles.py

# Refit src/claimcheck/strength/weights.json on the train split (four fifths of each file).
fit-strength: $(STAMP)
	$(BIN)/python scripts/fit_strength.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
