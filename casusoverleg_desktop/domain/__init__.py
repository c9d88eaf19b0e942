"""Plain-Python domain: the users' vocabulary and the rules, with no storage and no Qt."""
