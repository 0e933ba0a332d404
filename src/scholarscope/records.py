"""Typed records of one parsed document; ``to_dict`` gives the JSON of profile.schema.json."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]  # character offsets [start, end) in the source document


@dataclass
class Person:
    name: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    homepages: list[str] = field(default_factory=list)
    span: Span | None = None


@dataclass
class Publication:
    section: str
    index: int
    title: str
    authors: list[str] = field(default_factory=list)
    authors_truncated: bool = False
    self_index: int | None = None
    equal_marked: list[int] = field(default_factory=list)
    venue: str | None = None
    venue_raw: str | None = None
    year: int | None = None
    type: str = "other"
    flags: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    note: str | None = None
    doi: str | None = None
    publisher: str | None = None  # a book's publisher, when the venue is its imprint
    date: str | None = None
    category: str | None = None
    has_code: bool | None = None
    org_tag: str | None = None
    span: Span | None = None
    raw: str = ""


@dataclass
class Education:
    institution: str
    degree: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None
    expected: bool = False
    advisor: str | None = None
    gpa: str | None = None
    location: str | None = None
    span: Span | None = None


@dataclass
class Position:
    org: str | None
    title: str | None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    supervisor: str | None = None
    kind: str = "job"
    span: Span | None = None


@dataclass
class Award:
    name: str
    date: str | None = None
    span: Span | None = None


@dataclass
class Profile:
    """Everything extracted from one document."""

    doc: str
    kind: str = "cv"
    format: str = ""
    person: Person = field(default_factory=Person)
    summary_metrics: dict[str, Any] | None = None
    education: list[Education] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    service: list[str] = field(default_factory=list)
    talks: list[str] = field(default_factory=list)
    teaching: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON-ready data (spans as ``[start, end]`` lists)."""
        d = asdict(self)
        for key in ("education", "positions", "publications", "awards"):
            for item in d[key]:
                item.pop("raw", None)
                if item.get("span") is not None:
                    item["span"] = list(item["span"])
        if d["person"].get("span") is not None:
            d["person"]["span"] = list(d["person"]["span"])
        return d
