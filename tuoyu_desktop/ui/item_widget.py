"""One form item as a card: what to check, how, and the user's answer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from tuoyu_desktop.forms import Item
from tuoyu_desktop.records import Answer, format_points
from tuoyu_desktop.scoring import ItemResult
from tuoyu_desktop.ui import style
from tuoyu_desktop.ui.answer_inputs import ChoiceInput, MultiInput, make_input
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.widgets import Card, FlowLayout, GrowingTextEdit, label, selectable, status_icon

TEXT_DEBOUNCE_MS = 400


class ItemCard(Card):
    """Shows an item and edits its answer.

    Emits ``changed(item_id)`` whenever the answer should be saved: at once for a click
    (an option, a box), after a short pause or on leaving the field for typed text, so
    typing does not write on every keystroke. Computed items show their result and the
    figures behind it instead of controls.
    """

    changed = Signal(str)
    confirmRequested = Signal(str)  # a carried-over answer (待确认) confirmed as still true
    profileRequested = Signal()
    historyRequested = Signal(str)

    def __init__(self, item: Item, answer: Answer, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.setObjectName(f"item-{item.id}")
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._flash_timer = QTimer(self)  # a child: it dies with the card
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(1400)
        self._flash_timer.timeout.connect(lambda: style.set_state(self, "flash", False))
        self.input = make_input(item)
        self._build()
        self.set_answer(answer)

    @property
    def computed(self) -> bool:
        return self.input is None

    @property
    def option_buttons(self) -> list[QPushButton]:
        return self.input.buttons if isinstance(self.input, ChoiceInput) else []

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        item = self.item
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)

        head = QHBoxLayout()
        head.setSpacing(10)
        ident = label(item.id, "itemid")
        head.addWidget(ident, 0, Qt.AlignmentFlag.AlignTop)
        self.text_label = selectable(label(item.text, "h3", wrap=True))
        head.addWidget(self.text_label, 1)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        if item.veto:
            veto = label(self.tr("Veto"), "badge")
            veto.setToolTip(
                self.tr("Decisive (veto) item: anything but full marks caps the grade, whatever the score")
            )
            badges.addWidget(veto)
        if item.scored:
            points = label(self.tr("{points} pts").format(points=format_points(item.points)), "points")
            points.setToolTip(self.tr("Points this item is worth"))
        else:
            points = label(self.tr("Not scored"), "chip")
            points.setToolTip(self.tr("A recorded fact: it earns no points itself but other items may use it"))
        badges.addWidget(points)
        if not item.required:
            optional = label(self.tr("Optional"), "chip")
            optional.setToolTip(self.tr("The assessment can be complete without this answer"))
            badges.addWidget(optional)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.setProperty("role", "link")
        self.history_button.setToolTip(self.tr("Who changed this answer, when, and what it was before"))
        self.history_button.clicked.connect(lambda: self.historyRequested.emit(self.item.id))
        badges.addWidget(self.history_button)
        if self.computed:
            self.history_button.hide()  # nothing is stored for a computed item
        self.status_label = label("", "small")
        self._reserve_status_width()
        badges.insertWidget(0, self.status_label)
        badges.insertSpacing(1, 4)
        head.addLayout(badges)
        head.setAlignment(badges, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        if item.guidance:
            guidance = selectable(label(item.guidance, "small", wrap=True))
            layout.addWidget(guidance)
        self.source_label = None
        if item.source:
            self.source_label = label(self.tr("Source: {source}").format(source=item.source), "small", wrap=True)
            self.source_label.setObjectName("item-source")
            selectable(self.source_label)
            self.source_label.setToolTip(
                self.tr("The clause or document this item comes from; a cut-off the form chose itself is marked as such"))
            layout.addWidget(self.source_label)
        if item.methods:
            methods = FlowLayout(spacing=6)
            methods.addWidget(label(self.tr("How to check:"), "small"))
            for method in item.methods:
                methods.addWidget(label(method, "chip"))
            layout.addLayout(methods)

        # Controls wrap onto a second line in a narrow window instead of being clipped.
        answer_row = FlowLayout(spacing=10)
        self.na_box = QCheckBox(self.tr("Not applicable"))
        self.na_box.setToolTip(self.tr("The item does not apply to this facility; a reason is required"))
        if self.computed:
            result = QWidget()
            result_layout = QHBoxLayout(result)
            result_layout.setContentsMargins(0, 0, 0, 0)
            result_layout.setSpacing(6)
            self.result_icon = label()
            self.result_label = label("", "h3")
            result_layout.addWidget(self.result_icon)
            result_layout.addWidget(self.result_label)
            answer_row.addWidget(result)
            self.profile_button = QPushButton(self.tr("Edit facility profile"))
            self.profile_button.setProperty("role", "link")
            self.profile_button.setToolTip(self.tr("This item is worked out from the facility profile"))
            self.profile_button.clicked.connect(self.profileRequested)
            answer_row.addWidget(self.profile_button)
            self.na_box.hide()
        else:
            answer_row.addWidget(self.input)
            answer_row.addWidget(self.na_box)
        self.na_refused_label = None
        if not self.computed and not item.na_allowed:
            # Decisive means decisive: the box stays visible (people look for it) but cannot be ticked.
            self.na_box.setEnabled(False)
            reason = (self.tr("A decisive item cannot be marked not applicable: answer it as it is")
                      if item.veto else self.tr("This item cannot be marked not applicable"))
            self.na_box.setToolTip(reason)
            self.na_refused_label = label(reason, "small")
            self.na_refused_label.setObjectName("na-refused")
            answer_row.addWidget(self.na_refused_label)
        self._build_clear(answer_row)
        layout.addLayout(answer_row)

        self.explanation = label("", "muted", wrap=True)
        self.explanation.setVisible(False)
        layout.addWidget(self.explanation)
        self.problem_label = label("", "error", wrap=True)
        self.problem_label.hide()
        layout.addWidget(self.problem_label)

        self.reason_box = QWidget()
        reason_layout = QVBoxLayout(self.reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.setSpacing(3)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why does this item not apply? (required)"))
        self.reason.setAccessibleName(self.tr("Reason for not applicable"))
        self.reason_warning = label(self.tr("Give a reason: until then the item counts as not done."), "warning")
        reason_layout.addWidget(self.reason)
        reason_layout.addWidget(self.reason_warning)
        layout.addWidget(self.reason_box)
        self.reason_box.hide()

        self.pending_box = QWidget()
        pending_layout = QHBoxLayout(self.pending_box)
        pending_layout.setContentsMargins(0, 0, 0, 0)
        pending_layout.setSpacing(8)
        self.pending_label = label(self.tr("Carried over from the previous period: still true?"), "warning")
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("The answer of the previous period is still true for this one"))
        self.confirm_button.clicked.connect(lambda: self.confirmRequested.emit(self.item.id))
        pending_layout.addWidget(self.pending_label)
        pending_layout.addWidget(self.confirm_button)
        pending_layout.addStretch(1)
        layout.addWidget(self.pending_box)
        self.pending_box.hide()

        self.comment = GrowingTextEdit(min_lines=1, max_lines=8)
        self.comment.setPlaceholderText(self.tr("Notes (optional): evidence seen, what to improve…"))
        self.comment.setAccessibleName(self.tr("Notes"))
        layout.addWidget(self.comment)
        if self.computed:
            self.comment.hide()  # nothing is stored for a computed item
            return

        self.input.committed.connect(self._committed)
        self.input.edited.connect(self._text_edited)
        if hasattr(self.input, "edit"):
            self.input.edit.editingFinished.connect(self.flush)
        self.na_box.toggled.connect(self._na_toggled)
        self.reason.textEdited.connect(self._text_edited)
        self.reason.editingFinished.connect(self.flush)
        self.comment.textChanged.connect(self._text_edited)
        self.comment.focusLost.connect(self.flush)
        if isinstance(self.input, ChoiceInput):
            for number in range(1, min(len(self.input.buttons), 9) + 1):
                # connected here, not by an ``activated=`` keyword: PySide6 6.11 keeps every
                # Connection made by a constructor keyword alive for ever (one per card and key)
                shortcut = QShortcut(QKeySequence(str(number)), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda n=number: self._pick_by_key(n))

    def _reserve_status_width(self) -> None:
        """As wide as its longest text: 已完成 → 一票否决项未达到 must not rewrap the item's text beside it."""
        self.status_label.ensurePolished()
        metrics = self.status_label.fontMetrics()
        texts = (self.tr("Veto item not met"), self.tr("Done"), self.tr("Not applicable"), self.tr("Reason missing"),
                 self.tr("Check the answer"), self.tr("Figures missing"), self.tr("Not answered"))
        self.status_label.setMinimumWidth(max(metrics.horizontalAdvance(text) for text in texts) + 4)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _build_clear(self, row: FlowLayout) -> None:
        """清除 takes the chosen answer away on purpose; 撤销 puts it back (until the next change)."""
        self._cleared_value: str | None = None
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setProperty("role", "link")
        self.clear_button.setToolTip(self.tr("Take the answer away (the notes stay); you can undo it"))
        self.clear_button.clicked.connect(self.clear_answer)
        self.undo_button = QPushButton(self.tr("Undo clear"))
        self.undo_button.setProperty("role", "link")
        self.undo_button.setToolTip(self.tr("Put the answer back as it was"))
        self.undo_button.clicked.connect(self.undo_clear)
        row.addWidget(self.clear_button)
        row.addWidget(self.undo_button)
        # Only now that they have a parent (a parentless widget shown becomes a window).
        self.clear_button.setVisible(False)
        self.undo_button.setVisible(False)

    def _show_clear(self) -> None:
        clearable = isinstance(self.input, (ChoiceInput, MultiInput))  # typed text is cleared by typing
        chosen = clearable and not self.na_box.isChecked() and self.input.value() is not None
        self.clear_button.setVisible(chosen and self.input.isEnabled())
        if chosen:
            self._cleared_value = None
        self.undo_button.setVisible(self._cleared_value is not None and not chosen)

    def clear_answer(self) -> None:
        if self.input is None or self.input.value() is None:
            return
        self._cleared_value = self.input.value()
        self.input.set_value(None)
        self._emit_now()
        self._show_clear()
        self.undo_button.setVisible(True)
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo_clear(self) -> None:
        if self.input is None or self._cleared_value is None:
            return
        value, self._cleared_value = self._cleared_value, None
        self.input.set_value(value)
        self._emit_now()
        self._show_clear()
        self.input.focus()

    # -- state -------------------------------------------------------------------------
    def set_answer(self, answer: Answer) -> None:
        """Show ``answer`` without emitting ``changed``."""
        self._loading = True
        try:
            if self.input is not None:
                self.input.set_value(answer.value)
            self.na_box.setChecked(answer.na)
            self.reason.setText(answer.na_reason)
            self.comment.setPlainText(answer.comment)
            self._show_na()
        finally:
            self._loading = False
        self._dirty = False
        self._cleared_value = None
        self._show_clear()

    def set_pending(self, pending: bool) -> None:
        """Show that the answer was carried over from the previous period and awaits confirmation."""
        self.pending_box.setVisible(pending and not self.computed)

    @property
    def pending_shown(self) -> bool:
        return not self.pending_box.isHidden()

    def answer(self) -> Answer:
        comment = self.comment.toPlainText()
        if self.na_box.isChecked():
            return Answer(value=None, na=True, na_reason=self.reason.text().strip(), comment=comment)
        value = self.input.value() if self.input is not None else None
        return Answer(value=value, na=False, na_reason="", comment=comment)

    def show_result(self, result: ItemResult) -> None:
        """Show the scored state: done, open, a failed veto item; hide it when not relevant."""
        self.setVisible(result.relevant)
        if not result.relevant:
            return
        if self.computed:
            self._show_computed(result)
        problem = result.problem or (self.input.local_problem() if self.input is not None else "")
        self.problem_label.setText(shown(problem))
        self.problem_label.setVisible(bool(problem))
        if result.veto_failed:
            state, text = "veto", self.tr("Veto item not met")
        elif result.done:
            state = "done"
            text = self.tr("Not applicable") if result.answer.na else self.tr("Done")
        else:
            state = "open"
            if result.na_refused:
                text = self.tr("Answer needed")
            elif result.answer.na:
                text = self.tr("Reason missing")
            elif problem:
                text = self.tr("Check the answer")
            elif self.computed:
                text = self.tr("Cannot be worked out")
            else:
                text = self.tr("Not answered")
        style.set_state(self, "state", state)
        self.status_label.setText(text)
        style.set_state(self.status_label, "role", {"veto": "bad", "done": "ok"}.get(state, "small"))

    def _show_computed(self, result: ItemResult) -> None:
        if result.computed is True:
            icon, text, role = "done", self.tr("Met (worked out from the facility profile)"), "ok"
        elif result.computed is False:
            icon, text, role = "veto", self.tr("Not met (worked out from the facility profile)"), "bad"
        elif result.missing:
            icon, role = "open", "warning"
            text = self.tr("Cannot be worked out: fill in {fields} in the facility profile").format(
                fields="、".join(result.missing))
        else:
            icon, text, role = "open", self.tr("Cannot tell yet: complete the facility profile or the items it needs"), "muted"
        self.result_icon.setPixmap(status_icon(icon).pixmap(18, 18))
        self.result_label.setText(text)
        style.set_state(self.result_label, "role", role)
        self.explanation.setText(result.explanation)
        self.explanation.setVisible(bool(result.explanation))

    def set_read_only(self, read_only: bool) -> None:
        """A finalised assessment: show the answers, allow no change."""
        if self.input is not None:
            self.input.setEnabled(not read_only and not self.na_box.isChecked())
        else:
            self.profile_button.setVisible(not read_only)
        self._read_only = read_only
        self.na_box.setEnabled(not read_only and (self.item.na_allowed or self.na_box.isChecked()))
        self.reason.setReadOnly(read_only)
        self.comment.setReadOnly(read_only)
        if self.evidence is not None:
            self.evidence.set_read_only(read_only)
            self.setAcceptDrops(not read_only)
        if read_only and not self.comment.toPlainText():
            self.comment.hide()
        self._show_clear()

    def flash(self) -> None:
        style.set_state(self, "flash", True)
        self._flash_timer.start()

    def focus_answer(self) -> None:
        if self.na_box.isChecked():
            target = self.reason if not self.reason.text().strip() else self.na_box
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.input is not None:
            self.input.focus()
        else:
            self.profile_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def pending(self) -> bool:
        return self._dirty

    # -- evidence ----------------------------------------------------------------------
    evidence = None  # an EvidenceStrip once attach_evidence() was called

    def attach_evidence(self, strip) -> None:
        """Show ``strip`` (photos and files of this answer) under the notes; files dropped on the card go to it."""
        self.evidence = strip
        self.layout().addWidget(strip)
        self.setAcceptDrops(not strip.read_only)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self.evidence is not None:
            self.evidence.dragEnterEvent(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        if self.evidence is not None:
            self.evidence.dropEvent(event)
        else:
            event.ignore()

    # -- events ------------------------------------------------------------------------
    def _committed(self) -> None:
        if not self._loading:
            self._emit_now()
            self._show_clear()

    def _pick_by_key(self, number: int) -> None:
        if not self.na_box.isChecked() and isinstance(self.input, ChoiceInput):
            self.input.pick(number)

    def _na_toggled(self, checked: bool) -> None:
        self._show_na()
        if self._loading:
            return
        if checked:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit_now()

    _read_only = False

    def _show_na(self) -> None:
        na = self.na_box.isChecked()
        if not self.item.na_allowed and not self.computed:
            # An N/A saved before the rule (an old assessment) can be taken back, never given.
            self.na_box.setEnabled(na and not self._read_only)
        if self.input is not None:
            self.input.setEnabled(not na)
        self.reason_box.setVisible(na)
        if hasattr(self, "clear_button"):
            self._show_clear()
        missing = na and not self.reason.text().strip()
        self.reason_warning.setVisible(missing)
        style.set_state(self.reason, "state", "warning" if missing else None)

    def _text_edited(self, *_args) -> None:
        if self._loading:
            return
        self._show_na()
        self._dirty = True
        self._timer.start()

    def _emit_now(self) -> None:
        self._timer.stop()
        self._dirty = False
        if self.input is not None and self.input.local_problem() and not self.na_box.isChecked():
            # Not saved until it can be read (e.g. a half-typed date); say why.
            self.problem_label.setText(self.input.local_problem())
            self.problem_label.show()
            return
        self.changed.emit(self.item.id)

    def flush(self) -> None:
        """Save typed text now if any is waiting."""
        if self._dirty:
            self._emit_now()
