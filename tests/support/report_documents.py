"""Every kind of PDF document the program writes, built from the demo data with all their parts
(plans, evidence, long notes, a survey, a trend; findings with photos and carried-over items; a
ledger; a desk summary, a receipt and a city package), with fixed times: for tests that look at
the texts they record, or compare their output."""

from __future__ import annotations

import random
from datetime import datetime
from decimal import Decimal

from support.report_parts import jpeg, row
from tuoyu_desktop.forms import load_form
from tuoyu_desktop.paths import bundled_forms_dir
from tuoyu_desktop.records import Answer
from tuoyu_desktop.scoring import compare, score
from tuoyu_desktop.services.demo import demo_answer, demo_profile, demo_visited_profile
from tuoyu_desktop.survey import DimensionIndex, SurveyIndex

GENERATED = datetime(2026, 11, 28, 10, 53)
LONG = "已购置新的消毒柜并安排专人每日登记消毒情况，" * 20  # over NOTE_IN_TABLE: goes to the appendix


def assessment(**changes):
    """The demo facility's self-assessment on the Beijing form: gaps with plans, evidence, a long
    comment and N/A reason, the previous period, a trend and a parents' survey. ``changes``
    replace the profile's fields (``name=…``), answers (``answers={…}``) or plans (``plans={…}``)."""
    from tuoyu_desktop.report.assessment import AssessmentReport, GapPlan
    from tuoyu_desktop.report.evidence import EvidenceItem
    from tuoyu_desktop.report.scored import Attachment

    form = load_form(bundled_forms_dir() / "beijing-2023.yaml")
    profile = demo_profile()
    for name, value in changes.pop("profile", {}).items():
        setattr(profile, name, value)
    rng = random.Random(2026)
    answers = {item.id: a for item in form.iter_items() if (a := demo_answer(item, rng)) is not None}
    items = [item.id for item in form.iter_items() if item.kind == "choice" and not item.veto]
    answers[items[0]] = Answer(value=form.item(items[0]).scale.options[-1].value, comment=LONG)
    answers[items[1]] = Answer(value=form.item(items[1]).scale.options[-1].value, comment="消毒记录不全")
    answers.update(changes.pop("answers", {}))
    scores = score(form, answers, profile)
    before = score(form, {i: a for i, a in answers.items() if i not in items[:6]}, profile)
    plans = {r.item.id: GapPlan(measure="补齐记录并每周检查", responsible="李红梅", deadline="2026-12-31")
             for r in scores.gaps}
    plans[scores.gaps[0].item.id] = GapPlan(measure=LONG, responsible="王老师", deadline="下学期开学前")
    plans.update(changes.pop("plans", {}))
    evidence = {items[0]: [EvidenceItem("消毒柜", "image", "c1" * 32, jpeg()),
                           EvidenceItem("消毒记录", "image", "c2" * 32, "原文件已不在数据文件夹中"),
                           EvidenceItem("登记表", "document", "c3" * 32, name="消毒登记表.pdf")],
                items[1]: [EvidenceItem("", "document", "c4" * 32, name="制度.docx")]}
    evidence.update(changes.pop("evidence", {}))
    survey = SurveyIndex("s1", "家长满意度调查", "2026年下半年", 12, "2026-11-01T09:00:00", "2026-11-10T18:00:00",
                         (DimensionIndex("1", "保育照护", Decimal("92.5"), 40), DimensionIndex("2", "家园共育", None, 0)),
                         Decimal("90.1"))
    trend = [("2025年上半年", Decimal("80.5")), ("2025年下半年", Decimal("85")), ("2026年上半年", Decimal("88.2")),
             ("2026年下半年", scores.total.percent)]
    attachment = Attachment("a1-r1", "assessment.json", b'{"schema_version": "1.0"}')
    assert not changes, changes
    return AssessmentReport(profile, row(form), scores, GENERATED, attachment, None, plans, evidence,
                            compare(scores, before, "2026年上半年"), survey, trend)


def inspection(**changes):
    """A finalised inspection: failed items (one a veto), an item finding and an ad-hoc one with
    photos, long notes, and carried-over items. ``changes`` replace the profile's fields
    (``profile={…}``), the visit's (``visit={…}``), or add to the findings (``findings=[…]``)."""
    from tuoyu_desktop.report.inspection import InspectionReport
    from tuoyu_desktop.report.scored import Attachment

    form = load_form(bundled_forms_dir() / "inspection.yaml")
    profile = demo_visited_profile()
    for name, value in changes.pop("profile", {}).items():
        setattr(profile, name, value)
    items = list(form.iter_items())
    answers = {item.id: Answer("pass") for item in items}
    veto = next(item for item in items if item.veto)
    plain = [item for item in items if not item.veto and item.na_allowed]
    answers[veto.id] = Answer("fail", comment="安全出口被杂物堵塞")
    answers[plain[0].id] = Answer("fail", comment=LONG)
    answers[plain[1].id] = Answer(na=True, na_reason="本机构不提供膳食")
    scores = score(form, answers, profile)
    visit = {"visited_at": "2026-11-20T09:30:00+08:00", "inspectors": ["王建国", "刘芳"], "facility_rep": "张晓燕",
             "notes": LONG}
    visit.update(changes.pop("visit", {}))
    findings = [
        {"key": veto.id, "area": form.dimension(veto.dimension_id).title, "description": "安全出口被杂物堵塞",
         "observation": "二楼东侧安全出口堆放床垫", "veto": True, "severity": "严重", "opinion": "立即清理",
         "deadline": "2026-11-21", "photos": [{"sha256": "p1", "caption": "二楼东侧"}, {"sha256": "p2", "caption": ""}]},
        {"key": "finding:1", "area": "其他发现", "description": "门厅消毒液无标签", "observation": "",
         "veto": False, "severity": "一般", "opinion": LONG, "deadline": None, "photos": []},
        *changes.pop("findings", []),
    ]
    carried = [{"key": "2.1.3", "description": "楼道停放电动车", "status": "整改中", "deadline": "2026-10-01"},
               {"key": "finding:3", "description": LONG, "status": "待整改", "deadline": None}]
    data = {"inspection": visit, "findings": findings, "carried_over": carried}
    attachment = Attachment("i1-r1", "assessment.json", b'{"schema_version": "1.0"}')
    assert not changes, changes
    return InspectionReport(profile, row(form, period="2026-11-20 巡查"), scores, GENERATED, attachment, data,
                            {"p1": jpeg(), "p2": "照片文件已损坏"})


def ledger(**changes):
    """The ledger of three items, one overdue and one with a long description."""
    from tuoyu_desktop.rectification import RectificationItem
    from tuoyu_desktop.report.ledger import LedgerDocument

    def item(n: int, **fields) -> RectificationItem:
        values = dict(id=f"r{n}", facility_id=1, source="inspection", source_id="i1", source_key="2.1.3",
                      area="消防安全", description="楼道停放电动车", severity="严重", opinion="立即清理",
                      responsible="王园长", deadline="2099-12-01", status="待整改", status_reason="",
                      created_at="2026-11-20T10:00:00", updated_at="2026-11-20T10:00:00", report_label="2026-11-20")
        values.update(fields)
        return RectificationItem(**values)

    items = [item(1, deadline="2020-01-01"), item(2, source="self", description=LONG, status="无法整改",
                                                  status_reason="房屋结构所限"),
             item(3, **changes.pop("item", {}))]
    assert not changes, changes
    return LedgerDocument(items, {1: "七彩童年托育园"}, "七彩童年托育园", ["状态：待整改、整改中"], GENERATED)


def _desk_parts():
    cycle = {"title": "2026年下半年质量评估", "period": "2026年下半年", "due_date": "2026-12-31"}
    submissions = [{"facility": "阳光宝贝托育中心", "credit_code": "91110105MA0000001X", "status_label": "已接收",
                    "status": "accepted", "days_late": 0},
                   {"facility": "七彩童年托育园", "credit_code": "91110105MA0000002X", "status_label": "逾期未报",
                    "status": "overdue", "days_late": 3}]
    figures = {"grades": {"A": 1}, "average_percent": 91.2, "roster": 2, "submitted": 1,
               "veto_failures": [{"item": "1.1.1", "count": 1}], "dimensions": [{"id": "1", "title": "安全管理"}],
               "rows": [{"credit_code": "91110105MA0000001X", "grade": "A", "percent": 91.2, "rank": 1,
                         "dimensions": {"1": 95.0}}]}
    return cycle, submissions, figures


def desk_summary():
    from tuoyu_desktop.report.desk_summary import DeskSummary

    document = DeskSummary(*_desk_parts(), "北京市朝阳区")
    document.made_at = GENERATED
    return document


def city_package():
    from tuoyu_desktop import city_package

    document = city_package._document_class()(*_desk_parts(), "北京市朝阳区", b"{}", "0" * 64)
    document.made_at = GENERATED
    return document


def receipt():
    from tuoyu_desktop.receipt import ReceiptDocument

    review = {"facility": "阳光宝贝托育中心", "credit_code": "91110105MA0000001X", "report_id": "a1-r1",
              "payload_sha256": "ab" * 32, "officer": {"name": "赵审核", "fingerprint": "cd" * 32},
              "decided_at": "2026-11-28T10:53:00+08:00", "decision": "returned"}
    data = {"review": review, "district": "北京市朝阳区", "decision_label": "退回", "reason": "请补充佐证",
            "comments": [{"item": "1.1.1", "item_text": "建立安全管理制度", "comment": LONG},
                         {"item": "", "item_text": "", "comment": "整体良好"}]}
    return ReceiptDocument(data, b"{}", "0" * 64)


DOCUMENTS = {"assessment": assessment, "inspection": inspection, "ledger": ledger, "desk_summary": desk_summary,
             "city_package": city_package, "receipt": receipt}
