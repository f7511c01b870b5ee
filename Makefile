# Two commands on a fresh machine (Python 3.11+ and pip):
#   make demo   set up .venv, ingest the bundled demo corpus into onrecord-demo.db, show who is quoted most,
#               then serve it at http://127.0.0.1:8000/ (Ctrl+C to stop)
#   make test   set up .venv and run the tests (make check: the quick part, in a few minutes)
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test check lint setup clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

DEMO_DB ?= onrecord-demo.db

demo: $(STAMP)
	$(BIN)/onrecord read examples/oc-media-amnesty.txt --format table
	$(BIN)/onrecord ingest examples/oc-media-amnesty.txt examples/wikinews/*.csv --db $(DEMO_DB)
	$(BIN)/onrecord speakers --db $(DEMO_DB) --limit 8 --quotes 2
	$(BIN)/onrecord serve --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/python -m pytest

# the quick run: everything but whole corpora, Spark, the browser and PostgreSQL (a few minutes)
check: $(STAMP)
	$(BIN)/python -m pytest -m "not slow and not spark and not browser and not postgres"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) build *.egg-info
