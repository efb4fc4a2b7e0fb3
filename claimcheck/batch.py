"""The flow over a corpus: many articles, one reference, on this machine or on a Dask cluster.

A corpus is a folder of article files (``.txt``, ``.md``, ``.json``) or a JSON Lines file with one
article per line (``text`` and optional ``published``, ``title``, ``source``, ``url``). Results
come back in corpus order. An article that cannot be read does not stop the batch: it yields a
:class:`BatchError` naming it, and the others are checked.
"""

from __future__ import annotations

import io
import json
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck._files import atomic_writer
from claimcheck.articles import article_from_json_line, read_article
from claimcheck.errors import (
    ArticleError,
    ClaimcheckError,
    ClusterError,
    ReferenceDataError,
    SettingsError,
)
from claimcheck.models import Article
from claimcheck.pipeline import check
from claimcheck.reference import Reference, load_reference
from claimcheck.result import CheckResult, field_names
from claimcheck.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

ENGINES = ("local", "dask")
_ARTICLE_SUFFIXES = (".txt", ".md", ".json")
# Each partition takes this share of the articles left, per worker: the first are long (few
# tasks for Dask to schedule), the last a single article (no worker waits long for another).
_SHARES_PER_WORKER = 2
_MAX_PARTITION = 100  # articles; more partitions on a long run, so progress moves
_CONNECT_TIMEOUT = "10s"


@dataclass(frozen=True, slots=True)
class BatchError:
    """An article of a corpus that could not be checked, and why."""

    source: str
    error: str


def read_corpus(path: str | os.PathLike[str]) -> list[Article | BatchError]:
    """The articles of a corpus folder or JSON Lines file, in a fixed order.

    Files in a folder are read in sorted order of their names, so a re-run gives the same output.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Soleimani was killed in Baghdad on January 3.")
    >>> [article.text[:9] for article in read_corpus(folder)]
    ['Soleimani']
    """
    corpus = Path(path)
    if corpus.is_dir():
        files = sorted(p for p in corpus.iterdir() if p.suffix.lower() in _ARTICLE_SUFFIXES)
        if not files:
            raise ArticleError(
                f"The corpus folder {corpus} holds no article files: expected .txt, .md or .json "
                "files. Put the articles there, or give a JSON Lines file."
            )
        return [_read(str(file), file) for file in files]
    if corpus.is_file():
        return list(_read_lines(corpus))
    if corpus.exists():
        raise ArticleError(
            f"The corpus {corpus} is neither a folder nor a regular file (a pipe or a device): "
            "reading it could block or never end. Give a folder of articles or a JSON Lines file."
        )
    raise ArticleError(
        f"No corpus at {corpus}: expected a folder of articles or a JSON Lines file. "
        "Check the path."
    )


def _read(
    source: str, what: str | os.PathLike[str] | bytes, **metadata: Any
) -> Article | BatchError:
    try:
        return read_article(what, **metadata)
    except ClaimcheckError as error:
        return BatchError(source, str(error))


def _read_lines(path: Path) -> Iterator[Article | BatchError]:
    # Bytes, not text: each line is decoded by the rules of a single article (UTF-8 or a clear
    # error), so a stray Latin-1 byte is reported rather than checked as U+FFFD.
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            source = f"{path}:{number}"
            try:
                yield article_from_json_line(line.rstrip(b"\r\n"), what=source)
            except ClaimcheckError as error:
                yield BatchError(source, str(error))


def check_corpus(
    articles: Iterable[Article | BatchError],
    reference: Reference | str | os.PathLike[str] | pd.DataFrame | None = None,
    *,
    settings: Settings | None = None,
    engine: str = "local",
    client: Any = None,
    scheduler: str | None = None,
    progress: Callable[[int, int], object] | None = None,
) -> list[CheckResult | BatchError]:
    """Check many articles against one reference; results in the articles' order.

    Parameters
    ----------
    articles
        Articles (and reading errors, passed through) as :func:`read_corpus` gives them.
    reference
        As for :func:`claimcheck.check`; loaded once in this process, whatever the engine.
    settings
        One ``Settings`` for every article.
    engine
        ``"local"`` (this process) or ``"dask"``: the ``dask.distributed`` ``client`` given, the
        cluster at ``scheduler``, or a local cluster of one single-threaded process per core (the
        checks hold Python's lock, so threads do not help). Articles go to the workers in
        partitions; a reference read from a file goes by its path, and each worker loads it once
        (and checks it has the same bytes), so the workers must see the file at that path.
    scheduler
        The address of a running Dask scheduler (``"tcp://10.0.0.5:8786"``), for engine dask.
    progress
        Called as ``progress(done, total)`` after each article (local) or partition (dask).

    Examples
    --------
    >>> from claimcheck import read_article
    >>> corpus = [read_article("Soleimani was killed in a drone strike in Baghdad on January 3.",
    ...                        published="2020-02-05")]
    >>> [str(result.claims[0].verdict.label) for result in check_corpus(corpus)]
    ['supported']
    """
    if engine not in ENGINES:
        raise SettingsError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}.")
    if engine == "local" and (client is not None or scheduler is not None):
        raise SettingsError(
            "a Dask client or scheduler was given with engine 'local': use engine 'dask' to run "
            "on that cluster, or drop the client and scheduler."
        )
    settings = settings or Settings()
    if not isinstance(reference, Reference):
        reference = load_reference(reference)
    items = list(articles)
    if engine == "local":
        results = []
        for item in items:
            results.append(_check_one(item, reference, settings))
            if progress is not None:
                progress(len(results), len(items))
        return results
    return _check_on_dask(items, reference, settings, client, scheduler, progress)


def _check_one(
    item: Article | BatchError, reference: Reference, settings: Settings
) -> CheckResult | BatchError:
    if isinstance(item, BatchError):
        return item
    try:
        return check(item, reference, settings=settings)
    except ClaimcheckError as error:
        return BatchError(item.path or item.title or "article", str(error))


@dataclass(frozen=True, slots=True)
class _ReferenceFile:
    """What a worker needs to load the batch's reference itself: its path, name and bytes' hash."""

    path: str
    name: str
    file_sha256: str

    def load(self) -> Reference:
        reference = load_reference(self.path, name=self.name)
        if reference.file_sha256 != self.file_sha256:
            raise ReferenceDataError(
                f"The reference file {self.path} changed while the batch ran: expected bytes "
                f"with sha256 {self.file_sha256[:12]}, found {str(reference.file_sha256)[:12]}. "
                "Leave the file alone during a batch, or copy it and run the batch on the copy."
            )
        return reference


def _check_partition(
    items: list[Article | BatchError], reference: Reference | _ReferenceFile, settings: Settings
) -> bytes:
    """The partition's results, pickled by ``_ResultPickler`` for the trip to the client."""
    # A worker loads a file once: load_reference keeps it for the life of the worker's process.
    loaded = reference.load() if isinstance(reference, _ReferenceFile) else reference
    buffer = io.BytesIO()
    _ResultPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(
        [_check_one(item, loaded, settings) for item in items]
    )
    return buffer.getvalue()


class _ResultPickler(pickle.Pickler):
    """Pickles the frozen dataclasses of a result by their fields' values, as pickle does, but
    with the fields' names looked up once per class (``result.field_names``): Python 3.11
    looks them up for every object, three quarters of the time a worker spent pickling."""

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        names = field_names(cls) if "__slots__" in cls.__dict__ else None
        if names is None:
            return NotImplemented
        return _rebuilt, (cls, tuple(getattr(obj, name) for name in names))


def _rebuilt(cls: type, values: tuple[Any, ...]) -> Any:
    """A frozen dataclass with slots from its fields' values, without running its ``__init__``
    (as pickle's own rebuilding does)."""
    made = object.__new__(cls)
    for name, value in zip(field_names(cls) or (), values, strict=True):
        object.__setattr__(made, name, value)
    return made


def _check_on_dask(
    items: list[Article | BatchError],
    reference: Reference,
    settings: Settings,
    client: Any,
    scheduler: str | None,
    progress: Callable[[int, int], object] | None,
) -> list[CheckResult | BatchError]:
    try:
        from dask.distributed import as_completed
    except ImportError:
        raise SettingsError(
            "engine 'dask' needs dask.distributed: pip install 'claimcheck-workbench[dask]', "
            "or use engine 'local'."
        ) from None
    own = client is None
    if own:
        client = _connect(scheduler)
    try:
        if reference.path is not None and reference.file_sha256 is not None:
            shared: Any = _ReferenceFile(reference.path, reference.name, reference.file_sha256)
        else:
            # A reference built from a DataFrame has no file to load: it goes once to each worker.
            shared = client.scatter(reference, broadcast=True)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        partitions = _partitions(items, workers)
        futures = [
            client.submit(_check_partition, part, shared, settings, pure=False)
            for part in partitions
        ]
        done: dict[Any, list[CheckResult | BatchError]] = {}
        # this client's loop: it is not the default client, which may be another's or none
        for future, results in as_completed(futures, loop=client.loop, with_results=True):
            done[future.key] = pickle.loads(results)
            if progress is not None:
                progress(sum(map(len, done.values())), len(items))
        return [result for future in futures for result in done[future.key]]
    finally:
        if own:
            client.close()


def _connect(scheduler: str | None) -> Any:
    """A client of the scheduler at this address, or of a new local cluster of processes."""
    from dask.distributed import Client

    if scheduler is None:
        return Client(_local_cluster(os.cpu_count() or 1), set_as_default=False)
    try:
        return Client(scheduler, timeout=_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(
            f"Cannot reach the Dask scheduler at {scheduler!r} ({type(error).__name__}: "
            f"{error}). Expected a running scheduler at that address (started with "
            "`dask scheduler`, workers with `dask worker ADDRESS`); check the address and the "
            "network, or leave out --scheduler to run on a local cluster."
        ) from None


def _local_cluster(workers: int) -> Any:
    """A ``dask.distributed.LocalCluster`` of ``workers`` single-threaded processes, as the
    dask engine starts one when given no client or scheduler."""
    import dask
    from dask.distributed import LocalCluster

    # The workers' sampling profiler (the dashboard's profile page) reads their stacks a
    # hundred times a second: 5.8 against 4.9 CPU seconds on 200 articles, measured.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        # dashboard_address ":0": another notebook or batch may already hold port 8787.
        return LocalCluster(
            processes=True,
            n_workers=workers,
            threads_per_worker=1,
            dashboard_address=":0",
        )


def _partitions(
    items: list[Article | BatchError], workers: int
) -> list[list[Article | BatchError]]:
    """Articles in contiguous runs, each a share of those left, so the runs shrink to single
    articles at the end (with runs of one size, one worker still checked its last run while
    the others had finished theirs: a tenth of a short batch on two workers); the results come
    back in order by concatenating the runs.

    >>> [len(part) for part in _partitions(list(range(40)), workers=2)]
    [10, 7, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1]
    """
    partitions, start = [], 0
    while start < len(items):
        left = len(items) - start
        size = max(1, min(_MAX_PARTITION, left // (workers * _SHARES_PER_WORKER)))
        partitions.append(items[start : start + size])
        start += size
    return partitions


def write_results(
    results: Iterable[CheckResult | BatchError], path: str | os.PathLike[str]
) -> tuple[int, int]:
    """Write results as JSON Lines (one result document, or one error, a line).

    Returns the counts of checked and failed articles. The file is written beside its target
    and renamed into place, so a failed batch never leaves half a file.
    """
    checked = failed = 0
    with atomic_writer(path, what="--out") as out:
        for result in results:
            if isinstance(result, BatchError):
                failed += 1
                line = json.dumps(
                    {"source": result.source, "error": result.error}, ensure_ascii=False
                )
            else:
                checked += 1
                line = result.to_json(indent=None).rstrip("\n")
            out.write(line + "\n")
    return checked, failed
