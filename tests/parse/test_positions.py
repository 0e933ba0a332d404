"""Positions read from dated lines."""
from __future__ import annotations

import scholarscope


def test_the_tail_of_a_dated_line_cut_by_the_page_width_stays_with_it() -> None:
    text = ("POSITIONS\n"
            "2023-present Staff Scientist, Physics Division, Argonne National\nLaboratory\n"
            "2020-2023 Postdoctoral Appointee, Physics Division, Argonne\nNational Laboratory\n"
            "(supervisor: Dr. Ann Lee)\n")
    got = [(p.title, p.org) for p in scholarscope.parse_text(text, format="txt").positions]
    assert got == [("Staff Scientist", "Physics Division, Argonne National Laboratory"),
                   ("Postdoctoral Appointee", "Physics Division, Argonne National Laboratory")]
