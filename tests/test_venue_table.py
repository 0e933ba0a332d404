"""Checks on the venue table ``src/scholarscope/data/venues.json``.

The table is data only; matching lives elsewhere (``parse/venues.py``).
These tests pin its shape, its internal consistency (unique names, no alias
claimed by two venues) and a set of hand-checked conventions (see
``src/scholarscope/data/VENUES.md``).
"""

import json
from collections import Counter
from pathlib import Path

import pytest

VENUES_PATH = Path(__file__).resolve().parents[1] / "src" / "scholarscope" / "data" / "venues.json"

KINDS = {"conference", "journal", "preprint", "workshop", "book_series"}
FIELDS = {
    # computing and engineering
    "ML", "AI", "CV", "NLP", "speech", "signal", "IR", "DM", "DB", "systems",
    "architecture", "networking", "security", "PL", "SE", "theory", "HCI",
    "graphics", "robotics", "control", "medical_imaging", "CS", "engineering",
    # sciences
    "astro", "physics", "materials", "chemistry", "biology", "neuroscience",
    "medicine", "psychology", "economics", "ecology", "earth", "math",
    "statistics", "sociology", "general",
}
TIERS = {1, 2, 3, None}
KEYS = {"name", "kind", "field", "tier", "aliases"}


@pytest.fixture(scope="module")
def venues():
    with VENUES_PATH.open(encoding="utf-8") as f:
        data = json.load(f)
    assert isinstance(data, list)
    return data


@pytest.fixture(scope="module")
def alias_map(venues):
    """lower-cased name or alias -> canonical name."""
    amap = {}
    for v in venues:
        for s in [v["name"], *v["aliases"]]:
            amap.setdefault(s.lower(), v["name"])
    return amap


def test_entries_have_keys_and_allowed_values(venues):
    assert len(venues) > 500
    for v in venues:
        assert isinstance(v, dict)
        assert set(v) == KEYS, v
        assert isinstance(v["name"], str) and v["name"].strip() == v["name"] and v["name"], v
        assert v["kind"] in KINDS, v
        assert v["field"] in FIELDS, v
        assert v["tier"] in TIERS and not isinstance(v["tier"], bool), v
        assert isinstance(v["aliases"], list), v
        for a in v["aliases"]:
            assert isinstance(a, str) and a and a.strip() == a, v
            assert "  " not in a, v


def test_names_unique(venues):
    counts = Counter(v["name"] for v in venues)
    dups = [n for n, c in counts.items() if c > 1]
    assert not dups
    counts_ci = Counter(v["name"].lower() for v in venues)
    assert not [n for n, c in counts_ci.items() if c > 1]


def test_no_alias_maps_to_two_venues(venues):
    owner = {}
    clashes = []
    for v in venues:
        for s in [v["name"], *v["aliases"]]:
            k = s.lower()
            if k in owner and owner[k] != v["name"]:
                clashes.append((s, owner[k], v["name"]))
            owner.setdefault(k, v["name"])
    assert not clashes


def test_aliases_not_duplicated_within_entry(venues):
    for v in venues:
        keys = [s.lower() for s in [v["name"], *v["aliases"]]]
        assert len(keys) == len(set(keys)), v["name"]


def test_preprints_have_no_tier(venues):
    for v in venues:
        if v["kind"] == "preprint":
            assert v["tier"] is None, v["name"]


SPOT_CHECKS = [
    # CS / engineering conferences: canonical = community acronym
    ("NIPS", "NeurIPS"),
    ("Advances in Neural Information Processing Systems", "NeurIPS"),
    ("Neural Information Processing Systems", "NeurIPS"),
    ("AISTats", "AISTATS"),
    ("American Control Conference", "ACC"),
    ("ASME Dynamic Systems and Control Conference", "DSCC"),
    ("Dynamic System and Control Conference", "DSCC"),
    ("IEEE/ASME International Conference on Advanced Intelligent Mechatronics", "AIM"),
    ("IEEE Real-Time Systems Symposium", "RTSS"),
    ("European Conference on Computer Systems", "EuroSys"),
    ("Programming Language Design and Implementation", "PLDI"),
    ("International Conference on Functional Programming", "ICFP"),
    ("ACM Conference on Computer and Communications Security", "CCS"),
    ("USENIX Security Symposium", "USENIX Security"),
    ("USENIX Security Symposium (Security)", "USENIX Security"),
    ("Network and Distributed System Security Symposium", "NDSS"),
    ("IEEE Symposium on Security and Privacy", "IEEE S&P"),
    ("Oakland", "IEEE S&P"),
    ("International Conference on Very Large Data Bases", "VLDB"),
    ("PVLDB", "VLDB"),
    ("Proceedings of the VLDB Endowment", "VLDB"),
    ("IEEE International Conference on Data Engineering", "ICDE"),
    ("IEEE International Conference on Computer Communications", "INFOCOM"),
    ("The Web Conference", "WWW"),
    # journals: expanded full names
    ("Atmos. Chem. Phys.", "Atmospheric Chemistry and Physics"),
    ("J. Atmos. Sci.", "Journal of the Atmospheric Sciences"),
    ("Earth Syst. Dynam.", "Earth System Dynamics"),
    ("Atmos. Meas. Tech.", "Atmospheric Measurement Techniques"),
    ("Phys. Rev. Lett.", "Physical Review Letters"),
    ("Plos ONE", "PLOS ONE"),
    ("Molecular Biology & Evolution", "Molecular Biology and Evolution"),
    ("Mol. Biol. Evol.", "Molecular Biology and Evolution"),
    ("Ecology & Evolution", "Ecology and Evolution"),
    ("Methods in Ecology & Evolution", "Methods in Ecology and Evolution"),
    # journals whose acronym is the canonical name
    ("Mon. Not. R. Astron. Soc.", "MNRAS"),
    ("The Astrophysical Journal", "ApJ"),
    ("Astronomy and Astrophysics", "A&A"),
    ("Proc. Natl. Acad. Sci. USA", "PNAS"),
    ("J. Fluid Mech.", "JFM"),
    ("Phys. Rev. E", "PRE"),
    ("Journal of Open Source Software", "JOSS"),
    ("IEEE Transactions on Pattern Analysis and Machine Intelligence", "TPAMI"),
    ("IEEE/ASME Transactions on Mechatronics", "IEEE/ASME TMECH"),
    ("IEEE Transactions on Computers", "IEEE TC"),
    ("Proc. R. Soc. A", "Proceedings of the Royal Society A"),
    ("Proceedings of Royal Society A", "Proceedings of the Royal Society A"),
    # medicine / economics abbreviations as aliases of full names
    ("N Engl J Med", "New England Journal of Medicine"),
    ("Nat Med", "Nature Medicine"),
    ("AER", "American Economic Review"),
    ("QJE", "Quarterly Journal of Economics"),
    # preprints
    ("BioRxiv Preprint", "bioRxiv"),
]


@pytest.mark.parametrize(("alias", "canonical"), SPOT_CHECKS)
def test_spot_checks(alias_map, alias, canonical):
    assert alias_map.get(alias.lower()) == canonical


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("NeurIPS", "conference"),
        ("MNRAS", "journal"),
        ("arXiv", "preprint"),
        ("bioRxiv", "preprint"),
        ("NBER Working Paper", "preprint"),
        ("Lecture Notes in Computer Science", "book_series"),
        ("HotOS", "workshop"),
    ],
)
def test_kinds(venues, name, kind):
    by_name = {v["name"]: v for v in venues}
    assert by_name[name]["kind"] == kind


def test_a_word_before_a_journals_name_makes_another_journal() -> None:
    from scholarscope.parse.venues import normalise_venue

    assert normalise_venue("Polish Journal of Ecology").name == "Polish Journal of Ecology"
    assert normalise_venue("Breast Cancer Research and Treatment").name == "Breast Cancer Research and Treatment"
    assert normalise_venue("Revise and resubmit, Quarterly Journal of Economics").name == "Quarterly Journal of Economics"
    assert normalise_venue("PoS(ICHEP2022)123").name == "ICHEP"


# names and aliases that the matcher reads as another venue on purpose
_RESOLVES_ELSEWHERE = {"ICCV Workshops"}  # a workshop of ICCV: the host conference, kind workshop


def test_every_name_and_alias_resolves_to_its_own_venue(venues) -> None:
    """An added venue must not take the strings of another: every name and alias, as written, normalises to
    its own entry (IEEE Transactions/Journals to their short name)."""
    from scholarscope.parse.venues import ieee_short_name, normalise_venue

    wrong = []
    for v in venues:
        for s in [v["name"], *v["aliases"]]:
            got = normalise_venue(s).name
            if got != ieee_short_name(v) and s not in _RESOLVES_ELSEWHERE:
                wrong.append((s, v["name"], got))
    assert not wrong


PRINTED_FORMS = [
    # ISO 4 / NLM forms as CVs print them, with volume and pages, through the matcher
    ("Bull. Earthquake Eng.", "Bulletin of Earthquake Engineering"),
    ("J. Constr. Steel Res. 187, 106987 (2021)", "Journal of Constructional Steel Research"),
    ("Soil Dyn. Earthquake Eng.", "Soil Dynamics and Earthquake Engineering"),
    ("J. Earthquake Eng.", "Journal of Earthquake Engineering"),
    ("Struct. Saf.", "Structural Safety"),
    ("Earthquake Eng. Struct. Dyn.", "Earthquake Engineering & Structural Dynamics"),
    ("Struct. Dyn. 7, 054301 (2020)", "Structural Dynamics"),
    ("Appl. Phys. B", "Applied Physics B"),
    ("Ann Am Thorac Soc", "Annals of the American Thoracic Society"),
    ("Am J Physiol Lung Cell Mol Physiol", "American Journal of Physiology-Lung Cellular and Molecular Physiology"),
    ("Cryst. Growth Des.", "Crystal Growth & Design"),
    ("Am. Sociol. Rev.", "American Sociological Review"),
    ("Popul. Dev. Rev.", "Population and Development Review"),
    ("Int. J. Appl. Earth Obs. Geoinf.", "International Journal of Applied Earth Observation and Geoinformation"),
    ("Proc., 18th World Conf. on Earthquake Engineering (18WCEE), Milan, Italy.", "WCEE"),
    ("ICASP14", "ICASP"),
    ("Conference on Lasers and Electro-Optics (CLEO 2023), Technical Digest Series", "CLEO"),
    ("Proceedings of the IEEE International Geoscience and Remote Sensing Symposium (IGARSS 2023)", "IGARSS"),
    ("XXIV ISPRS Congress", "ISPRS Congress"),
    # a short abbreviation inside a longer one stays with the longer journal
    ("J. Phys. Chem. Lett.", "Journal of Physical Chemistry Letters"),
    ("J. Am. Stat. Assoc.", "Journal of the American Statistical Association"),
]


@pytest.mark.parametrize(("printed", "canonical"), PRINTED_FORMS)
def test_printed_forms(printed, canonical) -> None:
    from scholarscope.parse.venues import normalise_venue

    assert normalise_venue(printed).name == canonical
