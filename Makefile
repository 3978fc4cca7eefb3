# Set-up and everyday tasks. Everything runs from a local .venv made here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared

.PHONY: demo test bench clean

$(BIN)/briefing: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/briefing
	@mkdir -p out
	$(BIN)/briefing build samples/voa-blinken-colombia.txt --topics samples/topics.toml \
		--to "Regional Director, Americas" --from "Policy Unit" -o out/briefing.docx
	@echo "Demo memo written to out/briefing.docx"

test: $(BIN)/briefing
	$(BIN)/python -m pytest -q

bench: $(BIN)/briefing
	$(BIN)/python bench/run.py --shared $(SHARED)

clean:
	rm -rf $(VENV) out build *.egg-info
