"""The session log: an SQLite store, the two-week plan, gentle advice and CSV export.

Everything here except store.py is pure arithmetic on records; store.py is the only
module that touches the disk, and it never lets disk trouble stop a session.
"""
