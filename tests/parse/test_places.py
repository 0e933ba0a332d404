"""The gazetteer that separates an organisation from its place."""
import pytest

from scholarscope.parse.places import is_place, split_trailing_places


@pytest.mark.parametrize("text, org, loc", [
    ("Rice University, Houston, TX", "Rice University", "Houston, TX"),
    ("Google, Mountain View, CA, USA", "Google", "Mountain View, CA, USA"),
    ("EPFL, Lausanne", "EPFL", "Lausanne"),
    ("University of Wrocław, Wrocław, Poland", "University of Wrocław", "Wrocław, Poland"),
    # campus cities of university systems belong to the name
    ("University of California, Santa Barbara", "University of California, Santa Barbara", None),
    ("University of California, Berkeley, CA", "University of California, Berkeley", "CA"),
    # a second organisation or a unit is not a place
    ("Credit card center, GuangZhou Bank", "Credit card center, GuangZhou Bank", None),
    ("Center for Global Change Science, MIT", "Center for Global Change Science, MIT", None),
    ("Simon Fraser University, Plant-pollinator networks", "Simon Fraser University, Plant-pollinator networks", None),
])
def test_split_trailing_places(text, org, loc):
    assert split_trailing_places(text) == (org, loc)


def test_codes_keep_their_case_and_small_towns_need_a_region():
    assert is_place("IN") and not is_place("in")
    assert is_place("Smalltownville, NY")  # unknown town before a known state
    assert not is_place("Smalltownville")
    assert not is_place("Department of Physics")


def test_month_ranges_within_one_year() -> None:
    from scholarscope.parse.dates import find_range

    assert find_range("Summer Student, CERN, Jun–Aug 2014")[:2] == ("2014-06", "2014-08")
    assert find_range("Sep – Dec 2022")[:2] == ("2022-09", "2022-12")
    assert find_range("Grant #1220004, 2022–2023")[:2] == ("2022", "2023")  # no date inside a number
