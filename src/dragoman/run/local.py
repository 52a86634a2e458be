"""``--workers N``: the pipeline in N local processes, in order, with flat memory.

Why not ``multiprocessing.Pool.imap``: its feeder thread drains the input iterator
as fast as it can, so a million-article input would sit in memory. Here at most
``2 × workers`` batches are in flight; the next batch is read only when the
oldest one is written, and results come back in input order.

Each worker is a spawned process (safe with spaCy and on macOS/Windows) that
loads the spaCy pipeline once, on its first batch, and keeps it for every later
batch. A Python exception in one document becomes an error on that document (the
pipeline already does that, and a failing batch is retried article by article);
a worker that dies outright (segfault, out of memory) takes its pool down, so the
pool is rebuilt, the batch at the head is re-run one article at a time with
nothing else in flight (so the one document responsible is found and reported),
and the other in-flight batches are resubmitted.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice

from dragoman.model import Article, ExtractedArticle


def extract_parallel(articles: Iterable[Article], workers: int, batch_size: int = 16, *,
                     worker: Callable[[list[Article], int], list[ExtractedArticle]] | None = None
                     ) -> Iterator[ExtractedArticle]:
    """Extract ``articles`` with ``workers`` processes; same records, same order as in-process.

    ``worker`` replaces the per-batch function run in the processes (a module-level
    function, so spawned processes can import it); the default runs the pipeline.
    """
    batch_size = max(1, int(batch_size))
    if workers <= 1:
        from dragoman.pipeline import extract_articles

        yield from in_order(articles, lambda arts: extract_articles(arts, batch_size=batch_size))
        return
    yield from _Runner(workers, batch_size, worker or work).run(articles)


def in_order(articles: Iterable[Article],
             run: Callable[[Iterable[Article]], Iterable[ExtractedArticle]]) -> Iterator[ExtractedArticle]:
    """Yield ``run``'s records in the order the articles went in.

    The NLP stage may hand a rejected article back before the parsed ones that
    preceded it in its spaCy batch; output order must not depend on that (nor on
    the batch size or the number of workers), so records are held back, at most
    a batch's worth, until the next expected one arrives.
    """
    expected: deque[str] = deque()

    def feed() -> Iterator[Article]:
        for art in articles:
            expected.append(art.id)
            yield art

    waiting: dict[str, deque[ExtractedArticle]] = {}
    for rec in run(feed()):
        waiting.setdefault(rec.id, deque()).append(rec)
        while expected and expected[0] in waiting:
            key = expected.popleft()
            queue = waiting[key]
            yield queue.popleft()
            if not queue:
                del waiting[key]
    for queue in waiting.values():  # ids the pipeline changed (should not happen): arrival order
        yield from queue


def work(batch: list[Article], batch_size: int) -> list[ExtractedArticle]:
    """Run in a worker: extract one batch; if the batch as a whole fails, go article by article."""
    from dragoman.pipeline import extract_articles

    try:
        return list(in_order(batch, lambda arts: extract_articles(arts, batch_size=batch_size)))
    except Exception:
        if len(batch) == 1:
            return [_failed(batch[0], "extraction failed in worker: " + _exc_text())]
        out: list[ExtractedArticle] = []
        for art in batch:
            try:
                out.extend(extract_articles([art], batch_size=1))
            except Exception:
                out.append(_failed(art, "extraction failed in worker: " + _exc_text()))
        return out


@dataclass
class _Task:
    batch: list[Article]
    future: Future


class _Runner:
    def __init__(self, workers: int, batch_size: int,
                 fn: Callable[[list[Article], int], list[ExtractedArticle]]) -> None:
        self.fn = fn
        self.workers = workers
        self.batch_size = batch_size
        self.max_in_flight = 2 * workers
        self.pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=mp.get_context("spawn"))

    def _submit(self, batch: list[Article]) -> _Task:
        assert self.pool is not None
        try:
            fut = self.pool.submit(self.fn, batch, self.batch_size)
        except BrokenProcessPool:
            self._new_pool()
            fut = self.pool.submit(self.fn, batch, self.batch_size)
        return _Task(batch, fut)

    def run(self, articles: Iterable[Article]) -> Iterator[ExtractedArticle]:
        self._new_pool()
        pending: deque[_Task] = deque()
        it = iter(articles)
        try:
            while True:
                while len(pending) < self.max_in_flight:
                    batch = list(islice(it, self.batch_size))
                    if not batch:
                        break
                    pending.append(self._submit(batch))
                if not pending:
                    return
                yield from self._drain_head(pending)
        finally:
            if self.pool is not None:
                self.pool.shutdown(wait=True, cancel_futures=True)

    def _drain_head(self, pending: deque[_Task]) -> Iterator[ExtractedArticle]:
        task = pending.popleft()
        try:
            results = task.future.result()
        except BrokenProcessPool:
            # a worker died; every task in flight failed with it and any of them may be to blame
            others = list(pending)
            pending.clear()
            self._new_pool()
            yield from self._quarantine(task.batch)
            pending.extend(self._submit(t.batch) if _broken(t.future) else t for t in others)
            return
        yield from results

    def _quarantine(self, batch: list[Article]) -> Iterator[ExtractedArticle]:
        """Run a batch one article at a time with nothing else in flight, so a crash has one culprit.

        An article that kills a fresh worker twice is reported as such; the others are
        extracted normally (an innocent batch that was merely in flight costs only time).
        """
        assert self.pool is not None
        for art in batch:
            for _attempt in range(2):
                try:
                    results = self.pool.submit(self.fn, [art], self.batch_size).result()
                    break
                except BrokenProcessPool:
                    self._new_pool()
            else:
                results = [_failed(art, "worker process crashed while extracting this document "
                                        "(killed, out of memory or a native-code fault)")]
            yield from results


def _broken(fut: Future) -> bool:
    if not fut.done():
        return True  # belonged to the dead pool: it will never complete
    return isinstance(fut.exception(), BrokenProcessPool)


def _failed(art: Article, message: str) -> ExtractedArticle:
    return ExtractedArticle(id=art.id, text=art.text, title=art.title, published=art.published,
                            outlet=art.outlet, source_path=art.source_path, url=art.url,
                            errors=[*art.errors, message])


def _exc_text() -> str:
    import sys

    exc = sys.exc_info()[1]
    return f"{type(exc).__name__}: {exc}" if exc else "unknown error"
