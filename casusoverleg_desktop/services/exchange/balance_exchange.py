"""The balance sheet in the exchange format: ``cases[].balance_sheets[]`` (an addition within version 1).

Export, the reference and rule checks, and the import of the sheets live here; ``export.py``,
``consistency.py`` and ``importer.py`` each call in with one line. References: a sheet names its
meeting by key; an entry its signal by key (``S2``) and its contribution by
``{"meeting", "agenda_item", "index"}`` (the position of the case item and the contribution's index
in that item's ``contributions``, counting from 0); a measure its action by ``{"meeting", "number"}``.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain import balance as b
from casusoverleg_desktop.domain.enums import DataCategory, StatementType, Verification
from casusoverleg_desktop.domain.labels import action_label, signal_label
from casusoverleg_desktop.services.exchange.document import (
    compact,
    date_text,
    label_number,
    moment_text,
    parse_date,
    parse_moment,
)
from casusoverleg_desktop.store import balance_models as bm
from casusoverleg_desktop.store import models as m

Doc = dict[str, Any]

BALANCE_TABLES = frozenset(
    {
        "balance_sheet",
        "balance_entry",
        "balance_measure",
        "balance_dissent",
        "balance_rating",
        "balance_formal_assessment",
        "balance_question",
    }
)
ENTITY_LABELS = {
    "balance_sheet": "balansversies",
    "balance_entry": "balansregels",
    "balance_measure": "maatregelen",
    "balance_dissent": "afwijkende meningen",
    "balance_rating": "schaalscores",
    "balance_formal_assessment": "verwijzingen naar taxaties",
    "balance_question": "open vragen",
}


def _children(session: Session, model: type[bm.ChildT], sheet_id: int, *order: Any) -> list[bm.ChildT]:
    return list(session.scalars(select(model).where(model.sheet_id == sheet_id).order_by(*order, model.id)))


# --- Export -----------------------------------------------------------------------------------------


def export_balance_sheets(session: Session, keys: Any, case_id: int) -> list[Doc]:
    """The case's sheets in version order; ``keys`` is the export's ``_Keys``."""
    sheets = list(
        session.scalars(
            select(bm.BalanceSheet)
            .where(bm.BalanceSheet.case_id == case_id)
            .order_by(bm.BalanceSheet.version)
        )
    )
    versions = {s.id: s.version for s in sheets}
    return [_sheet(session, keys, s, versions) for s in sheets]


def _contribution_ref(session: Session, keys: Any, contribution_id: int | None) -> Doc | None:
    if contribution_id is None:
        return None
    contribution = session.get_one(m.Contribution, contribution_id)
    item = session.get_one(m.AgendaItem, contribution.agenda_item_id)
    siblings = list(
        session.scalars(
            select(m.Contribution.id)
            .where(m.Contribution.agenda_item_id == item.id)
            .order_by(m.Contribution.id)
        )
    )
    return {
        "meeting": keys.meeting[item.meeting_id],
        "agenda_item": item.position,
        "index": siblings.index(contribution_id),
    }


def _sheet(session: Session, keys: Any, s: bm.BalanceSheet, versions: dict[int, int]) -> Doc:
    def entry(e: bm.BalanceEntry) -> Doc:
        signal = session.get(m.Signal, e.signal_id) if e.signal_id else None
        return compact(
            side=e.side.value,
            text=e.text,
            statement_type=e.statement_type.value,
            source_partner=keys.of(keys.partner, e.source_partner_id),
            observed_on=date_text(e.observed_on),
            domain=e.domain.value if e.domain else None,
            persistence=e.persistence.value if e.persistence else None,
            weight=e.weight.value if e.weight else None,
            verification=e.verification.value,
            data_category=e.data_category.value,
            signal=signal_label(signal.number, signal.is_contra) if signal else None,
            contribution=_contribution_ref(session, keys, e.contribution_id),
            lineage=e.lineage,
        )

    def measure(x: bm.BalanceMeasure) -> Doc:
        action = session.get(m.ActionItem, x.action_item_id) if x.action_item_id else None
        return compact(
            kind=x.kind.value,
            text=x.text,
            coercive=x.coercive,
            status=x.status.value,
            action={"meeting": keys.meeting[action.origin_meeting_id], "number": action_label(action.number)}
            if action
            else None,
        )

    return compact(
        meeting=keys.meeting[s.meeting_id],
        version=s.version,
        prefilled_from=versions.get(s.prefilled_from_id) if s.prefilled_from_id else None,
        priority=s.priority.value if s.priority else None,
        rationale=s.rationale,
        consensus_score=s.consensus_score,
        proportionality=s.proportionality,
        created_at=moment_text(s.created_at),
        created_by=s.created_by,
        entries=[
            entry(e)
            for e in sorted(
                _children(session, bm.BalanceEntry, s.id),
                key=lambda e: (list(b.BalanceSide).index(e.side), e.position),
            )
        ],
        measures=[
            measure(x) for x in _children(session, bm.BalanceMeasure, s.id, bm.BalanceMeasure.position)
        ],
        dissent=[
            {"partner": keys.partner[d.partner_id], "position": d.position, "reason": d.reason}
            for d in _children(session, bm.BalanceDissent, s.id)
        ],
        ratings=[
            {"partner": keys.partner[r.partner_id], "score": r.score}
            for r in _children(session, bm.BalanceRating, s.id)
        ],
        formal_assessments=[
            compact(
                instrument=f.instrument,
                organisation=f.organisation,
                assessed_on=date_text(f.assessed_on),
                summary=f.summary,
            )
            for f in _children(session, bm.FormalAssessmentRef, s.id)
        ],
        open_questions=[
            {"text": q.text, "resolved": q.resolved}
            for q in _children(session, bm.BalanceQuestion, s.id, bm.BalanceQuestion.position)
        ],
    )


# --- Checks -----------------------------------------------------------------------------------------


def check_balance_sheets(checker: Any, path: str, case: Doc) -> None:
    """References and rules of ``case``'s sheets; ``checker`` is consistency's ``_Checker``."""
    code = case["code"]
    signal_keys = {s["key"] for s in case.get("signals", [])}
    versions: dict[int, str] = {}
    meetings: dict[str, str] = {}
    for s_path, sheet in (
        (f"{path}.balance_sheets[{i}]", s) for i, s in enumerate(case.get("balance_sheets", []))
    ):
        checker._unique(versions, sheet["version"], f"{s_path}.version", "versie")
        if checker.meeting(f"{s_path}.meeting", sheet["meeting"]) is not None:
            checker._unique(meetings, sheet["meeting"], f"{s_path}.meeting", "balans in vergadering")
        prefilled = sheet.get("prefilled_from")
        if prefilled is not None and prefilled >= sheet["version"]:
            checker.problem(f"{s_path}.prefilled_from", "een versie wordt gevuld uit een eerdere versie")
        priority = sheet.get("priority")
        checker.rule(
            f"{s_path}.rationale",
            b.check_priority,
            b.Priority(priority) if priority else None,
            sheet.get("rationale"),
        )
        for e_path, entry in ((f"{s_path}.entries[{i}]", e) for i, e in enumerate(sheet.get("entries", []))):
            _check_entry(checker, e_path, entry, code, signal_keys)
        coercive = []
        for x_path, measure in (
            (f"{s_path}.measures[{i}]", x) for i, x in enumerate(sheet.get("measures", []))
        ):
            if measure.get("coercive", False):
                coercive.append(measure["text"])
                if measure["kind"] != b.MeasureKind.BEGRENZEND:
                    checker.problem(f"{x_path}.kind", "een dwangmaatregel is altijd begrenzend")
            if "action" in measure:
                _check_action(checker, f"{x_path}.action", measure["action"], code)
        checker.rule(
            f"{s_path}.proportionality", b.check_proportionality, coercive, sheet.get("proportionality")
        )
        for d_path, row in ((f"{s_path}.dissent[{i}]", d) for i, d in enumerate(sheet.get("dissent", []))):
            checker.partner(f"{d_path}.partner", row["partner"])
            checker.rule(d_path, b.check_dissent, row["position"], row["reason"])
        rated: dict[Any, str] = {}
        for r_path, row in ((f"{s_path}.ratings[{i}]", r) for i, r in enumerate(sheet.get("ratings", []))):
            if checker.partner(f"{r_path}.partner", row["partner"]):
                checker._unique(rated, row["partner"], f"{r_path}.partner", "score van partner")


def _check_entry(checker: Any, path: str, entry: Doc, code: str, signal_keys: set[str]) -> None:
    domain = entry.get("domain")
    checker.rule(
        f"{path}.domain",
        b.check_domain_fits,
        b.BalanceSide(entry["side"]),
        b.BalanceDomain(domain) if domain else None,
    )
    checker.partner(f"{path}.source_partner", entry.get("source_partner"))
    signal = entry.get("signal")
    if signal is not None and signal not in signal_keys:
        checker.problem(f"{path}.signal", f"casus {code} heeft geen signaal '{signal}'")
    ref = entry.get("contribution")
    if ref is None:
        return
    meeting = checker.meeting(f"{path}.contribution.meeting", ref["meeting"])
    if meeting is None:
        return
    item = next((i for i in meeting.get("agenda", []) if i["position"] == ref["agenda_item"]), None)
    if item is None or item.get("case") != code:
        checker.problem(
            f"{path}.contribution.agenda_item",
            f"vergadering '{ref['meeting']}' heeft geen casusbespreking {ref['agenda_item']} over {code}",
        )
    elif not 0 <= ref["index"] < len(item.get("contributions", [])):
        checker.problem(
            f"{path}.contribution.index",
            f"agendapunt {ref['agenda_item']} heeft geen inbreng met index {ref['index']}",
        )


def _check_action(checker: Any, path: str, ref: Doc, code: str) -> None:
    meeting = checker.meeting(f"{path}.meeting", ref["meeting"])
    if meeting is None:
        return
    action = next((a for a in meeting.get("actions", []) if a["number"] == ref["number"]), None)
    if action is None:
        checker.problem(
            f"{path}.number", f"vergadering '{ref['meeting']}' heeft geen actiepunt {ref['number']}"
        )
    elif action.get("case", code) != code:
        checker.problem(f"{path}.number", f"actiepunt {ref['number']} gaat over casus {action['case']}")


# --- Import -----------------------------------------------------------------------------------------


def _enum(enum: Any, value: str | None) -> Any:
    return None if value is None else enum(value)


def write_balance_sheets(writer: Any, case: Doc) -> None:
    """Write ``case``'s sheets; ``writer`` is the importer's ``_Writer`` (after actions are written)."""
    session: Session = writer.session
    case_id = writer.case(case["code"])
    by_version: dict[int, bm.BalanceSheet] = {}
    # In version order, so the version a sheet was pre-filled from exists when the sheet is written.
    for sheet in sorted(case.get("balance_sheets", []), key=lambda s: s["version"]):
        source = by_version.get(sheet.get("prefilled_from"))
        row = writer.add(
            bm.BalanceSheet(
                case_id=case_id,
                meeting_id=writer.meeting(sheet["meeting"]),
                version=sheet["version"],
                prefilled_from_id=source.id if source is not None else None,
                priority=_enum(b.Priority, sheet.get("priority")),
                rationale=sheet.get("rationale"),
                consensus_score=sheet.get("consensus_score"),
                proportionality=sheet.get("proportionality"),
                created_at=parse_moment(sheet.get("created_at")) or writer.ctx.clock(),
                created_by=sheet.get("created_by", writer.ctx.actor),
            )
        )
        writer.flush()
        by_version[sheet["version"]] = row
        positions: dict[str, int] = {}
        for entry in sheet.get("entries", []):
            side = b.BalanceSide(entry["side"])
            positions[side.value] = positions.get(side.value, 0) + 1
            writer.add(
                bm.BalanceEntry(
                    sheet_id=row.id,
                    lineage=entry.get("lineage") or uuid.uuid4().hex,
                    side=side,
                    position=positions[side.value],
                    text=entry["text"],
                    statement_type=StatementType(entry["statement_type"]),
                    source_partner_id=writer.partner(entry.get("source_partner")),
                    observed_on=parse_date(entry.get("observed_on")),
                    domain=_enum(b.BalanceDomain, entry.get("domain")),
                    persistence=_enum(b.Persistence, entry.get("persistence")),
                    weight=_enum(b.Weight, entry.get("weight")),
                    verification=Verification(entry.get("verification", Verification.ONBEVESTIGD)),
                    data_category=DataCategory(entry.get("data_category", DataCategory.GEWOON)),
                    signal_id=_signal_id(session, case_id, entry.get("signal")),
                    contribution_id=_contribution_id(session, writer, entry.get("contribution")),
                )
            )
        for position, x in enumerate(sheet.get("measures", []), start=1):
            writer.add(
                bm.BalanceMeasure(
                    sheet_id=row.id,
                    position=position,
                    kind=b.MeasureKind(x["kind"]),
                    text=x["text"],
                    coercive=x.get("coercive", False),
                    status=b.MeasureStatus(x.get("status", b.MeasureStatus.VOORGESTELD)),
                    action_item_id=_action_id(session, writer, x.get("action")),
                )
            )
        for d in sheet.get("dissent", []):
            writer.add(
                bm.BalanceDissent(
                    sheet_id=row.id,
                    partner_id=writer.partner(d["partner"]),
                    position=d["position"],
                    reason=d["reason"],
                )
            )
        for r in sheet.get("ratings", []):
            writer.add(
                bm.BalanceRating(sheet_id=row.id, partner_id=writer.partner(r["partner"]), score=r["score"])
            )
        for f in sheet.get("formal_assessments", []):
            writer.add(
                bm.FormalAssessmentRef(
                    sheet_id=row.id,
                    instrument=f["instrument"],
                    organisation=f["organisation"],
                    assessed_on=parse_date(f.get("assessed_on")),
                    summary=f["summary"],
                )
            )
        for position, q in enumerate(sheet.get("open_questions", []), start=1):
            writer.add(
                bm.BalanceQuestion(
                    sheet_id=row.id, position=position, text=q["text"], resolved=q.get("resolved", False)
                )
            )
    writer.flush()


def _signal_id(session: Session, case_id: int, key: str | None) -> int | None:
    if key is None:
        return None
    return session.scalar(
        select(m.Signal.id).where(
            m.Signal.case_id == case_id,
            m.Signal.is_contra.is_(key.startswith("C")),
            m.Signal.number == label_number(key),
        )
    )


def _contribution_id(session: Session, writer: Any, ref: Doc | None) -> int | None:
    if ref is None:
        return None
    item_id = writer.agenda_item_ids[(ref["meeting"], ref["agenda_item"])]
    ids = list(
        session.scalars(
            select(m.Contribution.id)
            .where(m.Contribution.agenda_item_id == item_id)
            .order_by(m.Contribution.id)
        )
    )
    return ids[ref["index"]]


def _action_id(session: Session, writer: Any, ref: Doc | None) -> int | None:
    if ref is None:
        return None
    return session.scalar(
        select(m.ActionItem.id).where(
            m.ActionItem.origin_meeting_id == writer.meeting(ref["meeting"]),
            m.ActionItem.number == label_number(ref["number"]),
        )
    )
