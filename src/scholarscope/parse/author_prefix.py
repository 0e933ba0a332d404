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
# r"[.:](?:[*†‡]*\ue001?|\ue001[*†‡∗]+)\s+|\s*\(|[,;]\s+(?=[“\"\ue002\ue000])|\s+(?=\ue002)|\s+[“\"]|\s*$|"
# r"(?:(?<=[^\W\d])|(?<=[\ue001\ue003])|(?<=\b[A-Z]\.)|(?<=\bal\.))[*†‡∗]*,\s+(?=[A-Z])", ~3x faster)
_PREFIX_CUT = re.compile(r"[.:\s(,;*†‡∗](?:(?<=[.:])(?:[*†‡]*\ue001?|\ue001[*†‡∗]+)\s+|(?<=\s)(?:\s*\(|\s*(?=\ue002)|\s*[“\"]|\s*$)|(?<=\()"
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
    opening = _ITALIC_RUN.match(s)
    if opening and len(opening.group(1).split()) >= 3 and parse_author_list(strip_markup(opening.group(1)).strip(" .,:")) is None:
        return "", s  # "*I Too Have Some Dreams: N. M. Rashed and …*. Berkeley": an entry opening in italics opens with its title
    if opening and _PAREN_NEXT.match(s, opening.end()):
        return "", s  # "*Perceptual Widgets* (Oxford University Press, 2020)": an italic run before its imprint is a title
    plain = strip_markup_keep_bold(s)
    # the longest candidate that holds wins: try them from the longest down and stop at the first
    for mt, end in reversed(_candidates(plain)):
        c = plain[:end].strip()
        if _ends_author_list(plain, mt, c):
            cut = mt.end() if mt.group(0).strip() not in ("(", "“", '"') else mt.start()
            return c, from_plain_offset(s, cut).lstrip()
    return "", s


_ITALIC_RUN = re.compile(f"{ITAL_ON}([^{ITAL_OFF}]*){ITAL_OFF}")
_PAREN_NEXT = re.compile(r"\s*[.,]?\s*\(")


def _candidates(plain: str) -> list[tuple[re.Match, int]]:
    """Each cut that may end the author list, with the end of the prefix before it, up to the first lower-case
    word of the title (no longer prefix can be a list of names)."""
    out = []
    first_letter = _LETTER.search(plain)
    letter_at = first_letter.start() if first_letter else len(plain)
    # A prefix holds a title word where the whole text has one starting before the prefix ends: a prefix ends
    # before a character that is neither a letter nor a digit (the cut's), so it cuts no word short.
    prose = _PROSE_WORD.search(plain)
    prose_at = prose.start() if prose else len(plain)
    for mt in _PREFIX_CUT.finditer(plain):
        start, sep = mt.start(), mt.group()  # (sep is empty only at the end of the text)
        end = start + len(sep.rstrip()) if sep[:1] == "." else start
        if end > 600 or end > prose_at:
            break  # a lower-case word of the title: no longer prefix can be a list of names
        if end > letter_at:
            out.append((mt, end))
    return out


def _ends_author_list(plain: str, mt: re.Match, c: str) -> bool:
    """The prefix c, cut at mt, is an author list that a title follows."""
    sep = mt.group(0)
    if sep.startswith(":") and (is_imprint_city(strip_markup(c)) or c.endswith((" Re", " RE"))):
        return False  # "Berkeley, CA: University of California Press" is an imprint; "Re: “Title”" a letter's title
    if not _TITLE_START.match(plain, mt.end()):
        return False
    got = parse_author_list(c)
    if not (got and got[0]):
        return False
    # (asked after the names: most prefixes a bare comma ends are no list, and the venue test is the dearer)
    bare_comma = sep.lstrip("*†‡∗").startswith(",") and plain[mt.end():mt.end() + 1].isupper()
    if bare_comma and not (_closed_list(c) or ETAL.search(c) or _venue_next(plain, mt.end())):
        return False  # a bare comma ends the list only after its "and C", "et al." or before a journal
    # "E. Garnett, P. Yang, Nano Lett.": a journal's abbreviation after the names
    return not (_LOWER_STOP.search(got[0][-1]) and venue_like(clean_name(got[0][-1]) + "."))


_LOWER_STOP = re.compile(r"[a-z]\.")


def _closed_list(c: str) -> bool:
    """_CLOSED_LIST.search(c), skipped when c holds neither "and" nor "&" (every match holds one)."""
    return ("and" in c or "&" in c) and _CLOSED_LIST.search(c) is not None


def _venue_next(plain: str, at: int) -> bool:
    """'Nano Lett. 2010, 10, 1082': a known venue's name runs from plain[at:] up to the volume or year."""
    stop = _VENUE_STOP.search(plain, at)
    seg = plain[at: stop.start() if stop else len(plain)].strip()
    return len(seg) >= 4 and venue_like(seg)


_VENUE_STOP = re.compile(r"\s*(?:[,(;]|\d)")


# the text after a cut, markup and spaces skipped, is empty or opens like a title
_TITLE_START = re.compile(r"[\s\ue000-\ue003]*(?:[\w“\"(\[‘'¿¡]|\Z)")
