"""The JSON API: the same data as the pages, paginated lists, one error shape (see app.ServeError)."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Query, Request, UploadFile

from . import data
from .app import ServeError, Settings, not_found, open_store
from .ranking import search
from .search import Filters

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def check_person(db: Any, pid: str) -> None:
    if not db.query("SELECT 1 FROM persons WHERE id = ?", (pid,)):
        raise not_found("person", pid)


def strip_private(view: dict[str, Any]) -> dict[str, Any]:
    """The person view as the API returns it: no claim-internal display helpers duplicated."""
    for w in view.get("works", []):
        w.pop("display", None)
    return view


@router.get("/people", summary="People in the library, most works first (paginated).")
def api_people(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    with open_store(request) as store:
        return data.people_list(store.db, limit, offset)


@router.get("/people/{pid}", summary="One person: works with roles and sources, counts, metrics, graph.")
def api_person(request: Request, pid: str) -> dict[str, Any]:
    with open_store(request) as store:
        check_person(store.db, pid)
        return strip_private(data.person_page(store.db, pid, _settings(request).show_contacts))


@router.get("/people/{pid}/explain/{metric}", summary="One metric of a person with what it counted.")
def api_explain(request: Request, pid: str, metric: str) -> dict[str, Any]:
    with open_store(request) as store:
        check_person(store.db, pid)
        out = data.explain_page(store.db, pid, metric)
    if out is None:
        raise not_found("metric", metric)
    return out


@router.get("/works", summary="Works (each paper once), newest first (paginated, filterable).")
def api_works(request: Request, limit: Limit = 50, offset: Offset = 0, year: int | None = None,
              venue: str | None = None, type: str | None = None) -> dict[str, Any]:  # noqa: A002
    with open_store(request) as store:
        return data.works_list(store.db, limit, offset, year, venue, type)


@router.get("/works/{wid}", summary="One work: every document's claim, differences flagged.")
def api_work(request: Request, wid: str) -> dict[str, Any]:
    with open_store(request) as store:
        out = data.work_page(store.db, wid)
    if out is None:
        raise not_found("work", wid)
    return out


Mode = Annotated[Literal["hybrid", "keyword", "semantic"], Query(
    description="hybrid (default): keyword score and embedding cosine combined; keyword: BM25 / ts_rank only;"
                " semantic: embedding cosine only. The answer's `ranking` and `embedding` say what ran.")]


@router.get("/search", summary="Search works and people by words and meaning: ranked works (paginated),"
                                " ranked people with their matching works, facets (year, venue, type, field).")
def api_search(request: Request, q: str = "", limit: Limit = 20, offset: Offset = 0, year: int | None = None,
               venue: str | None = None, type: str | None = None,  # noqa: A002
               field: str | None = None, mode: Mode = "hybrid") -> dict[str, Any]:
    with open_store(request) as store:
        out = search(store.db, q, Filters(year, venue, type, field), limit=limit, offset=offset, mode=mode)
    pages = data.page_info(min(out["total"], out["considered"]), limit, offset)
    out.update(next_offset=pages["next_offset"], prev_offset=pages["prev_offset"])  # total stays the match count
    return out


@router.get("/compare", summary="2 to 4 people side by side.")
def api_compare(request: Request, ids: Annotated[list[str], Query()]) -> dict[str, Any]:
    pids = [p for x in ids for p in x.split(",") if p.strip()]
    if not 2 <= len(pids) <= 4:
        raise ServeError(422, "invalid_request", "compare takes 2 to 4 person ids")
    with open_store(request) as store:
        for pid in pids:
            check_person(store.db, pid)
        return data.compare(store.db, pids)


@router.get("/documents/{doc_id}/source", summary="A document's text around a span (contacts hidden).")
def api_source(request: Request, doc_id: str, start: int | None = None, end: int | None = None) -> dict[str, Any]:
    with open_store(request) as store:
        out = data.source_span(store.db, doc_id, start, end, _settings(request).show_contacts)
    if out is None:
        raise not_found("document", doc_id)
    return out


@router.post("/upload", summary="Upload CV files: each is parsed, stored and merged; per-file errors.")
def api_upload(request: Request, files: Annotated[list[UploadFile], File()]) -> dict[str, Any]:
    from .upload import Incoming, handle

    items = [Incoming(f.filename or "upload", f.file.read()) for f in files]
    return handle(_settings(request), items)
