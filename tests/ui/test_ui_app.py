"""The application as a whole: startup errors, language, broken forms, export, error hook."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from support.ui import click, create_assessment_via_dialog

from tuoyu_desktop import app as app_module
from tuoyu_desktop.services import demo_profile
from tuoyu_desktop.services.reports import Reports


def test_unwritable_data_dir_shows_message_and_exits_1(qtbot, zh_app, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    shown = []

    def critical(parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    hook_before = sys.excepthook
    code = app_module.main(["--data-dir", str(blocker / "data")])
    assert code == 1
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "无法启动"
    assert "无法创建数据文件夹" in text and "Traceback" not in text
    assert sys.excepthook is hook_before


def test_default_language_is_chinese(launched, facility_dir):
    window = launched(["--data-dir", str(facility_dir)])
    assert window.home.new_button.text() == "新建自评"
    assert window.home.edit_profile_button.text() == "编辑机构信息"
    assert window.windowTitle().endswith("托育机构质量自评")


def test_lang_en_shows_english(launched, facility_dir):
    window = launched(["--data-dir", str(facility_dir), "--lang", "en"])
    assert window.home.new_button.text() == "New self-assessment"
    assert window.home.export_button.text() == "Export PDF"
    assert window.windowTitle().endswith("Childcare Quality Self-Assessment")
    # Content stays Chinese data.
    assert window.home.facility_name.text() == demo_profile().name


def test_language_setting_is_kept_in_the_data_dir(qtbot, launched, facility_dir):
    window = launched(["--data-dir", str(facility_dir)])
    window.language_actions["en"].trigger()
    assert window.home.new_button.text() == "New self-assessment"  # switched at once
    settings = QSettings(str(facility_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("ui/language") == "en"
    window.close()
    again = launched(["--data-dir", str(facility_dir)])
    assert again.home.new_button.text() == "New self-assessment"
    again.language_actions["zh_CN"].trigger()
    assert again.home.new_button.text() == "新建自评"


def test_window_geometry_is_remembered(qtbot, launched, facility_dir):
    from tuoyu_desktop.ui.app_window import default_size

    window = launched(["--data-dir", str(facility_dir)])
    assert (window.width(), window.height()) == default_size()
    assert default_size() <= (1280, 800)
    window.resize(700, 500)  # within the offscreen screen, which is 800×800
    window.close()
    again = launched(["--data-dir", str(facility_dir)])
    assert (again.width(), again.height()) == (700, 500)


def test_broken_form_file_app_starts_with_a_warning(qtbot, launched, facility_dir, monkeypatch):
    (facility_dir / "forms" / "broken_form.yaml").write_text("schema: 1\nid: broken\ndimensions: [\n", encoding="utf-8")
    window = launched(["--data-dir", str(facility_dir)])
    home = window.home
    assert window.current_page() is home
    qtbot.waitUntil(home.form_warning.isVisible)  # checked just after the window appears
    assert home.form_warning_label.text().startswith("1 个评估表无法使用")
    assert [e.path.name for e in home.unusable_forms()] == ["broken_form.yaml"]
    details = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: details.append(box.informativeText()) or 0)
    click(qtbot, home.form_warning_button)
    assert "broken_form.yaml" in details[0]
    # The good form is still offered.
    assert "mini-test" in [f.id for f in window.workspace.forms.self_assessment_forms()]


def test_no_warning_when_all_forms_are_fine(qtbot, launched, facility_dir):
    window = launched(["--data-dir", str(facility_dir)])
    qtbot.waitUntil(lambda: window.home._forms_checked)
    assert not window.home.form_warning.isVisible()


def test_main_window_appears_without_heavy_imports(launched, facility_dir):
    import subprocess  # other tests import reportlab: check in a fresh process

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from tuoyu_desktop.app import launch; w = launch(['--data-dir', sys.argv[1]]);"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'pyhanko', 'tuoyu_desktop.report')];"
        "print('HEAVY', heavy); w.workspace.close()"
    )
    out = subprocess.run([sys.executable, "-c", code, str(facility_dir)], capture_output=True, text=True, timeout=60)
    assert "HEAVY []" in out.stdout, out.stdout + out.stderr


def test_export_pdf_through_the_gui(qtbot, open_window, mini_workspace, tmp_path, monkeypatch):
    window = open_window(mini_workspace)
    create_assessment_via_dialog(qtbot, window, period="2026年上半年")
    qtbot.waitUntil(lambda: window.assessment_page is not None)
    page = window.assessment_page
    cards = page.pages[page.current_indicator].cards
    click(qtbot, cards["1.1.1"].option_buttons[0])
    click(qtbot, cards["1.1.2"].option_buttons[1])
    click(qtbot, page.top.back_button)

    target = tmp_path / "out" / "报告.pdf"
    target.parent.mkdir()
    suggested = []

    def save_name(parent, caption, directory, filter_):
        suggested.append(directory)
        return str(target), filter_

    results = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: results.append((box.text(), box.informativeText())) or 0
    )
    window.home.table.selectRow(0)
    with qtbot.waitSignal(window.export_controller.finished, timeout=60000) as signal:
        click(qtbot, window.home.export_button)
    ok, message = signal.args
    assert ok, message
    assert suggested[0].endswith(f"{demo_profile().name}_2026年上半年_自评报告.pdf")
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: bool(results))
    assert results[0] == ("报告已保存。", str(target))
    assert window.export_controller.worker is None
    # The folder is remembered for next time.
    settings = QSettings(str(mini_workspace.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("export/last_dir") == str(target.parent)


def test_export_error_is_shown(qtbot, open_window, mini_workspace, tmp_path, monkeypatch):
    from tuoyu_desktop.services import ExportError

    window = open_window(mini_workspace)
    create_assessment_via_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.assessment_page is not None)

    def refuse(self, assessment_id, target, progress=None):
        raise ExportError("无法写入 /nowhere：权限不足")

    monkeypatch.setattr(Reports, "export_pdf", refuse)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.pdf"), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    with qtbot.waitSignal(window.export_controller.finished, timeout=30000) as signal:
        window.export_action.trigger()  # Ctrl+E from the assessment page
    assert signal.args == [False, "无法写入 /nowhere：权限不足"]
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0] == "无法写入 /nowhere：权限不足"


def test_unexpected_errors_end_in_a_dialog(qtbot, zh_app, monkeypatch):
    from tuoyu_desktop.ui import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.detailedText())) or 0)
    previous = errors.install_excepthook()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown and shown[0][0] == "意外错误"
    assert "RuntimeError: boom" in shown[0][1]


def test_window_shell_is_painted_before_the_services_and_fonts_load(facility_dir):
    """Issue 15: the first frame comes before services/, the data file and the home page."""
    import subprocess

    code = """
import os, sys
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
seen = []
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) and not seen:
            seen.append(sorted(m for m in sys.modules if m.startswith(('tuoyu_desktop.services', 'tuoyu_desktop.store',
                                                                        'tuoyu_desktop.ui.home_page', 'tuoyu_desktop.forms'))))
        return False
probe = Probe()
app.installEventFilter(probe)
from tuoyu_desktop.app import launch
window = launch(['--data-dir', sys.argv[1]])
print('FIRST FRAME IMPORTED', seen[0] if seen else 'no frame')
print('HOME', window.home is not None, window.workspace is not None)
window.close()
"""
    out = subprocess.run([sys.executable, "-c", code, str(facility_dir)], capture_output=True, text=True, timeout=120)
    assert "FIRST FRAME IMPORTED []" in out.stdout, out.stdout + out.stderr
    assert "HOME True True" in out.stdout, out.stdout + out.stderr


def test_a_busy_data_folder_leaves_no_window_shell_behind(qtbot, launched, facility_dir, monkeypatch):
    from PySide6.QtWidgets import QApplication

    first = launched(["--data-dir", str(facility_dir)])
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: told.append(args[1]))
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert launched(["--data-dir", str(facility_dir)]) == 0
    assert told  # "already running"
    shells = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    assert shells == []
    assert first.isVisible() and first.home is not None


def test_the_home_table_is_filled_while_hidden(qtbot, launched, facility_dir, monkeypatch):
    """A table filled while shown lays itself out for every cell: 25 s for 1,000 assessments."""
    from tuoyu_desktop.ui.home_page import HomePage

    seen = []
    real = HomePage.refresh

    def refresh(self, *args, **kwargs):
        seen.append(self.isVisible())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(HomePage, "refresh", refresh)
    window = launched(["--data-dir", str(facility_dir)])
    assert seen and not any(seen)
    assert window.home.isVisible() and window.home.table.hasFocus() in (True, False)
    seen.clear()
    window.language_actions["en"].trigger()  # rebuilt in the other language: hidden too
    assert seen and not any(seen)
    window.language_actions["zh_CN"].trigger()
