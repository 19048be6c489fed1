"""The ``tuoyu`` command line over the same services as the GUI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tuoyu_desktop.cli import main
from tuoyu_desktop.paths import bundled_forms_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_forms_validate_good_and_broken(capsys, tmp_path, mini_form_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(mini_form_path.read_text(encoding="utf-8").replace("points: 10\n", "points: -10\n", 1), encoding="utf-8")
    code, out, err = run(capsys, "forms", "validate", str(mini_form_path))
    assert code == 0 and "mini-test" in out and err == ""
    code, out, err = run(capsys, "forms", "validate", str(mini_form_path), str(broken))
    assert code == 1
    assert f"{broken}: dimensions[0].indicators[0].items[0].points: 必须是不小于 0 的数" in err


def test_forms_list_json_includes_unusable(capsys, data_dir, mini_form_path):
    (data_dir / "forms").mkdir(parents=True)
    (data_dir / "forms" / "bad.yaml").write_text("id: [", encoding="utf-8")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "forms", "list", "--json")
    assert code == 0
    entries = json.loads(out)
    wst = next(e for e in entries if e.get("id") == "wst821-2023")
    assert wst["usable"] and wst["kind"] == "self_assessment" and wst["total_points"] == 1000
    assert [d["points"] for d in wst["dimensions"]] == [100, 140, 200, 210, 80, 200, 70]
    bad = next(e for e in entries if e["path"].endswith("bad.yaml"))
    assert bad["usable"] is False and "YAML" in bad["problems"][0]


def test_demo_list_export(capsys, data_dir, tmp_path):
    code, out, _ = run(capsys, "demo")
    assert code == 0
    assessment_id = out.strip().splitlines()[-1]
    code, out, _ = run(capsys, "list", "--json")
    [listed] = json.loads(out)
    assert listed["id"] == assessment_id
    assert listed["answered"] == listed["items"] > 50
    assert 0 < listed["percent"] <= 100 and listed["grade"] in "ABCD"
    target = tmp_path / "报告.pdf"
    code, out, _ = run(capsys, "export", assessment_id, "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"%PDF")


def test_export_unknown_id_is_a_clear_error(capsys, data_dir, tmp_path):
    code, _, err = run(capsys, "export", "nope", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "找不到" in err and "Traceback" not in err


def test_data_dir_option_after_the_command(capsys, tmp_path):
    directory = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(directory))
    assert code == 0 and json.loads(out) == []
    assert not directory.exists()  # reading never creates a data folder or a database (issue #9)
    assert run(capsys, "demo", "--data-dir", str(directory))[0] == 0
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(directory))
    assert code == 0 and len(json.loads(out)) == 1


def test_unusable_data_dir_is_a_message_not_a_traceback(capsys, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker / "sub"), "list")
    assert code == 1 and err.startswith("错误：") and "Traceback" not in err


def test_installed_entry_point_runs(tmp_path):
    env = {**os.environ, "TUOYU_DATA_DIR": str(tmp_path / "d")}
    result = subprocess.run(
        [sys.executable, "-m", "tuoyu_desktop.cli", "forms", "validate", str(bundled_forms_dir() / "wst821.yaml")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "wst821-2023" in result.stdout


def test_verify_in_a_fresh_process_prints_no_library_warning(tmp_path):
    """pyHanko's import of cryptography's DSA class warned into every signing command's output."""
    old = Path(__file__).resolve().parent.parent / "data" / "v0.1.0"
    env = {**os.environ, "TUOYU_DATA_DIR": str(tmp_path / "d"), "PYTHONWARNINGS": "default"}
    result = subprocess.run(
        [sys.executable, "-m", "tuoyu_desktop.cli", "verify", str(old / "wst821-ok-1signer.pdf"),
         "--trust", str(old / "director.pem")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize("argv", [[], ["frobnicate"], ["export", "x"]])
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2


def test_a_defect_is_a_message_and_a_logged_trace_not_a_traceback(capsys, data_dir, monkeypatch):
    from tuoyu_desktop.cli import assessments

    def broken(args):
        raise ValueError("something the code did not expect")

    monkeypatch.setattr(assessments, "cmd_list", broken)
    data_dir.mkdir(parents=True, exist_ok=True)
    code, _, err = run(capsys, "list")
    assert code == 1 and err.startswith("内部错误（ValueError") and "Traceback" not in err
    log = data_dir / "logs" / "crash.log"
    assert str(log) in err
    assert "something the code did not expect" in log.read_text(encoding="utf-8")


@pytest.mark.parametrize("district, ok", [("北京市朝阳区卫生健康委员会", True), ("北京市朝阳区卫生健康委员会" * 2, False)])
def test_ca_init_with_a_long_district_name(capsys, data_dir, tmp_path, district, ok):
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("district-passphrase-2026\n", encoding="utf-8")
    code, out, err = run(capsys, "ca", "init", "--district", district, str(tmp_path / "root.p12"),
                         "--passphrase-file", str(passphrase))
    if ok:
        assert code == 0 and "北京市朝阳区卫生健康委员会" in out, err
    else:
        assert code == 1 and "区名称太长" in err and not (tmp_path / "root.p12").exists()
