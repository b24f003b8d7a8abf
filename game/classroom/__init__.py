"""Classroom sessions without accounts: session codes, results files, the collecting server,
its SQLite store and the class report. Imports game.core and game.sim only (no pygame)."""
