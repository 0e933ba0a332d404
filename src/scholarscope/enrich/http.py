"""A polite, cached, retrying HTTP GET shared by the enrichment clients.

* on-disk cache: one JSON file per URL under the cache folder (SCHOLARSCOPE_CACHE, default
  ~/.cache/scholarscope/enrich/<source>); a cached answer is used without touching the network
* polite rate limit: at least ``min_interval`` seconds between requests of one client
* retries: on 429, 5xx and transport errors, up to ``retries`` times with exponential backoff
  (honouring Retry-After), then ``SourceError``
* offline: a connection failure with no cached answer raises ``OfflineError`` saying so
* SCHOLARSCOPE_OFFLINE=1 forbids the network altogether (cache only)
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import ScholarscopeError

USER_AGENT = "scholarscope/0.1 (researcher-profile enrichment; offline-first)"


class SourceError(ScholarscopeError):
    """An enrichment source answered with an error, or not at all after retries."""


class OfflineError(SourceError):
    """The source cannot be reached and the cache holds no answer."""


@dataclass
class Response:
    url: str
    status: int
    text: str
    retrieved_at: str
    from_cache: bool


def cache_root() -> Path:
    return Path(os.environ.get("SCHOLARSCOPE_CACHE", Path.home() / ".cache" / "scholarscope" / "enrich"))


class HttpSource:
    """Base of the clients: ``get(url, params)`` -> Response (cached)."""

    name = "http"
    min_interval = 1.0

    def __init__(self, cache_dir: Path | None = None, transport: Any = None, retries: int = 4,
                 backoff: float = 1.0, sleep: Callable[[float], None] = time.sleep,
                 offline: bool | None = None, headers: dict[str, str] | None = None) -> None:
        self.cache_dir = Path(cache_dir) if cache_dir else cache_root() / self.name
        self.transport = transport
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.offline = os.environ.get("SCHOLARSCOPE_OFFLINE") == "1" if offline is None else offline
        self.headers = {"User-Agent": USER_AGENT, **(headers or {})}
        self._last = 0.0
        self._client: Any = None
        self.retrieved_at: str | None = None   # date of the last answer (the cached date for a cached one)

    def _cache_file(self, url: str) -> Path:
        return self.cache_dir / (hashlib.sha1(url.encode()).hexdigest() + ".json")

    def _http(self) -> Any:
        if self._client is None:
            import httpx

            self._client = httpx.Client(transport=self.transport, headers=self.headers, timeout=30.0,
                                        follow_redirects=True)
        return self._client

    def get(self, url: str, params: dict[str, Any] | None = None) -> Response:
        full = url if not params else f"{url}?{_query(params)}"
        cached = self._cache_file(full)
        if cached.exists():
            d = json.loads(cached.read_text("utf-8"))
            self.retrieved_at = d["retrieved_at"]
            return Response(full, d["status"], d["text"], d["retrieved_at"], True)
        if self.offline:
            raise OfflineError(f"{self.name}: offline mode and no cached answer for {full}")
        resp = self._fetch(full)
        self.retrieved_at = resp.retrieved_at
        if resp.status == 200 or resp.status == 404:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(".tmp")
            tmp.write_text(json.dumps({"url": full, "status": resp.status, "text": resp.text,
                                       "retrieved_at": resp.retrieved_at}), "utf-8")
            tmp.replace(cached)
        return resp

    def _fetch(self, url: str) -> Response:
        import httpx

        last_error = ""
        for attempt in range(self.retries + 1):
            wait = self.min_interval - (time.monotonic() - self._last)
            if wait > 0:
                self.sleep(wait)
            self._last = time.monotonic()
            try:
                r = self._http().get(url)
            except httpx.TransportError as exc:
                last_error = f"{type(exc).__name__}: {exc}"
                if isinstance(exc, httpx.ConnectError) and attempt >= min(1, self.retries):
                    raise OfflineError(f"{self.name}: cannot reach {url} ({last_error}) and no cached answer; "
                                       "use a snapshot (scholarscope enrich --openalex-snapshot) offline") from exc
            else:
                if r.status_code in (200, 404):
                    return Response(url, r.status_code, r.text, _today(), False)
                last_error = f"HTTP {r.status_code}"
                if r.status_code != 429 and r.status_code < 500:
                    raise SourceError(f"{self.name}: {url} answered {last_error}")
                retry_after = r.headers.get("Retry-After", "")
                if retry_after.isdigit() and attempt < self.retries:
                    self.sleep(float(retry_after))
                    continue
            if attempt < self.retries:
                self.sleep(self.backoff * 2 ** attempt)
        raise SourceError(f"{self.name}: {url} failed after {self.retries + 1} tries ({last_error})")

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> tuple[Any, Response]:
        r = self.get(url, params)
        if r.status == 404:
            return None, r
        try:
            return json.loads(r.text), r
        except json.JSONDecodeError as exc:
            raise SourceError(f"{self.name}: {url} did not answer JSON") from exc


def _query(params: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    return urlencode(sorted((k, v) for k, v in params.items() if v is not None))


def _today() -> str:
    return datetime.now(timezone.utc).date().isoformat()
