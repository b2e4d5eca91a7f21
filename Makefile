# Two commands for a newcomer: `make run` opens the program, `make test` runs every test.
# Both build their own virtual environment in .venv from pyproject.toml.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test monkey bench soak screenshots translations clean

run: $(VENV)/.installed
	$(BIN)/bpviz

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# The randomized UI test at length, before a release: 20 seeds of 1000 actions (the suite runs
# 4 seeds of 150). A failure names its seed and the command that repeats it.
monkey: $(VENV)/.installed-test
	for seed in $$(seq 1 20); do \
		BPVIZ_MONKEY_SEED=$$seed BPVIZ_MONKEY_ACTIONS=1000 $(BIN)/python -m pytest -q tests/ui/shell/test_monkey.py || exit 1; \
	done

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

soak: $(VENV)/.installed-test
	$(BIN)/python bench/soak.py

screenshots: $(VENV)/.installed-test
	$(BIN)/python tools/make_screenshots.py

# After the code's texts change: bring every bpviz_<locale>.ts up to date (new texts unfinished),
# check them, and compile each into the bpviz_<locale>.qm the package installs.
translations: $(VENV)/.installed-test
	$(BIN)/python tools/update_translations.py
	$(BIN)/python tools/check_translations.py || true
	for ts in bpviz/resources/translations/bpviz_*.ts; do \
		case $$ts in *_template.ts) continue;; esac; \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 10))' || \
		{ echo "bpviz needs Python 3.10 or newer; $(PYTHON) is $$($(PYTHON) --version)"; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment: on Debian or Ubuntu, install it with: sudo apt-get install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m bpviz.engine.training.epoch_kernel  # compile the training kernel once, now
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m bpviz.engine.training.epoch_kernel  # compile the training kernel once, now
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info
