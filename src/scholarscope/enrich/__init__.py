"""enrich: external records for stored works, offline first, every value with source and date.

    snapshot.import_snapshot(db, path)   OpenAlex works snapshot (gzipped JSON Lines) -> enrichment
    openalex.OpenAlex, semanticscholar.SemanticScholar, arxiv.Arxiv, openreview.OpenReview, dblp.Dblp
                                         small clients: on-disk cache, polite rate limit, retries
                                         with backoff, OfflineError when the network is out
    store.ensure_tables / save / load    the `enrichment` and `metrics_cache` tables

Nothing here touches the network at import time; SCHOLARSCOPE_OFFLINE=1 makes clients cache-only.
"""
