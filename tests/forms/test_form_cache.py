"""Issue 15: a form file read before is rebuilt from its validated snapshot, never trusted blindly."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest
from support import DATA

from tuoyu_desktop.forms import FormError, FormLibrary, load_form
from tuoyu_desktop.forms import loader as loader_module
from tuoyu_desktop.paths import bundled_forms_dir


def entry_path(cache, path):
    return cache / f"{hashlib.sha256(path.read_bytes()).hexdigest()}.json"


def test_a_cached_form_is_the_same_form(tmp_path, mini_form_path):
    cache = tmp_path / "cache"
    for path in [mini_form_path, *sorted(bundled_forms_dir().glob("*.yaml"))]:
        fresh = load_form(path)
        assert load_form(path, cache) == fresh  # parsed, then kept
        assert entry_path(cache, path).is_file()
        assert load_form(path, cache) == fresh  # from the kept snapshot


def test_the_cached_path_does_not_parse_yaml(tmp_path, mini_form_path, monkeypatch):
    cache = tmp_path / "cache"
    load_form(mini_form_path, cache)

    def no_yaml(*args):
        raise AssertionError("parsed the YAML again")

    monkeypatch.setattr(loader_module, "_parse_form", no_yaml)
    assert load_form(mini_form_path, cache).id == "mini-test"


@pytest.mark.parametrize("damage", ["", "{not json", "[]", '{"snapshot": 3}', "\x00" * 50])
def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path, mini_form_path, damage):
    cache = tmp_path / "cache"
    expected = load_form(mini_form_path, cache)
    entry = entry_path(cache, mini_form_path)
    entry.write_text(damage, encoding="utf-8")
    assert load_form(mini_form_path, cache) == expected
    assert json.loads(entry.read_text(encoding="utf-8"))["content_hash"] == expected.content_hash


def test_an_entry_whose_hashes_do_not_match_is_not_trusted(tmp_path, mini_form_path):
    cache = tmp_path / "cache"
    expected = load_form(mini_form_path, cache)
    entry = entry_path(cache, mini_form_path)
    good = json.loads(entry.read_text(encoding="utf-8"))
    forged_text = good["snapshot"].replace('"points":10', '"points":99', 1)
    assert forged_text != good["snapshot"]
    forgeries = [
        {**good, "snapshot": forged_text},  # content changed, hash not
        {**good, "snapshot": forged_text, "content_hash": hashlib.sha256(forged_text.encode()).hexdigest(),
         "file_sha256": "0" * 64},  # consistent, but made for another file
        {**good, "loader": "an older loader"},  # another program's validation
    ]
    for forged in forgeries:
        entry.write_text(json.dumps(forged), encoding="utf-8")
        assert load_form(mini_form_path, cache) == expected


def test_a_changed_file_is_parsed_again_and_a_broken_one_never_kept(tmp_path, mini_form_path):
    cache = tmp_path / "cache"
    path = tmp_path / "form.yaml"
    shutil.copy(mini_form_path, path)
    first = load_form(path, cache)
    path.write_text(path.read_text(encoding="utf-8").replace("\ntitle: ", "\ntitle: 改过的", 1), encoding="utf-8")
    second = load_form(path, cache)
    assert second.title.startswith("改过的") and second.content_hash != first.content_hash and second == load_form(path)
    path.write_text(path.read_text(encoding="utf-8").replace("points: 10\n", "points: -1\n", 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(FormError, match="points"):
            load_form(path, cache)
    assert not entry_path(cache, path).exists()


def test_the_library_uses_its_cache_folder(tmp_path, mini_form_path):
    folder = tmp_path / "forms"
    folder.mkdir()
    shutil.copy(mini_form_path, folder / mini_form_path.name)
    cache = tmp_path / "cache"
    assert FormLibrary([folder], cache).get("mini-test") == load_form(mini_form_path)
    assert entry_path(cache, folder / mini_form_path.name).is_file()


def test_control_characters_are_still_refused(tmp_path, mini_form_path):
    path = tmp_path / "form.yaml"
    path.write_text(mini_form_path.read_text(encoding="utf-8").replace("title: ", "title: \"a\\x01b\" #", 1),
                    encoding="utf-8")
    with pytest.raises(FormError, match="控制字符"):
        load_form(path, tmp_path / "cache")


def test_a_pinned_form_with_the_content_of_a_read_file_is_not_parsed_again(mini_workspace, monkeypatch):
    from tuoyu_desktop.services import forms as forms_service

    form = mini_workspace.forms.get("mini-test")  # the library has read the file
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    mini_workspace.forms.forget_pinned()
    monkeypatch.setattr(forms_service, "form_from_snapshot", lambda *args: pytest.fail("parsed the snapshot"))
    assert mini_workspace.assessments.open(assessment_id).form is form



def test_the_collector_rests_while_a_form_is_read_and_comes_back_after(tmp_path, monkeypatch):
    """A big form is hundreds of thousands of objects that all live on: collecting while they
    are made finds nothing. The collector is back after the read, also after a refused file."""
    import gc

    seen: list[bool] = []
    build = loader_module.build_form
    monkeypatch.setattr(loader_module, "build_form", lambda *args, **kw: (seen.append(gc.isenabled()), build(*args, **kw))[1])
    form = load_form(DATA / "mini_form.yaml")
    assert seen == [False] and gc.isenabled()
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(FormError):
        load_form(broken)
    assert gc.isenabled()
    assert loader_module.form_from_snapshot(form.snapshot) == form
    assert seen == [False, False] and gc.isenabled()


def test_a_pinned_snapshot_that_still_has_its_hash_is_not_made_canonical_again(mini_form, monkeypatch):
    """The text stored under a content hash is the canonical text it was made from: rebuilding the
    form skips making it again. A text that does not hash to what it claims is made canonical."""
    made = []
    canonical = loader_module.canonical_json
    monkeypatch.setattr(loader_module, "canonical_json", lambda document: made.append(1) or canonical(document))
    again = loader_module.form_from_snapshot(mini_form.snapshot, "pinned", mini_form.content_hash)
    assert again == mini_form and made == []
    spaced = json.dumps(json.loads(mini_form.snapshot), indent=2)  # same content, other text
    rebuilt = loader_module.form_from_snapshot(spaced, "pinned", mini_form.content_hash)
    assert made == [1] and rebuilt == mini_form and rebuilt.snapshot == mini_form.snapshot
