"""Preparing and running a meeting: the agenda builder parts and the meeting-mode window."""
