"""A seeded sample of the spam lexicon's own phrases, each carried on by a promise, a site's name or
both, or title-cased, inserted into plain host sentences: every run is flagged to its exact extent and
its host sentence keeps its words. The sample is drawn from `injected_spam.toml`, so a phrase added
there is exercised here too."""

from __future__ import annotations

import random
import tomllib

import pytest

from pipeline.config import RULE_DATA_DIR
from pipeline.rules import Ruleset
from tests.helpers import flagged

PROMISES = [
    "terpercaya", "asli", "murah", "resmi", "100% aman", "tanpa ribet", "no tipu", "amanah", "bergaransi",
    "cepat cair", "terbukti ampuh", "langsung acc", "paling gacor", "hari ini",
]  # fmt: skip
NAMES = ["Mawar77", "Bintang88", "Rajawali99", "Kencana303", "Pelangi4D", "Dewi69", "Melati123", "Cahaya5000"]
HOSTS = [
    "Pedagang sayur di sisi timur pasar itu {} mengaku omzetnya turun sejak jalan diperbaiki.",
    "Menurut kepala dinas, renovasi atap {} akan dimulai bulan depan bersama kontraktor lokal yang ditunjuk.",
    "Sejumlah warga berharap penataan kawasan {} bisa rampung agar arus lalu lintas kembali lancar.",
]
PAGE = "Pemerintah Kota Menata Ulang Pasar\n\nWarga menyambut baik rencana penataan pasar itu.\n\n{}"


def _sample(n: int, seed: int) -> list[tuple[str, str]]:
    with open(RULE_DATA_DIR / "injected_spam.toml", "rb") as fh:
        groups = tomllib.load(fh)["phrases"]
    rng = random.Random(seed)
    names = sorted(g for g in groups if g != "english")  # English runs are judged in English hosts
    cases = []
    for _ in range(n):
        run = rng.choice(groups[rng.choice(names)])
        roll = rng.random()
        if roll < 0.3:
            run = f"{run} {rng.choice(PROMISES)}"
        elif roll < 0.5:
            run = f"{run} {rng.choice(NAMES)}"
        elif roll < 0.65:
            run = f"{run} {rng.choice(PROMISES)} {rng.choice(NAMES)}"
        elif roll < 0.75:
            run = run.title()
        cases.append((run, rng.choice(HOSTS).format(run)))
    return cases


@pytest.mark.parametrize(("run", "line"), _sample(300, seed=7))
def test_a_sampled_run_is_flagged_to_its_extent_in_a_plain_host(
    run: str, line: str, ruleset: Ruleset
) -> None:
    assert flagged(PAGE.format(line), ruleset, "injected_spam") == [run]
