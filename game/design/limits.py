"""How much text the phone screen holds; `lint` warns past these lengths."""

LABEL_MAX = 60
"""Labels, titles, names and headlines: one line on a button or card."""
POST_TEXT_MAX = 140
"""Post and feed texts: one feed card."""
REASON_MAX = 120
"""Reasons for score changes: one toast."""
BULLETIN_TEXT_MAX = 300
"""Morning bulletin bodies: one card without scrolling."""

UI_LIMITS_TEXT = (
    ("labels, titles, names, headlines", LABEL_MAX),
    ("post and feed texts", POST_TEXT_MAX),
    ("reasons for score changes", REASON_MAX),
    ("bulletin texts", BULLETIN_TEXT_MAX),
)
