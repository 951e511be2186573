# Two commands do all the set-up (see README): `make demo` builds the sample page into out/, `make test`
# runs the whole test suite. Both create .venv and install the project and its test tools first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := data/samples/jiaozuo-union-page-2020-09.txt

.PHONY: demo test install browser screenshot clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

demo: install
	$(BIN)/graphbuilder build $(SAMPLE) -o out

test: install browser
	$(BIN)/python -m pytest

# The browser tests (tests/test_browser.py) drive Debian's Chromium and need a CJK font to draw the names.
# Installed only when missing (CI runs as root on Debian); GRAPHBUILDER_NO_BROWSER=1 skips them instead.
CHROMIUM := /usr/bin/chromium
CJK_FONT := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

browser:
ifneq ($(GRAPHBUILDER_NO_BROWSER),1)
	@if [ ! -x $(CHROMIUM) ] || [ ! -e $(CJK_FONT) ]; then \
		echo "installing Debian's chromium and fonts-noto-cjk for the browser tests"; \
		log=$$(mktemp); \
		if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		       apt-get install -y -qq chromium fonts-noto-cjk; } >$$log 2>&1; then \
			cat $$log; rm -f $$log; \
			echo "could not install chromium and fonts-noto-cjk (run as root on Debian, or set GRAPHBUILDER_NO_BROWSER=1)"; \
			exit 1; \
		fi; \
		rm -f $$log; \
	fi
endif

# Redraws docs/graph.png, the README's picture of the sample's graph, with the browser test that checks it.
screenshot: install browser
	GRAPHBUILDER_SCREENSHOT=docs/graph.png $(BIN)/python -m pytest -q tests/test_browser.py -k screenshot

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
