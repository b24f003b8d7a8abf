"""The class report's CSV: one row per student (nickname, never a name), for a spreadsheet,
then one per game played again from a computer that had finished (counted "no", with the
nickname of the game counted in replay_of).
A session that hid scores from its students leaves final_score empty (the tier stays); a
student who never joined an opt-in score has no final_score and the tier "not joined"."""

import csv
import io
import re

from game.classroom.report import ClassReport

CSV_VERSION = 4
"""Carried in the CSV's first column so a spreadsheet or script can tell layouts apart
(2: goals, perks, friends, posts and questions in the words students read, not ids;
3: final_score as the game showed it, 1.93 for a rating stored as 193; 4: kept_pre_ticked,
the questions whose pre-ticked answer stood, chosen or left, instead of left_pre_ticked,
those left unanswered only, which missed every student who pressed Enter on it). Columns
added at the end keep the version, since every column before keeps its place: counted and
replay_of list a game played again from a computer that had finished under the nickname of
its first game, rather than as another student."""
SEPARATOR = " | "
"""Between several items in one cell (labels may hold commas and semicolons)."""
COLUMNS = (
    "version",
    "nickname",
    "session",
    "level_id",
    "level_hash",
    "seed",
    "strategy",
    "final_score",
    "final_tier",
    "money_end",
    "goals_met",
    "goals_failed",
    "perks_gained",
    "restrictions_applied",
    "friends_cut",
    "posts_written",
    "kept_pre_ticked",
    "counted",
    "replay_of",
)


def _cell(value: object) -> str:
    """Text a spreadsheet will not read as a formula; a number stays a number (a score of a
    level whose scale goes below 0 came out as the text '-20, which no sum counts)."""
    text = str(value)
    if _NUMBER.fullmatch(text):
        return text
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


BYTE_ORDER_MARK = "\ufeff"
"""First in the file a teacher opens: without it Excel reads the CSV in the computer's old
code page, and the curly quotes and ellipses of the students' posts come out garbled."""


def report_csv_file(report: ClassReport) -> str:
    """The CSV as written to a file for a spreadsheet: the byte order mark, then the rows."""
    return BYTE_ORDER_MARK + report_csv(report)


def report_csv(report: ClassReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in (*report.rows, *report.replays):
        met = [g for g, state in r.goals if state == "met"]
        failed = [g for g, state in r.goals if state == "failed"]
        row = (
            CSV_VERSION,
            r.nickname,
            r.session,
            report.level_id,
            r.level_hash,
            r.seed,
            r.strategy,
            "" if report.hide_scores else r.shown_score,
            r.final_tier,
            r.money_end,
            SEPARATOR.join(met),
            SEPARATOR.join(failed),
            SEPARATOR.join(r.perks),
            SEPARATOR.join(r.restrictions),
            SEPARATOR.join(r.friends_cut),
            SEPARATOR.join(r.posts_written),
            SEPARATOR.join(r.kept_default),
            "no" if r.replay_of else "yes",
            r.replay_of,
        )
        writer.writerow([_cell(v) if isinstance(v, str) else v for v in row])
    return out.getvalue()
