"""Reports signed by 0.1.0 (tests/data/v0.1.0) verify and import as new ones do, including the two
that 0.1.0 itself wrongly refused when the cover pushed the data box to page 2."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tuoyu_desktop.services import ImportRefused, Workspace

OLD = Path(__file__).resolve().parent.parent / "data" / "v0.1.0"
EXPECTED = json.loads((OLD / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def receiver(tmp_path):
    workspace = Workspace.open(tmp_path / "receiver")
    for person in ("director", "rep", "inspector"):
        workspace.trust.add((OLD / f"{person}.pem").read_bytes())
    yield workspace
    workspace.close()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_old_report_verifies_with_what_it_said(receiver, name):
    expected = EXPECTED[name]
    check = receiver.trust.verify(OLD / name)
    assert check.exit_code == 0, check.lines()
    assert len(check.signatures.signatures) == len(expected["signers"])
    payload = check.payload
    assert payload is not None
    assert payload["report_id"] == expected["report_id"]
    assert payload["facility"]["name"] == expected["facility"]
    assert payload["scores"]["grade"] == expected["grade"]
    assert sorted(payload["scores"].get("veto_failed") or []) == sorted(expected["veto_failed"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_old_report_imports_once_with_its_scores_recomputed(receiver, name, tmp_path):
    from tuoyu_desktop.facility import FacilityProfile

    copy = tmp_path / name
    shutil.copy(OLD / name, copy)
    # An inspection report goes to the facility visited: its findings join that facility's ledger.
    receiver.facilities.save_own(FacilityProfile.from_dict(receiver.trust.verify(copy).payload["facility"]))
    first = receiver.received.import_file(copy)
    assert first.state == "accepted" and not first.duplicate
    assert first.report_id == EXPECTED[name]["report_id"]
    assert receiver.received.import_file(copy).duplicate
    listed = receiver.received.list()
    assert [row["report_id"] for row in listed] == [EXPECTED[name]["report_id"]]
    assert listed[0]["grade"] == EXPECTED[name]["grade"]


def test_old_report_without_trust_is_not_passed(tmp_path):
    stranger = Workspace.open(tmp_path / "nobody")
    try:
        check = stranger.trust.verify(OLD / "wst821-ok-1signer.pdf")
        assert check.exit_code == 3, check.lines()
        with pytest.raises(ImportRefused):
            stranger.received.import_file(OLD / "wst821-ok-1signer.pdf")
        assert stranger.received.list() == []
    finally:
        stranger.close()
