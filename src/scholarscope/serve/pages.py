"""The HTML pages: home, people, person, explanation, works, work, search, compare, upload, source."""
from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, File, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from . import charts, data
from .api import check_person
from .app import ServeError, Settings, not_found, open_store, render
from .ranking import MODES, search
from .search import Filters

router = APIRouter(include_in_schema=False)
PAGE = 50


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError as exc:
        raise ServeError(422, "invalid_request", f"not a number: {value!r}") from exc


def _offset(request: Request) -> int:
    return max(0, _int(request.query_params.get("offset")) or 0)


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    with open_store(request) as store:
        db = store.db
        people = data.people_list(db, 12, 0)
        stats = {"documents": db.query("SELECT COUNT(*) FROM documents WHERE is_current = 1")[0][0],
                 "works": db.query("SELECT COUNT(*) FROM works")[0][0], "people": people["total"]}
        recent = data.works_list(db, 8, 0)
    return render(request, "home.html", {"people": people["items"], "stats": stats, "recent": recent["items"]})


@router.get("/people", response_class=HTMLResponse)
def people(request: Request) -> Response:
    with open_store(request) as store:
        page = data.people_list(store.db, PAGE, _offset(request))
    return render(request, "people.html", {"page": page})


@router.get("/people/{pid}", response_class=HTMLResponse)
def person(request: Request, pid: str) -> Response:
    settings: Settings = request.app.state.settings
    with open_store(request) as store:
        check_person(store.db, pid)
        view = data.person_page(store.db, pid, settings.show_contacts)
    return render(request, "person.html", {"p": view, "bars": charts.year_bars(view["works"]),
                                           "graph": charts.graph(view)})


@router.get("/people/{pid}/explain/{metric}", response_class=HTMLResponse)
def explain(request: Request, pid: str, metric: str) -> Response:
    with open_store(request) as store:
        check_person(store.db, pid)
        out = data.explain_page(store.db, pid, metric)
    if out is None:
        raise not_found("metric", metric)
    return render(request, "explain.html", {"m": out})


@router.get("/works", response_class=HTMLResponse)
def works(request: Request) -> Response:
    qp = request.query_params
    year, venue, typ = _int(qp.get("year")), qp.get("venue") or None, qp.get("type") or None
    with open_store(request) as store:
        page = data.works_list(store.db, PAGE, _offset(request), year, venue, typ)
    filters = {k: v for k, v in (("year", year), ("venue", venue), ("type", typ)) if v not in (None, "")}
    base = "/works?" + (urlencode(filters) + "&" if filters else "")
    return render(request, "works.html", {"page": page, "filters": filters, "base": base})


@router.get("/works/{wid}", response_class=HTMLResponse)
def work(request: Request, wid: str) -> Response:
    with open_store(request) as store:
        w = data.work_page(store.db, wid)
    if w is None:
        raise not_found("work", wid)
    return render(request, "work.html", {"w": w})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> Response:
    qp = request.query_params
    q = qp.get("q", "")
    filters = Filters(_int(qp.get("year")), qp.get("venue") or None, qp.get("type") or None, qp.get("field") or None)
    mode = qp.get("mode") if qp.get("mode") in MODES else "hybrid"
    offset = _offset(request)
    with open_store(request) as store:
        result = search(store.db, q, filters, limit=20, offset=offset, mode=mode) if q or filters.active() else None
    pager = data.page_info(min(result["total"], result["considered"]), 20, offset) if result else None
    return render(request, "search.html", {"r": result, "filters": filters.active(), "pager": pager,
                                           "q": q, "mode": mode, "modes": MODES})


@router.get("/compare", response_class=HTMLResponse)
def compare(request: Request, ids: Annotated[list[str] | None, Query()] = None) -> Response:
    from ..store.queries import PersonNotFound, find_person

    wanted = [x.strip() for v in (ids or []) for x in v.split(",") if x.strip()]
    problems: list[str] = []
    result: dict[str, Any] | None = None
    with open_store(request) as store:
        pids = []
        for w in wanted[:4]:
            try:
                pids.append(find_person(store.db, w))
            except PersonNotFound as exc:
                problems.append(str(exc))
        if len(wanted) > 4:
            problems.append("compare shows at most 4 people; the rest were left out")
        if len(pids) >= 2 and not problems:
            result = data.compare(store.db, pids)
        elif wanted and not problems:
            problems.append("name 2 to 4 people to compare")
        candidates = data.people_list(store.db, 30, 0)["items"]
    if result:
        years = result["years"]
        for col in result["people"]:
            col["bars"] = charts.year_bars([{"year": y, "role": "other"} for y, n in col["per_year"].items()
                                            for _ in range(n)], years=years)
    return render(request, "compare.html", {"c": result, "wanted": ", ".join(wanted), "problems": problems,
                                            "candidates": candidates})


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request) -> Response:
    return render(request, "upload.html", {"result": None})


@router.post("/upload", response_class=HTMLResponse)
def upload(request: Request, files: Annotated[list[UploadFile], File()]) -> Response:
    from .upload import Incoming, handle

    items = [Incoming(f.filename or "upload", f.file.read()) for f in files if f.filename]
    if not items:
        raise ServeError(422, "invalid_request", "choose at least one file")
    result = handle(request.app.state.settings, items)
    return render(request, "upload.html", {"result": result})


@router.get("/source/{doc_id}", response_class=HTMLResponse)
def source(request: Request, doc_id: str) -> Response:
    qp = request.query_params
    settings: Settings = request.app.state.settings
    with open_store(request) as store:
        out = data.source_span(store.db, doc_id, _int(qp.get("start")), _int(qp.get("end")),
                               settings.show_contacts)
    if out is None:
        raise not_found("document", doc_id)
    return render(request, "source.html", {"s": out})


@router.get("/api", response_class=HTMLResponse)
def api_index(request: Request) -> Response:
    schema = request.app.openapi()
    routes = [{"path": path, "method": m.upper(), "summary": op.get("summary", "")}
              for path, ops in schema.get("paths", {}).items() for m, op in ops.items()]
    return render(request, "api.html", {"routes": routes})


@router.get("/person", include_in_schema=False)
def person_by_name(request: Request) -> Response:
    """``/person?name=...``: the person's page when the name is unique, else the search."""
    from ..store.queries import PersonNotFound, find_person

    name = request.query_params.get("name", "")
    with open_store(request) as store:
        try:
            pid = find_person(store.db, name)
        except PersonNotFound:
            return RedirectResponse(f"/search?q={quote(name)}", status_code=303)
    return RedirectResponse(f"/people/{pid}", status_code=303)
