"""check_corpus and `claimcheck batch`: many articles, one reference, local or on Dask."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from claimcheck.batch import BatchError, check_corpus, read_corpus, write_results
from claimcheck.cli import main
from claimcheck.errors import ArticleError, ClusterError, SettingsError
from claimcheck.models import Label

ARTICLES = {
    "a.txt": "---\npublished: 2020-02-05\n---\nSoleimani was killed in a drone strike in Baghdad on January 3.",
    "b.md": "Iran held parliamentary elections on February 21, 2020.",
    "c.txt": "",  # empty: an error line, the batch goes on
}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    (folder / "notes.csv").write_text("not an article")
    return folder


@pytest.mark.parametrize("engine", ["local"])
def test_batch_checks_a_folder_in_name_order_and_keeps_going(engine, corpus, reference):
    results = check_corpus(read_corpus(corpus), reference, engine=engine)
    assert [type(r).__name__ for r in results] == ["CheckResult", "CheckResult", "BatchError"]
    assert results[0].claims[0].verdict.label is Label.SUPPORTED
    assert "empty" in results[2].error and results[2].source.endswith("c.txt")


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        (
            [
                '{"text": "Iran held parliamentary elections on February 21, 2020.", "title": "Vote"}',
                "not json",
                '{"no_text": 1}',
                "",
            ],
            ["CheckResult", "BatchError", "BatchError"],
        ),
    ],
)
def test_batch_reads_json_lines_naming_bad_lines(lines, kinds, tmp_path, reference):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n")
    results = check_corpus(read_corpus(corpus), reference)
    assert [type(r).__name__ for r in results] == kinds
    assert results[0].article.title == "Vote"
    assert results[1].source.endswith(":2")


@pytest.mark.parametrize("path", ["missing", "empty-folder"])
def test_batch_bad_corpus_is_a_clear_error(path, tmp_path):
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(ArticleError, match="corpus"):
        read_corpus(tmp_path / path)


@pytest.mark.parametrize("engine", ["threads"])
def test_batch_unknown_engine_is_refused(engine, reference):
    with pytest.raises(SettingsError, match="engine"):
        check_corpus([], reference, engine=engine)


def _references_loaded() -> list[str]:
    from claimcheck import reference

    return [path for path, _name, _sha in reference._LOADED]


def _data_kinds(dask_worker) -> list[str]:
    return [type(value).__name__ for value in dask_worker.data.values()]


@pytest.mark.parametrize("engine", ["dask"])
def test_batch_dask_gives_the_same_results_as_local(engine, corpus, reference, tmp_path):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    articles = read_corpus(corpus)
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, Client(cluster) as client:
        on_dask = check_corpus(articles, reference, engine=engine, client=client)
        check_corpus(articles, reference, engine=engine, client=client)
        # Each worker loaded the file itself, once, and no reference object was sent to it.
        loaded = client.run(_references_loaded)
        held = client.run(_data_kinds)
    assert sorted(loaded.values()) == [[reference.path], [reference.path]]
    assert all("Reference" not in kinds for kinds in held.values())
    local = check_corpus(articles, reference)
    write_results(on_dask, tmp_path / "dask.jsonl")
    write_results(local, tmp_path / "local.jsonl")
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()


@pytest.mark.parametrize("engine", ["local", "dask"])
@pytest.mark.parametrize("summary", ["checked 2 articles, 1 could not be read"])
def test_batch_cli_writes_json_lines(summary, engine, corpus, tmp_path, capsys):
    if engine == "dask":
        pytest.importorskip("dask.distributed")
    out = tmp_path / "results.jsonl"
    assert main(["batch", str(corpus), "--out", str(out), "--engine", engine]) == 0
    assert summary in capsys.readouterr().out
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [("error" in line) for line in lines] == [False, False, True]
    assert not isinstance(lines[0], BatchError) and lines[0]["schema"] == "claimcheck.result/1"


@pytest.mark.parametrize("source", ["path", "dataframe"])
def test_batch_dask_ships_the_reference_by_path_and_keeps_order(source, tmp_path):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    from claimcheck import load_reference, read_article
    from claimcheck.seeds import DEFAULT_REFERENCE

    reference = (
        load_reference(DEFAULT_REFERENCE)
        if source == "path"
        else load_reference(pd.read_csv(DEFAULT_REFERENCE, dtype=str))
    )
    texts = [
        "Soleimani was killed in a drone strike in Baghdad on January 3.",
        "Iran held parliamentary elections on February 21, 2020.",
        "Soleimani was killed in a drone strike in Baghdad on January 5.",
    ]
    # more articles than partitions, so the order comes from putting partitions back together
    articles = [read_article(t, published="2020-02-05") for t in texts * 7]
    seen = []
    with (
        LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        on_dask = check_corpus(
            articles,
            reference,
            engine="dask",
            client=client,
            progress=lambda done, total: seen.append((done, total)),
        )
    local = check_corpus(articles, reference)
    assert [r.to_json() for r in on_dask] == [r.to_json() for r in local]
    assert seen[-1] == (len(articles), len(articles)) and len(seen) > 1


@pytest.mark.parametrize("address", ["tcp://127.0.0.1:9"])
def test_batch_unreachable_scheduler_is_a_clear_error(address, corpus, reference, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setattr("claimcheck.batch._CONNECT_TIMEOUT", "1s")
    with pytest.raises(ClusterError, match="Cannot reach the Dask scheduler"):
        check_corpus(read_corpus(corpus), reference, engine="dask", scheduler=address)


@pytest.mark.parametrize("flags", [["--scheduler", "tcp://127.0.0.1:9"]])
def test_batch_cli_scheduler_needs_engine_dask(flags, corpus, tmp_path, capsys):
    assert main(["batch", str(corpus), "--out", str(tmp_path / "out.jsonl"), *flags]) == 2
    assert "--engine dask" in capsys.readouterr().err


@pytest.mark.parametrize(("articles", "workers"), [(0, 2), (1, 2), (40, 2), (200, 2), (1000, 3)])
def test_batch_partitions_are_contiguous_and_shrink_to_one(articles, workers):
    from claimcheck.batch import _MAX_PARTITION, _partitions

    items = list(range(articles))
    parts = _partitions(items, workers)
    assert [i for part in parts for i in part] == items
    sizes = [len(part) for part in parts]
    assert sizes == sorted(sizes, reverse=True) and all(1 <= n <= _MAX_PARTITION for n in sizes)
    assert not sizes or sizes[-1] == 1


@pytest.mark.parametrize("engine", ["local"])
def test_batch_results_come_back_from_a_worker_as_they_left(engine, corpus, reference):
    import pickle

    from claimcheck.batch import _check_partition
    from claimcheck.settings import Settings

    items = read_corpus(corpus)
    local = check_corpus(items, reference, engine=engine)
    shipped = pickle.loads(_check_partition(items, reference, Settings()))
    assert shipped == local  # the frozen dataclasses compare field by field, the error too
    assert [r.to_json() for r in shipped[:2]] == [r.to_json() for r in local[:2]]


@pytest.mark.parametrize("workers", [1])
def test_batch_local_cluster_workers_run_without_the_sampling_profiler(workers):
    pytest.importorskip("dask.distributed")
    import dask
    from dask.distributed import Client

    from claimcheck.batch import _local_cluster

    with _local_cluster(workers) as cluster, Client(cluster) as client:
        found = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert list(found.values()) == [False] * workers
    assert dask.config.get("distributed.worker.profile.enabled")  # this process's is untouched
