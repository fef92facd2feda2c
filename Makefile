# LNV Editor: `make run` sets everything up and opens the app on the demo store;
# `make test` sets everything up and runs the whole test suite. Both make their own venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_STORE ?= $(CURDIR)/demo-store.sqlite
TS := resources/i18n/lnv_editor_vi.ts
QM := lnv_editor/assets/i18n/lnv_editor_vi.qm
SOURCES := $(shell find lnv_editor -name '*.py' 2>/dev/null)

.PHONY: run test setup i18n lupdate demo bench lint screenshot clean

run: setup demo
	$(PY) -m lnv_editor --store "$(DEMO_STORE)"

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

setup: $(STAMP) i18n

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

i18n: $(QM)

$(QM): $(TS) $(STAMP)
	mkdir -p $(dir $(QM))
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

# Refresh the translation sources from the code (keeps existing translations).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(SOURCES) -ts $(TS)

demo: setup
	$(PY) -m lnv_editor demo --store "$(DEMO_STORE)"

bench: setup
	cd benchmarks && ../$(PY) bench_startup.py
	cd benchmarks && ../$(PY) bench_library.py
	cd benchmarks && ../$(PY) bench_autosave.py
	cd benchmarks && ../$(PY) bench_kill_loss.py
	cd benchmarks && ../$(PY) bench_search.py
	cd benchmarks && ../$(PY) bench_photos.py
	cd benchmarks && ../$(PY) bench_render.py

lint: setup
	$(VENV)/bin/ruff check lnv_editor tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info $(QM) .pytest_cache
