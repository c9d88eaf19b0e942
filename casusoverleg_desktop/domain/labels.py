"""Short references users write: B1 for decisions, A3 for actions, S2 and C1 for signals."""


def decision_label(number: int) -> str:
    return f"B{number}"


def action_label(number: int) -> str:
    return f"A{number}"


def signal_label(number: int, contra: bool) -> str:
    return f"{'C' if contra else 'S'}{number}"
