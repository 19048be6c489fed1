"""The facility profile (机构信息): shown first on a new installation, editable later."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.facility import CLASS_TYPES, FACILITY_TYPES, ClassGroup, FacilityProfile, credit_code_problem
from tuoyu_desktop.messages import Joined
from tuoyu_desktop.services import ProfileInvalid, StoreError, Workspace
from tuoyu_desktop.ui import style
from tuoyu_desktop.ui.i18n import shown
from tuoyu_desktop.ui.terms import term
from tuoyu_desktop.ui.widgets import Card, NoWheelSpinBox, label

CREDIT_CODE_LENGTH = 18
# Children per caregiver a class type may not exceed (托育机构设置标准 §20; mixed classes: the
# bundled form's 1:5), for the live hint only: the forms judge.
RATIO_LIMITS = {"乳儿班": 3, "托小班": 5, "托大班": 7, "混龄班": 5}


class AreaSpinBox(QDoubleSpinBox):
    """Square metres, one decimal; ignores the wheel unless focused; never clamps below the
    sane maximum the profile check names."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 99999)
        self.setDecimals(1)
        self.setSuffix(" ㎡")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)

    def wheelEvent(self, event):  # noqa: N802 (Qt naming)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class Field(QWidget):
    """A caption, an editor and an inline message under it."""

    def __init__(self, caption: str, editor: QWidget, hint: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.caption = label(caption)
        self.caption.setBuddy(editor)
        layout.addWidget(self.caption)
        layout.addWidget(editor)
        self.message = label("", "error", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        self._hint = hint
        if hint:
            self.show_hint(hint)

    def show_error(self, text: str | None) -> None:
        if text:
            self.message.setText(text)
            style.set_state(self.message, "role", "error")
            self.message.show()
            style.set_state(self.editor, "state", "error")
        else:
            style.set_state(self.editor, "state", None)
            if self._hint:
                self.show_hint(self._hint)
            else:
                self.message.clear()
                self.message.hide()

    def show_hint(self, text: str) -> None:
        self.message.setText(text)
        style.set_state(self.message, "role", "small")
        self.message.setVisible(bool(text))

    @property
    def has_error(self) -> bool:
        return self.message.isVisible() and self.message.property("role") == "error"


class ClassesTable(QWidget):
    """The facility's classes: type, name, children, caregivers, activity room (rows can be added
    and removed); the ratio is worked out while typing."""

    COLUMNS = 6
    AREA, RATIO = 4, 5
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Class type"), self.tr("Class name"), self.tr("Children"), self.tr("Caregivers"),
             self.tr("Activity room"), self.tr("Ratio")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # ResizeToContents ignores cell widgets: it sized the column to the header, clipping the
        # 班型 box ("乳儿:"). The column is fixed at what the box asks for (see add_row).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(38)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(170)
        self.table.setAccessibleName(self.tr("Classes"))
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add class"))
        self.add_button.setToolTip(self.tr("Add a row for another class"))
        self.remove_button = QPushButton(self.tr("Remove class"))
        self.remove_button.setToolTip(self.tr("Remove the selected class"))
        self.remove_button.setProperty("role", "danger")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.message = label("", "error", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(ClassGroup(), focus=True))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def add_row(self, group: ClassGroup, focus: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox()
        for class_type in CLASS_TYPES:
            combo.addItem(term(class_type), class_type)  # shown in the interface language, stored in Chinese
        if group.class_type in CLASS_TYPES:
            combo.setCurrentIndex(combo.findData(group.class_type))
        self.table.setCellWidget(row, 0, combo)
        self._fit_type_column(combo)
        self.table.setItem(row, 1, QTableWidgetItem(group.name))
        children = NoWheelSpinBox(maximum=9999)
        children.setValue(group.children)
        caregivers = NoWheelSpinBox(maximum=9999)
        caregivers.setValue(group.caregivers)
        area = AreaSpinBox()
        area.setValue(group.area_m2)
        area.setToolTip(self.tr("The class's own activity room in square metres (0: not measured yet)"))
        self.table.setCellWidget(row, 2, children)
        self.table.setCellWidget(row, 3, caregivers)
        self.table.setCellWidget(row, self.AREA, area)
        ratio = QTableWidgetItem()
        ratio.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, self.RATIO, ratio)
        children.valueChanged.connect(self._update_ratios)
        caregivers.valueChanged.connect(self._update_ratios)
        combo.currentIndexChanged.connect(self._update_ratios)
        area.valueChanged.connect(self.changed)
        self._update_ratios()
        if focus:
            self.table.selectRow(row)
            combo.setFocus()
        self._update_buttons()

    def _fit_type_column(self, combo: QComboBox) -> None:
        combo.ensurePolished()  # the style sheet's padding counts in the size it asks for
        # + the cell padding of the style sheet (6 px a side) and the grid line
        needed = max(combo.sizeHint().width() + 16, self.table.horizontalHeader().sectionSizeHint(0))
        if self.table.columnWidth(0) < needed:
            self.table.setColumnWidth(0, needed)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        for row in range(self.table.rowCount()):  # fonts and style are final once shown
            combo = self.table.cellWidget(row, 0)
            if isinstance(combo, QComboBox):
                self._fit_type_column(combo)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow()] if self.table.currentRow() >= 0 else []
        for row in rows:
            self.table.removeRow(row)
        self._update_ratios()
        self._update_buttons()

    def groups(self) -> list[ClassGroup]:
        result = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, 1)
            result.append(
                ClassGroup(
                    class_type=self.table.cellWidget(row, 0).currentData(),
                    name=name_item.text().strip() if name_item else "",
                    children=self.table.cellWidget(row, 2).value(),
                    caregivers=self.table.cellWidget(row, 3).value(),
                    area_m2=round(self.table.cellWidget(row, self.AREA).value(), 1),
                )
            )
        return result

    def set_groups(self, groups: list[ClassGroup]) -> None:
        self.table.setRowCount(0)
        for group in groups:
            self.add_row(group)

    def show_error(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def _update_ratios(self) -> None:
        for row in range(self.table.rowCount()):
            class_type = self.table.cellWidget(row, 0).currentText()
            children = self.table.cellWidget(row, 2).value()
            caregivers = self.table.cellWidget(row, 3).value()
            limit = RATIO_LIMITS.get(class_type)
            over = bool(children) and limit is not None and (not caregivers or children > caregivers * limit)
            text = f"1 : {children / caregivers:.1f}" if caregivers else "—"
            if over:
                text += " ⚠"
            item = self.table.item(row, self.RATIO)
            if item is not None:
                item.setText(text)
                item.setToolTip(
                    self.tr("Over 1 : {limit} for this class type").format(limit=limit) if over
                    else self.tr("Caregivers to children in this class"))
                if over:
                    item.setForeground(Qt.GlobalColor.red)
                else:
                    item.setData(Qt.ItemDataRole.ForegroundRole, None)
        self.changed.emit()

    def ratio_text(self, row: int) -> str:
        item = self.table.item(row, self.RATIO)
        return item.text() if item is not None else ""

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and self.table.rowCount() > 0)


class ProfileEditor(QWidget):
    """Edit and save the facility profile; every problem is shown next to its field."""

    saved = Signal()
    cancelled = Signal()

    def __init__(self, workspace: Workspace, first_start: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.first_start = first_start
        self.setObjectName("page")
        self.fields: dict[str, Field] = {}
        self._build()
        current = workspace.facilities.own()
        self.load(current[1] if current else FacilityProfile())

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        centre = QHBoxLayout(body)
        centre.setContentsMargins(24, 20, 24, 20)
        column = QVBoxLayout()
        column.setSpacing(14)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(980)
        centre.addStretch(1)
        centre.addWidget(holder, 20)
        centre.addStretch(1)

        title = label(self.tr("Welcome! First, describe your facility") if self.first_start else self.tr("Facility profile"), "h1")
        column.addWidget(title)
        self.title_label = title
        intro = label(
            self.tr(
                "These details appear on the cover of every self-assessment report. "
                "Only the facility name is required now; you can complete the rest later."
            ),
            "muted",
            wrap=True,
        )
        column.addWidget(intro)

        # Basic information
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Sunshine Baby Childcare Centre"))
        self.credit_code = QLineEdit()
        self.credit_code.setMaxLength(CREDIT_CODE_LENGTH)
        self.credit_code.setPlaceholderText(self.tr("18 characters, e.g. 52110105MJ0123456X"))
        self.filing_number = QLineEdit()
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("e.g. Chaoyang District, Beijing"))
        self.street = QLineEdit()
        self.facility_type = QComboBox()
        for facility_type in FACILITY_TYPES:
            self.facility_type.addItem(term(facility_type), facility_type)
        self.is_puhui = QCheckBox(self.tr("Publicly subsidised facility"))
        self.meals_on_site = QCheckBox(self.tr("Meals prepared in our own kitchen"))
        self.meals_on_site.setToolTip(self.tr("Kitchen and food-safety items of the form apply only when checked"))

        basic = self._section(self.tr("Basic information"))
        grid = basic.layout().itemAt(1).layout()
        self._place(grid, 0, 0, "name", self.tr("Facility name *"), self.name, span=2)
        self._place(grid, 1, 0, "credit_code", self.tr("Unified social credit code"), self.credit_code)
        self._place(grid, 1, 1, "filing_number", self.tr("Filing number"), self.filing_number)
        self._place(grid, 2, 0, "district", self.tr("District"), self.district)
        self._place(grid, 2, 1, "street", self.tr("Street"), self.street)
        self._place(grid, 3, 0, "facility_type", self.tr("Facility type"), self.facility_type)
        puhui_box = QWidget()
        puhui_layout = QVBoxLayout(puhui_box)
        puhui_layout.setContentsMargins(0, 0, 0, 0)
        puhui_layout.addStretch(1)
        puhui_layout.addWidget(self.is_puhui)
        puhui_layout.addWidget(self.meals_on_site)
        grid.addWidget(puhui_box, 3, 1)
        column.addWidget(basic)

        # Places and staff
        self.places_total = NoWheelSpinBox()
        self.places_puhui = NoWheelSpinBox()
        self.director = QLineEdit()
        self.contact = QLineEdit()
        self.staff_total = NoWheelSpinBox()
        self.caregivers_total = NoWheelSpinBox()
        self.caregivers_certified = NoWheelSpinBox()
        self.health_staff = NoWheelSpinBox()
        self.health_staff_fulltime = NoWheelSpinBox()
        self.health_staff_qualified = NoWheelSpinBox()
        self.cooks = NoWheelSpinBox()
        self.observation_room_m2 = AreaSpinBox()
        self.observation_beds = NoWheelSpinBox()
        people = self._section(self.tr("Places and staff"))
        grid = people.layout().itemAt(1).layout()
        self._place(grid, 0, 0, "places_total", self.tr("Total places"), self.places_total)
        self._place(grid, 0, 1, "places_puhui", self.tr("Subsidised places"), self.places_puhui)
        self._place(grid, 1, 0, "director", self.tr("Director"), self.director)
        self._place(grid, 1, 1, "contact", self.tr("Contact phone"), self.contact)
        self._place(grid, 2, 0, "staff_total", self.tr("Staff in total"), self.staff_total)
        self._place(grid, 2, 1, "caregivers_total", self.tr("Caregivers"), self.caregivers_total)
        self._place(grid, 3, 0, "caregivers_certified", self.tr("Certified caregivers"), self.caregivers_certified)
        self._place(grid, 3, 1, "health_staff", self.tr("Health-care staff"), self.health_staff)
        self._place(grid, 4, 0, "health_staff_fulltime", self.tr("of whom full-time"), self.health_staff_fulltime)
        self._place(grid, 4, 1, "health_staff_qualified", self.tr("of whom qualified (high school or above, trained)"),
                    self.health_staff_qualified)
        self._place(grid, 5, 0, "cooks", self.tr("Cooks"), self.cooks)
        self._place(grid, 6, 0, "observation_room_m2", self.tr("Health observation room"),
                    self.observation_room_m2)
        self._place(grid, 6, 1, "observation_beds", self.tr("Beds in the observation room"), self.observation_beds)
        self.warnings_label = label("", "warning", wrap=True)
        self.warnings_label.setObjectName("profile-warnings")
        self.warnings_label.hide()
        grid.addWidget(self.warnings_label, 7, 0, 1, 2)
        column.addWidget(people)

        # Classes
        classes = self._section(self.tr("Classes"))
        self.classes = ClassesTable()
        self.classes.changed.connect(self._refresh_warnings)
        classes.layout().itemAt(1).layout().addWidget(self.classes, 0, 0, 1, 2)
        column.addWidget(classes)

        column.addStretch(1)

        # A footer that stays in view: the Save button is never below the fold.
        footer = QFrame()
        footer.setObjectName("footerBar")
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(24, 10, 24, 10)
        self.store_message = label("", "error", wrap=True)
        self.store_message.hide()
        footer_layout.addWidget(self.store_message, 1)
        footer_layout.addStretch(0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(not self.first_start)
        self.save_button = QPushButton(self.tr("Save facility profile") if self.first_start else self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        footer_layout.addWidget(self.cancel_button)
        footer_layout.addWidget(self.save_button)
        outer.addWidget(footer)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancelled)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        self.credit_code.textEdited.connect(self._credit_code_edited)
        self.credit_code.editingFinished.connect(self._check_credit_code)
        for name, field in self.fields.items():
            if name == "credit_code":
                continue
            editor = field.editor
            signal = getattr(editor, "textEdited", None) or getattr(editor, "valueChanged", None)
            if signal is None and isinstance(editor, QComboBox):
                signal = editor.currentIndexChanged
            if signal is not None:
                signal.connect(lambda *_a, f=field: f.show_error(None))
                signal.connect(self._refresh_warnings)
        self.contact.editingFinished.connect(self._check_contact)

    def _section(self, title: str) -> Card:
        card = Card()
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(label(title, "h2"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        return card

    def _place(self, grid: QGridLayout, row: int, col: int, name: str, caption: str, editor: QWidget, span: int = 1) -> None:
        field = Field(caption, editor)
        self.fields[name] = field
        grid.addWidget(field, row, col, 1, span, Qt.AlignmentFlag.AlignTop)

    # -- data --------------------------------------------------------------------------
    def load(self, profile: FacilityProfile) -> None:
        self.name.setText(profile.name)
        self.credit_code.setText(profile.credit_code)
        self.filing_number.setText(profile.filing_number)
        self.district.setText(profile.district)
        self.street.setText(profile.street)
        if profile.facility_type in FACILITY_TYPES:
            self.facility_type.setCurrentIndex(self.facility_type.findData(profile.facility_type))
        self.is_puhui.setChecked(profile.is_puhui)
        self.meals_on_site.setChecked(profile.meals_on_site)
        self._loaded = profile
        for name in ("places_total", "places_puhui", "staff_total", "caregivers_total", "caregivers_certified",
                     "health_staff", "health_staff_fulltime", "health_staff_qualified", "cooks", "observation_room_m2",
                     "observation_beds"):
            getattr(self, name).setValue(getattr(profile, name))
        self.director.setText(profile.director)
        self.contact.setText(profile.contact)
        self.classes.set_groups(profile.classes)
        self._credit_code_edited(self.credit_code.text())
        self._refresh_warnings()

    def profile(self) -> FacilityProfile:
        """The edited profile; fields this editor does not show keep their loaded values."""
        edited = dict(
            name=self.name.text().strip(),
            credit_code=self.credit_code.text().strip().upper(),
            filing_number=self.filing_number.text().strip(),
            district=self.district.text().strip(),
            street=self.street.text().strip(),
            facility_type=self.facility_type.currentData(),
            is_puhui=self.is_puhui.isChecked(),
            places_total=self.places_total.value(),
            places_puhui=self.places_puhui.value(),
            director=self.director.text().strip(),
            contact=self.contact.text().strip(),
            staff_total=self.staff_total.value(),
            caregivers_total=self.caregivers_total.value(),
            caregivers_certified=self.caregivers_certified.value(),
            health_staff=self.health_staff.value(),
            health_staff_fulltime=self.health_staff_fulltime.value(),
            health_staff_qualified=self.health_staff_qualified.value(),
            cooks=self.cooks.value(),
            observation_room_m2=round(self.observation_room_m2.value(), 1),
            observation_beds=self.observation_beds.value(),
            meals_on_site=self.meals_on_site.isChecked(),
            classes=self.classes.groups(),
        )
        return dataclasses.replace(self._loaded, **edited)

    # -- checks while typing ------------------------------------------------------------
    def _refresh_warnings(self, *_args) -> None:
        """Warnings that do not stop saving (places fewer than children …), kept current."""
        if not hasattr(self, "_loaded") or not hasattr(self, "warnings_label"):
            return
        found = self.profile().warnings()
        self.warnings_label.setText("\n".join(found))
        self.warnings_label.setVisible(bool(found))

    def _check_contact(self) -> None:
        from tuoyu_desktop.facility import phone_problem

        problem = phone_problem(self.contact.text()) if self.contact.text().strip() else None
        self.fields["contact"].show_error(shown(problem) if problem else None)

    # -- credit code, checked as the user types ---------------------------------------
    def _credit_code_edited(self, text: str) -> None:
        code = text.strip()
        field = self.fields["credit_code"]
        if len(code) >= CREDIT_CODE_LENGTH:
            problem = credit_code_problem(code)
            field.show_error(shown(problem) if problem else None)
            if not field.has_error:
                field.show_hint(self.tr("Check character verified"))
                style.set_state(field.message, "role", "ok")
        elif code:
            # Keep an error shown after focus-out until the code is long enough to re-check.
            if not field.has_error:
                field.show_hint(self.tr("{count} of 18 characters").format(count=len(code)))
        else:
            field.show_error(None)
            field.show_hint("")

    def _check_credit_code(self) -> None:
        code = self.credit_code.text().strip()
        if code:
            problem = credit_code_problem(code)
            self.fields["credit_code"].show_error(shown(problem) if problem else None)
            if problem is None:
                self._credit_code_edited(code)

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        self.store_message.hide()
        for field in self.fields.values():
            field.show_error(None)
        self.classes.show_error(None)
        self._credit_code_edited(self.credit_code.text())
        profile = self.profile()
        try:
            self.workspace.facilities.save_own(profile)
        except ProfileInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except StoreError as exc:
            self.store_message.setText(shown(exc))
            self.store_message.show()
            return False
        self.saved.emit()
        return True

    def show_problems(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        class_problems = []
        for name, message in problems.items():
            field = self.fields.get(name)
            if field is not None:
                field.show_error(shown(message))
                first = first or field.editor
            elif name.startswith("classes"):
                class_problems.append(message)
            else:
                self.store_message.setText(shown(message))
                self.store_message.show()
        if class_problems:
            self.classes.show_error(shown(Joined(class_problems, "；")))
        if first is not None:
            first.setFocus()

    def focus_first(self) -> None:
        self.name.setFocus()

