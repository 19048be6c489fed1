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
    before = sorted(p for p in tmp_path.rglob("*") if p != source)
    with pytest.raises(FormError):
        workspace.forms.install(source)
    assert sorted(p for p in tmp_path.rglob("*") if p != source) == before
    assert not (workspace.data_dir / "forms").exists() or not list((workspace.data_dir / "forms").iterdir())


def test_a_plain_form_installs_into_the_forms_folder(workspace, tmp_path):
    form = workspace.forms.install(DATA / "mini_form.yaml")
    assert (workspace.data_dir / "forms" / f"{form.id}-{form.version}.yaml").is_file()
