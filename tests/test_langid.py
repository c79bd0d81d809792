"""Language identification: langdetect plus the function-word check for languages it cannot tell
from Indonesian. The examples were written for these tests (not taken from the lexicon's sources)."""

from __future__ import annotations

import pytest
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

from pipeline.config import Settings, load_rule_data
from pipeline.langid import FunctionWordCheck, LanguageIdentifier, extract_ngrams, prepared_text


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier(data=load_rule_data(Settings())["langid"])


REGIONAL = {
    "jv": (
        "Wingi sore aku lan kanca-kancaku mlaku-mlaku menyang alun-alun. Ing kana akeh wong sing dodolan "
        "panganan, nanging regane ora larang. Aku tuku wedang jahe kanggo ibuku, amarga dheweke lagi lara. "
        "Sawise iku awake dhewe mulih bareng nalika udan wis mandheg."
    ),
    "su": (
        "Kamari abdi sareng rerencangan angkat ka pasar. Di ditu seueur pisan nu ngical tuangeun, tapi "
        "hargana teu awis. Abdi mésér kuéh kanggo indung, margi anjeunna nuju teu damang. Saatos éta "
        "urang uih deui babarengan ka bumi, sabab hujan geus eureun."
    ),
    "min": (
        "Kapatang ambo jo kawan-kawan pai ka pasa. Di sinan banyak urang nan manjua makanan, tapi haragonyo "
        "indak maha. Ambo mambali kue untuak amak, dek karano inyo sadang sakik. Sudah tu kami pulang "
        "basamo-samo, karano hujan alah baranti."
    ),
    "bjn": (
        "Samalam ulun wan kakawanan tulak ka pasar. Di sana banyak urang nang bajualan wadai, tapi haraganya "
        "kada larang. Ulun manukar wadai gasan uma, tagal sidin lagi garing. Imbah itu kami bulik basamaan, "
        "amun hujan sudah baampih."
    ),
}

INDONESIAN = [
    "Kemarin saya dan teman-teman pergi ke pasar. Di sana banyak orang yang berjualan makanan, tetapi "
    "harganya tidak mahal. Saya membeli kue untuk ibu, karena beliau sedang sakit. Setelah itu kami "
    "pulang bersama, sebab hujan sudah berhenti.",
    "Bank Indonesia menahan suku bunga acuan pada rapat bulan ini. Menurut gubernur bank sentral, "
    "keputusan itu diambil untuk menjaga stabilitas nilai tukar rupiah di tengah ketidakpastian global. "
    "Inflasi tahunan tercatat 2,8 persen, masih dalam rentang sasaran.",
    # Indonesian that names places and dishes of other regions.
    "Wisatawan yang datang ke Yogyakarta biasanya mencicipi gudeg dan bakpia. Di Bandung, mereka mencari "
    "batagor dan surabi, sedangkan di Padang rendang menjadi menu wajib. Semua hidangan itu dapat ditemukan "
    "di pasar tradisional dengan harga terjangkau.",
]

MALAY = (
    "Kerajaan negeri memaklumkan bahawa bantuan akan diberikan kepada semua mangsa banjir. Menurut "
    "kenyataan itu, wang tunai sebanyak RM500 akan diagihkan selepas pendaftaran, iaitu pada minggu "
    "hadapan. Penduduk yang mahu memohon boleh berbuat demikian di pejabat daerah, kerana borang sahaja "
    "tidak mencukupi."
)


@pytest.mark.parametrize(("code", "text"), REGIONAL.items())
def test_regional_languages_are_not_taken_for_indonesian(
    identifier: LanguageIdentifier, code: str, text: str
) -> None:
    guess = identifier.identify(text)
    assert guess.language == code
    assert guess.regional_share > guess.indonesian_share * 0.75


@pytest.mark.parametrize("text", INDONESIAN)
def test_indonesian_stays_indonesian(identifier: LanguageIdentifier, text: str) -> None:
    guess = identifier.identify(text)
    assert guess.language == "id"
    assert guess.indonesian_share > 0.15


def test_malay_is_told_apart_by_its_own_spellings(identifier: LanguageIdentifier) -> None:
    assert identifier.identify(MALAY).language == "ms"


def test_english_is_left_to_langdetect(identifier: LanguageIdentifier) -> None:
    text = "The city opened a new park this weekend, with a running track and a small library for children."
    assert identifier.identify(text).language == "en"


def test_the_lexicon_is_data() -> None:
    data = load_rule_data(Settings(rules={"overrides": {"langid": {"regional": {"jv": {"words": ["zzq"]}}}}}))
    check = FunctionWordCheck(data["langid"])
    assert check.check("zzq zzq zzq ora sing lan")[0] == "jv"


LANGDETECT_EDGE_CASES = [
    *REGIONAL.values(),
    "Presiden meresmikan jalan tol baru di Jawa Tengah pada Senin (12/5) pagi.",
    "BERITA TERKINI  Harga BBM naik   hari ini, kata PT Pertamina (Persero) dan OJK.",
    "HaLo DuNiA ABC def GHi jKL   mno",  # capitals after capitals: words langdetect skips
    "Kunjungi https://contoh.co.id/berita?id=12&x=y atau surel redaksi.kami@contoh.co.id sekarang.",
    "Tiếng Việt có dấu: hoà, thuỷ, người, được",  # Vietnamese normalisation
    "東京は日本の首都です。ひらがな カタカナ 한국어 ㄅㄆㄇ",  # CJK, kana, hangul, bopomofo
    "ابجد فارسی ی — Ελληνικά и русский язык ÀÉÎ õü ß Ø ŞŢ șț",
    "x  y\t z\n\nakhir",
    "A",
]


@pytest.mark.parametrize("text", LANGDETECT_EDGE_CASES)
def test_langdetect_steps_done_faster_give_langdetects_own_result(text: str) -> None:
    # `identify` replaces langdetect's character-by-character `append` and n-gram extraction with
    # faster equivalents; they must give exactly langdetect's text and n-grams (order and count:
    # langdetect samples them at random, seeded), hence the same guesses.
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    detector = factory.create()
    detector.append(text)
    assert prepared_text(text, detector.max_text_length) == detector.text
    detector.cleaning_text()
    assert extract_ngrams(detector.text, detector.word_lang_prob_map) == detector._extract_ngrams()
