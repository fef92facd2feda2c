# LNV Editor: `make run` sets everything up and opens the app on the demo store;
# `make test` sets everything up and runs the whole test suite. Both make their own venv.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_STORE ?= $(CURDIR)/demo-store.sqlite
TS := resources/i18n/lnv_editor_vi.ts
QM := lnv_editor/assets/i18n/lnv_editor_vi.qm
# Qt's own strings in Vietnamese (Qt ships none): hand-kept, compiled beside the app's.
QT_TS := resources/i18n/qtbase_vi.ts
QT_QM := lnv_editor/assets/i18n/qtbase_vi.qm
PACKAGE_STAMP := $(VENV)/.installed-package
TS_EN := resources/i18n/lnv_editor_en.ts
QM_EN := lnv_editor/assets/i18n/lnv_editor_en.qm
SOURCES := $(shell find lnv_editor -name '*.py' 2>/dev/null)

.PHONY: run test test-xcb setup i18n lupdate demo bench lint screenshot clean package package-test

run: setup demo
	$(PY) -m lnv_editor --store "$(DEMO_STORE)"

# `make test`: the whole suite offscreen, then the tests that need a real X server (drag and
# drop) under Xvfb. PYTEST_ARGS goes to the offscreen run only (e.g. PYTEST_ARGS="tests/core -x").
# The tests that need the package extra run in `make package-test`, after `make package`.
test: setup
	$(PY) -m pytest -m "not xcb and not package" $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory test-xcb

# Under Xvfb with the xcb platform. Without xvfb-run the same tests run offscreen and skip, which
# fails the run where required tests must run (LNV_REQUIRE_TESTS or CI=true: tests/skip_policy.py).
test-xcb: setup
	@if command -v xvfb-run >/dev/null 2>&1; then \
	  echo "xvfb-run: the tests that need a real X server (pytest -m xcb)"; \
	  LNV_REQUIRE_TESTS=1 QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1080x24" \
	    $(PY) -m pytest -m xcb; \
	else \
	  echo "xvfb-run is missing (apt-get install xvfb xauth): the tests that need an X server skip"; \
	  $(PY) -m pytest -m xcb; \
	fi

setup: $(STAMP) i18n

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

i18n: $(QM) $(QT_QM) $(QM_EN)

$(QM): $(TS) $(STAMP)
	mkdir -p $(dir $(QM))
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

$(QT_QM): $(QT_TS) $(STAMP)
	mkdir -p $(dir $(QT_QM))
	$(VENV)/bin/pyside6-lrelease -silent $(QT_TS) -qm $(QT_QM)
# English is the source language; its catalogue holds the plural forms ("1 article", "2 articles").
$(QM_EN): $(TS_EN) $(STAMP)
	mkdir -p $(dir $(QM_EN))
	$(VENV)/bin/pyside6-lrelease -silent $(TS_EN) -qm $(QM_EN)

# Refresh the translation sources from the code (keeps existing translations).
lupdate: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(SOURCES) -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -target-language en $(SOURCES) -ts $(TS_EN)

demo: setup
	$(PY) -m lnv_editor demo --store "$(DEMO_STORE)"

bench: setup
	$(PY) -m pip install --quiet -e '.[bench]'
	cd benchmarks && ../$(PY) bench_startup.py
	cd benchmarks && ../$(PY) bench_startup_screen.py
	cd benchmarks && ../$(PY) bench_library.py
	cd benchmarks && ../$(PY) bench_autosave.py
	cd benchmarks && ../$(PY) bench_kill_loss.py
	cd benchmarks && ../$(PY) bench_search.py
	cd benchmarks && ../$(PY) bench_photos.py
	cd benchmarks && ../$(PY) bench_preview.py
	cd benchmarks && ../$(PY) bench_typing.py
	cd benchmarks && ../$(PY) bench_typing_echo.py
	cd benchmarks && ../$(PY) bench_render.py
	cd benchmarks && ../$(PY) bench_export.py

# The one-folder app for this platform (PyInstaller), and on Linux its .tar.gz (docs/packaging.md).
package: setup $(PACKAGE_STAMP)
	packaging/build.sh $(VENV)/bin

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

# Runs the built app, not the source tree; compares its start with the source install's. Then
# the tests that need the package extra (pytest -m package), which must run here, not skip.
package-test: $(PACKAGE_STAMP)
	packaging/package_test.sh dist/lnv-editor $(PY)
	LNV_REQUIRE_TESTS=1 $(PY) -m pytest -m package

lint: setup
	$(VENV)/bin/ruff check lnv_editor tests benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM) $(QT_QM) .pytest_cache
