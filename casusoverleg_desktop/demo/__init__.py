"""The demo vault: an invented region (``data``) and the story of a few months in it (``story``).

It stands on the services like the CLI does: every record goes in through a use case, so the
demo vault is what real use would leave behind.
"""
