# zopa: the two commands a newcomer needs, and a few more for people who work on it.
#   make run   create .venv, install zopa, analyse the bundled March 2022 example and
#              write its HTML report (report.html)
#   make test  create .venv with the test extras, start what the tests need, run everything

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench clean

$(VENV)/.run: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
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
	$(MAKE) --no-print-directory lint typecheck pytest

lint: $(VENV)/.test
	$(BIN)/ruff check src tests benchmarks

typecheck: $(VENV)/.test
	$(BIN)/mypy

pytest: $(VENV)/.test
	$(BIN)/python -m pytest

bench: $(VENV)/.run
	$(BIN)/python benchmarks/core.py
	$(BIN)/python benchmarks/mediation.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist
