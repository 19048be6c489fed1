"""Choosing who signs: an identity file, its passphrase (never stored), a handwritten signature."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tuoyu_desktop.errors import TuoyuError
from tuoyu_desktop.services import DeclaredSigner, Signer
from tuoyu_desktop.services.identities import Identities, SigningError, WrongPassphrase
from tuoyu_desktop.ui import formatting
from tuoyu_desktop.ui import settings as keys
from tuoyu_desktop.ui.i18n import current_language, shown
from tuoyu_desktop.ui.signature_pad import SignaturePad
from tuoyu_desktop.ui.widgets import label, ok_cancel_buttons

IDENTITY_FILTER = "*.p12 *.pfx"
LATER_ROLES = ("机构代表", "举办者", "家长代表", "督导员", "机构负责人")


def identities_folder(data_dir: Path) -> Path:
    return Path(data_dir) / "identities"


def known_identities(data_dir: Path, settings: QSettings) -> list[str]:
    """Recently used identity files first, then those in the data folder's identities folder."""
    found = [p for p in keys.recent_identities(settings) if Path(p).is_file()]
    folder = identities_folder(data_dir)
    if folder.is_dir():
        for path in sorted(folder.glob("*.p12")):
            if str(path) not in found:
                found.append(str(path))
    return found


def forgot_passphrase_text(parent: QWidget) -> str:
    return QCoreApplication.translate("Signing",
        "A forgotten passphrase cannot be recovered: it is not stored anywhere, not even by this program. "
        "Create a new digital identity (Tools → Digital identities) and register its fingerprint with the "
        "district again. Reports signed with the old identity can still be verified."
    )


class RoleBox(QComboBox):
    """The roles to choose from, or another typed in. A role is printed as it is in the Chinese
    reports and certificates, so the listed ones stay Chinese; the English interface says in
    brackets what each one is."""

    def __init__(self, roles: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        meanings = {"机构负责人": self.tr("head of the facility"), "督导员": self.tr("inspector"),
                    "机构代表": self.tr("facility representative"), "举办者": self.tr("operator of the facility"),
                    "家长代表": self.tr("parents' representative")}
        english = current_language() == "en"
        for role in roles:
            meaning = meanings.get(role)
            self.addItem(f"{role} ({meaning})" if english and meaning else role, role)

    def role(self) -> str:
        """The role as the reports print it: a listed one in Chinese, else what was typed."""
        text = self.currentText().strip()
        index = self.findText(text)
        return str(self.itemData(index)) if index >= 0 else text


class NewIdentityDialog(QDialog):
    """Name, role, organisation and a passphrase typed twice → a new self-signed identity."""

    def __init__(self, data_dir: Path, organisation: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.info = None
        self.path: Path | None = None
        self.min_length = Identities.min_passphrase_length()
        self.setWindowTitle(self.tr("New digital identity"))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "A digital identity lets one person sign reports. Only that person should know its "
                    "passphrase; it is never saved by this program."
                ),
                wrap=True,
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Full name, e.g. Zhang Li"))
        self.role = RoleBox(Identities.role_labels())
        self.organisation = QLineEdit(organisation)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("At least {n} characters").format(n=self.min_length))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("Default: the identities folder in the data folder"))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.confirm)
        form.addRow(self.tr("Save as:"), self.file)
        layout.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Create identity"), self.create_identity)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._suggest_file)
        self.name.setFocus()

    def default_path(self) -> Path:
        name = formatting.safe_filename(self.name.text().strip()) or "identity"
        return identities_folder(self.data_dir) / f"{name}.p12"

    def _suggest_file(self) -> None:
        self.file.setPlaceholderText(str(self.default_path()))

    def _fail(self, message: str, widget: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def create_identity(self) -> None:
        if not self.name.text().strip():
            return self._fail(self.tr("Enter the name of the person who will sign."), self.name)
        if len(self.passphrase.text()) < self.min_length:
            return self._fail(self.tr("The passphrase needs at least {n} characters.").format(n=self.min_length),
                              self.passphrase)
        if self.passphrase.text() != self.confirm.text():
            self.confirm.clear()
            return self._fail(self.tr("The two passphrases differ. Type it again."), self.confirm)
        path = Path(self.file.text().strip()) if self.file.text().strip() else self.default_path()
        try:
            self.info = Identities().create(
                path,
                name=self.name.text().strip(),
                role=self.role.role(),
                organisation=self.organisation.text().strip(),
                passphrase=self.passphrase.text(),
            )
        except TuoyuError as exc:  # a file problem (SigningError), or a name the reports cannot print
            return self._fail(shown(exc))
        self.path = path
        self.passphrase.clear()
        self.confirm.clear()
        self.accept()


class SignerDialog(QDialog):
    """One signer: which identity, its passphrase (checked here, so a typo is asked again), handwriting."""

    def __init__(self, data_dir: Path, settings: QSettings, parent: QWidget | None = None, title: str = ""):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.signer: Signer | None = None
        self.info = None  # IdentityInfo of the chosen identity, once opened
        self.setWindowTitle(title or self.tr("Signer"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row = QHBoxLayout()
        self.identity = QComboBox()
        self.identity.setEditable(True)
        self.identity.setMinimumWidth(320)
        self.identity.addItems(known_identities(self.data_dir, settings))
        self.identity.lineEdit().setPlaceholderText(self.tr("Choose the identity file (.p12)"))
        row.addWidget(self.identity, 1)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.browse_button)
        self.new_button = QPushButton(self.tr("New identity…"))
        self.new_button.setToolTip(self.tr("A first-timer creates their digital identity here, then signs with it"))
        self.new_button.clicked.connect(self.new_identity)
        row.addWidget(self.new_button)
        form.addRow(self.tr("Digital identity:"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("The identity's passphrase"))
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        self.forgot_button = QPushButton(self.tr("Forgot the passphrase?"))
        self.forgot_button.setProperty("role", "link")
        self.forgot_button.clicked.connect(self.explain_forgotten)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(label(self.tr("Handwritten signature (optional): shown in the signature stamp"), "h3",
                               wrap=True))
        self.pad = SignaturePad()
        layout.addWidget(self.pad)
        pad_row = QHBoxLayout()
        pad_row.addWidget(label(self.tr("Draw with the mouse, a pen or a finger."), "small"), 1)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.pad.clear)
        pad_row.addWidget(self.clear_button)
        layout.addLayout(pad_row)
        layout.addStretch(1)

        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Use this signer"), self.check_and_accept)
        layout.addWidget(self.buttons)
        (self.passphrase if self.identity.currentText() else self.identity).setFocus()

    def identity_path(self) -> str:
        return self.identity.currentText().strip()

    def browse(self) -> None:
        start = self.identity_path() or str(identities_folder(self.data_dir))
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a digital identity"), start, self.tr("Digital identities ({patterns})").format(
                patterns=IDENTITY_FILTER)
        )
        if path:
            self.identity.setCurrentText(path)
            self.passphrase.setFocus()

    def new_identity(self) -> bool:
        """Create a digital identity in place and choose it (the passphrase is typed again to sign)."""
        dialog = NewIdentityDialog(self.data_dir, parent=self)
        created = dialog.exec() == QDialog.DialogCode.Accepted and dialog.info is not None
        dialog.deleteLater()
        if not created:
            return False
        keys.remember_identity(self.settings, str(dialog.path))
        self.identity.insertItem(0, str(dialog.path))
        self.identity.setCurrentIndex(0)
        self.passphrase.setFocus()
        return True

    def explain_forgotten(self) -> None:
        QMessageBox.information(self, self.tr("Forgotten passphrase"), forgot_passphrase_text(self))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def check_and_accept(self) -> None:
        """Open the identity with the passphrase now: a wrong one is asked again, not found at export."""
        path = self.identity_path()
        if not path:
            self.show_error(self.tr("Choose the identity file first."))
            self.identity.setFocus()
            return
        passphrase = self.passphrase.text()
        try:
            loaded = Identities().open(path, passphrase)
        except WrongPassphrase as exc:
            self.show_error(shown(exc))
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        except SigningError as exc:
            self.show_error(shown(exc))
            return
        self.info = loaded.info
        self.signer = Signer(Path(path), passphrase, handwriting_png=self.pad.png_bytes())
        self.passphrase.clear()  # kept only inside the Signer, in memory, until the export is done
        keys.remember_identity(self.settings, path)
        self.accept()

    def describe(self) -> str:
        if self.info is None:
            return ""
        text = self.tr("{name} ({role}, {organisation})").format(name=self.info.name, role=self.info.role,
                                                                 organisation=self.info.organisation)
        return text + ("  · " + self.tr("handwritten signature") if self.signer and self.signer.handwriting_png else "")


class LaterSignerDialog(QDialog):
    """Someone who signs the exported file later (`tuoyu sign`, 添加签名): the report reserves their box."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signs later"))
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("The report reserves a signature box for this person; they sign the "
                                       "exported file later with their own identity."), wrap=True))
        form = QFormLayout()
        self.role = RoleBox(LATER_ROLES)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("as on their identity; may stay empty"))
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Name"), self.name)
        layout.addLayout(form)
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Reserve"), self.accept)
        layout.addWidget(self.buttons)
        self.role.currentTextChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

    def declared(self) -> DeclaredSigner:
        return DeclaredSigner(self.role.role(), self.name.text().strip())


class SignedExportDialog(QDialog):
    """Collect the signers in signing order, then export the signed report.

    Each entry signs now (a ``Signer`` with their identity) or later (only declared, so the report
    reserves their box)."""

    def __init__(self, data_dir: Path, settings: QSettings, period: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.settings = settings
        self.entries: list[tuple[Signer | None, DeclaredSigner]] = []
        self.setWindowTitle(self.tr("Export signed report"))
        self.resize(580, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Signed report · {period}").format(period=period), "h2"))
        layout.addWidget(
            label(
                self.tr(
                    "Add the people who sign, in order (for example the director, then the facility "
                    "representative). Each signs with their own digital identity and passphrase; someone "
                    "who signs the file later gets a reserved box."
                ),
                wrap=True,
            )
        )
        self.list = QListWidget()
        self.list.setSpacing(3)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add signer…"))
        self.add_button.clicked.connect(self.add_signer)
        self.later_button = QPushButton(self.tr("Signs later…"))
        self.later_button.clicked.connect(self.add_later_signer)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.later_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.buttons, self.export_button = ok_cancel_buttons(self, self.tr("Export signed PDF…"), self.accept)
        self.export_button.setProperty("role", "primary")
        layout.addWidget(self.buttons)
        self._update()

    @property
    def signers(self) -> list[Signer]:
        """Those who sign now, in order."""
        return [signer for signer, _person in self.entries if signer is not None]

    def declared(self) -> list[DeclaredSigner] | None:
        """Everyone the report names as signing, when someone signs later; else None (the defaults)."""
        if all(signer is not None for signer, _person in self.entries):
            return None
        return [person for _signer, person in self.entries]

    def add_signer(self) -> bool:
        dialog = SignerDialog(
            self.data_dir, self.settings, self, title=self.tr("Signer {number}").format(number=len(self.entries) + 1)
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.signer is not None and dialog.info is not None
        dialog.deleteLater()
        if not accepted:
            return False
        self.entries.append((dialog.signer, DeclaredSigner(dialog.info.role, dialog.info.name)))
        self.list.addItem(f"{len(self.entries)}. {dialog.describe()}")
        dialog.signer = None
        self._update()
        return True

    def add_later_signer(self) -> bool:
        dialog = LaterSignerDialog(self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and bool(dialog.declared().role)
        person = dialog.declared()
        dialog.deleteLater()
        if not accepted:
            return False
        self.entries.append((None, person))
        who = f"{person.name}（{person.role}）" if person.name else person.role
        self.list.addItem(f"{len(self.entries)}. {who} · " + self.tr("signs later"))
        self._update()
        return True

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            texts = [self.list.item(i).text().split(". ", 1)[1] for i in range(self.list.count()) if i != row]
            self.list.clear()
            for number, text in enumerate(texts, 1):
                self.list.addItem(f"{number}. {text}")
        self._update()

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.signers))
        self.remove_button.setEnabled(bool(self.entries))

    def done(self, result: int) -> None:  # noqa: D401
        if result != QDialog.DialogCode.Accepted:
            self.entries.clear()  # forget passphrases as soon as possible
        super().done(result)
