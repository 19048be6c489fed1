"""Crash safety: SIGKILL the real process while it saves; every acknowledged change survives.

The trials themselves live in ``tests/support/crash_harness.py`` (also run standalone by
``benchmarks/kill_trials.py``). Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import sys

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")]

from support.crash_harness import KillTrials, run_kill_trials  # noqa: E402

WRITE_KILLS, FINALISE_KILLS, BACKUP_KILLS = 200, 12, 12


@pytest.mark.timeout(240)
def test_every_acknowledged_answer_survives_sigkill(tmp_path):
    figures = run_kill_trials(tmp_path / "data", writes=WRITE_KILLS, finalises=FINALISE_KILLS, backups=BACKUP_KILLS)
    print("\n" + figures.summary())
    assert figures.failures == []
    assert figures.trials == {"write": WRITE_KILLS, "finalise": FINALISE_KILLS, "backup": BACKUP_KILLS, "lying": 0,
                              "restore": 0, "import": 0}
    assert figures.integrity_checks == figures.kills
    # the kills must land while work is going on, not only before the first save
    assert figures.acknowledged > WRITE_KILLS
    assert figures.finalised_checked > 0 and figures.backups_checked > 0
    assert figures.partial_backups_left <= 1  # the next backup clears what a killed one left


@pytest.mark.timeout(240)
def test_restores_and_imports_killed_midway_lose_nothing(tmp_path):
    figures = run_kill_trials(tmp_path / "data", writes=20, finalises=0, backups=0, restores=15, imports=15, seed=5)
    print("\n" + figures.summary())
    assert figures.failures == []
    assert figures.trials["restore"] == 15 and figures.trials["import"] == 15
    assert figures.integrity_checks == figures.kills
    assert figures.restores_checked > 0 and figures.imports_checked > 0


@pytest.mark.timeout(120)
def test_the_checker_catches_an_app_that_acknowledges_before_saving(tmp_path):
    trials = KillTrials(tmp_path / "data", seed=7)
    try:
        figures = trials.run(writes=0, finalises=0, backups=0, lying=30)
    finally:
        trials.close()
    print(f"\nlying app: {len(figures.failures)} of {figures.kills} kills caught")
    assert figures.failures, "a write acknowledged before it was saved went unnoticed"
