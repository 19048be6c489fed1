"""An inspection visit (督导巡查): the checklist (the assessment page's navigator and item cards),
visit details, items carried over from the last visit, ad-hoc findings, and the rectification
opinion and deadline of every finding."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop import rectification as rect
from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.messages import stored_shown
from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui.assessment_page import AssessmentPage
from tuoyu_desktop.ui.date_field import DateField
from tuoyu_desktop.ui.evidence_widget import EvidenceStrip
from tuoyu_desktop.ui.i18n import current_language, shown
from tuoyu_desktop.ui.terms import term
from tuoyu_desktop.ui.widgets import Card, label, ok_cancel_buttons


def split_names(text: str) -> list[str]:
    for separator in ("，", "、", ";", "；"):
        text = text.replace(separator, ",")
    return [name.strip() for name in text.split(",") if name.strip()]


class VisitDialog(QDialog):
    """Date and time of the visit, the inspectors, the facility representative, notes."""

    def __init__(self, parent: QWidget | None = None, visited_at: str = "", inspectors=(), facility_rep: str = "",
                 notes: str = "", title: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Visit details"))
        self.resize(480, 320)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        moment = QDateTime.fromString(visited_at[:16], "yyyy-MM-ddTHH:mm") if visited_at else QDateTime()
        if not moment.isValid():
            moment = QDateTime.fromString(visited_at[:16], "yyyy-MM-dd HH:mm") if visited_at else QDateTime()
        self.when.setDateTime(moment if moment.isValid() else QDateTime.currentDateTime())
        self.inspectors = QLineEdit("、".join(inspectors))
        self.inspectors.setPlaceholderText(self.tr("Names, separated by commas"))
        self.facility_rep = QLineEdit(facility_rep)
        self.facility_rep.setPlaceholderText(self.tr("Who from the facility accompanied the visit"))
        self.notes = QPlainTextEdit(notes)
        self.notes.setTabChangesFocus(True)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Inspectors"), self.inspectors)
        form.addRow(self.tr("Facility representative"), self.facility_rep)
        form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(form)
        self.message = label("", "error", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons, self.ok_button = ok_cancel_buttons(self, self.tr("OK"), self._accept)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not split_names(self.inspectors.text()):
            self.show_message(self.tr("Please name at least one inspector"))
            self.inspectors.setFocus()
            return
        self.accept()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def values(self) -> dict:
        return {
            "visited_at": self.when.dateTime().toString("yyyy-MM-ddTHH:mm"),
            "inspectors": split_names(self.inspectors.text()),
            "facility_rep": self.facility_rep.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }


def deadline_field(placeholder: str, name: str) -> DateField:
    """The ledger's date field (typed as people write dates, or picked from a calendar), wide
    enough for its placeholder in either language."""
    field = DateField(placeholder)
    field.edit.setAccessibleName(name)
    field.edit.setMinimumWidth(field.edit.fontMetrics().horizontalAdvance(placeholder) + 24)
    return field


class RectificationFields(QWidget):
    """Opinion (整改意见) and deadline (整改期限) of one rectification item, saved on leaving the field."""

    saved = Signal()

    def __init__(self, workspace: Workspace, item, read_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.item = item
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.opinion = QLineEdit(item.opinion)
        self.opinion.setPlaceholderText(self.tr("Rectification opinion (required)"))
        self.opinion.setAccessibleName(self.tr("Rectification opinion"))
        self.deadline = deadline_field(self.tr("Deadline, e.g. 2026-12-31"), self.tr("Deadline"))  # as in the ledger
        self.deadline.set_text(item.deadline or "")
        self.severity = QComboBox()
        for severity in rect.SEVERITIES:
            self.severity.addItem(term(severity), severity)
        self.severity.setCurrentIndex(max(0, self.severity.findData(item.severity)))
        self.severity.setToolTip(self.tr("Severity"))
        layout.addWidget(self.opinion, 1)
        layout.addWidget(self.deadline)
        layout.addWidget(self.severity)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        for widget in (self.opinion, self.deadline):
            widget.setReadOnly(read_only)
        self.severity.setEnabled(not read_only)
        if not read_only:
            self.opinion.editingFinished.connect(lambda: self.save("opinion", self.opinion.text()))
            self.deadline.editingFinished.connect(lambda: self.save("deadline", self.deadline.text().strip()))
            self.severity.currentIndexChanged.connect(lambda _i: self.save("severity", self.severity.currentData()))

    def save(self, field: str, value: str) -> bool:
        current = getattr(self.item, field) or ""
        if value == current:
            return True
        try:
            self.item = self.workspace.rectifications.update(self.item.id, **{field: value or None if field ==
                                                                             "deadline" else value})
        except TuoyuError as exc:
            self.error.setText(shown(exc))
            self.error.show()
            return False
        self.error.hide()
        self.saved.emit()
        return True


class FindingsPanel(QScrollArea):
    """Carried-over items, the findings with their opinions, and the form to add a 其他发现."""

    changed = Signal()
    itemRequested = Signal(str)

    def __init__(self, workspace: Workspace, inspection_id: str, read_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.inspection_id = inspection_id
        self.read_only = read_only
        self.setObjectName("pageScroll")
        self.setWidgetResizable(True)
        self.recheck_buttons: dict[str, tuple[QPushButton, QPushButton]] = {}
        self.fields: dict[str, RectificationFields] = {}
        self.descriptions: dict[str, str] = {}  # finding key → what was found (to find a not-ready line's field)
        self.finding_strips: dict[int, EvidenceStrip] = {}
        self.remove_buttons: dict[int, QPushButton] = {}
        self.body = None
        self._build_add_form()
        self.refresh()

    def _build_add_form(self) -> None:
        self.add_card = Card()
        layout = QVBoxLayout(self.add_card)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(label(self.tr("Add another finding"), "h3"))
        layout.addWidget(label(self.tr("A problem the checklist does not cover; it becomes a rectification item."),
                               "small", wrap=True))
        form = QFormLayout()
        self.new_description = QPlainTextEdit()
        self.new_description.setTabChangesFocus(True)
        self.new_description.setFixedHeight(64)
        self.new_description.setPlaceholderText(self.tr("What was found (required)"))
        self.new_area = QLineEdit()
        self.new_area.setPlaceholderText(term("其他发现"))
        self.new_severity = QComboBox()
        for severity in rect.SEVERITIES:
            self.new_severity.addItem(term(severity), severity)
        self.new_opinion = QLineEdit()
        self.new_opinion.setPlaceholderText(self.tr("What the facility should do"))
        self.new_deadline = deadline_field(self.tr("Deadline, e.g. 2026-12-31"), self.tr("Deadline"))
        form.addRow(self.tr("Finding"), self.new_description)
        form.addRow(self.tr("Area"), self.new_area)
        form.addRow(self.tr("Severity"), self.new_severity)
        form.addRow(self.tr("Rectification opinion"), self.new_opinion)
        form.addRow(self.tr("Deadline"), self.new_deadline)
        layout.addLayout(form)
        self.add_error = label("", "error", wrap=True)
        self.add_error.hide()
        layout.addWidget(self.add_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.add_button = QPushButton(self.tr("Add finding"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(self.add_finding)
        row.addWidget(self.add_button)
        layout.addLayout(row)

    # -- building ------------------------------------------------------------------------------
    def refresh(self) -> None:
        body = QWidget()
        body.setObjectName("page")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(12)
        self.recheck_buttons.clear()
        self.fields.clear()
        self.descriptions.clear()
        self.finding_strips.clear()
        self.remove_buttons.clear()

        carried = self.workspace.inspections.carried_over(self.inspection_id)
        self.carried_card = None
        if carried:
            card = Card()
            card.setObjectName("carriedOver")
            box = QVBoxLayout(card)
            box.setContentsMargins(18, 12, 18, 12)
            box.addWidget(label(self.tr("Open items from the last visit ({count})").format(count=len(carried)), "h2"))
            box.addWidget(label(self.tr("Check these first: is each one fixed?"), "small"))
            for item in carried:
                line = QHBoxLayout()
                deadline = item.deadline or "—"
                text = label(f"{item.area} · {item.description}\n{self.tr('Opinion')}: {item.opinion or '—'} · "
                             f"{self.tr('Deadline')}: {deadline} · {term(item.status)}", wrap=True)
                if item.overdue:
                    text.setProperty("role", "bad")
                line.addWidget(text, 1)
                fixed = QPushButton(self.tr("Fixed"))
                not_fixed = QPushButton(self.tr("Not fixed"))
                fixed.clicked.connect(lambda _c=False, i=item.id: self.recheck(i, True))
                not_fixed.clicked.connect(lambda _c=False, i=item.id: self.recheck(i, False))
                for button in (fixed, not_fixed):
                    button.setEnabled(not self.read_only)
                    line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                self.recheck_buttons[item.id] = (fixed, not_fixed)
                box.addLayout(line)
            layout.addWidget(card)
            self.carried_card = card

        findings = self.workspace.inspections.findings(self.inspection_id)
        card = Card()
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 12, 18, 12)
        box.setSpacing(10)
        box.addWidget(label(self.tr("Findings and rectification opinions ({count})").format(count=len(findings)), "h2"))
        box.addWidget(label(self.tr("Every non-compliant item and every other finding needs an opinion and a deadline before "
                                    "finalising."), "small", wrap=True))
        if not findings:
            box.addWidget(label(self.tr("No findings so far."), "ok"))
        for view in findings:
            entry = QVBoxLayout()
            entry.setSpacing(4)
            head = QHBoxLayout()
            title = f"{view.key}  {view.description}" if view.finding_id is None else view.description
            heading = label(title, "h3", wrap=True)
            head.addWidget(heading, 1)
            area = label(view.area, "chip")
            head.addWidget(area, 0, Qt.AlignmentFlag.AlignTop)
            if view.finding_id is None:
                go = QPushButton(self.tr("Go to item"))
                go.setProperty("role", "link")
                go.clicked.connect(lambda _c=False, k=view.key: self.itemRequested.emit(k))
                head.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
            else:
                remove = QPushButton(self.tr("Remove"))
                remove.setProperty("role", "link")
                remove.setEnabled(not self.read_only)
                remove.clicked.connect(lambda _c=False, f=view.finding_id: self.remove_finding(f))
                head.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
                self.remove_buttons[view.finding_id] = remove
            entry.addLayout(head)
            if view.observation:
                entry.addWidget(label(self.tr("Observed: {text}").format(text=view.observation), "muted", wrap=True))
            if view.rectification is not None:
                fields = RectificationFields(self.workspace, view.rectification, self.read_only)
                entry.addWidget(fields)
                entry.addWidget(fields.error)
                self.fields[view.key] = fields
                self.descriptions[view.key] = view.description
            if view.finding_id is not None:
                finding_id = view.finding_id
                strip = EvidenceStrip(
                    self.workspace,
                    load=lambda f=finding_id: self.workspace.evidence.for_finding(f),
                    attach=lambda path, caption, f=finding_id: self.workspace.evidence.attach_to_finding(f, path, caption),
                    read_only=self.read_only,
                )
                entry.addWidget(strip)
                self.finding_strips[finding_id] = strip
            box.addLayout(entry)
        layout.addWidget(card)
        layout.addWidget(self.add_card)
        self.add_card.setVisible(not self.read_only)  # after it has a parent: never a window of its own
        layout.addStretch(1)
        old = self.takeWidget()  # add_card already moved to the new body
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
        self.body = body
        self.findings_count = len(findings)

    def reveal_field(self, key: str, which: str) -> bool:
        """Scroll to the finding ``key``'s opinion or deadline field and put the cursor in it."""
        fields = self.fields.get(key)
        if fields is None:
            return False
        target = fields.deadline if which == "deadline" else fields.opinion
        self.body.layout().activate()
        self.ensureWidgetVisible(target, 40, 80)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def key_of_problem(self, problem: str) -> str | None:
        """The finding a not-ready line names: ``条目 2.1.3：…`` or ``其他发现“门厅消毒液无标签”：…``."""
        from tuoyu_desktop.ui.finalise import item_of_problem

        if problem.startswith("其他发现"):
            quoted = problem.split("“", 1)[-1].split("”", 1)[0]
            return next((k for k, d in self.descriptions.items() if quoted and d.startswith(quoted)), None)
        item_id = item_of_problem(problem)
        return item_id if item_id in self.fields else None

    # -- actions -------------------------------------------------------------------------------
    def recheck(self, item_id: str, fixed: bool) -> bool:
        note = ""
        if not fixed:
            from PySide6.QtWidgets import QInputDialog

            note, ok = QInputDialog.getText(self, self.tr("Not fixed"), self.tr("What did you see? (required)"))
            if not ok:
                return False
        try:
            self.workspace.inspections.recheck_item(item_id, fixed, note)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Not recorded"), shown(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def add_finding(self) -> int | None:
        try:
            finding_id = self.workspace.inspections.add_finding(
                self.inspection_id,
                self.new_description.toPlainText(),
                area=self.new_area.text().strip() or "其他发现",
                severity=self.new_severity.currentData(),
                opinion=self.new_opinion.text(),
                deadline=self.new_deadline.text().strip() or None,
            )
        except TuoyuError as exc:
            self.add_error.setText(shown(exc))
            self.add_error.show()
            return None
        self.add_error.hide()
        for widget in (self.new_description, self.new_area, self.new_opinion, self.new_deadline):
            widget.clear()
        self.new_severity.setCurrentIndex(0)
        self.refresh()
        self.changed.emit()
        return finding_id

    def remove_finding(self, finding_id: int) -> bool:
        try:
            self.workspace.inspections.remove_finding(finding_id)
        except TuoyuError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), shown(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True


class InspectionPage(AssessmentPage):
    """The assessment page of an inspection-kind form, with the visit around it."""

    def __init__(self, session, workspace: Workspace, parent: QWidget | None = None):
        self.inspection_id = session.id
        super().__init__(session, parent, workspace=workspace)

    def _build(self) -> None:
        super()._build()
        workspace = self.workspace
        view_facility = self.session.profile
        self.top.title.setText(f"{view_facility.name} · {stored_shown(self.session.row.period, current_language())}")
        self.top.back_button.setToolTip(self.tr("Back to the visited facilities"))
        self.top.summary_button.setToolTip(self.tr("Result, findings and report of this inspection"))

        # Visit details
        self.visit_card = Card()
        visit_layout = QHBoxLayout(self.visit_card)
        visit_layout.setContentsMargins(16, 8, 16, 8)
        self.visit_label = label("", wrap=True)
        visit_layout.addWidget(self.visit_label, 1)
        self.edit_visit_button = QPushButton(self.tr("Edit visit details…"))
        self.edit_visit_button.setEnabled(not self.session.finalised)
        self.edit_visit_button.clicked.connect(lambda: self.edit_visit())
        visit_layout.addWidget(self.edit_visit_button)
        self.body.insertWidget(0, self.visit_card)

        # Checklist and findings as two tabs
        self.tabs = QTabWidget()
        self.body.removeWidget(self.splitter)
        self.tabs.addTab(self.splitter, self.tr("Checklist"))
        self.findings_panel = FindingsPanel(workspace, self.inspection_id, self.session.finalised)
        self.findings_panel.itemRequested.connect(self.jump_to_item)
        self.findings_panel.changed.connect(self._findings_changed)
        self.tabs.addTab(self.findings_panel, "")
        self.body.addWidget(self.tabs, 1)
        if workspace.inspections.carried_over(self.inspection_id):
            self.tabs.setCurrentWidget(self.findings_panel)  # the open items of the last visit come first
        self.show_visit()
        self._findings_changed()

    def jump_to_item(self, item_id: str) -> None:
        self.tabs.setCurrentWidget(self.splitter)  # the card is in the checklist tab
        super().jump_to_item(item_id)

    def go_to_problem(self, problem: str) -> None:
        """Opinion and deadline lines go to the findings tab's field; visit lines open the visit details."""
        if "整改意见" in problem or "整改期限" in problem:
            key = self.findings_panel.key_of_problem(problem)
            if key is not None:
                self.tabs.setCurrentWidget(self.findings_panel)
                self.findings_panel.reveal_field(key, "deadline" if "整改期限" in problem else "opinion")
                return
        if "督导员" in problem or "机构代表" in problem:
            self.edit_visit("facility_rep" if "机构代表" in problem else "inspectors")
            return
        super().go_to_problem(problem)

    def show_visit(self) -> None:
        visit = self.workspace.inspections.view(self.inspection_id).visit
        self.visit = visit
        when = visit.visited_at.replace("T", " ")[:16]
        parts = [self.tr("Visited {when}").format(when=when),
                 self.tr("Inspectors: {names}").format(names="、".join(visit.inspectors) or "—"),
                 self.tr("Facility representative: {name}").format(name=visit.facility_rep or "—")]
        if visit.notes:
            parts.append(visit.notes)
        self.visit_label.setText("  ·  ".join(parts))

    def edit_visit(self, focus: str = "") -> bool:
        visit = self.visit
        dialog = VisitDialog(self, visit.visited_at, visit.inspectors, visit.facility_rep, visit.notes)
        if focus in ("inspectors", "facility_rep"):
            getattr(dialog, focus).setFocus(Qt.FocusReason.OtherFocusReason)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self.workspace.inspections.update_visit(self.inspection_id, **dialog.values())
            except TuoyuError as exc:
                dialog.show_message(shown(exc))
                continue
            self.show_visit()
            return True
        return False

    def page(self, indicator_id: str):
        fresh = indicator_id not in self.pages
        page = super().page(indicator_id)
        if fresh:
            for card in page.cards.values():
                card.comment.setPlaceholderText(self.tr("Observation: what you saw, where and when…"))
                card.comment.setAccessibleName(self.tr("Observation"))
        return page

    def save_item(self, item_id: str) -> bool:
        ok = super().save_item(item_id)
        if ok:
            try:
                self.workspace.inspections.sync_rectifications(self.inspection_id)
            except TuoyuError as exc:
                self._show_unsaved(shown(exc))
                return False
            self.findings_panel.refresh()
            self._findings_changed()
        return ok

    def _findings_changed(self) -> None:
        count = self.findings_panel.findings_count
        self.tabs.setTabText(1, self.tr("Findings and opinions ({count})").format(count=count))
