"""Education lines: degree forms and school names beyond English."""
from __future__ import annotations

import scholarscope


def _edu(lines: str) -> list[tuple[str, str | None]]:
    prof = scholarscope.parse_text("Education\n\n" + lines, format="md")
    return [(e.institution, e.degree) for e in prof.education]


def test_schools_named_in_other_languages_are_their_own_schools() -> None:
    got = _edu("- Ph.D., Linguistics, Univerzita Karlova, Prague, 2012\n"
               "- M.A., Turkish Studies, Boğaziçi Üniversitesi, Istanbul, 2007\n"
               "- Mgr., Czech Language, Masarykova univerzita, Brno, 2005\n")
    assert got == [("Univerzita Karlova", "Ph.D."), ("Boğaziçi Üniversitesi", "M.A."), ("Masarykova univerzita", "Mgr.")]


def test_nursing_degrees_and_a_state_after_a_tab_are_not_confused() -> None:
    got = _edu("- MSN Nurse Practitioner, Emory University, Atlanta, GA, 2008-2010\n\n"
               "**Harvard T.H. Chan School of Public Health**\tBoston, MA\n\nM.P.H., Quantitative Methods\t2013 – 2014\n")
    assert got == [("Emory University", "MSN"), ("Harvard T.H. Chan School of Public Health", "M.P.H.")]
