"""The debrief's section headings, one set for the screen, the text export and the page: a
player who reads "Fact check" in the game finds the same heading in the file they take home."""

TITLES = {
    "truth": "Fact check: what is real here",
    "questions": "You should now be able to...",
    "invented": "What is invented here",
    "glossary": "Glossary",
    "society": "What this does to a society",
    "ledger": "Full ledger",
}
"""Section id to heading."""
