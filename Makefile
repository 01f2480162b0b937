# Two commands on a fresh clone: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV ?= .venv
ifeq ($(OS),Windows_NT)
PY := $(VENV)/Scripts/python.exe
else
PY := $(VENV)/bin/python
endif

.PHONY: run test lint bench dist clean translations

$(VENV)/.run-installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml $(VENV)/.run-installed
	$(PY) -m pip install --quiet -e '.[test,lrs]'
	touch $@

$(VENV)/.dist-installed: pyproject.toml $(VENV)/.run-installed
	$(PY) -m pip install --quiet -e '.[dist]'
	touch $@

# the compiled translations (resources/i18n/*.qm) and the generated pseudo-locales
I18N_STAMP := resources/i18n/.compiled
$(I18N_STAMP): $(wildcard resources/i18n/*.ts) packaging/i18n.py $(VENV)/.run-installed
	$(PY) packaging/i18n.py release
	touch $@

# after changing words in the code: refresh the catalogues (docs/translating.md)
translations: $(VENV)/.run-installed
	$(PY) packaging/i18n.py update

run: $(VENV)/.run-installed $(I18N_STAMP)
	$(PY) -m quizapp $(ARGS)

lint: $(VENV)/.test-installed
	$(PY) -m ruff check quizapp tests benchmarks packaging
	$(PY) -m ruff format --check quizapp tests benchmarks packaging
	$(PY) -m mypy

test: lint $(I18N_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.test-installed $(VENV)/.dist-installed
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py $(ARGS)

# the self-contained app: dist/quizapp/ and dist/quizapp-VERSION-PLATFORM.zip (docs/lab-deployment.md)
dist: $(VENV)/.dist-installed $(I18N_STAMP)
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist resources/i18n/*.qm $(I18N_STAMP)
