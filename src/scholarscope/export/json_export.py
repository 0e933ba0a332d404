"""JSON: the person view itself, as `show --json` prints it."""
from __future__ import annotations

import json
from typing import Any


def render(view: dict[str, Any]) -> str:
    return json.dumps(view, ensure_ascii=False, indent=2) + "\n"
