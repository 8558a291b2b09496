"""The case library (``zopa.store.cases``) on SQLite and PostgreSQL: versions are
numbered, never overwritten, never lost under concurrent saves, and a failed save writes
nothing."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import func, select

from zopa.errors import ScenarioError
from zopa.scenario import parse_scenario
from zopa.store.access import has_secret, hash_secret, set_secret, verify_hash, verify_secret
from zopa.store.cases import (
    CaseNotFoundError,
    VersionNotFoundError,
    VersionRow,
    add_version,
    check_scenario_text,
    create_case,
    get_case,
    get_version,
    list_cases,
    list_versions,
)
from zopa.store.db import Database


def _rows(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(VersionRow)) or 0)


def test_create_list_get(any_db: Database, example_text: str) -> None:
    first = create_case(any_db, example_text, author="ana", note="first reading")
    assert first.info.number == 1
    assert first.info.parent is None
    assert first.text == example_text  # YAML kept as written, comments and all
    second = create_case(any_db, example_text, name="Copy")
    cases = list_cases(any_db)
    assert [c.id for c in cases] == [second.info.case_id, first.info.case_id]
    case = get_case(any_db, first.info.case_id)
    assert case.name == "Russia-Ukraine talks, March 2022"
    assert case.latest.author == "ana"
    assert case.latest.note == "first reading"
    assert case.latest.created_at.tzinfo is not None
    assert get_version(any_db, first.info.case_id).scenario.name == case.name


def test_versions_are_numbered_and_never_overwritten(any_db: Database,
                                                     example_text: str) -> None:
    case_id = create_case(any_db, example_text).info.case_id
    changed = example_text.replace("reservation: [0.30, 0.40]     # no deal: a long war "
                                   "under sanctions", "reservation: 0.2")
    assert changed != example_text
    v2 = add_version(any_db, case_id, changed, author="bo", note="moved", parent=1)
    assert (v2.info.number, v2.info.parent) == (2, 1)
    assert get_version(any_db, case_id, 1).text == example_text
    assert get_version(any_db, case_id, 2).text == changed
    assert [v.number for v in list_versions(any_db, case_id)] == [1, 2]
    assert get_case(any_db, case_id).versions == 2


def test_json_is_stored_as_equivalent_yaml(any_db: Database, example_text: str) -> None:
    scenario = parse_scenario(example_text)
    text = json.dumps(scenario.to_dict())
    stored = create_case(any_db, text)
    assert not stored.text.lstrip().startswith("{")
    assert parse_scenario(stored.text) == scenario


def test_invalid_input_writes_nothing(any_db: Database, example_text: str) -> None:
    case_id = create_case(any_db, example_text).info.case_id
    before = _rows(any_db)
    bad = example_text.replace("neutrality: 20", "neutrality: -20")
    with pytest.raises(ScenarioError, match="weights"):
        add_version(any_db, case_id, bad)
    with pytest.raises(ScenarioError):
        create_case(any_db, "zopa: 2\n")
    with pytest.raises(CaseNotFoundError):
        add_version(any_db, 999, example_text)
    with pytest.raises(VersionNotFoundError):
        add_version(any_db, case_id, example_text, parent=7)
    with pytest.raises(ScenarioError, match="longer than"):
        add_version(any_db, case_id, example_text, author="x" * 201)
    assert _rows(any_db) == before
    assert get_case(any_db, case_id).versions == 1


def test_lookups_of_missing_things(any_db: Database, example_text: str) -> None:
    with pytest.raises(CaseNotFoundError):
        get_case(any_db, 1)
    with pytest.raises(CaseNotFoundError):
        list_versions(any_db, 1)
    case_id = create_case(any_db, example_text).info.case_id
    with pytest.raises(VersionNotFoundError):
        get_version(any_db, case_id, 2)
    with pytest.raises(CaseNotFoundError):
        get_version(any_db, case_id + 1, 1)


def test_concurrent_saves_lose_no_version(any_db: Database, example_text: str) -> None:
    case_id = create_case(any_db, example_text).info.case_id
    workers, each = 8, 6
    numbers: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def save(worker: int) -> None:
        for k in range(each):
            try:
                v = add_version(any_db, case_id, example_text, note=f"w{worker} #{k}")
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)
                return
            with lock:
                numbers.append(v.info.number)

    threads = [threading.Thread(target=save, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == list(range(2, 2 + workers * each))
    stored = list_versions(any_db, case_id)
    assert [v.number for v in stored] == list(range(1, 2 + workers * each))
    assert sorted(v.note for v in stored[1:]) == sorted(
        f"w{w} #{k}" for w in range(workers) for k in range(each))


def test_alias_bombs_are_refused() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + k)}: &{chr(98 + k)} [{', '.join(['*' + chr(97 + k)] * 10)}]\n"
        for k in range(6))
    with pytest.raises(ScenarioError, match="expands to more than"):
        check_scenario_text(bomb)


def test_yaml_tags_run_no_code() -> None:
    with pytest.raises(ScenarioError, match="invalid YAML"):
        check_scenario_text("!!python/object/apply:os.system ['true']\n")


def test_access_secret_is_stored_hashed(any_db: Database) -> None:
    assert not has_secret(any_db)
    with pytest.raises(ValueError, match="at least"):
        set_secret(any_db, "short")
    set_secret(any_db, "a long enough secret")
    assert verify_secret(any_db, "a long enough secret")
    assert not verify_secret(any_db, "a long enough secreT")
    set_secret(any_db, "another long secret")
    assert not verify_secret(any_db, "a long enough secret")
    stored = hash_secret("s3cret-s3cret", salt=b"0" * 16)
    assert "s3cret" not in stored
    assert stored.startswith("scrypt$")
    assert verify_hash("s3cret-s3cret", stored)
    assert not verify_hash("x", "garbage")


def test_migration_downgrades_and_upgrades(sqlite_db: Database) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from zopa.store import db as store_db

    config = Config()
    config.set_main_option("script_location", str(store_db._MIGRATIONS))
    with sqlite_db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert "cases" not in inspect(sqlite_db.engine).get_table_names()
    store_db.upgrade(sqlite_db.engine, "head")
    assert {"cases", "scenario_versions", "web_access"} <= set(
        inspect(sqlite_db.engine).get_table_names())
