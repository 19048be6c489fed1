"""Installing a form writes one file inside the data folder's forms folder, nothing else."""

from __future__ import annotations

import copy

import pytest
import yaml
from support import DATA

from tuoyu_desktop.forms import FormError


@pytest.mark.parametrize("field, value", [
    ("version", "1/../../../x"), ("version", ".."), ("id", "../escape"), ("version", "a" * 300), ("id", "表单"),
])
def test_ids_and_versions_that_are_not_plain_names_are_refused(workspace, tmp_path, field, value):
    document = copy.deepcopy(yaml.safe_load((DATA / "mini_form.yaml").read_text(encoding="utf-8")))
    document[field] = value
    source = tmp_path / "hostile.yaml"
    source.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    derived = workspace.data_dir / "cache"  # validated snapshots of form files read (forms/loader.py)

    def written():
        return sorted(p for p in tmp_path.rglob("*") if p != source and not p.is_relative_to(derived))

    before = written()
    with pytest.raises(FormError):
        workspace.forms.install(source)
    assert written() == before
    assert not (workspace.data_dir / "forms").exists() or not list((workspace.data_dir / "forms").iterdir())


def test_a_plain_form_installs_into_the_forms_folder(workspace, tmp_path):
    form = workspace.forms.install(DATA / "mini_form.yaml")
    assert (workspace.data_dir / "forms" / f"{form.id}-{form.version}.yaml").is_file()


def test_a_killed_export_leaves_nothing_after_the_next_start(data_dir, tmp_path):
    import os
    import subprocess
    import sys

    from support import ROOT

    from tuoyu_desktop.services import Workspace

    folder = tmp_path / "exports"
    folder.mkdir()
    kill_during_render = f"""
import os, sys
from tuoyu_desktop.services import Workspace
from tuoyu_desktop import report
ws = Workspace.open({str(data_dir)!r})
assessment_id = ws.assessments.create_demo()
real = report.write_assessment_report
def dying(target, *args, **kwargs):
    real(target, *args, **kwargs)
    os._exit(9)  # killed after the partial file was written, before it was renamed
report.write_assessment_report = dying
ws.reports.export_pdf(assessment_id, {str(folder / "report.pdf")!r})
"""
    result = subprocess.run([sys.executable, "-c", kill_during_render], cwd=ROOT, timeout=120,
                            env={**os.environ, "TUOYU_DATA_DIR": str(data_dir)})
    assert result.returncode == 9
    assert [p.name for p in folder.iterdir() if p.name.endswith(".partial")]  # left behind by the kill
    Workspace.open(data_dir).close()
    assert list(folder.iterdir()) == []
