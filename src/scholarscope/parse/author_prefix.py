"""The author list an entry opens with: the longest leading run of names that a separator ends and a
title or venue follows ('A. Roe, B. Lee, and C. Poe. Title …')."""
from __future__ import annotations

import re
from functools import lru_cache

from ..read.text import ITAL_OFF, ITAL_ON, strip_markup
from .fields import from_plain_offset, strip_markup_keep_bold, venue_like
from .names import ETAL, clean_name, parse_author_list
from .places import is_imprint_city


# Where a leading author list may end: a stop or colon, a bracket, a quote or italics after a comma or a space,
# the end, or a comma before a capital after a name. Written to start with the one character every cut but the
# one at the end starts with, its alternatives checked behind it (the same matches as
# r"[.:][*†‡]*\ue001?\s+|\s*\(|[,;]\s+(?=[“\"\ue002\ue000])|\s+(?=\ue002)|\s+[“\"]|\s*$|"
# r"(?:(?<=[^\W\d])|(?<=[\ue001\ue003])|(?<=\b[A-Z]\.)|(?<=\bal\.))[*†‡∗]*,\s+(?=[A-Z])", ~3x faster)
_PREFIX_CUT = re.compile(r"[.:\s(,;*†‡∗](?:(?<=[.:])[*†‡]*\ue001?\s+|(?<=\s)(?:\s*\(|\s*(?=\ue002)|\s*[“\"]|\s*$)|(?<=\()"
                         r"|(?<=[,;])\s+(?=[“\"\ue002\ue000])"
                         r"|(?:(?<=[^\W\d][,*†‡∗])|(?<=[\ue001\ue003][,*†‡∗])|(?<=\b[A-Z]\.[,*†‡∗])|(?<=\bal\.[,*†‡∗]))"
                         r"(?:(?<=,)|(?<=[*†‡∗])[*†‡∗]*,)\s+(?=[A-Z]))|$")


# "A, B, and C" ends at C; "Roe, A. and Lee, B." at Lee's initials
_CLOSED_LIST = re.compile(r"(?:\band\b|&)\s+[^,]+(?:,\s*(?:[A-Z]\.\s*-?){1,3}[\ue000-\ue003*†‡]*)?$")


_PROSE_WORD = re.compile(r"(?<![\w'’\-])(?!(?:van|von|der|den|del|della|dos|das|les|and|und|with|others|bin|ibn|zur|ter|ten)\b)[a-z]{4,}\b")


_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")


@lru_cache(maxsize=65536)
def author_prefix(s: str) -> tuple[str, str]:
    """The longest leading author list followed by a separator, and the text after it (markup kept)."""
    lead = len(s) - len(s.lstrip(" ,.;:"))
    s = s[lead:]
    opening = re.match(f"{ITAL_ON}([^{ITAL_OFF}]*){ITAL_OFF}", s)
    if opening and len(opening.group(1).split()) >= 3 and parse_author_list(strip_markup(opening.group(1)).strip(" .,:")) is None:
        return "", s  # "*I Too Have Some Dreams: N. M. Rashed and …*. Berkeley": an entry opening in italics opens with its title
    if opening and re.match(r"\s*[.,]?\s*\(", s[opening.end():]):
        return "", s  # "*Perceptual Widgets* (Oxford University Press, 2020)": an italic run before its imprint is a title
    plain = strip_markup_keep_bold(s)
    best = ("", s)
    for mt in _PREFIX_CUT.finditer(plain):
        cand = plain[: mt.start() + len(mt.group(0).rstrip()) if plain[mt.start():mt.start() + 1] == "." else mt.start()]
        if len(cand) > 600 or _PROSE_WORD.search(cand):
            break  # a lower-case word of the title: no longer prefix can be a list of names
        c = cand.strip()
        if not c or not _LETTER.search(c):
            continue
        bare_comma = mt.group(0).lstrip("*†‡∗").startswith(",") and plain[mt.end():mt.end() + 1].isupper()
        if bare_comma and not (_CLOSED_LIST.search(c) or ETAL.search(c) or _venue_next(plain[mt.end():])):
            continue  # a bare comma ends the list only after its "and C", "et al." or before a journal
        if mt.group(0).startswith(":") and (is_imprint_city(strip_markup(c)) or c.endswith((" Re", " RE"))):
            continue  # "Berkeley, CA: University of California Press" is an imprint; "Re: “Title”" a letter's title
        got = parse_author_list(c)
        if got and got[0] and re.search(r"[a-z]\.", got[0][-1]) and venue_like(clean_name(got[0][-1]) + "."):
            continue  # "E. Garnett, P. Yang, Nano Lett.": a journal's abbreviation after the names
        if got and got[0] and _title_follows(plain[mt.end():]):
            cut = mt.end() if mt.group(0).strip() not in ("(", "“", '"') else mt.start()
            best = (c, from_plain_offset(s, cut).lstrip())
    return best


def _venue_next(rest: str) -> bool:
    """'Nano Lett. 2010, 10, 1082': a known venue's name runs up to the volume or year."""
    seg = re.split(r"\s*(?:[,(;]|\d)", rest, maxsplit=1)[0].strip()
    return len(seg) >= 4 and venue_like(seg)


def _title_follows(rest: str) -> bool:
    r = strip_markup(rest).strip()
    return not r or bool(re.match(r"[\w“\"(\[‘'¿¡]", r))
