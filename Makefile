# Two commands on a fresh clone: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV ?= .venv
ifeq ($(OS),Windows_NT)
PY := $(VENV)/Scripts/python.exe
else
PY := $(VENV)/bin/python
endif

.PHONY: run test lint bench dist clean

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

run: $(VENV)/.run-installed
	$(PY) -m quizapp $(ARGS)

lint: $(VENV)/.test-installed
	$(PY) -m ruff check quizapp tests benchmarks packaging
	$(PY) -m ruff format --check quizapp tests benchmarks packaging
	$(PY) -m mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.test-installed $(VENV)/.dist-installed
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py $(ARGS)

# the self-contained app: dist/quizapp/ and dist/quizapp-VERSION-PLATFORM.zip (docs/lab-deployment.md)
dist: $(VENV)/.dist-installed
	$(PY) packaging/build.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
