# zopa: the two commands a newcomer needs, and a few more for people who work on it.
#   make run   create .venv, install zopa (with the workbench and the news reader), analyse
#              the bundled March 2022 example and write its HTML report (report.html)
#   make test  create .venv with the test extras, start what the tests need, run everything
#   make docs  build the documentation site into site/

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck docs pytest bench bench-web clean

$(VENV)/.run: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[text]'
	touch $@

$(VENV)/.test: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run

run: $(VENV)/.run
	$(BIN)/zopa analyze
	$(BIN)/zopa report -o report.html

test: $(VENV)/.test
	scripts/install-chromium.sh
	$(MAKE) --no-print-directory lint typecheck docs pytest

lint: $(VENV)/.test
	$(BIN)/ruff check src tests benchmarks

typecheck: $(VENV)/.test
	$(BIN)/mypy

# The documentation site, into site/: warnings are errors, and nothing is fetched.
docs: $(VENV)/.test
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# The browser tests need Debian's Chromium; the case-library tests also run against a
# throwaway PostgreSQL server, stopped afterwards whether the tests pass or not.
PG_STATE := .postgres-test

pytest: $(VENV)/.test
	bash scripts/install-chromium.sh
	bash scripts/start-postgres.sh $(PG_STATE)
	ZOPA_TEST_POSTGRES_URL="$$(cat $(PG_STATE)/url)" $(BIN)/python -m pytest; \
	status=$$?; bash scripts/stop-postgres.sh $(PG_STATE); exit $$status

bench: $(VENV)/.run
	$(BIN)/python benchmarks/core.py
	$(BIN)/python benchmarks/mediation.py
	$(BIN)/python benchmarks/forecast.py

bench-web: $(VENV)/.test
	$(BIN)/python benchmarks/web_whatif.py
	$(BIN)/python benchmarks/web_case.py
	$(BIN)/python benchmarks/web_load.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist test-artifacts site
