"""Settings precedence (defaults < TOML < environment < CLI flags) and lexicon extension."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from pipeline.config import Settings, config_hash, deep_merge, load_rule_data, load_settings


def test_defaults() -> None:
    s = load_settings()
    assert s.language.targets == ["id"]
    assert s.filters.min_words == 50
    assert s.shard_bytes == 64 << 20


def test_toml_then_environment_then_flags(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "saring.toml"
    conf.write_text("workers = 3\n[filters]\nmin_words = 10\n[language]\nmin_score = 0.5\n")
    s = load_settings(conf)
    assert (s.workers, s.filters.min_words, s.language.min_score) == (3, 10, 0.5)

    monkeypatch.setenv("SARING_FILTERS__MIN_WORDS", "20")
    s = load_settings(conf)
    assert s.filters.min_words == 20  # the environment beats the file
    assert s.language.min_score == 0.5  # what the environment does not set stays from the file

    assert load_settings(conf, workers=7).workers == 7  # a CLI flag beats both
    assert load_settings(conf, workers=None).workers == 3  # an unset flag changes nothing


def test_unknown_setting_is_an_error(tmp_path: Path) -> None:
    conf = tmp_path / "saring.toml"
    conf.write_text("[filters]\nmin_wrods = 10\n")
    with pytest.raises(ValidationError):
        load_settings(conf)


def test_deep_merge_extends_lists_and_replaces_scalars() -> None:
    base = {"a": {"words": ["x", "y"], "max": 3}, "b": 1}
    merged = deep_merge(base, {"a": {"words": ["y", "z"], "max": 5}, "c": 2})
    assert merged == {"a": {"words": ["x", "y", "z"], "max": 5}, "b": 1, "c": 2}
    assert base == {"a": {"words": ["x", "y"], "max": 3}, "b": 1}  # not modified


def test_lexicon_file_relative_to_config_extends_packaged_lexicon(tmp_path: Path) -> None:
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / "extra.toml").write_text(
        '[boilerplate.navigation]\nlines = ["gabung grup telegram"]\n'
    )
    conf = tmp_path / "saring.toml"
    conf.write_text('[rules]\nlexicon_files = ["lex/extra.toml"]\n')
    data = load_rule_data(load_settings(conf))
    lines = data["boilerplate"]["navigation"]["lines"]
    assert "gabung grup telegram" in lines
    assert "beranda" in lines  # the packaged entries stay


def test_config_hash_follows_what_shapes_the_output() -> None:
    base = config_hash(Settings())
    assert config_hash(Settings(workers=8)) == base  # worker count does not change the output
    assert config_hash(Settings(filters={"min_words": 10})) != base
    extended = Settings(rules={"overrides": {"boilerplate": {"navigation": {"lines": ["klik di sini"]}}}})
    assert config_hash(extended) != base
