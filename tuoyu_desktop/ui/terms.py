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
        # the district desk: a facility's state in a reporting cycle, a review's decision
        "已提交": QCoreApplication.translate("Terms", "Submitted"),
        "未提交": QCoreApplication.translate("Terms", "Not submitted"),
        "逾期": QCoreApplication.translate("Terms", "Overdue"),
        "已退回": QCoreApplication.translate("Terms", "Returned"),
        "已通过": QCoreApplication.translate("Terms", "Approved"),
        "不予认可": QCoreApplication.translate("Terms", "Not accepted"),
        "通过": QCoreApplication.translate("Terms", "Approve"),
        "退回": QCoreApplication.translate("Terms", "Return"),
        # what happened to a file of a batch (reports at the district, packages at the city)
        "已导入": QCoreApplication.translate("Terms", "Imported"),
        "重复": QCoreApplication.translate("Terms", "Duplicate"),
        "冲突": QCoreApplication.translate("Terms", "Conflict"),
        "身份未核实": QCoreApplication.translate("Terms", "Identity not verified"),
        "已被改动": QCoreApplication.translate("Terms", "Tampered"),
        "无法读取": QCoreApplication.translate("Terms", "Unreadable"),
        "签名不全": QCoreApplication.translate("Terms", "Signatures missing"),
        "得分不符": QCoreApplication.translate("Terms", "Scores do not match"),
        "不在名册": QCoreApplication.translate("Terms", "Not on the roster"),
        "未导入": QCoreApplication.translate("Terms", "Not imported"),
        "已替换旧版": QCoreApplication.translate("Terms", "Replaced an older one"),
        "旧版本": QCoreApplication.translate("Terms", "Older version"),
        "未登记区县": QCoreApplication.translate("Terms", "District not registered"),
        "不是汇总包": QCoreApplication.translate("Terms", "Not a package"),
        # the desk's rectification board
        "已销号": QCoreApplication.translate("Terms", "Closed"),
        "督导巡查发现": QCoreApplication.translate("Terms", "Inspection finding"),
        "自评未达标": QCoreApplication.translate("Terms", "Self-assessment gap"),
        "一票否决": QCoreApplication.translate("Terms", "Veto"),
        # grade words of the bundled forms
        "优秀": QCoreApplication.translate("Terms", "excellent"),
        "良好": QCoreApplication.translate("Terms", "good"),
        "合格": QCoreApplication.translate("Terms", "pass"),
        "不合格": QCoreApplication.translate("Terms", "fail"),
    }


def term(value: str) -> str:
    """``value`` in the interface language when it is one of the core's fixed words, else as it is."""
    return _terms().get(value, value)


def cycle_title(cycle: dict) -> str:
    """A cycle's title: the one the desk made (period + kind) in the interface language, else as typed."""
    from tuoyu_desktop.services.desk import KINDS

    kind = KINDS.get(str(cycle.get("form_kind", "")), "")
    period = str(cycle.get("period", ""))
    from tuoyu_desktop.ui.i18n import current_language

    if kind and cycle.get("title") == f"{period}{kind}" and current_language() == "en":
        return f"{period} {term(kind)}"
    return str(cycle.get("title", ""))
