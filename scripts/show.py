"""Print a parsed document's publications compactly (a development aid)."""
import json
import sys

import scholarscope

for path in sys.argv[1:]:
    prof = scholarscope.parse_file(path)
    d = prof.to_dict()
    print("#", d["doc"], "|", d["person"]["name"], "| pubs", len(d["publications"]))
    for p in d["publications"]:
        print(f"  [{p['section'][:18]}:{p['index']}] {p['title'][:70]!r} | {p['authors'][:4]}{'…' if len(p['authors'])>4 else ''} "
              f"si={p['self_index']} eq={p['equal_marked']} | {p['venue']!r} / {(p['venue_raw'] or '')[:40]!r} | {p['year']} {p['type']} {p['flags']} {p['note']!r}")
