"""parse.clear_caches() forgets every memo of the parser that grows with the input, so that the
speed benchmark (which clears between rounds) measures cold parsing, and no memo outlives it."""
from __future__ import annotations

import importlib
import pkgutil

import scholarscope.parse as parse_pkg
from scholarscope import parse_entry, parse_text
from scholarscope.parse import clear_caches, entry

# built once from static data (tables of venues, places), not from what is parsed
STATIC = {"venues._table", "venues._initials_index", "places._gazetteer"}


def _memos():
    for info in pkgutil.walk_packages(parse_pkg.__path__, parse_pkg.__name__ + "."):
        mod = importlib.import_module(info.name)
        for name, obj in vars(mod).items():
            if callable(obj) and hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == mod.__name__:
                yield f"{mod.__name__.rsplit('.', 1)[-1]}.{name}", obj


def test_clear_caches_empties_every_memo():
    parse_text("# Publications\n\n1. J. Doe and A. Roe. A title of a paper. In Proc. ICML, 2021.\n\n"
               "# Education\n\nPhD, University of Oslo, Norway, 2015--2019\n", "md")
    parse_entry('J. Doe, A. Roe. "A Title." Journal of Widgets 3(2), 2020.')
    parse_entry("A Study of Widgets in the Wild\nJ. Doe, A. Roe\nJournal of Widgets, 3(2), 2020")
    clear_caches()
    left = {name: fn.cache_info().currsize for name, fn in _memos()
            if name not in STATIC and fn.cache_info().currsize}
    assert not left, f"memos clear_caches() does not clear: {left}"
    assert not entry._QUALITY_MEMO
