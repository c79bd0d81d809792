"""Language identification: langdetect, seeded and on a bounded prefix, then a function-word check
for the languages langdetect cannot tell from Indonesian.

langdetect has no profile for Malay or for the regional languages of Indonesia and labels Javanese,
Sundanese, Minangkabau and the others `id` with a probability above 0.95 (measured on NusaX). When
langdetect names a target language, the page's function words decide whether it is really another
language of the archipelago (`pipeline/langid.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

from pipeline.text import has_letters

UNDETERMINED = "und"
_WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    score: float
    indonesian_share: float = 0.0  # share of words that are Indonesian function words
    regional_share: float = 0.0  # the same for the closest other language of the lexicon
    regional_language: str | None = None


@dataclass(frozen=True, slots=True)
class _Profile:
    code: str
    words: frozenset[str]
    suffixes: tuple[str, ...]

    def hits(self, words: list[str]) -> int:
        if self.suffixes:
            return sum(w in self.words or (len(w) > 4 and w.endswith(self.suffixes)) for w in words)
        return sum(w in self.words for w in words)


class FunctionWordCheck:
    """Tells Indonesian from regional languages and Malay by their function words."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.indonesian = frozenset(w.casefold() for w in data["indonesian"]["function_words"])
        regional = data["regional"]
        self.min_regional_share = float(regional["min_share"])
        self.min_regional_ratio = float(regional["min_ratio"])
        self.regional = [
            _Profile(code, frozenset(w.casefold() for w in spec["words"]), tuple(spec.get("suffixes", ())))
            for code, spec in sorted(regional.items())
            if isinstance(spec, dict)
        ]
        malay = data["malay"]
        self.malay = _Profile(malay["code"], frozenset(w.casefold() for w in malay["words"]), ())
        self.malay_min_markers = int(malay["min_markers"])
        self.malay_min_distinct = int(malay["min_distinct_markers"])
        self.malay_min_share = float(malay["min_share"])

    def check(self, text: str) -> tuple[str | None, float, float, str | None]:
        """(language that overrides Indonesian or None, Indonesian share, closest other share, its code).

        >>> check = FunctionWordCheck(__import__("tomllib").load(open("pipeline/langid.toml", "rb")))
        >>> check.check("Aku ora ngerti apa sing kudu tak lakoni saiki, nanging aku isih kepengin mulih.")[0]
        'jv'
        """
        words = [w.casefold() for w in _WORD_RE.findall(text)]
        n = len(words) or 1
        indonesian = sum(w in self.indonesian for w in words) / n
        best_code, best = None, 0.0
        for profile in self.regional:
            share = profile.hits(words) / n
            if share > best:
                best_code, best = profile.code, share
        if best >= self.min_regional_share and best >= self.min_regional_ratio * indonesian:
            return best_code, indonesian, best, best_code
        markers = [w for w in words if w in self.malay.words]
        if (
            len(markers) >= self.malay_min_markers
            and len(set(markers)) >= self.malay_min_distinct
            and len(markers) / n >= self.malay_min_share
        ):
            return self.malay.code, indonesian, len(markers) / n, self.malay.code
        return None, indonesian, best, best_code


class _NormalisedChars(dict[int, str]):
    """A `str.translate` table that maps each character as langdetect's `NGram.normalize` does,
    filled as characters are met (the mapping depends on the character alone)."""

    def __missing__(self, codepoint: int) -> str:
        normalised = NGram.normalize(chr(codepoint))
        self[codepoint] = normalised
        return normalised


_NORMALISED = _NormalisedChars()
_SPACES_RE = re.compile(" {2,}")


def prepared_text(text: str, max_chars: int) -> str:
    """The text langdetect's `Detector.append` keeps (URLs and e-mail addresses blanked, Vietnamese
    normalised, cut at `max_chars`, runs of spaces made one), without its loop over characters."""
    text = NGram.normalize_vi(Detector.MAIL_RE.sub(" ", Detector.URL_RE.sub(" ", text)))
    return _SPACES_RE.sub(" ", text[:max_chars])


def extract_ngrams(text: str, known: dict[str, list[float]]) -> list[str]:
    """The 1-, 2- and 3-grams of `text` that langdetect's profiles know, in the order and number of
    langdetect's `Detector._extract_ngrams` (which walks an `NGram` object a character at a time,
    with two method calls and a Unicode block search per character); the same state machine here,
    inlined, over text normalised once by `str.translate`. Words of two or more capitals are skipped.
    """
    result: list[str] = []
    grams, capital = " ", False
    for ch in text.translate(_NORMALISED):
        last = grams[-1]
        if last == " ":
            grams, capital = " ", False
            if ch == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        if ch != " " and ch in known:
            result.append(ch)
        if len(grams) >= 2:
            pair = grams[-2:]
            if pair in known:
                result.append(pair)
            if len(grams) == 3 and grams in known:
                result.append(grams)
    return result


class LanguageIdentifier:
    """A langdetect detector of its own (no module-level state), seeded so that the same text always
    gets the same answer, followed by the function-word check for target languages. Profiles load
    once per instance (~0.5 s): make one per worker."""

    def __init__(
        self,
        seed: int = 0,
        max_chars: int = 3000,
        targets: tuple[str, ...] = ("id",),
        data: dict | None = None,
    ) -> None:
        self._factory = DetectorFactory()
        self._factory.load_profile(PROFILES_DIRECTORY)
        self._factory.seed = seed
        self.max_chars = max_chars
        self.targets = targets
        self.function_words = FunctionWordCheck(data) if data is not None else None

    def identify(self, text: str) -> LanguageGuess:
        """The most probable language of the first `max_chars` characters.

        >>> LanguageIdentifier().identify("Saya pergi ke pasar untuk membeli sayur dan buah.").language
        'id'
        """
        sample = text[: self.max_chars]
        if not has_letters(sample):
            return LanguageGuess(UNDETERMINED, 0.0)
        detector = self._factory.create()
        # langdetect's own `append` and n-gram extraction, a character at a time in Python, cost
        # more than the rest of the detection: the same steps, faster (`tests/test_langid.py`
        # checks that they give langdetect's n-grams).
        detector.text = prepared_text(sample, detector.max_text_length)
        detector._extract_ngrams = lambda: extract_ngrams(detector.text, detector.word_lang_prob_map)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return LanguageGuess(UNDETERMINED, 0.0)
        language, score = best.lang, round(float(best.prob), 4)
        if self.function_words is None or language not in self.targets:
            return LanguageGuess(language, score)
        other, indonesian, share, closest = self.function_words.check(sample)
        if other is not None:
            # The score of an override: how far the other language's function words outweigh Indonesian's.
            language, score = other, round(share / (share + indonesian), 4) if share + indonesian else 0.0
        return LanguageGuess(language, score, round(indonesian, 4), round(share, 4), closest)
