"""The class CSV opens in a spreadsheet as written: Excel reads a CSV without a byte order
mark in the computer's old code page, so the curly quotes and ellipses of the students'
posts came out as 'â€œ' and 'â€¦'."""

from __future__ import annotations

import codecs
import csv

from game.classroom.files import write_results
from game.classroom.report_csv import CSV_VERSION
from game.cli.main import main


def test_the_class_csv_starts_with_a_byte_order_mark_and_still_reads_as_utf8(
    tmp_path, class_results
):
    for r in class_results:
        write_results(r, tmp_path / f"{r.nickname}.json")
    target = tmp_path / "class.csv"
    assert main(["class", "report", str(tmp_path), "--csv", str(target)]) == 0
    raw = target.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == len(class_results)
    assert {row["version"] for row in rows} == {str(CSV_VERSION)}
