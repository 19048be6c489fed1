"""Form library, backups and recovery, start-up protections, item history: through the widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox
from support.ui import click, data_dir_with_mini_form, when_modal

from tuoyu_desktop import app as app_module
from tuoyu_desktop.services import Workspace

BUNDLED = {"wst821-2023", "beijing-2023", "inspection"}






# -- form library ---------------------------------------------------------------------------------
def test_form_library_lists_previews_and_imports(qtbot, tmp_path, monkeypatch, zh_app):
    from tuoyu_desktop.ui.form_library import FormLibraryDialog

    directory = data_dir_with_mini_form(tmp_path)
    (directory / "forms" / "broken_form.yaml").write_text("schema: 1\nid: broken\ndimensions: [\n", encoding="utf-8")
    workspace = Workspace.open(directory)
    try:
        dialog = FormLibraryDialog(workspace)
        qtbot.addWidget(dialog)
        dialog.show()
        ids = set(dialog.entry_ids())
        assert BUNDLED <= ids and "mini-test" in ids
        statuses = {dialog.table.item(r, 3).text(): dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
        assert statuses["broken_form.yaml"] == "无法使用"
        kinds = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
        assert kinds["wst821-2023"] == "自评" and kinds["inspection"] == "督导"

        # A usable form: its tree, with veto marks.
        dialog.select_form("mini-test")
        assert dialog.preview.currentWidget() is dialog.tree
        assert dialog.tree.topLevelItemCount() == 2
        first = dialog.tree.topLevelItem(0).child(0).child(0)
        assert first.text(0).startswith("1.1.1") and first.text(3) == "否决项"
        dialog.select_form("wst821-2023")
        dialog.grab().save("/tmp/ui2_form_library.png")

        # The broken one: its problems.
        dialog.select_path(directory / "forms" / "broken_form.yaml")
        assert dialog.preview.currentWidget() is dialog.problems.parentWidget()
        assert dialog.problems.count() >= 1
        assert "broken_form.yaml" in dialog.problems_title.text()
        dialog.grab().save("/tmp/ui2_form_library_broken.png")

        # The template workbook, saved and imported back.
        template = tmp_path / "模板.xlsx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(template), ""))
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
        click(qtbot, dialog.template_button)
        assert template.is_file() and template.stat().st_size > 0
        before = set(dialog.entry_ids())
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(template), ""))
        with qtbot.waitSignal(dialog.formsChanged, timeout=5000):
            click(qtbot, dialog.import_button)
        added = set(dialog.entry_ids()) - before
        assert len(added) == 1
        new_id = added.pop()
        assert new_id in [f.id for f in workspace.forms.self_assessment_forms()]  # the new-assessment dialog offers it

        # A form with problems: every problem shown, nothing installed.
        bad = tmp_path / "bad_form.yaml"
        bad.write_text(
            "schema: 1\nid: bad-form\nversion: '1'\nkind: self_assessment\ntitle: 坏表\ndimensions: []\n",
            encoding="utf-8",
        )
        installed = sorted(p.name for p in (directory / "forms").iterdir())
        shown = []

        def problems(box):
            shown.append([box.list.item(i).text() for i in range(box.list.count())])
            box.grab().save("/tmp/ui2_form_problems.png")
            box.reject()

        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
        when_modal(problems)
        click(qtbot, dialog.import_button)
        assert shown and len(shown[0]) >= 1
        assert sorted(p.name for p in (directory / "forms").iterdir()) == installed
    finally:
        workspace.close()


# -- backups --------------------------------------------------------------------------------------
def test_backup_now_and_restore(qtbot, mini_workspace, open_window, monkeypatch):
    mini_workspace.assessments.create("mini-test", "2026年上半年")
    window = open_window(mini_workspace)
    assert window.home.table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen = {}

    def work(dialog):
        assert dialog.table.rowCount() == 0 and dialog.empty_label.isVisible()
        click(qtbot, dialog.backup_button)
        assert dialog.table.rowCount() == 1
        assert "手动" in dialog.table.item(0, 0).text()
        dialog.keep.setValue(3)
        dialog.keep.editingFinished.emit()
        seen["keep"] = mini_workspace.store.setting("backup_keep", "10")
        dialog.grab().save("/tmp/ui2_backups.png")
        # Later work, then back to the backup.
        mini_workspace.assessments.create("mini-test", "2026年下半年")
        dialog.table.selectRow(0)
        click(qtbot, dialog.restore_button)
        seen["message"] = dialog.message.text()
        dialog.reject()

    when_modal(work)
    window.backups_action.trigger()
    assert seen["keep"] == "3"
    assert "已恢复" in seen["message"]
    assert [s.row.period for s in mini_workspace.assessments.list()] == ["2026年上半年"]
    assert window.current_page() is window.home and window.home.table.rowCount() == 1
    assert any(p.name.startswith("tuoyu") and "before-restore" in p.name for p in mini_workspace.data_dir.iterdir())


def test_start_backup_runs_after_the_window_shows(qtbot, launched, facility_dir):
    window = launched(["--data-dir", str(facility_dir)])
    assert window.isVisible()
    qtbot.waitUntil(lambda: any(b.reason == "start" for b in window.workspace.backups.list()), timeout=5000)


# -- start-up protections -------------------------------------------------------------------------
def _damage(directory):
    database = directory / "tuoyu.db"
    data = bytearray(database.read_bytes())
    data[0:100] = b"\x00" * 100  # the header is gone: not a database any more
    database.write_bytes(bytes(data))


def test_damaged_database_is_recovered_from_the_backup(qtbot, launched, facility_dir, monkeypatch):
    workspace = Workspace.open(facility_dir)
    workspace.backups.take("manual")
    workspace.close()
    for extra in facility_dir.glob("tuoyu.db-*"):
        extra.unlink()
    _damage(facility_dir)
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(title) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append((title, text)))
    window = launched(["--data-dir", str(facility_dir)])
    assert not isinstance(window, int)
    assert asked == ["数据文件已损坏"]
    assert told[0][0] == "数据已恢复"
    aside = told[0][1].splitlines()[-1]
    assert aside and (facility_dir / aside).exists() or __import__("pathlib").Path(aside).exists()
    assert [s.row.period for s in window.workspace.assessments.list()] == ["2026年上半年"]
    assert window.home.table.rowCount() == 1


def test_damaged_database_without_backup_exits_1(qtbot, zh_app, facility_dir, monkeypatch):
    for extra in facility_dir.glob("tuoyu.db-*"):
        extra.unlink()
    _damage(facility_dir)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert app_module.main(["--data-dir", str(facility_dir)]) == 1
    assert "没有可用的备份" in shown[0]


def test_second_instance_says_already_running_and_exits_0(qtbot, zh_app, facility_dir, monkeypatch):
    holder = Workspace.open(facility_dir)
    try:
        shown = []
        monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append((title, text)))
        assert app_module.main(["--data-dir", str(facility_dir)]) == 0
        assert shown[0][0] == "程序已在运行"
        assert shown[0][1].startswith("程序已在运行…")
    finally:
        holder.close()


# -- item history ---------------------------------------------------------------------------------
def test_item_history_shows_two_changes(qtbot, mini_workspace, open_window):
    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    window = open_window(mini_workspace)
    window.open_assessment(assessment_id)
    page = window.assessment_page
    card = page.card("1.1.2")
    click(qtbot, card.option_buttons[0])  # 达到
    click(qtbot, card.option_buttons[1])  # 部分达到
    assert card.history_button.isVisible() and card.history_button.text() == "历史"
    rows = []

    def read(dialog):
        table = dialog.table
        rows.extend([[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())])
        dialog.grab().save("/tmp/ui2_history.png")
        dialog.reject()

    when_modal(read)
    click(qtbot, card.history_button)
    assert len(rows) == 2
    assert rows[0][2:] == ["达到", "部分达到"]  # newest first
    assert rows[1][2:] == ["（未作答）", "达到"]
    assert all(row[0] and row[1] for row in rows)
    stored = mini_workspace.store.history("answer", f"{assessment_id}/1.1.2")
    assert len(stored) == 2
