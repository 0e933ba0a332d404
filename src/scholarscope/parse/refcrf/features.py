"""Token features for the reference CRF.

Per-token features that depend only on the token text are cached (a bounded
dict), so labelling is mostly list concatenation; contextual features
(neighbours +-2, position, quotes/brackets, after "In", seen year, sentence
count) are added per sequence.
"""
from __future__ import annotations

import re
import unicodedata

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring", "summer",
    "autumn", "fall", "winter", "januar", "februar", "märz", "mai", "juni", "juli",
    "oktober", "dezember", "janvier", "février", "mars", "avril", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
}
KEYWORDS = {
    # container words
    "journal": "jour", "j": "jour", "jour": "jour", "review": "jour", "rev": "jour",
    "letters": "jour", "lett": "jour", "annals": "jour", "ann": "jour",
    "bulletin": "jour", "bull": "jour", "transactions": "jour", "trans": "jour",
    "quarterly": "jour", "magazine": "jour", "zeitschrift": "jour", "revue": "jour",
    "acta": "jour", "archives": "jour", "research": "jour", "science": "jour",
    "sciences": "jour", "studies": "jour", "physics": "jour", "phys": "jour",
    "proceedings": "proc", "proc": "proc", "conference": "conf", "conf": "conf",
    "symposium": "conf", "symp": "conf", "workshop": "conf", "congress": "conf",
    "meeting": "conf", "international": "intl", "int": "intl", "intl": "intl",
    "annual": "conf", "advances": "conf",
    # volume / pages
    "vol": "vol", "vols": "vol", "volume": "vol", "bd": "vol", "jg": "vol",
    "tome": "vol", "no": "iss", "nr": "iss", "issue": "iss", "heft": "iss",
    "num": "iss", "pp": "pp", "p": "pp", "pages": "pp", "page": "pp", "pg": "pp",
    "s": "pp", "ss": "pp",
    # editors / in
    "ed": "ed", "eds": "ed", "editor": "ed", "editors": "ed", "hrsg": "ed",
    "hg": "ed", "edited": "ed", "in": "in", "dans": "in",
    # publisher
    "press": "pub", "publisher": "pub", "publishers": "pub", "publishing": "pub",
    "verlag": "pub", "university": "univ", "univ": "univ", "universität": "univ",
    "université": "univ", "institute": "univ", "springer": "pub", "elsevier": "pub",
    "wiley": "pub", "ieee": "org", "acm": "org", "mit": "pub", "oxford": "pub",
    "cambridge": "pub", "routledge": "pub", "sage": "pub", "books": "pub",
    "inc": "pub", "ltd": "pub", "co": "pub", "verl": "pub",
    # authors
    "et": "et", "al": "et", "and": "and", "und": "and", "&": "and",
    # notes / CV markers
    "thesis": "thesis", "dissertation": "thesis", "phd": "thesis", "ph": "thesis",
    "report": "rep", "technical": "rep", "tech": "rep", "preprint": "prep",
    "arxiv": "prep", "submitted": "prep", "appear": "prep", "press.": "prep",
    "forthcoming": "prep", "accepted": "prep", "oral": "cvm", "spotlight": "cvm",
    "poster": "cvm", "invited": "cvm", "talk": "cvm", "best": "cvm", "award": "cvm",
    "doi": "doi", "url": "url", "retrieved": "url", "accessed": "url",
    "available": "url", "online": "url", "isbn": "isbn", "issn": "isbn",
    "edition": "edn", "edn": "edn", "ed.": "edn",
}
PUNCT = {
    ",": "comma", ".": "period", ":": "colon", ";": "semi",
    "(": "lpar", ")": "rpar", "[": "lbr", "]": "rbr", "{": "lbr", "}": "rbr",
    "\"": "quote", "“": "lquote", "”": "rquote", "„": "lquote", "«": "lquote",
    "»": "rquote", "‘": "lquote", "’": "rquote", "'": "quote", "`": "lquote",
    "-": "dash", "–": "dash", "—": "dash", "‐": "dash", "‑": "dash", "/": "slash",
    "*": "star", "†": "dagger", "‡": "dagger", "§": "dagger", "#": "hash",
    "&": "amp", "?": "q", "!": "q",
}
OPEN_Q = {"“", "„", "«", "‘", "`"}
CLOSE_Q = {"”", "»", "’"}
OPEN_B = {"(", "["}
CLOSE_B = {")", "]"}
_DASHES = {"-", "–", "—", "‐", "‑"}
_PPWORDS = {"pp", "pages", "Pages", "Pp", "PP"}
_ROMAN = re.compile(r"^[ivxlcdm]+$", re.I)
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")


def _shape(tok: str) -> str:
    out = []
    for ch in tok[:6]:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return "".join(out)


def _short_shape(tok: str) -> str:
    out = []
    last = ""
    for ch in tok:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if c != last:
            out.append(c)
            last = c
    return "".join(out)


def _token_info(tok: str):
    """Return (own features, neighbour-view features, flags) for a token text."""
    low = tok.lower()
    first = tok[0]
    feats = ["w=" + low, "sh=" + _shape(tok)]
    ss = _short_shape(tok)
    nb = ["w=" + low, "ss=" + ss]
    n = len(tok)
    isalpha = tok.isalpha()
    if n > 1:
        feats.append("p2=" + low[:2])
        feats.append("s2=" + low[-2:])
    if n > 3:
        feats.append("p3=" + low[:3])
        feats.append("s3=" + low[-3:])
    feats.append("ss=" + ss)
    feats.append("len=" + str(min(n, 8)))
    kind = "o"
    if tok.isdigit():
        kind = "num"
        feats.append("nd=" + str(min(n, 5)))
        if _YEAR.match(tok):
            feats.append("year")
            nb.append("year")
            kind = "year"
    elif isalpha:
        if first.isupper():
            feats.append("cap")
            if n > 1 and tok.isupper():
                feats.append("allcap")
            if n <= 2 and tok.isupper():
                kind = "init"
            else:
                kind = "cap"
        else:
            kind = "low"
        if n > 1 and _ROMAN.match(tok) and tok.isupper():
            feats.append("roman")
    elif n == 1:
        kind = "p"
        feats.append("pt=" + PUNCT.get(tok, "other"))
        cat = unicodedata.category(tok)
        feats.append("uc=" + cat)
    else:
        if low.startswith(("http", "www", "ftp")):
            kind = "url"
        elif low.startswith("10.") and "/" in low:
            kind = "doi"
        elif low.startswith("arxiv:"):
            kind = "arxiv"
        elif any(c.isdigit() for c in tok):
            kind = "alnum"
            if _YEAR.match(tok):
                feats.append("year")
                nb.append("year")
        else:
            kind = "word"
    feats.append("k=" + kind)
    nb.append("k=" + kind)
    if low in MONTHS:
        feats.append("month")
        nb.append("month")
    kw = KEYWORDS.get(low)
    if kw:
        feats.append("kw=" + kw)
        nb.append("kw=" + kw)
    return feats, nb, kind


_CACHE: dict = {}
_CACHE_MAX = 200_000
_OFFS = (-2, -1, 1, 2)


_CACHE_F: dict = {}
_KNOWN: set | None = None


def set_known_attributes(attrs) -> None:
    """Restrict per-token features to attributes the loaded model knows (same
    output, faster tagging).  Used only by the default tagger."""
    global _KNOWN
    _KNOWN = set(attrs)
    _CACHE_F.clear()


def _info(tok: str):
    v = _CACHE.get(tok)
    if v is None:
        feats, nb, kind = _token_info(tok)
        views = tuple(["%+d:%s" % (o, f) for f in nb] for o in _OFFS)  # as seen from -2, -1, +1, +2 away
        v = (feats, views, kind)
        if len(_CACHE) >= _CACHE_MAX:
            _CACHE.clear()
        _CACHE[tok] = v
    return v


def _info_f(tok: str):
    """``_info`` restricted to the attributes the model knows, as UTF-8 bytes: pycrfsuite takes
    bytes as they are and encodes every str anew, so the tagger gets the same names, faster."""
    v = _CACHE_F.get(tok)
    if v is None:
        feats, views, kind = _info(tok)
        known = _KNOWN
        v = ([a.encode() for a in feats if a in known],
             tuple([a.encode() for a in lst if a in known] for lst in views), kind)
        if len(_CACHE_F) >= _CACHE_MAX:
            _CACHE_F.clear()
        _CACHE_F[tok] = v
    return v


class _Names:
    """The contextual attribute names, as str (training, an explicit tagger) or as UTF-8 bytes (the default
    tagger: pycrfsuite encodes every str anew and takes bytes as they are; the same names, faster)."""

    def __init__(self, enc) -> None:
        self.bos2, self.bos1, self.eos1, self.eos2 = [enc("-2:BOS")], [enc("-1:BOS")], [enc("+1:EOS")], [enc("+2:EOS")]
        self.pos = tuple(enc("pos=%d" % k) for k in range(10))
        self.start = tuple(enc(a) for a in ("start0", "start1", "start2"))
        self.end = tuple(enc(a) for a in ("end0", "end1"))
        self.np = tuple(enc("np=%d" % k) for k in range(7))
        self.nc = tuple(enc("nc=%d" % k) for k in range(9))
        self.si = tuple(enc("si=%d" % k) for k in range(6))
        self.sr = tuple(enc("sr=%d" % k) for k in range(5))
        self.nnum = tuple(enc("nnum=%d" % k) for k in range(5))
        self.sl = {b: enc("sl=" + b) for b in "1234"}
        self.sd = (enc("sd=0"), enc("sd=1"))
        self.sc = {c: enc("sc=" + c) for c in "nlhm"}
        for a in ("segstart", "nosp", "nospnext", "inq", "inb", "afterIn", "seenyear", "range1", "range2",
                  "lastyear", "seenpp", "initial"):
            setattr(self, a, enc(a))


_STR_NAMES, _BYTE_NAMES = _Names(str), _Names(str.encode)
_INWORDS = {"In", "in", "IN", "Dans", "dans"}


def sequence_features(text: str, toks: list[tuple[str, int, int]], filtered: bool = False) -> list[list[str]]:
    """Feature lists (crfsuite attribute names) for each token of ``text``.
    ``filtered``: drop per-token attributes unknown to the model (see
    ``set_known_attributes``) and give every attribute as UTF-8 bytes (pycrfsuite takes
    both); does not change the labels."""
    n = len(toks)
    if n == 0:
        return []
    as_bytes = filtered and _KNOWN is not None
    info, a, cached = (_info_f, _BYTE_NAMES, _CACHE_F) if as_bytes else (_info, _STR_NAMES, _CACHE)
    get = cached.get
    infos = [get(t[0]) or info(t[0]) for t in toks]  # a cached value is a non-empty tuple
    out = []
    in_q = False
    in_b = 0
    after_in = False
    seen_year = False
    periods = 0
    commas = 0
    prev_end = -1
    # sequence-level facts: last year-like token, number ranges
    last_year = -1
    for i in range(n - 1, -1, -1):
        if infos[i][2] == "year":
            last_year = i
            break
    # period-delimited "sentences": a "." not after an initial, or "?"/"!"
    seg_of = [0] * n
    seg_info = []  # (length, has_digit, capital ratio bucket)
    seg = 0
    start = 0
    caps = words = 0
    digit = False
    for i in range(n):
        seg_of[i] = seg
        tok = toks[i][0]
        kind = infos[i][2]
        if kind in ("num", "year", "alnum"):
            digit = True
        elif kind in ("cap", "word", "low") and len(tok) > 3 and i > start:
            words += 1
            if tok[0].isupper():
                caps += 1
        end_here = i == n - 1
        if not end_here and (tok in ("?", "!") or (tok == "." and i > 0 and infos[i - 1][2] != "init"
                                                    and not (len(toks[i - 1][0]) == 1 and toks[i - 1][0].isalpha()))):
            end_here = True
        if end_here:
            ln = i - start + 1
            lb = "1" if ln <= 3 else "2" if ln <= 8 else "3" if ln <= 16 else "4"
            cb = "n" if words == 0 else "l" if caps * 3 < words else "h" if caps * 3 >= 2 * words else "m"
            seg_info.append((a.sl[lb], a.sd[digit], a.sc[cb]))
            seg += 1
            start = i + 1
            caps = words = 0
            digit = False
    nseg = seg
    seg_ctx = [[*seg_info[k], a.si[k if k < 5 else 5], a.sr[min(nseg - 1 - k, 4)]] for k in range(nseg)]
    # each token's view of its neighbours: that of the token two before (or the start), one before, ...
    views = [v[1] for v in infos]
    two_before = [a.bos2] * min(n, 2) + [v[0] for v in views[:-2]]
    one_before = [a.bos1] + [v[1] for v in views[:-1]]
    one_after = [v[2] for v in views[1:]] + [a.eos1]
    two_after = [v[3] for v in views[2:]] + [a.eos2] * min(n, 2)
    seen_pp = False
    nnum = 0
    dashes = _DASHES
    numk = ("num", "year")
    last = n - 1
    for i in range(n):
        tok, s, e = toks[i]
        feats, _v, kind = infos[i]
        sg = seg_of[i]
        f = feats + seg_ctx[sg]
        app = f.append
        app(a.pos[10 * i // n])
        if i > 0 and seg_of[i - 1] != sg:
            app(a.segstart)
        if i < 3:
            app(a.start[i])
        elif i >= n - 2:
            app(a.end[last - i])
        if s == prev_end:
            app(a.nosp)
        prev_end = e
        if i < last and toks[i + 1][1] == e:
            app(a.nospnext)
        if in_q:
            app(a.inq)
        if in_b:
            app(a.inb)
        if after_in:
            app(a.afterIn)
        if seen_year:
            app(a.seenyear)
        app(a.np[periods if periods < 6 else 6])
        app(a.nc[commas if commas < 8 else 8])
        if kind in numk:
            if i + 2 < n and toks[i + 1][0] in dashes and infos[i + 2][2] in numk:
                app(a.range1)
            elif i >= 2 and toks[i - 1][0] in dashes and infos[i - 2][2] in numk:
                app(a.range2)
            if i == last_year:
                app(a.lastyear)
            app(a.nnum[nnum if nnum < 4 else 4])
            nnum += 1
        if seen_pp:
            app(a.seenpp)
        if kind == "init" and i < last and toks[i + 1][0] == ".":
            app(a.initial)
        f += two_before[i]
        f += one_before[i]
        f += one_after[i]
        f += two_after[i]
        out.append(f)
        # update state after this token
        if tok in OPEN_Q:
            in_q = True
        elif tok in CLOSE_Q:
            in_q = False
        elif tok == '"':
            in_q = not in_q
        elif tok in OPEN_B:
            in_b += 1
        elif tok in CLOSE_B:
            if in_b:
                in_b -= 1
        elif tok == ".":
            # not counting the dot of an initial ("J.")
            if i == 0 or infos[i - 1][2] != "init":
                periods += 1
        elif tok == ",":
            commas += 1
        elif kind == "year":
            seen_year = True
        elif tok in _PPWORDS:
            seen_pp = True
        elif tok in _INWORDS and (
            i < last and toks[i + 1][0] == ":" or i > 0 and toks[i - 1][0] in (".", ",", ")", "/")
        ):
            after_in = True
    return out
