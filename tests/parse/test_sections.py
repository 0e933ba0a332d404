"""Section headings name what the section holds (the head noun, else the first of a list)."""
from __future__ import annotations

import pytest

from scholarscope.parse.sections import categorise


@pytest.mark.parametrize("heading, category", [
    ("In Press", "publications"),  # "press" alone is media coverage; "in press" is a status of papers
    ("Press", "other"),
    ("Submitted", "publications"),
    ("Conference Presentations", "talks"),
    ("Publications and Talks", "publications"),
    ("Teaching Experience", "positions"),  # teaching posts are positions (their courses go to teaching too)
    ("Research Interests", "other"),
    ("Awards and Honors", "awards"),
    ("Book Reviews", "publications"),
])
def test_heading_categories(heading: str, category: str) -> None:
    assert categorise(heading) == category
