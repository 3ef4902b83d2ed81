# Primacenters Portal. Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test bench messages install install-dev lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installs come from the hash-pinned lockfiles, generated from pyproject.toml by `make lock`.
$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: $(VENV)/.installed
	$(BIN)/python manage.py migrate --no-input -v0
	$(BIN)/python manage.py seed_demo
	HOST=$(HOST) PORT=$(PORT) $(BIN)/python manage.py ensure_admin
	$(BIN)/python manage.py db_worker --backend background --no-reload & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python manage.py makemigrations --check --dry-run -v1
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-dev
	$(BIN)/python tests/benchmarks/run.py

# For developers changing UI strings (needs GNU gettext): extract, then compile the committed .mo files.
messages: $(VENV)/.installed-dev
	$(BIN)/python manage.py makemessages --no-obsolete --no-location -l fr -l nl -l el -l es -l it -l ar -l ro -l sq -l uk -l bn \
		-i ".venv/*" -i "tests/*" -i "static_collected/*"
	$(BIN)/python tests/tools/compile_messages.py

# After changing a dependency in pyproject.toml: pin every package, with hashes, for runtime and for development.
LOCK_FLAGS := --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links
lock: | $(BIN)/python
	$(BIN)/pip install --quiet pip-tools
	$(BIN)/pip-compile $(LOCK_FLAGS) -o requirements.lock pyproject.toml
	$(BIN)/pip-compile $(LOCK_FLAGS) --extra dev -o requirements-dev.lock pyproject.toml

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
