"""Spotting diagnosis-like statements: a diagnosis may only be recorded from a qualified source."""

from __future__ import annotations

import re

# Whole words or word parts, matched case-insensitively ("persoonlijkheidsstoornis" contains
# "stoornis"). Abbreviations are matched case-sensitively, so "add" or "ass" in a sentence do not
# count.
_TERMS = (
    r"autis\w*", r"adhd", r"psychose\w*", r"psychotisch\w*", r"\w*stoornis\w*", r"depressie\w*",
    r"depressief\w*", r"schizofren\w*", r"bipola\w*", r"borderline", r"gediagnosticeerd\w*",
    r"diagnose\w*", r"verstandelijke beperking", r"asperger\w*",
)
_ABBREVIATIONS = (r"ADD", r"ASS", r"PTSS", r"LVB", r"OCD")

_TERM_PATTERN = re.compile(r"\b(?:" + "|".join(_TERMS) + r")\b", re.IGNORECASE)
_ABBREVIATION_PATTERN = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\b")


def diagnosis_terms(text: str) -> tuple[str, ...]:
    """The diagnosis-like words found in ``text``, in order of appearance."""
    found = [*_TERM_PATTERN.finditer(text), *_ABBREVIATION_PATTERN.finditer(text)]
    return tuple(match.group(0) for match in sorted(found, key=lambda m: m.start()))


def needs_diagnosis_flag(text: str, source_qualified_for_diagnosis: bool) -> bool:
    """True when ``text`` sounds like a diagnosis and its source may not make one.

    Only a professional marked as qualified for diagnosis (e.g. a psychiatrist or psychologist of a
    care partner) is such a source; a mentor, a parent or "moeder via zorgcoördinator" is not.
    """
    return bool(diagnosis_terms(text)) and not source_qualified_for_diagnosis
