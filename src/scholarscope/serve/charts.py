"""Chart geometry computed on the server; templates draw it as inline SVG (autoescaped text).

Only numbers and ids come out of here; labels stay plain strings for the template to escape.
"""
from __future__ import annotations

import math
from typing import Any

BAR_W, BAR_GAP, CHART_H, PAD_B, PAD_T = 26, 6, 140, 22, 16


def year_bars(works: list[dict[str, Any]], first_roles: tuple[str, ...] = ("first", "sole", "equal-first"),
              years: list[int] | None = None) -> dict[str, Any]:
    """Works per year as stacked bars: first/equal-first author part below, the rest above."""
    counts: dict[int, list[int]] = {}
    for w in works:
        if w.get("year"):
            c = counts.setdefault(int(w["year"]), [0, 0])
            c[0 if w.get("role") in first_roles else 1] += 1
    if years is None and counts:
        years = list(range(min(counts), max(counts) + 1))
    years = years or []
    top = max((sum(counts.get(y, [0, 0])) for y in years), default=0) or 1
    slots = max(len(years), 10)  # few years: narrow bars, not a wall of colour
    left = 8 + (slots - len(years)) * (BAR_W + BAR_GAP) / 2
    scale = (CHART_H - PAD_B - PAD_T) / top
    bars = []
    for i, y in enumerate(years):
        first, other = counts.get(y, [0, 0])
        x = round(left + i * (BAR_W + BAR_GAP), 1)
        h1, h2 = first * scale, other * scale
        base = CHART_H - PAD_B
        bars.append({"year": y, "x": x, "w": BAR_W, "first": first, "other": other, "total": first + other,
                     "y1": round(base - h1, 1), "h1": round(h1, 1), "y2": round(base - h1 - h2, 1),
                     "h2": round(h2, 1), "label_y": round(base - h1 - h2 - 3, 1),
                     "show_label": len(years) <= 14 or i % 2 == 0})
    return {"bars": bars, "width": 16 + slots * (BAR_W + BAR_GAP), "height": CHART_H,
            "base": CHART_H - PAD_B, "max": top, "missing_year": sum(1 for w in works if not w.get("year"))}


def graph(view: dict[str, Any], max_coauthors: int = 14) -> dict[str, Any]:
    """The person in the middle; mentors, mentees and top co-authors on a ring around them."""
    size, cx, cy = 520, 260, 250
    ring: list[dict[str, Any]] = []
    seen: set[str] = {view["id"]}
    for kind in ("mentors", "mentees"):
        for e in view.get(kind, []):
            key = e.get("id") or e["name"]
            if key in seen:
                continue
            seen.add(key)
            ring.append({"id": e.get("id"), "name": e["name"], "kind": kind[:-1], "weight": 1,
                         "relation": e.get("relation") or kind[:-1]})
    coauthors = [c for c in view.get("coauthors", []) if c["id"] not in seen][:max_coauthors]
    for c in coauthors:
        ring.append({"id": c["id"], "name": c["name"], "kind": "coauthor", "weight": c["shared_works"],
                     "relation": f"{c['shared_works']} shared works"})
    top = max((n["weight"] for n in ring if n["kind"] == "coauthor"), default=1)
    radius = 185
    for i, n in enumerate(ring):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(ring))
        n["x"], n["y"] = round(cx + radius * math.cos(angle), 1), round(cy + radius * math.sin(angle), 1)
        n["r"] = round(6 + 8 * (n["weight"] / top if n["kind"] == "coauthor" else 0.6), 1)
        n["stroke"] = round(1 + 3 * (n["weight"] / top), 1) if n["kind"] == "coauthor" else 2.5
        n["anchor"] = "start" if math.cos(angle) > 0.2 else ("end" if math.cos(angle) < -0.2 else "middle")
        n["lx"] = round(n["x"] + (12 if n["anchor"] == "start" else -12 if n["anchor"] == "end" else 0), 1)
        n["ly"] = round(n["y"] + (4 if n["anchor"] != "middle" else (20 if math.sin(angle) > 0 else -12)), 1)
        n["label"] = n["name"] if len(n["name"]) <= 22 else n["name"][:21] + "…"
    return {"size": size, "cx": cx, "cy": cy, "nodes": ring, "center": view["name"],
            "hidden_coauthors": max(0, len([c for c in view.get("coauthors", []) if c["id"] not in seen])
                                    - len(coauthors))}
