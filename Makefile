# The README's two commands are `make run` and `make test`; both set everything up first.
.PHONY: setup run test bench check-rules clean

setup:
	@bash tools/setup.sh

run: setup
	@.venv/bin/python -m app run

test: setup
	@QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest

bench: setup
	@.venv/bin/python bench/run.py

check-rules: setup
	@.venv/bin/python -m app rules validate && .venv/bin/python -m app rules test

clean:
	rm -rf .venv build dist *.egg-info translations/*.qm .pytest_cache .hypothesis
