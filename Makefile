# Set-up and everyday tasks. Everything runs from a local .venv made here.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
# Stamped once the test and check tools are in: a .venv that `pip install -e .` made has only the product.
READY := $(VENV)/.ready

.PHONY: demo test check lowest bench clean

$(READY): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

demo: $(READY)
	@mkdir -p out
	$(BIN)/briefing build samples/voa-blinken-colombia.txt --topics samples/topics.toml \
		--to "Regional Director, Americas" --from "Policy Unit" -o out/briefing.docx
	@echo "Demo memo written to out/briefing.docx"

# Lint, types and the import contract between the stages (pyproject.toml configures all three).
check: $(READY)
	$(BIN)/ruff check briefing tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: check
	$(BIN)/python -m pytest -q

# The tests again, with every dependency at the lowest version pyproject.toml allows.
lowest:
	$(PYTHON) .ci/lowest_versions.py

bench: $(READY)
	$(BIN)/python bench/run.py --shared $(SHARED)

clean:
	rm -rf $(VENV) .venv-lowest out build *.egg-info
