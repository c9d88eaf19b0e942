"""Families and gezag: relations between any two persons of a case, who holds gezag over each minor,
and the persons a signal or contribution concerns or comes from.

A relation is stored once (``PersonLink``): 'kind van' as the other person's 'ouder van'. Its
``detail`` is the printed word for one side: for a parent link a word ending in "dochter", "zoon" or
"kind" describes the child ("Sara K. (dochter van Mirjam K.)"), any other word the parent
("stiefvader"); for the other kinds it describes the person the link was entered for. The legacy
``Subject.relation`` (the relation to the primary person) counts while no link joins the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casusoverleg_desktop.domain.enums import PersonRelation, Relation, StatementRole, SubjectRole
from casusoverleg_desktop.errors import ValidationError
from casusoverleg_desktop.services.context import ServiceContext
from casusoverleg_desktop.services.lookup import check_case_open, check_subject_of, fetch
from casusoverleg_desktop.store.models import NAME, SHORT, Case, Subject
from casusoverleg_desktop.store.privacy_models import GezagHolder, PersonLink, StatementPerson

__all__ = [
    "FamilyMember", "FamilyView", "GezagInfo", "PersonLinkInfo", "StatementPersons", "age_on",
    "describes_child", "family_view", "gezag_holders", "is_minor", "link_persons",
    "name_statement_persons", "person_label", "person_labels", "read_family", "set_gezag",
    "statement_persons", "subject_descriptions", "unlink_persons",
]

ADULT_AGE = 18
_CHILD_WORDS = ("dochter", "zoon", "kind")
_SYMMETRIC = (PersonRelation.PARTNER, PersonRelation.EX_PARTNER, PersonRelation.BROER_ZUS)
# The legacy relation to the primary person, seen from the primary person.
_LEGACY_INVERSE = {Relation.MOEDER: "kind van", Relation.VADER: "kind van",
                   Relation.BROER_ZUS: "broer of zus van", Relation.PARTNER: "partner van",
                   Relation.VOOGD: "onder voogdij van", Relation.GROOTOUDER: "kleinkind van",
                   Relation.ANDERS: "relatie met"}


class Aged(Protocol):
    """A ``Subject`` or ``SubjectInfo``: an age, or a date of birth, or neither."""

    @property
    def age(self) -> int | None: ...

    @property
    def date_of_birth(self) -> dt.date | None: ...


@dataclass(frozen=True)
class PersonLinkInfo:
    id: int
    case_id: int
    subject_id: int
    subject: str
    kind: PersonRelation
    related_subject_id: int
    related: str
    detail: str | None

    @property
    def phrase(self) -> str:
        """The relation as one Dutch line, e.g. "Sara K. dochter van Mirjam K."."""
        if self.kind is PersonRelation.OUDER_VAN and describes_child(self.detail):
            return f"{self.related} {self.detail} van {self.subject}"
        if self.detail:
            return f"{self.subject} {self.detail} van {self.related}"
        kind = "relatie met" if self.kind is PersonRelation.ANDERS else self.kind.label
        return f"{self.subject} {kind} {self.related}"


@dataclass(frozen=True)
class GezagInfo:
    """Who holds gezag over one minor: persons of the case and/or a named guardian."""

    minor_subject_id: int
    holder_subject_ids: tuple[int, ...]
    guardian: str | None


@dataclass(frozen=True)
class FamilyMember:
    id: int
    pseudonym: str
    role: SubjectRole
    age: int | None
    minor: bool | None
    relations: tuple[str, ...]
    gezag: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class FamilyView:
    case_id: int
    members: tuple[FamilyMember, ...]
    links: tuple[PersonLinkInfo, ...]
    gezag: tuple[GezagInfo, ...]

    def member(self, subject_id: int) -> FamilyMember:
        return next(m for m in self.members if m.id == subject_id)


@dataclass(frozen=True)
class StatementPersons:
    concerns: tuple[int, ...]
    source: int | None


# -- ages ------------------------------------------------------------------------------------------
def age_on(subject: Aged, day: dt.date) -> int | None:
    """The age on ``day`` from the date of birth, else the recorded age; None when unknown."""
    born = subject.date_of_birth
    if born is not None:
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    return subject.age


def is_minor(subject: Aged, day: dt.date) -> bool | None:
    age = age_on(subject, day)
    return None if age is None else age < ADULT_AGE


def describes_child(detail: str | None) -> bool:
    """Whether the word of a parent link names the child ("dochter", "stiefzoon", "pleegkind")."""
    return bool(detail) and detail.strip().lower().endswith(_CHILD_WORDS)  # type: ignore[union-attr]


# -- relations -------------------------------------------------------------------------------------
def _persons_of_case(session: Session, *subject_ids: int) -> list[Subject]:
    persons = [fetch(session, Subject, subject_id) for subject_id in subject_ids]
    case_id = persons[0].case_id
    for person in persons[1:]:
        if person.case_id != case_id:
            raise ValidationError(f"{persons[0].pseudonym} en {person.pseudonym} horen niet bij "
                                  "dezelfde casus.")
    return persons


def _link_info(session: Session, link: PersonLink) -> PersonLinkInfo:
    subject = fetch(session, Subject, link.subject_id)
    related = fetch(session, Subject, link.related_subject_id)
    return PersonLinkInfo(link.id, link.case_id, link.subject_id, subject.pseudonym, link.kind,
                          link.related_subject_id, related.pseudonym, link.detail)


def link_persons(ctx: ServiceContext, subject_id: int, kind: PersonRelation, related_subject_id: int,
                 *, detail: str | None = None) -> PersonLinkInfo:
    """Record that ``subject`` is ``kind`` ``related`` (e.g. Sara K. kind van Mirjam K.)."""
    detail = detail.strip() if detail and detail.strip() else None
    if detail is not None and len(detail) > SHORT:
        raise ValidationError(f"De omschrijving mag hoogstens {SHORT} tekens hebben.")
    if subject_id == related_subject_id:
        raise ValidationError("Een persoon kan geen relatie met zichzelf hebben.")
    if detail is not None and kind is PersonRelation.KIND_VAN and not describes_child(detail):
        raise ValidationError(f"Bij 'kind van' beschrijft de omschrijving het kind (bijvoorbeeld "
                              f"dochter, zoon, pleegkind), niet '{detail}'.")
    if detail is not None and kind is PersonRelation.OUDER_VAN and describes_child(detail):
        raise ValidationError(f"Bij 'ouder van' beschrijft de omschrijving de ouder (bijvoorbeeld "
                              f"moeder, stiefvader), niet '{detail}'. Kies 'kind van'.")
    with ctx.unit_of_work() as session:
        subject, related = _persons_of_case(session, subject_id, related_subject_id)
        check_case_open(fetch(session, Case, subject.case_id))
        if kind is PersonRelation.KIND_VAN:
            subject, related, kind = related, subject, PersonRelation.OUDER_VAN
        existing = session.scalars(select(PersonLink).where(or_(
            (PersonLink.subject_id == subject.id) & (PersonLink.related_subject_id == related.id),
            (PersonLink.subject_id == related.id) & (PersonLink.related_subject_id == subject.id),
        ))).first()
        if existing is not None:
            raise ValidationError(
                f"Tussen {subject.pseudonym} en {related.pseudonym} is al een relatie vastgelegd: "
                f"{_link_info(session, existing).phrase}. Verwijder die eerst.")
        link = PersonLink(case_id=subject.case_id, subject_id=subject.id, kind=kind,
                          related_subject_id=related.id, detail=detail)
        session.add(link)
        session.flush()
        return _link_info(session, link)


def unlink_persons(ctx: ServiceContext, link_id: int) -> None:
    with ctx.unit_of_work() as session:
        link = session.get(PersonLink, link_id)
        if link is None:
            raise ValidationError("Deze relatie bestaat niet (meer).")
        check_case_open(fetch(session, Case, link.case_id))
        session.delete(link)


# -- gezag -----------------------------------------------------------------------------------------
def gezag_holders(session: Session, minor_id: int) -> GezagInfo:
    """Who holds gezag over ``minor_id``: holder subject ids and the guardian's name, if any."""
    rows = list(session.scalars(select(GezagHolder).where(GezagHolder.minor_subject_id == minor_id)
                                .order_by(GezagHolder.id)))
    return GezagInfo(minor_id, tuple(r.holder_subject_id for r in rows if r.holder_subject_id is not None),
                     next((r.holder_detail for r in rows if r.holder_detail is not None), None))


def set_gezag(ctx: ServiceContext, minor_subject_id: int, holder_subject_ids: Sequence[int],
              guardian: str | None = None) -> GezagInfo:
    """Make exactly these persons of the case (and/or the named guardian) hold gezag over the minor;
    no holders and no guardian records that nobody in the case holds it."""
    guardian = guardian.strip() if guardian and guardian.strip() else None
    if guardian is not None and len(guardian) > NAME:
        raise ValidationError(f"De naam van de voogd mag hoogstens {NAME} tekens hebben.")
    wanted = list(dict.fromkeys(holder_subject_ids))
    with ctx.unit_of_work() as session:
        minor = fetch(session, Subject, minor_subject_id)
        check_case_open(fetch(session, Case, minor.case_id))
        if is_minor(minor, ctx.clock().date()) is False:
            raise ValidationError(f"{minor.pseudonym} is {age_on(minor, ctx.clock().date())} jaar: gezag "
                                  "geldt alleen over een minderjarige.")
        if minor_subject_id in wanted:
            raise ValidationError(f"{minor.pseudonym} kan geen gezag over zichzelf hebben.")
        holders = _persons_of_case(session, minor_subject_id, *wanted)[1:]
        current = list(session.scalars(select(GezagHolder).where(
            GezagHolder.minor_subject_id == minor_subject_id)))
        for row in current:
            keep = (row.holder_subject_id in wanted if row.holder_subject_id is not None
                    else row.holder_detail == guardian)
            if not keep:
                session.delete(row)
        session.flush()
        present = {r.holder_subject_id for r in current} | {r.holder_detail for r in current}
        for holder in holders:
            holder.has_gezag = True
            if holder.id not in present:
                session.add(GezagHolder(case_id=minor.case_id, minor_subject_id=minor.id,
                                        holder_subject_id=holder.id))
        if guardian is not None and guardian not in present:
            session.add(GezagHolder(case_id=minor.case_id, minor_subject_id=minor.id,
                                    holder_detail=guardian))
        session.flush()
        return gezag_holders(session, minor_subject_id)


# -- reading a family ------------------------------------------------------------------------------
def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"


def _grouped(pairs: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """("moeder van", "Sara K."), ("moeder van", "Milan K.") -> "moeder van Sara K. en Milan K."."""
    groups: dict[str, list[str]] = {}
    for words, name in pairs:
        groups.setdefault(words, []).append(name)
    return tuple(f"{words} {_and(names)}" for words, names in groups.items())


class _Family:
    """Everything of one case's family, read once, as Dutch phrases per person."""

    def __init__(self, session: Session, case_id: int) -> None:
        self.case_id = case_id
        self.subjects = list(session.scalars(select(Subject).where(Subject.case_id == case_id)
                                             .order_by(Subject.id)))
        self.names = {s.id: s.pseudonym for s in self.subjects}
        self.links = list(session.scalars(select(PersonLink).where(PersonLink.case_id == case_id)
                                          .order_by(PersonLink.id)))
        self.holders = list(session.scalars(select(GezagHolder).where(GezagHolder.case_id == case_id)
                                            .order_by(GezagHolder.id)))
        self.primary = next((s for s in self.subjects if s.role is SubjectRole.PRIMAIR), None)
        self.joined = {frozenset((k.subject_id, k.related_subject_id)) for k in self.links}

    def _legacy_applies(self, s: Subject) -> bool:
        return (s.relation is not None and self.primary is not None and s.id != self.primary.id
                and frozenset((s.id, self.primary.id)) not in self.joined)

    def relation_pairs(self, subject_id: int) -> list[tuple[str, str]]:
        """(words, other person) for every relation of the person, e.g. ("dochter van", "Mirjam K.")."""
        pairs: list[tuple[str, str]] = []
        for link in self.links:
            child_word = describes_child(link.detail)
            if link.subject_id == subject_id:
                other = self.names[link.related_subject_id]
                if link.kind is PersonRelation.OUDER_VAN:
                    word = link.detail if link.detail and not child_word else "ouder"
                    pairs.append((f"{word} van", other))
                elif link.detail:
                    pairs.append((f"{link.detail} van", other))
                else:
                    pairs.append(("relatie met" if link.kind is PersonRelation.ANDERS
                                  else link.kind.label, other))
            elif link.related_subject_id == subject_id:
                other = self.names[link.subject_id]
                if link.kind is PersonRelation.OUDER_VAN:
                    pairs.append((f"{link.detail if child_word else 'kind'} van", other))
                elif link.kind in _SYMMETRIC:
                    pairs.append((link.kind.label, other))
                else:
                    pairs.append(("relatie met", other))
        return pairs

    def legacy_pair(self, s: Subject) -> tuple[str, str] | None:
        if not self._legacy_applies(s):
            return None
        assert s.relation is not None and self.primary is not None
        words = "relatie met" if s.relation is Relation.ANDERS else f"{s.relation.label.lower()} van"
        return words, self.primary.pseudonym

    def legacy_inverse_pairs(self, s: Subject) -> list[tuple[str, str]]:
        if self.primary is None or s.id != self.primary.id:
            return []
        return [(_LEGACY_INVERSE[o.relation], o.pseudonym) for o in self.subjects
                if o.relation is not None and self._legacy_applies(o)]

    def label_phrases(self, s: Subject) -> tuple[str, ...]:
        """The relations printed with a name: the person's links, else the legacy relation."""
        pairs = self.relation_pairs(s.id)
        legacy = self.legacy_pair(s)
        if legacy is not None:
            pairs.append(legacy)
        return _grouped(pairs)

    def view_phrases(self, s: Subject) -> tuple[str, ...]:
        pairs = self.relation_pairs(s.id)
        legacy = self.legacy_pair(s)
        if legacy is not None:
            pairs.append(legacy)
        return _grouped(pairs + self.legacy_inverse_pairs(s))

    def gezag_info(self, minor_id: int) -> GezagInfo:
        rows = [r for r in self.holders if r.minor_subject_id == minor_id]
        return GezagInfo(minor_id, tuple(r.holder_subject_id for r in rows if r.holder_subject_id),
                         next((r.holder_detail for r in rows if r.holder_detail), None))

    def gezag_phrases(self, s: Subject) -> tuple[str, ...]:
        phrases = []
        over = [self.names[r.minor_subject_id] for r in self.holders if r.holder_subject_id == s.id]
        if over:
            phrases.append(f"gezag over {_and(over)}")
        elif s.has_gezag:
            phrases.append("gezag")
        info = self.gezag_info(s.id)
        if info.holder_subject_ids:
            phrases.append(f"onder gezag van {_and([self.names[h] for h in info.holder_subject_ids])}")
        if info.guardian:
            phrases.append(f"voogd: {info.guardian}")
        return tuple(phrases)

    def label(self, s: Subject) -> str:
        phrases = self.label_phrases(s)
        return f"{s.pseudonym} ({', '.join(phrases)})" if phrases else s.pseudonym

    def description(self, s: Subject, day: dt.date) -> str:
        """What minutes print after the name: relations (or the role), age and gezag."""
        parts = list(self.label_phrases(s))
        if s.role is SubjectRole.PRIMAIR:
            parts.insert(0, s.role.label.lower())
        elif not parts:
            parts.append(s.relation.label.lower() if s.relation else s.role.label.lower())
        age = age_on(s, day)
        if age is not None:
            parts.append(f"{age} jaar")
        parts.extend(self.gezag_phrases(s))
        return ", ".join(parts)


def person_labels(session: Session, case_id: int) -> dict[int, str]:
    """Every person of the case in printed form, e.g. "Sara K. (dochter van Mirjam K.)"."""
    family = _Family(session, case_id)
    return {s.id: family.label(s) for s in family.subjects}


def person_label(session: Session, subject_id: int) -> str:
    return person_labels(session, fetch(session, Subject, subject_id).case_id)[subject_id]


def subject_descriptions(session: Session, case_id: int, day: dt.date) -> list[tuple[str, str]]:
    """(pseudonym, description) per person, as minutes and extracts print them: e.g.
    ("Sara K.", "dochter van Mirjam K., 8 jaar, onder gezag van Mirjam K.")."""
    family = _Family(session, case_id)
    return [(s.pseudonym, family.description(s, day)) for s in family.subjects]


def read_family(session: Session, case_id: int, day: dt.date) -> FamilyView:
    """Every person of the case with role, age on ``day``, relations both ways and gezag."""
    fetch(session, Case, case_id)
    family = _Family(session, case_id)
    members = tuple(
        FamilyMember(s.id, s.pseudonym, s.role, age_on(s, day), is_minor(s, day),
                     family.view_phrases(s), family.gezag_phrases(s), family.label(s))
        for s in sorted(family.subjects, key=lambda s: (s.role is not SubjectRole.PRIMAIR, s.id)))
    gezag = tuple(family.gezag_info(m) for m in dict.fromkeys(r.minor_subject_id for r in family.holders))
    return FamilyView(case_id, members, tuple(_link_info(session, k) for k in family.links), gezag)


def family_view(ctx: ServiceContext, case_id: int) -> FamilyView:
    """The family of the case at a glance, as Dutch phrases (see ``read_family``)."""
    with ctx.unit_of_work() as session:
        return read_family(session, case_id, ctx.clock().date())


# -- persons named by statements --------------------------------------------------------------------
def name_statement_persons(session: Session, case_id: int | None, *, signal_id: int | None = None,
                           contribution_id: int | None = None, concerns: Sequence[int] = (),
                           source_person: int | None = None) -> None:
    """Make the persons a signal or contribution concerns ('betreft') and the person whose statement
    it is ('bron') exactly these; all must be persons of ``case_id``."""
    if (signal_id is None) == (contribution_id is None):
        raise ValueError("name exactly one of signal_id and contribution_id")
    wanted = {(subject_id, StatementRole.BETREFT) for subject_id in concerns}
    if source_person is not None:
        wanted.add((source_person, StatementRole.BRON))
    for subject_id, _ in wanted:
        check_subject_of(session, subject_id, case_id)
    owner = (StatementPerson.signal_id == signal_id if signal_id is not None
             else StatementPerson.contribution_id == contribution_id)
    current = {(r.subject_id, r.role): r for r in session.scalars(select(StatementPerson).where(owner))}
    for key, row in current.items():
        if key not in wanted:
            session.delete(row)
    for subject_id, role in sorted(wanted - set(current)):
        session.add(StatementPerson(subject_id=subject_id, role=role, signal_id=signal_id,
                                    contribution_id=contribution_id))
    session.flush()


def statement_persons(session: Session, *, signal_id: int | None = None,
                      contribution_id: int | None = None) -> StatementPersons:
    owner = (StatementPerson.signal_id == signal_id if signal_id is not None
             else StatementPerson.contribution_id == contribution_id)
    rows = list(session.scalars(select(StatementPerson).where(owner).order_by(StatementPerson.subject_id)))
    return StatementPersons(tuple(r.subject_id for r in rows if r.role is StatementRole.BETREFT),
                            next((r.subject_id for r in rows if r.role is StatementRole.BRON), None))
