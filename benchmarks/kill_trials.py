"""Kill trials standalone: SIGKILL the app while it saves answers, finalises, backs up, restores
a backup and imports received reports.

Same logic as ``tests/robustness/test_crash.py`` (``tests/support/crash_harness.py``). Prints the
figures; exits 1 on any lost acknowledged change or failed integrity check.

    .venv/bin/python benchmarks/kill_trials.py [WRITES] [FINALISES] [BACKUPS] [RESTORES] [IMPORTS] [SEED]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from support.crash_harness import run_kill_trials  # noqa: E402


def main(argv: list[str]) -> int:
    writes, finalises, backups, restores, imports, seed = (
        [int(a) for a in argv] + [200, 12, 12, 20, 20, 821][len(argv):])[:6]
    with tempfile.TemporaryDirectory() as directory:
        figures = run_kill_trials(Path(directory) / "data", writes, finalises, backups, seed=seed,
                                  restores=restores, imports=imports)
    print(figures.summary())
    for failure in figures.failures[:20]:
        print("  FAIL", failure)
    return 1 if figures.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
