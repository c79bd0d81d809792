"""The learned span model: what it cuts with the packaged weights (pitches in words written for these
tests, not in its training probes), the look-alikes it leaves, how its runs are formed and combined
with the lexicon rules', its weights file, and its trainer."""

from __future__ import annotations

import doctest
import gzip
import json
from dataclasses import replace
from pathlib import Path

import pytest

from evaluation.span_model import labelled_tokens, train, train_span_model
from pipeline.clean import DocumentCleaner
from pipeline.config import Settings, config_hash
from pipeline.normalise import normalise_text
from pipeline.page import analyse_page
from pipeline.readers import sha256_hex
from pipeline.rules import Ruleset, span_model
from pipeline.rules.span_model import (
    BIAS,
    Lexicon,
    _runs,
    _widened,
    detect_inserted_pitches,
    line_tokens,
    page_token_features,
    read_weights,
    write_weights,
)
from schemas import RawDocument
from tests.helpers import clean, flagged

TITLE = "Kota Siapkan Dana Perbaikan Saluran Air"
BEFORE = (
    "Pemerintah kota menyiapkan anggaran tambahan untuk memperbaiki saluran air di kawasan padat penduduk."
)
AFTER = (
    "Menurut kepala dinas, pekerjaan dimulai bulan depan dan ditargetkan selesai sebelum musim hujan tiba."
)
MORE = [
    "Warga berharap perbaikan itu mengurangi genangan yang selama ini mengganggu aktivitas sehari-hari. "
    "Banjir tahun lalu merendam ratusan rumah di dua kelurahan.",
    "Rapat koordinasi digelar di kantor wali kota pada Senin pagi dan dihadiri perwakilan berbagai "
    "instansi. Mereka juga membahas rencana pembangunan pasar baru.",
]


DISABLED = Settings(rules={"overrides": {"span_model": {"enabled": False}}})


def cleaned(paragraph: str, settings: Settings | None = None) -> str:
    """The kept text of an article holding `paragraph` between two of its own, cleaned as a whole."""
    text = "\n\n".join([TITLE, BEFORE, paragraph, AFTER, *MORE])
    raw = RawDocument(source="t.txt", content=text, content_type="text", raw_sha256=sha256_hex(text.encode()))
    outcome = DocumentCleaner(settings or Settings()).clean(raw)
    assert outcome.kept is not None
    return outcome.kept.text


def packaged_lexicon() -> Lexicon:
    return Lexicon.from_data({"enabled": True})


@pytest.fixture(scope="module")
def packaged() -> Lexicon:
    return packaged_lexicon()


def test_the_module_example_holds() -> None:
    assert doctest.testmod(span_model).failed == 0


def _configured(settings: Settings) -> Lexicon:
    return next(
        lex for rule, lex in Ruleset.from_settings(settings).rules if rule.id == "injected_spam.span_model.v1"
    )


def test_on_by_default_and_off_with_enabled_false() -> None:
    assert _configured(Settings()).enabled
    assert _configured(Settings()).topic is not None  # the spam rules' lexicon, composed in by `Ruleset`
    assert not _configured(DISABLED).enabled
    page = analyse_page(
        f"{TITLE}\n\n{BEFORE} Pekerjaan sampingan dari rumah, cukup modal HP, cair tiap hari. {AFTER}"
    )
    assert list(detect_inserted_pitches(page, _configured(Settings()))) != []
    assert list(detect_inserted_pitches(page, _configured(DISABLED))) == []


def test_the_packaged_settings_are_the_defaults_of_from_data() -> None:
    """A settings file that names only some keys gets the packaged values for the rest."""
    assert replace(_configured(Settings()), topic=None) == packaged_lexicon()


# Pitches the lexicons do not name, in shapes a spammer's script uses: (paragraph, the pitch, the host
# text that must stay).
PITCHES = [
    (
        "Petani di Grobogan mulai memanen jagung lebih awal tahun ini. Mau penghasilan harian tanpa modal? "
        "Cukup kerja santai dari rumah pakai HP, hasil langsung cair tiap sore. Dinas pertanian "
        "memperkirakan hasil panen naik sepuluh persen.",
        "Cukup kerja santai dari rumah pakai HP, hasil langsung cair tiap sore.",
        ["Petani di Grobogan mulai memanen jagung lebih awal tahun ini.", "hasil panen naik sepuluh persen."],
    ),
    (
        "Jembatan gantung di Desa Sukamaju (dicari reseller produk herbal, untung besar tanpa stok barang) "
        "akhirnya diperbaiki oleh warga secara swadaya.",
        "dicari reseller produk herbal, untung besar tanpa stok barang",
        ["Jembatan gantung di Desa Sukamaju", "akhirnya diperbaiki oleh warga secara swadaya."],
    ),
    (
        "Pelatih tim sepak bola daerah itu menyiapkan latihan fisik tambahan, ramuan perkasa pria tahan lama "
        "tanpa efek samping, menjelang babak final.",
        "ramuan perkasa pria tahan lama tanpa efek samping",
        ["Pelatih tim sepak bola daerah itu menyiapkan latihan fisik tambahan", "menjelang babak final."],
    ),
    (
        "Harga beras medium di pasar tradisional turun tipis pekan ini. Melayani pembuatan SIM tanpa tes, "
        "proses sehari langsung jadi. Pedagang berharap harga tetap stabil.",
        "Melayani pembuatan SIM tanpa tes, proses sehari langsung jadi.",
        [
            "Harga beras medium di pasar tradisional turun tipis pekan ini.",
            "Pedagang berharap harga tetap stabil.",
        ],
    ),
    (
        "Festival kuliner digelar di alun-alun kota selama tiga hari — titip dana mulai sejuta dijamin balik "
        "dua kali lipat dalam seminggu.",
        "titip dana mulai sejuta dijamin balik dua kali lipat dalam seminggu",
        ["Festival kuliner digelar di alun-alun kota selama tiga hari"],
    ),
]


@pytest.mark.parametrize(("paragraph", "pitch", "hosts"), PITCHES)
def test_a_pitch_in_other_words_is_cut_and_its_host_stays(
    paragraph: str, pitch: str, hosts: list[str]
) -> None:
    text = cleaned(paragraph)
    assert pitch not in text
    for host in hosts:
        assert host in text
    assert "()" not in text  # the brackets went with what they held


def test_the_pitches_are_the_span_models_to_cut() -> None:
    """Without the model, the lexicon rules leave these pitches: the tests above are about it."""
    for paragraph, pitch, _ in PITCHES:
        assert pitch in cleaned(paragraph, DISABLED)


LOOKALIKES = [
    "Satgas PASTI mengimbau masyarakat waspada terhadap tawaran investasi yang menjanjikan keuntungan "
    "3 persen per hari.",
    "Polisi menangkap dua perekrut kerja palsu yang menjanjikan gaji jutaan rupiah tanpa pengalaman "
    "kepada korban.",
    "Bank daerah itu menyalurkan KUR dengan bunga 6 persen per tahun tanpa agunan tambahan untuk "
    "usaha mikro.",
    "Apoteker mengingatkan agar obat pelangsing tidak dibeli tanpa resep dan izin edar BPOM.",
    "Lowongan kerja CPNS tahun ini dibuka untuk lulusan SMA hingga S2 melalui portal resmi pemerintah.",
    "Pegadaian membuka layanan gadai BPKB dengan proses pencairan satu hari kerja di seluruh cabang.",
]


@pytest.mark.parametrize("sentence", LOOKALIKES)
def test_prose_about_the_same_trades_stays(sentence: str) -> None:
    assert sentence in cleaned(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Satgas PASTI menghentikan investasi bodong berkedok robot trading profit harian tanpa risiko.",
        "Kominfo memblokir ribuan situs slot gacor sepanjang tahun ini.",
    ],
)
def test_a_run_in_a_sentence_about_the_trade_stays(sentence: str, packaged: Lexicon) -> None:
    """The words left around the run speak of the trade (`Satgas PASTI`, `memblokir`): the run is the
    news's object. Without the spam rules' words to tell it, and with the thresholds that weigh a short
    or one-word verdict (see the next tests) set lower, the model cuts it."""
    page = analyse_page(normalise_text("\n\n".join([TITLE, BEFORE, sentence, AFTER, *MORE])))
    lenient = replace(packaged, one_word_threshold=0.0, short_threshold=0.95)
    assert list(detect_inserted_pitches(page, lenient)) != []
    assert sentence in cleaned(sentence)


def test_a_run_next_to_one_a_lexicon_rule_found_is_left_to_that_rule() -> None:
    """The model's run reaches past the phrase the rules found into its host's words: the rules decided
    where that noise ends, and the host stays."""
    paragraph = "Kalau kepepet, agen bola terpercaya TigerJaya sementara bisa gunakan punya redmi 4a."
    text = cleaned(paragraph)
    assert "TigerJaya" not in text
    assert "Kalau kepepet," in text and "sementara bisa gunakan punya redmi 4a." in text


# --- when a run stands ------------------------------------------------------------------------------

# Hand-made weights: every word of a sentence holding `kode` scores high through the sentence's words.
ONE_WORD = {BIAS: -6.0, "s=kode": 12.0}
# Three words carry the verdict together: without any one of them, the other two still do.
SPREAD = {BIAS: -6.0, "s=ketik": 6.0, "s=kode": 6.0, "s=kirim": 6.0}
INSTRUCTION = "Ketik kode lalu kirim ke nomor itu."


def _flagged(text: str, model: Lexicon) -> list[str]:
    page = analyse_page(normalise_text(text))
    return [page.text[start:end] for start, end, _ in detect_inserted_pitches(page, model)]


def test_a_run_resting_on_one_word_is_dropped() -> None:
    text = f"{TITLE}\n\nWarga desa memanen padi. {INSTRUCTION} Hasilnya bagus tahun ini."
    one_word = Lexicon(True, ONE_WORD, 0.9, 0.5, 2, 0.85)
    assert _flagged(text, one_word) == [INSTRUCTION]
    assert _flagged(text, replace(one_word, one_word_threshold=0.7)) == []
    assert _flagged(text, Lexicon(True, SPREAD, 0.9, 0.5, 2, 0.85, one_word_threshold=0.7)) == [INSTRUCTION]


def test_a_run_that_is_a_whole_line_is_left_to_the_line_rules() -> None:
    model = Lexicon(True, ONE_WORD, 0.9, 0.5, 2, 0.85)
    alone = f"{TITLE}\n\n{BEFORE}\n\n{INSTRUCTION}\n\n{AFTER}"
    assert _flagged(alone, model) == [INSTRUCTION]
    assert _flagged(alone, replace(model, whole_lines=False)) == []
    within = f"{TITLE}\n\n{BEFORE} {INSTRUCTION} {AFTER}"
    assert _flagged(within, replace(model, whole_lines=False)) == [INSTRUCTION]


def test_a_page_of_news_about_the_trade_is_left_to_the_lexicon_rules() -> None:
    """The page names the trade in its own lines; a sentence quoting its promise, in words that say
    nothing of the trade themselves, is news."""
    topic = _configured(Settings()).topic
    model = Lexicon(True, {BIAS: -6.0, "s=cair": 12.0}, 0.9, 0.5, 2, 0.85, page_news_guard=True, topic=topic)
    promise = "Tawaran itu datang lewat pesan singkat dengan janji dana cepat cair."
    news = (
        f"OJK Tutup Ratusan Pinjol Ilegal\n\nOJK menutup 300 pinjol ilegal sepanjang bulan ini. {promise} "
        "Korban pinjol diminta segera melapor ke kantor polisi terdekat.\n\n"
        "Satgas juga mencatat aduan soal penagihan pinjol yang kasar."
    )
    assert _flagged(news, model) == []
    assert _flagged(news, replace(model, page_news_guard=False)) == [promise]
    other = f"{TITLE}\n\n{BEFORE} {promise} {AFTER}"
    assert _flagged(other, model) == [promise]


def test_a_run_that_is_a_whole_quotation_stays() -> None:
    """News of a scam quotes its promise: the text names the pitch, it does not make it."""
    model = Lexicon(
        True, {BIAS: -6.0, **{f"w={w}": 12.0 for w in ("dapatkan", "saldo", "gratis")}}, 0.9, 0.5, 2, 0.85
    )
    said = f'{TITLE}\n\n{BEFORE} Dinas meminta warga tidak mengklik iklan "dapatkan saldo gratis" di sana.'
    assert _flagged(said, model) == []
    assert _flagged(said.replace('"', ""), model) == ["dapatkan saldo gratis"]


def test_lines_past_max_line_chars_are_not_tagged() -> None:
    """A run-on line of megabytes would hold its words' features at once; the bound leaves it out."""
    long_line = " ".join([BEFORE] * 3)
    page = analyse_page(normalise_text(f"{TITLE}\n\n{BEFORE}\n\n{long_line}"))
    assert [line.text for line, _, _, _ in page_token_features(page, len(BEFORE))] == [BEFORE]
    assert [line.text for line, _, _, _ in page_token_features(page)] == [BEFORE, long_line]


# --- how runs are formed -----------------------------------------------------------------------------


def _model(**kw: float) -> Lexicon:
    return Lexicon(True, {}, kw.get("threshold", 0.8), kw.get("extend", 0.5), 2, kw.get("share", 0.85))


def test_a_run_needs_its_words_mean_chance_and_min_words() -> None:
    tokens = line_tokens("satu dua tiga empat lima")
    assert list(_runs(tokens, [0.1, 0.9, 0.95, 0.6, 0.1], _model())) == [(1, 4, pytest.approx(0.8167, 1e-3))]
    assert list(_runs(tokens, [0.1, 0.9, 0.95, 0.6, 0.1], _model(threshold=0.9))) == []
    assert list(_runs(tokens, [0.1, 0.99, 0.1, 0.1, 0.1], _model())) == []  # one word alone


def test_a_run_filling_its_sentence_takes_it_whole_with_what_wraps_it() -> None:
    text = "Harga naik. Dapatkan untung harian sekarang juga. Warga resah."
    tokens = line_tokens(text)
    first = next(i for i, t in enumerate(tokens) if t.raw == "untung")
    past = next(i for i, t in enumerate(tokens) if t.raw == "juga") + 1
    start, end = _widened(text, tokens, first, past, 0.8)
    assert text[start:end] == "Dapatkan untung harian sekarang juga."
    start, end = _widened(text, tokens, first, past, 0.9)
    assert text[start:end] == "untung harian sekarang juga"
    text = "Jalan desa (untung harian pasti) diperbaiki."
    tokens = line_tokens(text)
    start, end = _widened(text, tokens, 3, 6, 0.85)
    assert text[start:end] == "(untung harian pasti)"


# --- the weights file --------------------------------------------------------------------------------


def test_weights_round_trip_and_write_the_same_bytes(tmp_path: Path) -> None:
    weights = {BIAS: -4.5, "w=cair": 2.123456, "s=polisi": -1.0}
    one, two = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    write_weights(one, weights)
    write_weights(two, dict(reversed(list(weights.items()))))
    assert one.read_bytes() == two.read_bytes()
    assert read_weights(one) == {BIAS: -4.5, "w=cair": 2.123, "s=polisi": -1.0}


def test_weights_of_another_shape_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("feature\tboilerplate\tinjected_spam\tplaceholder\n__bias__\t0\t0\t0\n")
    with pytest.raises(ValueError, match="feature<TAB>weight"):
        read_weights(path)


def test_other_weights_give_another_config_hash(tmp_path: Path) -> None:
    path = tmp_path / "w.tsv"
    write_weights(path, {BIAS: -1.0})
    settings = Settings(rules={"overrides": {"span_model": {"weights": str(path)}}})
    before = config_hash(settings)
    write_weights(path, {BIAS: -2.0})
    assert config_hash(settings) != before


def test_features_are_those_the_model_was_trained_on(packaged: Lexicon) -> None:
    """Every kind of feature the page gives a token has weights in the packaged file."""
    page = analyse_page(
        normalise_text(f"{TITLE}\n\n{BEFORE} Daftar sekarang di WA 0812-0000-1111!\n\n{AFTER}")
    )
    kinds = {
        f.split("=")[0]
        for _, _, own, shared in page_token_features(page)
        for feats in [*own, *shared]
        for f in feats
    }
    assert kinds <= {f.split("=")[0] for f in packaged.weights}


# --- the trainer -------------------------------------------------------------------------------------


def test_labelled_tokens_label_the_span_and_leave_out_skipped_noise() -> None:
    text = "Judul Berita\n\nHarga cabai naik, cuan harian pasti, kata pedagang. Baca juga: Banjir"
    spam = (text.index("cuan"), text.index("pasti") + len("pasti"))
    skip = (text.index("Baca"), len(text))
    rows = list(labelled_tokens(text, [spam], [skip]))
    words = [next(f[2:] for f in feats if f.startswith("w=")) for feats, _, _ in rows]
    assert [w for w, (_, label, _) in zip(words, rows, strict=True) if label] == ["cuan", "harian", "pasti"]
    assert "baca" not in words and "harga" in words
    heavy = list(labelled_tokens(text, [], [], (text.index("Harga"), text.index(","))))
    assert [weight for _, _, weight in heavy][:4] == [5.0, 5.0, 5.0, 1.0]


def test_train_separates_what_the_labels_separate() -> None:
    rows = [((BIAS, "w=cuan", "r=harian"), 1, 1.0)] * 20
    rows += [((BIAS, "w=harga", "r=naik"), 0, 1.0)] * 200
    model = Lexicon(True, train(rows, epochs=200, rate=0.1), 0.8, 0.5, 2, 0.85)
    assert model.score([BIAS, "w=cuan", "r=harian"]) > 2
    assert model.score([BIAS, "w=harga", "r=naik"]) < -2


def test_train_span_model_writes_weights_from_probes_inventories_and_real_text(tmp_path: Path) -> None:
    probes = tmp_path / "probes"
    probes.mkdir()
    host = "Warga desa bergotong royong membersihkan saluran air setiap Minggu pagi."
    records = [
        {"text": host.replace("air", "air cuan harian pasti cair"), "spam": ["cuan harian pasti cair"]},
        {"text": host.replace("pagi", "pagi cuan harian tanpa modal"), "spam": ["cuan harian tanpa modal"]},
    ]
    (probes / "inline_spam_x.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    (probes / "inline_clean_x.jsonl").write_text(json.dumps({"text": host}) + "\n", encoding="utf-8")
    out = tmp_path / "w.tsv.gz"
    counts = train_span_model(tmp_path / "work", out, "a", (1,), 12, probes, real_pages=5, epochs=30)
    assert counts["spam_tokens"] >= 4 and counts["content_tokens"] > 1000
    weights = read_weights(out)
    assert BIAS in weights and weights["w=cuan"] > 0


@pytest.mark.parametrize("command", ["train-span-model", "train-line-model"])
def test_the_trainers_refuse_an_unknown_inventory(command: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from saring.cli import app

    result = CliRunner().invoke(app, [command, "--out", str(tmp_path / "w.tsv.gz"), "--inventories", "az"])
    assert result.exit_code == 2
    assert "unknown noise inventory" in result.output and "z" in result.output
    assert not (tmp_path / "w.tsv.gz").exists()


# A sentence a lexicon phrase opens, whose offer goes on in words no lexicon names.
OPENED_BY_A_PHRASE = [
    ("Jual followers TikTok aktif murah, 1K cuma 12rb!", "Jual followers TikTok"),
    (
        "Beli likes Instagram asli Indonesia, proses cepat, garansi refill, harga termurah!",
        "Beli likes Instagram asli Indonesia,",
    ),
    ("Pesugihan tanpa tumbal, rezeki lancar dan utang lunas.", "Pesugihan tanpa tumbal,"),
]
HOST = "Harga bawang merah di Brebes anjlok menjadi Rp8.000 per kilogram akibat panen raya serentak."


@pytest.mark.parametrize(("pitch", "phrase"), OPENED_BY_A_PHRASE)
def test_a_sentence_a_phrase_opens_goes_whole_with_the_run_that_carries_it_on(
    pitch: str, phrase: str
) -> None:
    """The lexicon rules cut the phrase they know; the model's run over the rest of the sentence carries
    their cut on to its end (`extension_words`): those words read as a pitch without the phrase's words.
    The host sentence stays. Without the extension the rest of the offer is left behind."""
    text = f"{TITLE}\n\n{BEFORE}\n\n{HOST} {pitch}\n\n{AFTER}"
    settings = Settings()
    assert clean(text, Ruleset.from_settings(settings), settings).text.split("\n\n")[2] == HOST
    alone = Settings(rules={"overrides": {"span_model": {"extension_words": 0}}})
    left = clean(text, Ruleset.from_settings(alone), alone).text.split("\n\n")[2]
    assert left.startswith(HOST) and pitch.removeprefix(phrase).strip() in left


def test_a_run_does_not_carry_a_span_over_host_words() -> None:
    """Next to a phrase of the trade the model's chance spills onto the host's words (`berasal dari dana
    khusus`): without the phrase's words they do not read as a pitch, and the run is dropped."""
    settings = Settings()
    ruleset = Ruleset.from_settings(settings)
    inside = (
        "Kepala dinas mengatakan anggaran perbaikan pinjaman kilat 5 juta tanpa jaminan berasal dari dana "
        "khusus."
    )
    text = f"{TITLE}\n\n{BEFORE}\n\n{inside}\n\n{AFTER}"
    assert flagged(text, ruleset, "injected_spam") == ["pinjaman kilat 5 juta tanpa jaminan"]


def test_a_run_does_not_carry_a_span_in_a_paragraph_about_the_trade() -> None:
    """Next to news about the trade, the rules leave a sentence describing its offers as the news's own
    account; the model does not carry their cut of the site's name over it."""
    settings = Settings()
    told = (
        "Tawaran mereka dikirim lewat WhatsApp: daftar di aplikasi KantongCepat, cair 5 menit, tanpa ribet."
    )
    news = f"Polisi menangkap tiga pengelola pinjaman online ilegal yang menagih utang dengan ancaman. {told}"
    text = f"{TITLE}\n\n{BEFORE}\n\n{news}\n\n{AFTER}"
    assert told not in flagged(text, Ruleset.from_settings(settings), "injected_spam")


# --- a run that would leave a scrap of its sentence (`fragment_words`) -----------------------------

FRAGMENT_HOST = "Warga desa memperbaiki saluran irigasi pada Minggu pagi."
# ten words a toy model calls a pitch (with two more they fill 0.83 of a sentence: below `sentence_share`)
PITCH_WORDS = ("zuvo", "kelap", "mirta", "dosan", "pelik", "runa", "tavi", "gesar", "lomi", "parek")


def toy_model(packaged: Lexicon, scrap_weight: float, fragment_words: int) -> Lexicon:
    """A model that gives the pitch words a chance of 0.9975 and the word `sore` its bias plus
    `scrap_weight`, every other word 0.0025."""
    weights = {BIAS: -6.0, **{f"w={w}": 12.0 for w in PITCH_WORDS}, "w=sore": scrap_weight}
    return replace(packaged, weights=weights, one_word_threshold=0.0, fragment_words=fragment_words)


def toy_runs(model: Lexicon, sentence: str) -> list[str]:
    page = analyse_page(normalise_text(f"{TITLE}\n\n{FRAGMENT_HOST} {sentence}"))
    return [page.text[s:e] for s, e, _ in detect_inserted_pitches(page, model)]


def test_a_run_leaving_a_scrap_of_a_sentence_that_reads_as_prose_is_dropped(packaged: Lexicon) -> None:
    """Ten words of twelve score as a pitch, the two left (`sore ini`) do not: cut alone they would
    leave `sore ini.` hanging, and the sentence as a whole does not reach the threshold."""
    sentence = " ".join(PITCH_WORDS) + " sore ini."
    assert toy_runs(toy_model(packaged, 0.0, fragment_words=0), sentence) == [" ".join(PITCH_WORDS)]
    assert toy_runs(toy_model(packaged, 0.0, fragment_words=2), sentence) == []


def test_a_run_leaving_a_scrap_takes_its_sentence_when_the_whole_reads_as_a_pitch(packaged: Lexicon) -> None:
    """Two words left (`sore sore`, chance 0.45 each: below the run's edge) and a mean over the sentence
    of 0.91: the whole sentence goes, not the run with two words hanging after it."""
    sentence = " ".join(PITCH_WORDS) + " sore sore."
    assert toy_runs(toy_model(packaged, 5.8, fragment_words=0), sentence) == [" ".join(PITCH_WORDS)]
    assert toy_runs(toy_model(packaged, 5.8, fragment_words=2), sentence) == [sentence]
