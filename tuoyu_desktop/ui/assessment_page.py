"""The assessment screen: navigator, item cards, live scores; every change saved at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.forms import Indicator
from tuoyu_desktop.records import Answer
from tuoyu_desktop.services import AssessmentSession, DatabaseGone
from tuoyu_desktop.ui import formatting, style
from tuoyu_desktop.ui.dimension_panel import DimensionPanel
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.indicator_page import IndicatorPage
from tuoyu_desktop.ui.item_widget import ItemCard
from tuoyu_desktop.ui.navigator import Navigator
from tuoyu_desktop.ui.veto_banner import VetoLine
from tuoyu_desktop.ui.widgets import label, set_meter

NARROW_WIDTH = 1100  # below this the per-dimension panel is hidden


MAX_BUILT_PAGES = 8  # pages kept built: the current one, its neighbours and a few recent ones
PREPARE_CHANGES_MS = 300  # the live scores are made this long after the page opens, not at the first answer


def _complete(tally) -> bool:
    return tally.done >= tally.total


class TopBar(QFrame):
    """Title, progress, live score, grade, save state, and the way out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("topBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(18)
        self.back_button = QPushButton(self.tr("‹ Home"))
        self.back_button.setToolTip(self.tr("Back to the list of self-assessments"))
        layout.addWidget(self.back_button)

        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = label("", "h2")
        self.subtitle = label("", "small")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        layout.addLayout(titles, 1)

        progress = QVBoxLayout()
        progress.setSpacing(4)
        self.progress_label = label("", "small")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setMinimumWidth(160)
        self.progress.setAccessibleName(self.tr("Progress"))
        progress.addWidget(self.progress_label)
        progress.addWidget(self.progress)
        layout.addLayout(progress)

        score = QVBoxLayout()
        score.setSpacing(0)
        score.addWidget(label(self.tr("Score"), "small"))
        self.score_label = label("", "h3")
        self.score_label.setToolTip(self.tr("Points earned / points of the applicable items (percentage)"))
        score.addWidget(self.score_label)
        layout.addLayout(score)

        self.grade_label = label("", "grade")
        layout.addWidget(self.grade_label)

        self.save_label = label(self.tr("Changes are saved automatically"), "small")
        self.save_label.setMinimumWidth(110)
        layout.addWidget(self.save_label)

        self.summary_button = QPushButton(self.tr("Summary"))
        self.summary_button.setProperty("role", "primary")
        self.summary_button.setToolTip(self.tr("Scores, grade and gaps of this self-assessment"))
        layout.addWidget(self.summary_button)


class SaveErrorBar(QFrame):
    """A red strip under the top bar while answers could not be saved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saveError")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        self.message = label("", wrap=True)
        layout.addWidget(self.message, 1)
        self.save_back_button = QPushButton(self.tr("Save back to its place"))
        self.save_back_button.setToolTip(
            self.tr("The data file was deleted or replaced: write all data back to where it was, then save"))
        self.save_back_button.hide()
        layout.addWidget(self.save_back_button)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setToolTip(self.tr("Try to save the unsaved answers again"))
        layout.addWidget(self.retry_button)
        self.hide()


class AssessmentPage(QWidget):
    """One open self-assessment."""

    backRequested = Signal()
    summaryRequested = Signal()
    profileRequested = Signal()
    historyRequested = Signal(str)  # item id

    def __init__(self, session: AssessmentSession, parent: QWidget | None = None, workspace=None):
        super().__init__(parent)
        self.session = session
        self.workspace = workspace  # with it, item cards show their photos and files
        self.setObjectName("page")
        self.indicators: list[Indicator] = [i for d in session.form.dimensions for i in d.indicators]
        self._dimension_of = {i.id: d for d in session.form.dimensions for i in d.indicators}
        self._position = {indicator.id: n for n, indicator in enumerate(self.indicators)}
        self.pages: dict[str, IndicatorPage] = {}  # built pages, least recently shown first
        self._released: list[IndicatorPage] = []  # pages let go of, deleted when the user pauses
        self._stale: set[str] = set()  # built pages whose scores changed since they were shown
        self._showing: str | None = None  # the page being shown: wanted at once
        self.unsaved: dict[str, Answer] = {}
        self.last_error: str | None = None
        self.last_saved_at: str | None = None
        self.current_indicator: str | None = None
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(120)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._build()
        self.refresh()
        first_open = next(
            (i.id for i in self.indicators if not _complete(session.scores.indicator_tally(i.id))),
            self.indicators[0].id if self.indicators else None,
        )
        if first_open:
            self.show_indicator(first_open)
        if not session.finalised:  # after the page's first frames, while the user reads
            QTimer.singleShot(PREPARE_CHANGES_MS, self, session.prepare_changes)

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.top = TopBar()
        row = self.session.row
        self.top.title.setText(row.period)
        subtitle = self.tr("{title} ({version})").format(title=self.session.form.title, version=row.form_version)
        if row.revision > 1:
            subtitle += " · " + self.tr("revision {revision}").format(revision=row.revision)
        self.top.subtitle.setText(subtitle)
        layout.addWidget(self.top)
        self.save_error = SaveErrorBar()
        layout.addWidget(self.save_error)
        if self.session.finalised:
            self.top.save_label.setText(self.tr("Finalised: read only"))
            self.top.save_label.setToolTip(
                self.tr("This self-assessment was finalised; its answers can no longer be changed")
            )

        body = QVBoxLayout()
        self.body = body
        body.setContentsMargins(12, 10, 12, 10)
        body.setSpacing(10)
        self.veto_line = VetoLine()  # the red banner, or a calm line while no decisive item fails
        self.veto_banner = self.veto_line.banner
        self.veto_line.reserve_space(bool(self.session.form.veto_items))
        body.addWidget(self.veto_line)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navigator = Navigator(self.session.form)
        self.navigator.setMinimumWidth(200)
        self.splitter.addWidget(self.navigator)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(6, 0, 6, 0)
        centre_layout.setSpacing(8)
        self.stack = QStackedWidget()
        centre_layout.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        self.prev_button = QPushButton()
        self.prev_button.setProperty("role", "nav")
        self.prev_button.setToolTip(self.tr("Previous indicator (Ctrl+PgUp or Alt+←)"))
        self.next_button = QPushButton()
        self.next_button.setProperty("role", "nav")
        self.next_button.setToolTip(self.tr("Next indicator (Ctrl+PgDown or Alt+→)"))
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        centre_layout.addLayout(nav)
        self.splitter.addWidget(centre)

        self.dimension_panel = DimensionPanel(self.session.form)
        self.dimension_panel.setMinimumWidth(200)
        self.dimension_panel.setMaximumWidth(300)
        self.splitter.addWidget(self.dimension_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([270, 760, 230])
        body.addWidget(self.splitter, 1)
        layout.addLayout(body, 1)

        self.top.back_button.clicked.connect(self._back)
        self.top.summary_button.clicked.connect(self._summary)
        self.save_error.retry_button.clicked.connect(self.retry)
        self.save_error.save_back_button.clicked.connect(self.save_back)
        self.navigator.indicatorSelected.connect(self.show_indicator)
        self.veto_banner.itemClicked.connect(self.jump_to_item)
        self.veto_banner.summaryClicked.connect(self._summary)
        self.dimension_panel.dimensionClicked.connect(self._go_to_dimension)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, delta in (
            ("Ctrl+PgDown", 1),
            ("Alt+Right", 1),
            ("Ctrl+PgUp", -1),
            ("Alt+Left", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)  # no activated= keyword: it leaks
            shortcut.activated.connect(lambda d=delta: self.step(d))

    # -- pages -------------------------------------------------------------------------
    def page(self, indicator_id: str) -> IndicatorPage:
        """The indicator's page, built the first time it is needed.

        When the user is waiting for it (shown before it was built while they read: Next
        pressed at once), its first cards are made now and the rest while the event loop runs
        (indicator_page.py).
        """
        at_once = self._showing == indicator_id
        page = self.pages.get(indicator_id)
        if page is None:
            indicator = self.session.form.indicator(indicator_id)
            page = IndicatorPage(
                self._dimension_of[indicator_id], indicator, self.session.scores, read_only=self.session.finalised,
                parent=self.stack,  # placed before its cards are made: styled once
                incremental=at_once, on_card=self._card_made, current_scores=lambda: self.session.scores,
            )
            self.pages[indicator_id] = page
            self.stack.addWidget(page)
            self._release_pages(also_keep=indicator_id)
        elif indicator_id in self._stale:
            self._stale.discard(indicator_id)
            page.show_scores(self.session.scores)
        return page

    def _card_made(self, card: ItemCard) -> None:
        card.changed.connect(self.save_item)
        card.set_pending(card.item.id in self.session.pending)
        card.confirmRequested.connect(self.save_item)
        card.profileRequested.connect(self._profile)
        card.historyRequested.connect(self.historyRequested)
        if self.workspace is not None and not card.computed:
            card.attach_evidence(self._evidence_strip(card.item.id, card))

    def _release_pages(self, also_keep: str) -> None:
        """Keep at most MAX_BUILT_PAGES pages built: a page is about 2 MB of widgets, and a
        5,000-item form has 500 of them. The oldest shown go first; never the current page,
        its neighbours, or a page with an answer still waiting to be saved."""
        if len(self.pages) <= MAX_BUILT_PAGES:
            return
        keep = {self.current_indicator, also_keep}
        if self.current_indicator is not None:
            index = self._index(self.current_indicator)
            keep |= {self.indicators[i].id for i in (index - 1, index + 1) if 0 <= i < len(self.indicators)}
        waiting = {self.session.form.item(item_id).indicator_id for item_id in self.unsaved}
        for indicator_id in list(self.pages):
            if len(self.pages) <= MAX_BUILT_PAGES:
                break
            if indicator_id in keep or indicator_id in waiting:
                continue
            page = self.pages[indicator_id]
            if any(card.pending for card in page.built_cards.values()):
                for card in page.built_cards.values():
                    card.flush()
                if any(item_id in self.unsaved for item_id in page.built_cards):
                    continue
            del self.pages[indicator_id]
            self._stale.discard(indicator_id)
            self.stack.removeWidget(page)
            self._released.append(page)
        # Deleting a page's widgets takes milliseconds: it is done while the user reads (when
        # the neighbours are prepared), unless released pages pile up (Next held down).
        while len(self._released) > MAX_BUILT_PAGES:
            self._released.pop(0).deleteLater()

    def _delete_released(self) -> None:
        for page in self._released:
            page.deleteLater()
        self._released.clear()

    def _evidence_strip(self, item_id: str, card: ItemCard):
        from tuoyu_desktop.ui.evidence_widget import EvidenceStrip

        workspace, assessment_id = self.workspace, self.session.id
        return EvidenceStrip(
            workspace,
            load=lambda: workspace.evidence.for_answer(assessment_id, item_id),
            attach=lambda path, caption: workspace.evidence.attach_to_answer(assessment_id, item_id, path, caption),
            read_only=self.session.finalised,
            parent=card,
        )

    def card(self, item_id: str) -> ItemCard:
        item = self.session.form.item(item_id)
        return self.page(item.indicator_id).cards[item_id]

    def show_indicator(self, indicator_id: str) -> None:
        self._showing = indicator_id
        try:
            page = self.page(indicator_id)
        finally:
            self._showing = None
        self.pages[indicator_id] = self.pages.pop(indicator_id)  # the most recently shown
        self._stale.discard(indicator_id)
        page.show_scores(self.session.scores)
        self.stack.setCurrentWidget(page)
        self.current_indicator = indicator_id
        self.navigator.select_indicator(indicator_id)
        index = self._index(indicator_id)
        previous = self.indicators[index - 1] if index > 0 else None
        following = self.indicators[index + 1] if index + 1 < len(self.indicators) else None
        # Build the neighbours while the user reads, so Previous/Next are instant.
        self._prefetch_timer.start()
        self.prev_button.setEnabled(previous is not None)
        self.next_button.setEnabled(following is not None)
        self.prev_button.setText(f"‹  {previous.id} {previous.title}" if previous else self.tr("‹  Previous"))
        self.next_button.setText(f"{following.id} {following.title}  ›" if following else self.tr("Next  ›"))

    def _prefetch(self) -> None:
        self._delete_released()
        # Not while hidden: the window may be closed, and its workspace with it.
        if self.current_indicator is None or not self.isVisible():
            return
        index = self._index(self.current_indicator)
        for neighbour in (index + 1, index - 1):
            if 0 <= neighbour < len(self.indicators) and self.indicators[neighbour].id not in self.pages:
                page = self.page(self.indicators[neighbour].id)
                page.ensurePolished()  # styled now, while the user reads, not when shown
                self._prefetch_timer.start()  # one page per idle moment
                return

    def step(self, delta: int) -> None:
        if self.current_indicator is None:
            return
        index = self._index(self.current_indicator) + delta
        if 0 <= index < len(self.indicators):
            self.show_indicator(self.indicators[index].id)
            page = self.pages[self.indicators[index].id]
            page.verticalScrollBar().setValue(0)
            self.focus_current()

    def jump_to_item(self, item_id: str) -> None:
        if not self.session.form.has_item(item_id):
            return
        item = self.session.form.item(item_id)
        self.show_indicator(item.indicator_id)
        page = self.pages[item.indicator_id]
        card = page.cards[item_id]
        page.widget().layout().activate()
        page.reveal(card)
        card.focus_answer()
        card.flash()

    def go_to_problem(self, problem: str) -> None:
        """A not-ready line (``条目 1.2.1 尚未作答``): the item's answer."""
        from tuoyu_desktop.ui.finalise import item_of_problem

        item_id = item_of_problem(problem)
        if item_id:
            self.jump_to_item(item_id)

    def focus_current(self) -> None:
        """Put the keyboard on the first unanswered item of the current page."""
        page = self.pages.get(self.current_indicator or "")
        if page is None:
            return
        items = page.indicator.items
        first_open = next((i.id for i in items if not self.session.scores.items[i.id].done), None)
        target_id = first_open or (items[0].id if items else None)
        if target_id is not None:
            page.make_up_to(target_id)  # a page still being made: its cards down to that one now
            page.built_cards[target_id].focus_answer()

    def _go_to_dimension(self, dimension_id: str) -> None:
        dimension = self.session.form.dimension(dimension_id)
        if dimension.indicators:
            self.show_indicator(dimension.indicators[0].id)

    def _index(self, indicator_id: str) -> int:
        return self._position[indicator_id]

    # -- saving ------------------------------------------------------------------------
    def save_item(self, item_id: str) -> bool:
        """Store the card's answer now; on failure keep it on screen and say so."""
        answer = self.card(item_id).answer()
        try:
            saved_at = self.session.set_answer(item_id, answer)
        except TuoyuError as exc:
            self.unsaved[item_id] = answer
            self._show_unsaved(exc)
            return False
        self.unsaved.pop(item_id, None)
        self.last_saved_at = saved_at
        self.card(item_id).set_pending(item_id in self.session.pending)
        if self.unsaved:
            self.retry()
        else:
            self._show_saved(saved_at)
        self.refresh(item_id)
        return True

    def retry(self) -> None:
        for item_id in list(self.unsaved):
            answer = self.card(item_id).answer()
            try:
                saved_at = self.session.set_answer(item_id, answer)
            except TuoyuError as exc:
                self._show_unsaved(exc)
                return
            self.unsaved.pop(item_id)
            self.last_saved_at = saved_at
            self.refresh(item_id)
        if self.last_saved_at:
            self._show_saved(self.last_saved_at)

    def _show_saved(self, saved_at: str) -> None:
        self.last_error = None
        self.top.save_label.setText(self.tr("Saved {time}").format(time=formatting.clock(saved_at)))
        self.top.save_label.setToolTip(self.tr("Every change is saved as soon as you make it"))
        style.set_state(self.top.save_label, "role", "saved")
        self.save_error.hide()

    def save_back(self) -> None:
        """The data file went away while open: write everything back, then save what waits."""
        if self.workspace is None:
            return
        try:
            aside = self.workspace.save_back()
        except TuoyuError as exc:
            self._show_unsaved(exc)
            return
        self.save_error.save_back_button.hide()
        if aside is not None:
            QMessageBox.information(
                self, self.tr("Data saved back"),
                self.tr("The file that had replaced the data file was kept as {path}.").format(path=aside))
        self.retry()

    def _show_unsaved(self, error: Exception) -> None:
        message = shown(error)
        self.save_error.save_back_button.setVisible(isinstance(error, DatabaseGone) and self.workspace is not None)
        self.last_error = message
        self.top.save_label.setText(self.tr("Not saved"))
        self.top.save_label.setToolTip(message)
        style.set_state(self.top.save_label, "role", "unsaved")
        self.save_error.message.setText(
            self.tr("Not saved: {message}. Your input is still on screen; try again when the problem is fixed.").format(
                message=message.rstrip("。.")
            )
        )
        self.save_error.show()

    def flush(self) -> None:
        """Save typed text still waiting for its pause (before leaving the page)."""
        for page in self.pages.values():
            for card in page.built_cards.values():
                card.flush()

    # -- live scores -------------------------------------------------------------------
    def refresh(self, changed_item: str | None = None) -> None:
        scores = self.session.scores
        total = scores.total
        self.top.progress.setRange(0, max(total.total, 1))
        set_meter(self.top.progress, total.done)
        style.set_state(self.top.progress, "state", "done" if scores.complete else None)
        self.top.progress_label.setText(
            self.tr("{done} of {total} items done").format(done=total.done, total=total.total)
        )
        self.top.score_label.setText(formatting.score_text(total))
        self.top.grade_label.setText(formatting.grade_text(scores))
        self.top.grade_label.setToolTip(
            self.tr("Provisional until every item is answered") if not scores.complete else self.tr("Grade")
        )
        style.set_state(self.top.grade_label, "state", "veto" if scores.vetoed else None)
        # After an answer only what it rescored is shown again (the item and the items whose
        # rules read it), with their indicators and dimensions: a big form has hundreds of each.
        changed = self.session.changed_items if changed_item is not None else None
        items = None if changed is None else [self.session.form.item(i) for i in changed]
        touched = None if items is None else {item.indicator_id for item in items}
        dimensions = None if items is None else {item.dimension_id for item in items}
        self.navigator.refresh(scores, touched, dimensions)
        self.dimension_panel.refresh(scores, dimensions)
        self.veto_line.refresh(scores)
        # An answer can change other items anywhere (relevance, computed items): the current
        # page shows the change now, other built pages when they are shown next; pages not
        # built yet read the scores when they are.
        for indicator_id, page in self.pages.items():
            if touched is not None and indicator_id not in touched:
                continue
            if indicator_id == self.current_indicator:
                page.show_scores(scores, changed)
            else:
                self._stale.add(indicator_id)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        # On a small screen the item cards matter most; the top bar still shows the totals.
        self.dimension_panel.setVisible(self.width() >= NARROW_WIDTH)

    # -- leaving -----------------------------------------------------------------------
    def _back(self) -> None:
        self.flush()
        self.backRequested.emit()

    def _profile(self) -> None:
        self.flush()
        self.profileRequested.emit()

    def _summary(self) -> None:
        self.flush()
        self.summaryRequested.emit()
