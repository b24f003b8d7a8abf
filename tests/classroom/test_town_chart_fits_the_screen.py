"""The class report's town chart on a 1024x600 laptop or projector: it was kept at least
880 px wide, so it stood 600 px tall, taller than the window, and a window a little
narrower slid it sideways. It now fits the screen whole, on laptops to full HD, and prints
as wide as the paper."""

import re
import struct
import zlib

import pytest

from game.classroom.report import build_report
from game.classroom.report_html import (
    SOCIETY_FIT_LEAST,
    SOCIETY_FLOOR_BELOW,
    SOCIETY_MIN_WIDTH,
    png_size,
    report_html,
)

from .test_render_in_browser import BROWSER, dom


def png(width: int, height: int) -> bytes:
    """A plain white PNG of this size, as the town chart is (1100x700)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff" * (3 * width) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


TOWN = png(1100, 700)


def page_with_town(sesame, class_results) -> str:
    return report_html(build_report(class_results, sesame), society_png=TOWN)


def test_the_town_chart_carries_its_size_and_shape_and_no_least_width_of_its_own(
    sesame, class_results
):
    page = page_with_town(sesame, class_results)
    (img,) = re.findall(r"<img [^>]*>", page)
    assert "width='1100' height='700'" in img
    assert "--ratio:1.5714" in img
    assert "min-width" not in img


def test_the_town_chart_is_never_wider_than_the_screen_is_tall_times_its_shape(
    sesame, class_results
):
    page = page_with_town(sesame, class_results)
    assert re.search(
        r"\.wide img\{[^}]*width:100%;height:auto;[^}]*"
        rf"max-width:max\({SOCIETY_FIT_LEAST}px,calc\(\(100vh - 1rem\) \* var\(--ratio,1\.5\)\)\)",
        page,
    ), "the town chart's width is not capped by the screen's height"


def test_only_a_narrow_window_keeps_the_town_chart_wide_in_a_box_that_slides(sesame, class_results):
    page = page_with_town(sesame, class_results)
    narrow = f"@media (max-width:{SOCIETY_FLOOR_BELOW - 1}px)"
    assert (
        f"{narrow}{{.wide{{overflow-x:auto}} .wide img{{min-width:{SOCIETY_MIN_WIDTH}px;"
        "max-width:none}}" in page
    )
    assert SOCIETY_FLOOR_BELOW <= 1024 - 17, "a 1024 px window with its scroll bar is narrow"


def test_printed_the_town_chart_is_as_wide_as_the_paper_and_no_wider(sesame, class_results):
    page = page_with_town(sesame, class_results)
    printed = page[page.index("@media print") :]
    assert ".wide img{min-width:0!important;max-width:100%!important}" in printed


def test_a_picture_without_a_png_header_has_no_size():
    assert png_size(TOWN) == (1100, 700)
    assert png_size(b"\x89PNG") is None
    assert png_size(b"GIF89a" + bytes(30)) is None


MEASURE = (
    "<script>const img = document.querySelector('.wide img').getBoundingClientRect();"
    "const box = document.querySelector('.wide'); const root = document.documentElement;"
    "document.body.dataset.tall = Math.ceil(img.height);"
    "document.body.dataset.wide = Math.round(img.width);"
    "document.body.dataset.inside = window.innerHeight;"
    "document.body.dataset.box = box.scrollWidth - box.clientWidth;"
    "document.body.dataset.page = root.scrollWidth - root.clientWidth;</script>"
)


@pytest.mark.skipif(BROWSER is None, reason="Chromium not found (apt-get install -y chromium)")
@pytest.mark.parametrize("window", ["1024,600", "1280,800", "1920,1080"])
def test_the_town_chart_fits_the_window_whole_without_sliding_sideways(
    tmp_path, sesame, class_results, window
):
    page = page_with_town(sesame, class_results)
    page = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>", "", page)
    file = tmp_path / "town.html"
    file.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    shown = dom(file.as_uri(), window=window, budget_ms=2000)
    sizes = {k: int(v) for k, v in re.findall(r'data-(tall|wide|inside|box|page)="(-?\d+)"', shown)}
    assert sizes["tall"] <= sizes["inside"], sizes
    assert sizes["box"] == 0 and sizes["page"] == 0, sizes
    assert sizes["wide"] >= SOCIETY_FIT_LEAST, sizes
