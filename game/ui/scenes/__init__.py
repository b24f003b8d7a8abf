"""The game's scenes: title, level select, briefing, the day on the phone, debrief, overlays."""
