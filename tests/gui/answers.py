"""Answers a warning ("Toch delen?", "Uitnodigen zonder convenant") as a user would, and keeps what
it said: the widgets take their question as an injected ``ask``."""

from __future__ import annotations


class Answers:
    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.asked: list[tuple[str, str, str]] = []

    def __call__(self, _parent, title: str, text: str, proceed: str) -> bool:
        self.asked.append((title, text, proceed))
        return self.answer
