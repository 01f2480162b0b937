"""Learner profiles: create, rename, delete, settings, and names that can never reach another
learner's data."""

from __future__ import annotations

import copy
import json
import pickle
import shutil
import tempfile
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Learner, LearnerSettings, Mode, Store, StoreError, learner_key
from tests.progress.helpers import GEO, answer


def test_create_and_list_learners_sorted_by_name(store: Store) -> None:
    """Learners come back by name, whatever order they were made in, with their settings."""
    store.create_learner("Zoë", LearnerSettings(extra_time_factor=1.5, font_size=18))
    store.create_learner("adam")
    names = [x.name for x in store.learners()]
    assert names == ["adam", "Zoë"]
    zoe = store.find_learner("zoë")
    assert zoe is not None
    assert zoe.settings == LearnerSettings(extra_time_factor=1.5, font_size=18)


def test_learners_survive_reopening(folders: Paths, clock: FakeClock) -> None:
    """A learner made in one run of the app is there in the next."""
    with Store.open(folders, clock) as first:
        made = first.create_learner("Ana")
    with Store.open(folders, clock) as second:
        assert second.learners() == [made]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ana", "ana"),
        ("Ana", "  Ana  "),
        ("Åsa", "A\u030asa"),  # composed and decomposed forms of the same letter
        ("STRASSE", "straße"),
    ],
)
def test_names_differing_only_in_case_or_unicode_form_are_one_learner(
    store: Store, first: str, second: str
) -> None:
    """A second learner whose name only differs in case, spaces or Unicode form is refused."""
    store.create_learner(first)
    with pytest.raises(StoreError, match="already a learner"):
        store.create_learner(second)
    assert store.find_learner(second) is not None
    assert learner_key(first) == learner_key(second)  # the key the classroom's results carry


@pytest.mark.parametrize("bad", ["", "   ", "x" * 101])
def test_unusable_names_are_refused_with_a_plain_message(store: Store, bad: str) -> None:
    """Empty and overlong names are refused before anything is written."""
    with pytest.raises(StoreError) as caught:
        store.create_learner(bad)
    assert "name" in caught.value.message
    assert store.learners() == []


def test_rename_keeps_history_and_refuses_a_taken_name(store: Store, clock: FakeClock) -> None:
    """Renaming changes only the name; answers stay; a name in use by another is refused."""
    ana = store.create_learner("Ana")
    store.create_learner("Ben")
    attempt = store.start_attempt(ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={})
    store.record_answer(attempt, answer(clock.now()), {})
    renamed = store.rename_learner(ana.id, "Ana María")
    assert renamed.name == "Ana María"
    assert store.learner(ana.id).name == "Ana María"
    assert store.stats(ana.id).answers == 1
    with pytest.raises(StoreError, match="already a learner"):
        store.rename_learner(ana.id, "BEN")
    store.rename_learner(ana.id, "ana maría")  # their own name in another case is fine


def test_settings_are_saved_and_validated(store: Store, ana: Learner) -> None:
    """Extra time, font size and language are kept per learner; impossible values are refused
    plainly."""
    store.update_settings(ana.id, LearnerSettings(2.0, font_size=24, language="de"))
    assert store.learner(ana.id).settings == LearnerSettings(2.0, 24, "de")
    with pytest.raises(StoreError, match="language"):
        LearnerSettings(language="German; DROP TABLE")
    with pytest.raises(StoreError, match="extra-time"):
        LearnerSettings(extra_time_factor=0.5)
    with pytest.raises(StoreError, match="font size"):
        LearnerSettings(font_size=2)


def test_settings_are_values_that_cannot_change() -> None:
    """Settings compare and hash by value and cannot be changed in place; copies and pickles
    are equal to them; a changed copy is checked like new settings."""
    settings = LearnerSettings(1.5, 18, "de")
    assert settings == LearnerSettings(extra_time_factor=1.5, font_size=18, language="de")
    assert settings != LearnerSettings(1.5, 18) and settings != (1.5, 18, "de")
    assert len({settings, LearnerSettings(1.5, 18, "de")}) == 1
    assert repr(settings) == "LearnerSettings(extra_time_factor=1.5, font_size=18, language='de')"
    with pytest.raises(AttributeError):
        settings.font_size = 20  # type: ignore[misc]
    assert copy.deepcopy(settings) == pickle.loads(pickle.dumps(settings)) == settings
    assert settings.replace(font_size=None) == LearnerSettings(1.5, None, "de")
    assert settings.font_size == 18
    with pytest.raises(StoreError, match="font size"):
        settings.replace(font_size=99)


def test_pending_learner_changes_are_kept_readably_when_the_app_quits(
    store: Store, ana: Learner
) -> None:
    """A settings change the disk refused is written to the fallback file with its fields by
    name."""
    from quizapp.progress import writes

    text = writes.to_json([writes.UpdateSettings(ana.id, LearnerSettings(2.0, 24, "de"))])
    assert json.loads(text)["writes"] == [
        {
            "write": "UpdateSettings",
            "id": ana.id,
            "settings": {"extra_time_factor": 2.0, "font_size": 24, "language": "de"},
        }
    ]


def test_delete_removes_every_trace_of_that_learner_only(store: Store, clock: FakeClock) -> None:
    """Deleting a learner removes their attempts, answers, statistics and schedule; others stay."""
    ana = store.create_learner("Ana")
    ben = store.create_learner("Ben")
    for who in (ana, ben):
        attempt = store.start_attempt(
            who.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
        )
        store.record_answer(attempt, answer(clock.now(), correct=False), {})
    store.delete_learner(ana.id)
    assert [x.name for x in store.learners()] == ["Ben"]
    with pytest.raises(StoreError):
        store.learner(ana.id)
    conn = store.connection
    for table in ("attempts", "answers", "learner_totals", "question_stats", "review_cards"):
        owners = {r[0] for r in conn.execute(f"SELECT learner_id FROM {table}")}
        assert owners == {ben.id}, table
    assert store.stats(ben.id).answers == 1


HOSTILE = [
    "x' OR '1'='1",
    "Robert'); DROP TABLE learners;--",
    '"; DELETE FROM answers; --',
    "%",
    "_",
    "名前",
    "🙂",
    "Ana\nBen",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_name_is_just_a_name(store: Store, clock: FakeClock, name: str) -> None:
    """SQL-looking or odd names are stored verbatim and reach only their own learner's data."""
    other = store.create_learner("Other")
    attempt = store.start_attempt(other.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={})
    store.record_answer(attempt, answer(clock.now()), {})
    made = store.create_learner(name)
    assert store.find_learner(name) == made
    assert store.learner(made.id).name == name.strip()
    assert store.stats(made.id).answers == 0
    assert store.stats(other.id).answers == 1
    assert {x.name for x in store.learners()} == {"Other", name.strip()}


names = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=names, second=names)
def test_any_two_different_names_keep_separate_data(
    tmp_path: Path, first: str, second: str
) -> None:
    """For any Unicode names, each learner's lookups and statistics see only their own answers."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    clock = FakeClock()
    try:
        with Store.open(paths.resolve(data_dir=folder), clock, tz=UTC) as store:
            a = store.create_learner(first)
            try:
                b = store.create_learner(second)
            except StoreError:
                assert store.find_learner(second) == a  # the same name in another form
                return
            attempt = store.start_attempt(
                a.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
            )
            store.record_answer(attempt, answer(clock.now()), {})
            assert store.find_learner(first) == a
            assert store.find_learner(second) == b
            assert store.stats(a.id).answers == 1
            assert store.stats(b.id).answers == 0
            assert store.attempts(b.id) == []
    finally:
        shutil.rmtree(folder)
