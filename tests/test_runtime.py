import gc

import pytest

from bot.runtime import YOUNG_COLLECTION_THRESHOLD, tune_garbage_collector


@pytest.fixture
def restored_gc():
    threshold = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_tuning_freezes_what_exists_and_raises_only_the_young_threshold(restored_gc):
    gc.set_threshold(700, 10, 10)
    tune_garbage_collector()
    assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, 10, 10)
    assert gc.get_freeze_count() > 0  # the modules and word lists imports built are frozen


def test_the_newsdesk_command_runs_main_in_a_tuned_process(restored_gc, monkeypatch, capsys):
    from bot import cli

    monkeypatch.setattr("sys.argv", ["newsdesk", "--help"])
    with pytest.raises(SystemExit):
        cli.entry()
    assert gc.get_threshold()[0] == YOUNG_COLLECTION_THRESHOLD
    assert "usage" in capsys.readouterr().out
