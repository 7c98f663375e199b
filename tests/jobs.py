"""How many chronicle processes the test runners start side by side
(tests/checks.py, tests/golden/run.py, tests/extra/samples_eval.py)."""
import os
import sys


def default_jobs():
    """CHRONICLE_TEST_JOBS, else one per processor; a bad value stops the run."""
    value = os.environ.get("CHRONICLE_TEST_JOBS", "")
    if not value:
        return os.cpu_count() or 1
    if not value.isdigit() or int(value) < 1:
        sys.exit(f"CHRONICLE_TEST_JOBS must be a whole number of 1 or more, not {value!r}")
    return int(value)
