"""Lexicons and thresholds are data: extending a rule's data file through the settings changes what it
flags with no code change, and `rules.disabled` turns rules off."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.rules import ALL_RULES, Ruleset
from tests.helpers import flagged

PAGE = (
    "Manfaat Minum Air Putih Setiap Pagi\n\n"
    "Minum air putih setelah bangun tidur membantu tubuh mengganti cairan yang hilang selama tidur.\n"
    "Para ahli gizi menyarankan minum dua gelas air putih menang wd terus sebelum sarapan agar "
    "metabolisme tubuh bekerja lebih baik.\n"
    "Pojok Redaksi\n"
    "Biasakan membawa botol minum sendiri agar kebutuhan cairan tercukupi sepanjang hari."
)

RULE_IDS = [
    "boilerplate.share_widget.v1",
    "boilerplate.counter.v1",
    "boilerplate.symbol_line.v1",
    "boilerplate.navigation.v1",
    "boilerplate.chrome_prefix.v1",
    "boilerplate.head_label.v1",
    "boilerplate.breadcrumb.v1",
    "boilerplate.dateline.v1",
    "boilerplate.story_dateline.v1",
    "boilerplate.media_marker.v1",
    "boilerplate.copyright.v1",
    "boilerplate.follow_call.v1",
    "boilerplate.photo_credit.v1",
    "boilerplate.comment_form.v1",
    "boilerplate.cookie_notice.v1",
    "boilerplate.pagination.v1",
    "boilerplate.byline.v1",
    "boilerplate.tag_list.v1",
    "boilerplate.read_more.v1",
    "boilerplate.end_code.v1",
    "boilerplate.related_link.v1",
    "boilerplate.chrome_line.v1",
    "duplicate_heading.title_repeat.v1",
    "duplicate_heading.repeated_heading.v1",
    "duplicate_heading.stacked_heading.v1",
    "table_of_contents.mirrored_list.v1",
    "table_of_contents.plain_list.v1",
    "keyword_stuffing.glued_keyword.v1",
    "keyword_stuffing.query_phrase.v1",
    "injected_spam.spam_line.v1",
    "injected_spam.inline_phrase.v1",
    "injected_spam.disguised_run.v1",
    "placeholder.verification_note.v2",
    "placeholder.reference_mark.v1",
    "placeholder.unfinished_attribution.v2",
    "placeholder.layout_talk.v2",
    "placeholder.template_token.v2",
    "placeholder.generator_residue.v2",
    "boilerplate.line_model.v1",
    "injected_spam.line_model.v1",
    "placeholder.line_model.v1",
    "injected_spam.span_model.v1",
]


def test_rule_ids_are_stable() -> None:
    assert [rule.id for rule in ALL_RULES] == RULE_IDS


def test_every_rule_describes_itself() -> None:
    for rule in ALL_RULES:
        description = rule.description.lower()
        assert "flags" in description and "leaves" in description, rule.id


def test_defaults_leave_the_new_strings_alone(ruleset: Ruleset) -> None:
    assert flagged(PAGE, ruleset) == []


def test_a_new_spam_phrase_through_overrides() -> None:
    settings = Settings(
        rules={"overrides": {"injected_spam": {"phrases": {"gambling": ["menang wd terus"]}}}}
    )
    ruleset = Ruleset.from_settings(settings)
    assert flagged(PAGE, ruleset) == ["menang wd terus"]
    # The packaged phrases are extended, not replaced.
    assert flagged(PAGE.replace("menang wd terus", "slot gacor"), ruleset) == ["slot gacor"]


def test_a_new_spam_market_through_overrides() -> None:
    # A template market combines with every packaged prefix: `keluaran`, `data`, `live draw`, ...
    settings = Settings(rules={"overrides": {"injected_spam": {"templates": {"markets": ["bullseye"]}}}})
    ruleset = Ruleset.from_settings(settings)
    for phrase in ["keluaran bullseye", "live draw bullseye", "data bullseye"]:
        assert flagged(PAGE.replace("menang wd terus", phrase), ruleset) == [phrase]


def test_a_new_navigation_label_through_a_lexicon_file(tmp_path: Path) -> None:
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[boilerplate.navigation]\nlines = ["pojok redaksi"]\n', encoding="utf-8")
    ruleset = Ruleset.from_settings(Settings(rules={"lexicon_files": [extra]}))
    assert flagged(PAGE, ruleset, "boilerplate.navigation") == ["Pojok Redaksi"]
    assert flagged(PAGE.replace("Pojok Redaksi", "Beranda"), ruleset, "boilerplate.navigation") == ["Beranda"]


def test_a_threshold_through_overrides() -> None:
    # Two `Penutup` headings stay by default; with the threshold lowered the second is a duplicate.
    text = (
        "Tips Hemat Listrik di Rumah\n\n"
        "Penutup\nCabut pengisi daya ponsel dari stopkontak setelah baterai penuh.\n"
        "Penutup\nMatikan lampu di ruangan yang tidak dipakai."
    )
    default = Ruleset.from_settings(Settings())
    assert flagged(text, default, "duplicate_heading") == []
    settings = Settings(
        rules={
            "overrides": {
                "duplicate_heading": {"repeated_heading": {"min_words": 1, "min_title_overlap": 0.0}}
            }
        }
    )
    assert flagged(text, Ruleset.from_settings(settings), "duplicate_heading") == ["Penutup"]


@pytest.mark.parametrize(
    ("disabled", "remaining"),
    [
        (["injected_spam.inline_phrase.v1"], ["Beranda"]),
        (["injected_spam"], ["Beranda"]),
        (["injected_spam", "boilerplate"], []),
        (["boilerplate.navigation"], ["slot gacor"]),
        ([], ["slot gacor", "Beranda"]),
    ],
)
def test_disabled_rules_do_not_run(disabled: list[str], remaining: list[str]) -> None:
    text = PAGE.replace("menang wd terus", "slot gacor").replace("Pojok Redaksi", "Beranda")
    ruleset = Ruleset.from_settings(Settings(rules={"disabled": disabled}))
    assert flagged(text, ruleset) == remaining
    assert [rule_id for rule_id in ruleset.rule_ids if rule_id.startswith(tuple(disabled))] == []
    assert len(ruleset.rule_ids) == len(RULE_IDS) - sum(r.startswith(tuple(disabled)) for r in RULE_IDS)
