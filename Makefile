# Two commands do all the set-up (see README): `make demo` builds the sample page into out/, `make test`
# runs the whole test suite. Both create .venv and install the project and its test tools first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := data/samples/jiaozuo-union-page-2020-09.txt

.PHONY: demo test install clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

demo: install
	$(BIN)/graphbuilder build $(SAMPLE) -o out

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
