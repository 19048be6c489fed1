"""How the core's fixed Chinese words (statuses, severities, sources, facility and class types) read
on screen: the stored value stays Chinese, the interface shows it in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _terms() -> dict[str, str]:
    return {
        # rectification statuses
        "待整改": QCoreApplication.translate("Terms", "Pending"),
        "整改中": QCoreApplication.translate("Terms", "In progress"),
        "已整改": QCoreApplication.translate("Terms", "Rectified"),
        "已验证": QCoreApplication.translate("Terms", "Verified"),
        "无法整改": QCoreApplication.translate("Terms", "Cannot be rectified"),
        # severities
        "一般": QCoreApplication.translate("Terms", "Minor"),
        "较重": QCoreApplication.translate("Terms", "Serious"),
        "严重": QCoreApplication.translate("Terms", "Severe"),
        # where a rectification item came from
        "督导巡查": QCoreApplication.translate("Terms", "Inspection"),
        "机构自评": QCoreApplication.translate("Terms", "Self-assessment"),
        "收到的巡查报告": QCoreApplication.translate("Terms", "Received inspection report"),
        "其他发现": QCoreApplication.translate("Terms", "Other finding"),
        # facility types
        "独立托育机构": QCoreApplication.translate("Terms", "Independent childcare centre"),
        "幼儿园托班": QCoreApplication.translate("Terms", "Kindergarten nursery class"),
        "社区托育点": QCoreApplication.translate("Terms", "Community childcare point"),
        "用人单位托育点": QCoreApplication.translate("Terms", "Workplace childcare point"),
        "家庭托育点": QCoreApplication.translate("Terms", "Home-based childcare point"),
        # class types
        "乳儿班": QCoreApplication.translate("Terms", "Infant class (6–12 months)"),
        "托小班": QCoreApplication.translate("Terms", "Young toddler class (12–24 months)"),
        "托大班": QCoreApplication.translate("Terms", "Older toddler class (24–36 months)"),
        "混龄班": QCoreApplication.translate("Terms", "Mixed-age class"),
        # grade words of the bundled forms
        "优秀": QCoreApplication.translate("Terms", "excellent"),
        "良好": QCoreApplication.translate("Terms", "good"),
        "合格": QCoreApplication.translate("Terms", "pass"),
        "不合格": QCoreApplication.translate("Terms", "fail"),
    }


def term(value: str) -> str:
    """``value`` in the interface language when it is one of the core's fixed words, else as it is."""
    return _terms().get(value, value)
