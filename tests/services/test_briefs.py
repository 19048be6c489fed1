"""Briefs of assessments kept between listings: equal to scoring afresh, never stale."""

from __future__ import annotations

import json

from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.services import listing as listing_module
from tuoyu_desktop.services.briefs import CACHE_FILE, AssessmentBrief


def fresh(workspace):
    return [AssessmentBrief.of(s.row, s.form_title, s.scores) for s in workspace.assessments.list()]


def test_briefs_equal_scoring_and_follow_every_change(demo_workspace):
    workspace, assessment_id = demo_workspace
    second = workspace.assessments.create("wst821-2023", "2027年上半年")
    assert workspace.assessments.briefs() == fresh(workspace)
    assert (workspace.data_dir / CACHE_FILE).is_file()
    assert workspace.assessments.briefs() == fresh(workspace)  # from the file this time

    session = workspace.assessments.open(assessment_id)
    item = next(i for i in session.form.iter_items() if i.kind == "choice")
    before = workspace.assessments.briefs()
    for option in item.scale.options:  # several changes within one second
        session.set_answer(item.id, Answer(option.value))
        assert workspace.assessments.briefs() == fresh(workspace)
    assert workspace.assessments.briefs() != before

    profile = workspace.facilities.own()[1]
    workspace.facilities.save_own(profile.__class__.from_dict({**profile.to_dict(), "caregivers_certified": 0}))
    assert workspace.assessments.briefs() == fresh(workspace)

    workspace.assessments.delete(second)
    assert [b.row.id for b in workspace.assessments.briefs()] == [assessment_id]
    assert list(json.loads((workspace.data_dir / CACHE_FILE).read_text(encoding="utf-8"))["entries"]) == [assessment_id]


def test_a_restored_backup_with_another_history_is_not_trusted(demo_workspace):
    workspace, assessment_id = demo_workspace
    backup = workspace.backups.take("test")
    session = workspace.assessments.open(assessment_id)
    item = next(i for i in session.form.iter_items() if i.kind == "choice")
    session.set_answer(item.id, Answer(item.scale.options[-1].value))
    cached = workspace.assessments.briefs()
    data_dir = workspace.data_dir
    workspace.backups.restore(backup.path)
    workspace.close()
    again = Workspace.open(data_dir)
    try:
        session = again.assessments.open(assessment_id)
        # The same number of changes since the backup, but different ones.
        session.set_answer(item.id, Answer(item.scale.options[0].value))
        assert again.assessments.briefs() == fresh(again)
        assert again.assessments.briefs() != cached
    finally:
        again.close()


def test_a_damaged_cache_new_scoring_code_or_another_history_is_ignored(demo_workspace, monkeypatch):
    workspace, _assessment_id = demo_workspace
    expected = fresh(workspace)
    workspace.assessments.briefs()
    path = workspace.data_dir / CACHE_FILE
    document = json.loads(path.read_text(encoding="utf-8"))
    for entry in document["entries"].values():
        entry["figures"]["grade"] = "Z"  # what a stale entry would show
    path.write_text(json.dumps(document), encoding="utf-8")
    assert {b.grade for b in workspace.assessments.briefs()} == {"Z"}  # the file is used as it stands

    other_history = {**document, "head": [document["head"][0], "f" * 64]}
    path.write_text(json.dumps(other_history), encoding="utf-8")
    assert workspace.assessments.briefs() == expected

    path.write_text(json.dumps(document), encoding="utf-8")
    monkeypatch.setattr(listing_module, "_code_digest", "another version")
    assert workspace.assessments.briefs() == expected
    for damage in ("{not json", '{"head": 3}', "[]", ""):
        path.write_text(damage, encoding="utf-8")
        assert workspace.assessments.briefs() == expected
