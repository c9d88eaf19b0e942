"""Work exchanged between two paired vaults as encrypted, signed packages, merged without loss.

``peers``: pairing by vault card and fingerprint. ``package``: making, reading and merging a
package. ``records``: what travels and how a row is compared. See ``docs/packages.md``.
"""
