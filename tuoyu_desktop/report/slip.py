"""The registration slip (数字签名证书登记单): one A4 page a signer hands to the district, so the
district can register the certificate by its fingerprint (typed, or read from the QR code)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from tuoyu_desktop.atomic import write_atomically
from tuoyu_desktop.report import textcheck
from tuoyu_desktop.report.textcheck import Place, place

QR_PREFIX = "tuoyu-cert-sha256:"  # what the QR code holds: this prefix and the 64 hex digits


def slip_rows(info: Any) -> list[tuple[str, str]]:
    """The slip's lines, label and value (``info``: a signing ``IdentityInfo``)."""
    kind = "区级签发" if not info.self_signed else "自签名（凭本登记单在区里登记指纹）"
    if info.is_authority:
        kind = "区级根证书"
    return [
        ("姓名", info.name),
        ("身份", info.role),
        ("单位", info.organisation),
        ("证书类型", f"{kind}；签发者：{info.issuer}"),
        ("有效期", f"{info.not_before:%Y年%m月%d日} 至 {info.not_after:%Y年%m月%d日}"),
        ("密钥与序列号", f"{info.key_type}；{info.serial_number}"),
    ]


def identity_texts(name: str, role: str, organisation: str, issuer: str = "") -> list[tuple[Place, str]]:
    """What an identity prints (on the slip, the signature stamp, the signing section), with its places."""
    return [(place("identity_name"), name), (place("identity_role"), role),
            (place("identity_organisation"), organisation), (place("certificate_issuer"), issuer)]


def check_printable(info: Any) -> None:
    """Raise ``UnrenderableText`` for an identity whose name, role, organisation or issuer the
    report font cannot draw (one made by another program): its slip and every report it signed
    would have holes."""
    from tuoyu_desktop.report import fonts

    textcheck.check(identity_texts(info.name, info.role, info.organisation, info.issuer), fonts.charset(),
                    advice="text.then_new_identity")


def write_registration_slip(target: Path, info: Any, today: date | None = None) -> Path:
    """Write the slip for ``info`` to ``target`` (atomically); returns the path.

    Raises ``UnrenderableText`` (nothing written) for a name, role, organisation or issuer the
    report font cannot draw (an identity made by another program): the slip would have holes."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from tuoyu_desktop.report import fonts
    from tuoyu_desktop.report.qr import draw_qr

    font = fonts.register()
    check_printable(info)
    width, height = A4
    left, right = 64.0, width - 64.0
    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4, pageCompression=1)
    sheet.setTitle(f"数字签名证书登记单：{info.name}")
    sheet.setAuthor("tuoyu-desktop")
    sheet.setFont(font, 20)
    sheet.drawCentredString(width / 2, height - 90, "数字签名证书登记单")
    sheet.setFont(font, 10)
    sheet.setFillColor(HexColor("#5b6472"))
    sheet.drawCentredString(width / 2, height - 112, "请交区（县）卫生健康部门登记；核验报告时以证书指纹识别签名人")
    sheet.setFillColor(HexColor("#1f2933"))
    y = height - 160
    for label, value in slip_rows(info):
        sheet.setFont(font, 11)
        sheet.drawString(left, y, f"{label}：")
        sheet.setFont(font, 12)
        sheet.drawString(left + 96, y, value[:60])
        y -= 26
    y -= 10
    sheet.setFont(font, 11)
    sheet.drawString(left, y, "证书指纹（SHA-256）：")
    qr_size = 120.0
    draw_qr(sheet, QR_PREFIX + info.fingerprint_hex, right - qr_size, y + 12 - qr_size, qr_size)
    groups = info.fingerprint_groups.split()
    sheet.setFont("Courier-Bold", 13)
    for line in (groups[:8], groups[8:]):
        y -= 22
        sheet.drawString(left + 12, y, " ".join(line))
    y -= 70
    sheet.setFont(font, 11)
    filled = today or date.today()
    fields = [(f"填表日期：{filled:%Y年%m月%d日}", False), ("本人签名：", True), ("登记人签名：", True),
              ("登记日期：", True), ("登记单位（盖章）：", True)]
    sheet.setStrokeColor(HexColor("#9aa5b1"))
    for text, blank in fields:
        y -= 34
        sheet.drawString(left, y, text)
        if blank:  # a line to write or stamp on
            sheet.line(left + 110, y - 3, left + 330, y - 3)
    sheet.setFont(font, 8)
    sheet.setFillColor(HexColor("#5b6472"))
    sheet.drawString(left, 60, "本登记单不含私钥或口令。指纹相同即为同一证书；若指纹不同，即使姓名相同也不是本人的证书。")
    sheet.showPage()
    sheet.save()
    target = Path(target)
    write_atomically(target, buffer.getvalue())
    return target
