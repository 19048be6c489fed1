"""The summary of one self-assessment: scores per dimension, grade, veto items, gaps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.messages import stored_shown
from tuoyu_desktop.records import format_points
from tuoyu_desktop.scoring import PeriodChange, Scores
from tuoyu_desktop.services import AssessmentSession
from tuoyu_desktop.ui import formatting, style
from tuoyu_desktop.ui.i18n import current_language
from tuoyu_desktop.ui.widgets import Card, label

ITEM_ID = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    head = table.horizontalHeader()
    head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fit_height(table: QTableWidget) -> None:
    """Show every row: the page scrolls, not the table."""
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 4
    height += sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(max(height, 40))


def _cell(text: str, item_id: str | None = None, align_right: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    if item_id is not None:
        cell.setData(ITEM_ID, item_id)
    if align_right:
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return cell


def _percent_text(value) -> str:
    return "—" if value is None else formatting.percent(value)


class SummaryPage(QWidget):
    """Built from the session's current scores each time it is shown."""

    backRequested = Signal()
    itemRequested = Signal(str)
    exportRequested = Signal()
    finaliseRequested = Signal()
    reviseRequested = Signal()
    signedExportRequested = Signal()
    rectifyRequested = Signal()

    def __init__(self, session: AssessmentSession, facility_name: str = "", parent: QWidget | None = None,
                 change: PeriodChange | None = None):
        super().__init__(parent)
        self.session = session
        self.change = change
        self.setObjectName("page")
        self._build(session.scores, facility_name)

    def _build(self, scores: Scores, facility_name: str) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("page")
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(14)

        # Header: title and actions
        header = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Back to the assessment"))
        self.back_button.setToolTip(self.tr("Continue answering items"))
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(label(self.tr("Summary · {period}").format(
            period=stored_shown(self.session.row.period, current_language())), "h1"))
        titles.addWidget(label(" · ".join(p for p in (facility_name, scores.form.title) if p), "muted"))
        header.addSpacing(8)
        header.addLayout(titles, 1)
        self.export_button = QPushButton(self.tr("Export PDF"))
        self.export_button.setProperty("role", "primary")
        self.export_button.setToolTip(self.tr("Write this self-assessment's report as a PDF file"))
        self.rectify_button = QPushButton(self.tr("Make rectification items"))
        self.rectify_button.setToolTip(self.tr("One rectification item per gap, in the rectification ledger"))
        self.rectify_button.clicked.connect(self.rectifyRequested)
        if self.session.form.kind == "self_assessment":
            header.addWidget(self.rectify_button)
        else:
            self.export_button.setToolTip(self.tr("Write this inspection's report as a PDF file"))
            self.back_button.setText(self.tr("‹ Back to the inspection"))
            self.back_button.setToolTip(self.tr("Continue the checklist"))
        header.addWidget(self.export_button)
        layout.addLayout(header)
        layout.addWidget(self._state_card())

        # Total and grade
        total_card = Card()
        total_layout = QHBoxLayout(total_card)
        total_layout.setContentsMargins(22, 16, 22, 16)
        total_layout.setSpacing(36)
        total = scores.total
        self.total_label = label(formatting.score_text(total), "big")
        self.grade_label = label(formatting.grade_text(scores), "grade")
        style.set_state(self.grade_label, "state", "veto" if scores.vetoed else None)
        total_layout.addLayout(self._figure(self.tr("Total score"), self.total_label))
        total_layout.addLayout(self._figure(self.tr("Grade"), self.grade_label))
        self.progress_label = label(
            self.tr("{done} of {total} items done, {na} not applicable").format(
                done=total.done, total=total.total, na=total.na
            ),
            "h3",
        )
        total_layout.addLayout(self._figure(self.tr("Progress"), self.progress_label))
        total_layout.addStretch(1)
        layout.addWidget(total_card)
        if not scores.complete:
            layout.addWidget(
                label(
                    self.tr(
                        "The grade is provisional: {open} item(s) are still open. Unanswered items count as 0 points."
                    ).format(open=total.total - total.done),
                    "warning",
                    wrap=True,
                )
            )

        # Per dimension
        dimensions_card = Card()
        dimensions_layout = QVBoxLayout(dimensions_card)
        dimensions_layout.setContentsMargins(20, 14, 20, 16)
        dimensions_layout.addWidget(label(self.tr("Scores by dimension"), "h2"))
        self.dimension_table = _table(
            [
                self.tr("Dimension"),
                self.tr("Score"),
                self.tr("Applicable max"),
                self.tr("Percent"),
                self.tr("Done"),
                self.tr("N/A"),
            ]
        )
        self.dimension_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = list(scores.dimensions)
        self.dimension_table.setRowCount(len(rows) + 1)
        for row, dimension in enumerate(rows):
            self._tally_row(row, f"{dimension.dimension.id}  {dimension.dimension.title}", dimension.tally)
        self._tally_row(len(rows), self.tr("Total"), total, bold=True)
        _fit_height(self.dimension_table)
        dimensions_layout.addWidget(self.dimension_table)
        layout.addWidget(dimensions_card)
        self.change_table: QTableWidget | None = None
        if self.change is not None:
            layout.addWidget(self._change_card(self.change))

        # Veto failures
        veto_card = Card()
        veto_layout = QVBoxLayout(veto_card)
        veto_layout.setContentsMargins(20, 14, 20, 16)
        veto_layout.addWidget(label(self.tr("Decisive (veto) items"), "h2"))
        self.veto_buttons: list[QPushButton] = []
        if scores.veto_failures:
            veto_layout.addWidget(
                label(
                    self.tr("Not met — the grade cannot be better than {grade}:").format(grade=scores.grade.grade),
                    "bad",
                    wrap=True,
                )
            )
            for result in scores.veto_failures:
                option = formatting.answer_label(result)
                button = QPushButton(f"{result.item.id}  {result.item.text}  —  {option}")
                button.setProperty("role", "link")
                button.setStyleSheet(f"color: {style.RED};")
                button.setToolTip(self.tr("Go to item {id}").format(id=result.item.id))
                button.clicked.connect(lambda _c=False, i=result.item.id: self.itemRequested.emit(i))
                veto_layout.addWidget(button)
                self.veto_buttons.append(button)
        else:
            veto_items = scores.form.veto_items
            veto_layout.addWidget(
                label(
                    self.tr("None failed ({count} decisive items in this form).").format(count=len(veto_items)),
                    "ok",
                )
            )
        layout.addWidget(veto_card)

        # Gaps
        gaps_card = Card()
        gaps_layout = QVBoxLayout(gaps_card)
        gaps_layout.setContentsMargins(20, 14, 20, 16)
        gaps_layout.addWidget(label(self.tr("Gaps to rectify ({count})").format(count=len(scores.gaps)), "h2"))
        gaps_layout.addWidget(
            label(self.tr("Items answered with less than full marks. Click one to go to it."), "small", wrap=True)
        )
        self.gap_table = _table(
            [self.tr("Item"), self.tr("Requirement"), self.tr("Answer"), self.tr("Points lost"), self.tr("Notes")]
        )
        head = self.gap_table.horizontalHeader()
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.gap_table.setWordWrap(True)
        self.gap_table.setRowCount(len(scores.gaps))
        for row, result in enumerate(scores.gaps):
            item_id = result.item.id
            lost = result.item.points - result.earned
            cells = [
                _cell(item_id, item_id),
                _cell(result.item.text, item_id),
                _cell(formatting.answer_label(result), item_id),
                _cell(format_points(lost), item_id, align_right=True),
                _cell(result.answer.comment or result.explanation, item_id),
            ]
            for column, cell in enumerate(cells):
                if result.item.veto:
                    cell.setForeground(QBrush(QColor(style.RED)))
                self.gap_table.setItem(row, column, cell)
        self.gap_table.cellActivated.connect(self._gap_activated)
        self.gap_table.cellClicked.connect(self._gap_activated)
        if scores.gaps:
            _fit_height(self.gap_table)
            gaps_layout.addWidget(self.gap_table)
        else:
            self.gap_table.hide()
            gaps_layout.addWidget(label(self.tr("No gaps so far."), "ok"))
        layout.addWidget(gaps_card)
        layout.addStretch(1)

        self.back_button.clicked.connect(self.backRequested)
        self.export_button.clicked.connect(self.exportRequested)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.backRequested.emit)

    def _state_card(self) -> Card:
        """Draft or finalised, the revision, and what can be done next (finalise / revise / sign)."""
        row = self.session.row
        card = Card()
        card.setObjectName("stateCard")
        box = QHBoxLayout(card)
        box.setContentsMargins(20, 12, 20, 12)
        box.setSpacing(12)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        if self.session.finalised:
            self.state_label = label(self.tr("Finalised · revision {revision}").format(revision=row.revision), "ok")
            self.state_hint = label(
                self.tr("Finalised on {when}: read only. Export a signed report, or start a revision to change it.")
                .format(when=formatting.when(row.finalised_at or "")),
                "small",
                wrap=True,
            )
        else:
            self.state_label = label(self.tr("Draft · revision {revision}").format(revision=row.revision), "h3")
            self.state_hint = label(
                self.tr("Finalise when every item is answered: the answers are then frozen and can be signed."),
                "small",
                wrap=True,
            )
        font = self.state_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.state_label.setFont(font)
        texts.addWidget(self.state_label)
        texts.addWidget(self.state_hint)
        box.addLayout(texts, 1)
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.setToolTip(self.tr("Check that nothing is missing and freeze the answers"))
        self.revise_button = QPushButton(self.tr("Revise…"))
        self.revise_button.setToolTip(self.tr("Make a finalised self-assessment editable again as a new revision"))
        self.sign_button = QPushButton(self.tr("Export signed…"))
        self.sign_button.setToolTip(self.tr("Export the report signed with one or more digital identities"))
        self.sign_button.setEnabled(self.session.finalised)
        if self.session.finalised:
            self.sign_button.setProperty("role", "primary")
        else:
            self.finalise_button.setProperty("role", "primary")
            self.sign_button.setToolTip(self.tr("Finalise first: only a finalised self-assessment can be signed"))
        for button in (self.finalise_button, self.revise_button, self.sign_button):
            box.addWidget(button)
        # Only after they have a parent: showing a parentless widget makes it a window.
        self.finalise_button.setVisible(not self.session.finalised)
        self.revise_button.setVisible(self.session.finalised)
        self.finalise_button.clicked.connect(self.finaliseRequested)
        self.revise_button.clicked.connect(self.reviseRequested)
        self.sign_button.clicked.connect(self.signedExportRequested)
        return card

    def _figure(self, caption: str, value) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(label(caption, "small"))
        box.addWidget(value, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _change_card(self, change: PeriodChange) -> Card:
        """Per dimension and in total, this period against the previous one."""
        card = Card()
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(20, 14, 20, 16)
        card_layout.addWidget(label(self.tr("Change against {period}").format(period=change.previous_period), "h2"))
        if not change.same_form:
            card_layout.addWidget(label(self.tr("The two periods used different forms: compare with care."), "warning"))
        table = _table([self.tr("Dimension"), self.tr("Previous"), self.tr("Now"), self.tr("Change")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = (*change.dimensions, change.total)
        table.setRowCount(len(rows))
        for row, d in enumerate(rows):
            name = f"{d.dimension_id}  {d.title}" if d.dimension_id else self.tr("Total")
            delta = "—" if d.delta is None else f"{d.delta:+.1f}"
            for column, text in enumerate((name, _percent_text(d.before), _percent_text(d.now), delta)):
                table.setItem(row, column, _cell(text, align_right=column > 0))
        _fit_height(table)
        card_layout.addWidget(table)
        self.change_table = table
        return card

    def _tally_row(self, row: int, title: str, tally, bold: bool = False) -> None:
        cells = [
            _cell(title),
            _cell(format_points(tally.earned), align_right=True),
            _cell(format_points(tally.applicable_max), align_right=True),
            _cell(formatting.percent(tally.percent), align_right=True),
            _cell(f"{tally.done}/{tally.total}", align_right=True),
            _cell(str(tally.na), align_right=True),
        ]
        for column, cell in enumerate(cells):
            if bold:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            self.dimension_table.setItem(row, column, cell)

    def _gap_activated(self, row: int, _column: int) -> None:
        cell = self.gap_table.item(row, 0)
        if cell is not None:
            self.itemRequested.emit(cell.data(ITEM_ID))

    def gap_ids(self) -> list[str]:
        return [self.gap_table.item(row, 0).text() for row in range(self.gap_table.rowCount())]
