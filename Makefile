# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test install install-dev migrate lint typecheck unit integration app e2e i18n bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(BIN)/python -m lib.store migrate

# Listens on this machine only; see the README to serve other machines.
run: migrate
	$(BIN)/streamlit run Home.py --server.port $(PORT) --server.address 127.0.0.1

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-dev
	$(BIN)/mypy

unit: install-dev
	$(BIN)/python -m pytest tests/unit -q

integration: install-dev
	$(BIN)/python -m pytest tests/integration -q

app: install-dev
	$(BIN)/python -m pytest tests/app -q

e2e: install-dev
	$(BIN)/python -m pytest tests/e2e -q

test: lint typecheck
	$(BIN)/python -m pytest -q

# Extract new strings, merge them into the Hindi and Spanish catalogs, compile.
i18n: install-dev
	$(BIN)/pybabel extract -F babel.cfg -k t -k tn:1,2 -k N_ --no-location --sort-output \
		--project "Interview Prep" -o data/locales/messages.pot Home.py lib app_pages
	$(BIN)/pybabel update -i data/locales/messages.pot -d data/locales --no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile -d data/locales --statistics

bench: install-dev
	$(BIN)/python -m bench.pages --users 10000 --events 1000000

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
