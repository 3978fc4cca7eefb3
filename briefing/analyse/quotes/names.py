"""The people an article names: their fullest names, roles, genders, and who opens each sentence."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import groupby

from briefing.analyse.lexicon import SENTENCE_BREAK
from briefing.analyse.quotes.lexicon import (
    ABBREVIATED_TITLES,
    ABBREVIATIONS,
    COURTESY,
    FEMALE_GIVEN_NAMES,
    GIVEN_NAME_HOMOGRAPHS,
    INSTITUTION_WORDS,
    MALE_GIVEN_NAMES,
    NAME_PARTICLES,
    NOT_NAMES,
    PEOPLES,
    ROLE_WORDS,
    TITLE_CASE_SMALL_WORDS,
)
from briefing.analyse.quotes.patterns import (
    AFTER_PREPOSITION,
    APPOSITION,
    AS_FOR,
    HYPHENATED_ROLE,
    PARENTHESIS,
    PROPER_RUN,
    RELATIVE_CLAUSE,
    SPEAKS,
    SPOKEN_BY,
    SUBJECT_PRONOUN,
    TITLE_OR_INITIAL,
    VERB_OR_APPOSITION,
)
from briefing.analyse.quotes.spans import Span, split_paragraphs
from briefing.analyse.words import parts_of_speech


def bare(word: str) -> str:
    """A name word without a possessive or trailing comma: "Clinton’s" -> "Clinton"."""
    return re.sub(r"[’']s?$", "", word.rstrip(","))

def is_abbreviation(word: str) -> bool:
    """ "J.", "Jr.", "U.S.", "Mr.": a final period that does not end a sentence."""
    lowered = word.lower()
    return len(word) == 2 or "." in word[:-1] or lowered in COURTESY \
        or lowered in ABBREVIATED_TITLES or lowered in ABBREVIATIONS


def name_runs(text: str, start: int = 0, stop: int | None = None):
    """(start, end, words) of each capitalised phrase, cut after a possessive ("the CIA's
    Benghazi base") and where a sentence ends inside it ("in Iowa. Trump said")."""
    stop = len(text) if stop is None else stop
    for match in PROPER_RUN.finditer(text, start, stop):
        words: list[str] = []
        run_start = match.start()
        for word_match in re.finditer(r"\S+", match.group()):
            word = word_match.group()
            if not words:
                run_start = match.start() + word_match.start()
            words.append(word)
            sentence_end = word.endswith(".") and not is_abbreviation(word)
            if sentence_end or re.search(r"[’']s?$", word):
                words[-1] = bare(word.rstrip(".")) if sentence_end else word
                yield run_start, match.start() + word_match.end() - sentence_end, words
                words = []
        if words:
            yield run_start, match.end(), words


def split_name(words: list[str]) -> tuple[list[str], list[str], str | None]:
    """(role words, name words, gender from a courtesy title) of a capitalised phrase:
    "Colombian President Iván Duque" -> (["Colombian", "President"], ["Iván", "Duque"])."""
    words = [bare(w) for w in words]
    # "Today Trump", "Will Trump": a word that is no name, unless a given name opens the name ("Will Doyle")
    while words and words[0].lower() in NOT_NAMES and not words[0].isupper() \
            and not (len(words) > 1 and given_name_gender(words[0])):
        words = words[1:]
    name_start = len(words)
    while name_start > 0 and words[name_start - 1].lower() not in ROLE_WORDS \
            and words[name_start - 1].lower() not in COURTESY and not HYPHENATED_ROLE.fullmatch(words[name_start - 1]):
        name_start -= 1
    if name_start == len(words) and len(words) > 1 and given_name_gender(words[-2]):
        name_start = len(words) - 2  # "Amy Pope", "John Bishop": a surname that is a role word too
    role, name = words[:name_start], words[name_start:]
    gender = None
    if role and role[-1].lower() in COURTESY:
        gender = COURTESY[role[-1].lower()]
        role = role[:-1]
    if name and name[0] == "of":  # "Secretary of State": the tail was all role words
        return words, [], gender
    if "of" in name:  # "Meenakshi Ganguly of Human Rights Watch"
        name = name[:name.index("of")]
    return role, name, gender


def given_name_gender(word: str) -> str | None:
    lowered = word.lower()
    return "f" if lowered in FEMALE_GIVEN_NAMES else "m" if lowered in MALE_GIVEN_NAMES else None


def as_role(words: list[str]) -> str | None:
    words = [ABBREVIATED_TITLES.get(w.lower(), w) for w in words]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or None


def looks_like_person(name: tuple[str, ...]) -> bool:
    # "LOS ANGELES, Sept. 28 (UPI) —": a dateline in capitals, not a person
    shouted = all(w.isupper() and len(w) > 1 for w in name)  # "NASA" is no he or she either
    given = 1 if len(name) > 1 and name[0].lower() in GIVEN_NAME_HOMOGRAPHS else 0
    return bool(name) and not shouted and not is_people(name) \
        and not any(w.lower() in INSTITUTION_WORDS for w in name[given:]) \
        and all(w[0].isupper() or w in NAME_PARTICLES for w in name)


def is_people(name: tuple[str, ...] | list[str]) -> bool:
    """"Americans", "Democrats": a people or a group; no person a sentence or a pronoun can be about
    (though an article may give words to them: “…,” Mexicans say)."""
    return " ".join(name).lower() in PEOPLES


def close_spelling(a: str, b: str) -> bool:
    """Two spellings of one surname: long enough to tell, the same first letter, one letter apart or so."""
    plain_a, plain_b = a.lower().replace("’", "'"), b.lower().replace("’", "'")
    return (len(a) >= 5 and len(b) >= 5 and a[0] == b[0] and plain_a != plain_b  # "O’Neill" stays as written
            and SequenceMatcher(None, plain_a, plain_b).ratio() >= 0.85)


def non_ascii(words: tuple[str, ...]) -> int:
    """Accented spellings count as fuller ("Iván" over "Ivan")."""
    return sum(ord(c) > 127 for w in words for c in w)


def title_case_opening(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The headline a paragraph is, or opens with before a colon ("Veto Power Impedes Peace
    Efforts: …"): a few words, every one capitalised but the small words titles leave in lower case."""
    colon = text.find(":", start, end)
    for stop in (end, colon) if colon > 0 else (end,):
        words = [w.strip("“”‘’'\"(),.!?:;—–-") for w in text[start:stop].split()]
        words = [w for w in words if w]
        capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
        if len(words) <= 25 and len(capitalised) >= 3 \
                and all(w in capitalised or w in TITLE_CASE_SMALL_WORDS for w in words):
            return start, stop
    return None


def role_in_apposition(text: str, position: int) -> str | None:
    """The role given in an apposition right after a name: ", the …," -> "…"."""
    match = APPOSITION.match(text, position)
    if not match:
        return None
    return as_role(RELATIVE_CLAUSE.sub("", match.group(1)).split())


@dataclass
class Mention:
    start: int
    end: int
    name: tuple[str, ...]
    role: str | None
    gender: str | None
    titled: bool  # came with a title or a role word ("Sen.", "President")
    subject: bool = False  # opens its sentence, or speaks


class Article:
    """One article prepared for attribution: the text with quoted words and short
    parentheses ("(R-Texas)") blanked out, its sentence starts and its names."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], spans: list[Span]):
        self.text = text
        # a no-break space ("constituent\xa0Dan Golvach") is a space between the words of a name
        chars = list(PARENTHESIS.sub(lambda m: " " * len(m.group()), text.replace("\xa0", " ")))
        for span in spans:
            chars[span.start:span.end] = " " * (span.end - span.start)
        self.masked = "".join(chars)
        self.sentence_starts = sorted({start for start, _ in paragraphs} | {
            m.end() for start, end in paragraphs
            for m in SENTENCE_BREAK.finditer(text, start, end)
            if not TITLE_OR_INITIAL.search(text, max(start, m.start() - 5), m.start() + 1)})
        self.lowercase_words = set(re.findall(r"\b[a-z]+\b", text))
        # every paragraph of the text, the headline too, though only the body is searched for quotes
        self.headlines = [headline for start, end in split_paragraphs(text)
                          if (headline := title_case_opening(text, start, end))]
        self.mentions = self._mentions()
        self.persons = self._persons()
        self._mark_subjects()
        self.genders = self._genders()

    def sentence_start(self, position: int) -> int:
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, position) - 1] \
            if self.sentence_starts and self.sentence_starts[0] <= position else 0

    def sentence_end(self, position: int, stop: int) -> int:
        """Where the sentence holding `position` ends (the next one starts), or `stop` if that comes first."""
        following = bisect.bisect_right(self.sentence_starts, position)
        return min(stop, self.sentence_starts[following]) if following < len(self.sentence_starts) else stop

    def _runs(self):
        """The capitalised phrases, a headline's cut at its common words, since there every word is
        capitalised ("Hillary Clinton Wins Delaware", "Clinton Wades In: Urges Britain to Remain")."""
        if not self.headlines:
            yield from name_runs(self.masked)
            return
        body = list(self.masked)
        for top, bottom in self.headlines:
            body[top:bottom] = " " * (bottom - top)
        capitalised = {bare(w) for w in re.findall(r"\b[A-Z]\S*", "".join(body))}

        def common(word: str) -> bool:  # a verb or an adjective the body does not capitalise ("Wins")
            name_word = bare(word.rstrip(",.:!?"))
            return (name_word.lower() in self.lowercase_words
                    or (name_word not in capitalised and bool(parts_of_speech(name_word) & {"VERB", "ADJ"}))) \
                and not given_name_gender(name_word) and name_word.lower() not in ROLE_WORDS

        for start, end, words in name_runs(self.masked):
            if not any(top <= start < bottom for top, bottom in self.headlines):
                yield start, end, words
                continue
            matches = re.finditer(r"\S+", self.masked[start:end])
            for is_common, stretch in groupby(matches, key=lambda m: common(m.group())):
                if not is_common:
                    kept = list(stretch)
                    yield start + kept[0].start(), start + kept[-1].end(), [m.group() for m in kept]

    def _mentions(self) -> list[Mention]:
        mentions = []
        for start, end, words in self._runs():
            sentence = self.sentence_start(start)
            if not self.masked[sentence:start].strip(" “\"‘'") \
                    and words[0].lower() in self.lowercase_words:
                words = words[1:]  # "Whatever Bloomberg does": a capital that opens a sentence
            role, name, gender = split_name(words)
            if not name or name[-1].lower() in NOT_NAMES:
                continue
            role_text = as_role(role) if role else role_in_apposition(self.masked, end)
            mentions.append(Mention(start, end, tuple(name), role_text, gender,
                                     bool(role) or gender is not None))
        return mentions

    def _persons(self) -> set[str]:
        """Surnames of the people named: full names, titled names, and names that speak."""
        return {m.name[-1] for m in self.mentions if looks_like_person(m.name) and (
            len(m.name) > 1 or m.titled or (self._speaks(m) and not self._qualifies_a_role(m)))}

    def _qualifies_a_role(self, mention: Mention) -> bool:
        """Whether the name only says whose role the next name holds: "said former Vermont governor
        Howard Dean" is Dean speaking, not Vermont."""
        role = re.match(r"[ \t]+((?:[a-z]+[ \t]+){1,2})[A-Z]", self.masked[mention.end:mention.end + 40])
        return role is not None and all(word in ROLE_WORDS for word in role.group(1).split())

    def _speaks(self, mention: Mention) -> bool:
        """Whether the mention is the subject of a speech verb: "X said", "said X"."""
        return bool(SPEAKS.match(self.masked, mention.end)
                    or SPOKEN_BY.search(self.masked, max(0, mention.start - 60), mention.start))

    def _mark_subjects(self) -> None:
        """Flag the person each sentence is about: the one that opens it (not after a preposition:
        "In Iowa, …"), followed by a verb or an apposition, else the one it ends on after a speech verb."""
        seen = set()
        for mention in self.mentions:
            sentence = self.sentence_start(mention.start)
            if sentence in seen or mention.name[-1] not in self.persons:
                continue
            if self._opens(mention, sentence) or self._ends_speaking(mention, sentence):
                mention.subject = True
                seen.add(sentence)

    def _opens(self, mention: Mention, sentence: int) -> bool:
        # the run may start with words that are not part of the name ("In California")
        name_start = self.masked.rindex(mention.name[0], mention.start, mention.end)
        # not "But he said he wants to see Clinton embrace …": the pronoun is the subject
        # ("As for Trump, he said …": the one the sentence is about, whom its pronoun stands for)
        topic = AS_FOR.fullmatch(self.masked, sentence, name_start) is not None
        return bool(VERB_OR_APPOSITION.match(self.masked, mention.end)) \
            and (topic or not AFTER_PREPOSITION.search(self.masked, sentence, name_start)) \
            and not SUBJECT_PRONOUN.search(self.masked, sentence, name_start)

    def _ends_speaking(self, mention: Mention, sentence: int) -> bool:
        """"…, noted NBC’s Dante Chinni.": the sentence ends on its speaker after the verb (not "he said Ryan.")."""
        verb = SPOKEN_BY.search(self.masked, max(sentence, mention.start - 60), mention.start)
        return verb is not None and re.search(r"[,”\"—–-][ \t]*$", self.masked[sentence:verb.start()]) is not None \
            and re.match(r"[ \t]*[.!?]", self.masked[mention.end:mention.end + 3]) is not None

    def _genders(self) -> dict[str, str]:
        """Gender by surname: from Mr./Ms., else from a given name, else from the he/she that
        follows the person as subject, in his sentence and the next."""
        genders = {m.name[-1]: m.gender for m in self.mentions if m.gender}
        # a given name tells, where all the people of that surname agree (Bill and Hillary Clinton do not)
        by_name: dict[str, set[str | None]] = {}
        for mention in self.mentions:
            if len(mention.name) > 1 and mention.name[-1] not in genders:
                by_name.setdefault(mention.name[-1], set()).add(given_name_gender(mention.name[0]))
        for surname, told in by_name.items():
            if len(told) == 1 and (gender := told.pop()) is not None:
                genders[surname] = gender
        votes: dict[str, list[int]] = {}
        for mention in self.mentions:
            if not mention.subject or mention.name[-1] in genders:
                continue
            following = bisect.bisect_right(self.sentence_starts, mention.start) + 1
            stop = self.sentence_starts[following] if following < len(self.sentence_starts) \
                else len(self.masked)
            pronouns = [p.lower() for p in re.findall(r"\b(he|she)\b", self.masked[mention.end:stop], re.IGNORECASE)]
            male, female = votes.setdefault(mention.name[-1], [0, 0])
            votes[mention.name[-1]] = [male + pronouns.count("he"), female + pronouns.count("she")]
        for surname, (male, female) in votes.items():
            if male != female:
                genders[surname] = "m" if male > female else "f"
        return genders

    def fullest(self, name: tuple[str, ...], position: int) -> tuple[str, ...]:
        """The fullest form of a name: the longest mention ending with the same surname and
        agreeing on the first name; with several first names, the one nearest before."""
        same_surname = [m for m in self.mentions if m.name[-1] == name[-1]]
        if len(name) > 1:
            candidates = [m for m in same_surname if m.name[0] == name[0]]
        else:
            full = [m for m in same_surname if len(m.name) > 1]
            if not full:  # "McLenney said" after "Tyresha McClenney": one person, spelt two ways
                full = [m for m in self.mentions if len(m.name) > 1 and close_spelling(m.name[-1], name[-1])]
                same_surname += full
            before = [m for m in full if m.start < position]
            nearest = before[-1] if before else (full[0] if full else None)
            candidates = [m for m in same_surname
                          if nearest is None or m.name[0] == nearest.name[0]]
        # "Ukraine" is not "the National Security Council Ukraine" expert
        candidates = [m for m in candidates if looks_like_person(m.name) or not looks_like_person(name)]
        best = max(candidates, key=lambda m: (len(m.name), non_ascii(m.name)), default=None)
        return best.name if best and len(best.name) > len(name) else name

    def role(self, name: tuple[str, ...]) -> str | None:
        """The first role the article gives the person of that surname."""
        return next((m.role for m in self.mentions if m.role and m.name[-1] == name[-1]), None)

    def antecedent(self, position: int, gender: str) -> Mention | None:
        """The person a he/she at position stands for, not of the other gender: the first
        person named earlier in its sentence, else the latest person opening a sentence
        before it, else the latest person named before it."""
        def fits(mention):  # not "the White House National Security Council Ukraine expert"
            return mention.start < position and mention.name[-1] in self.persons \
                and looks_like_person(mention.name) and self.genders.get(mention.name[-1], gender) == gender
        earlier = [m for m in self.mentions if fits(m)]
        sentence = self.sentence_start(position)
        # not "… mutually shared by Ukraine and the U.S., he warned": the object of a preposition
        in_sentence = [m for m in earlier if m.start >= sentence
                       and not AFTER_PREPOSITION.search(self.masked, sentence, m.start)]
        subjects = [m for m in earlier if m.subject]
        # "Cruz spokesman Rick Tyler said that … Cruz has “…,” he said": the one the sentence has speak
        speaking = [m for m in in_sentence if SPEAKS.match(self.masked, m.end)]
        for candidates, pick in ((speaking, 0), (in_sentence, 0), (subjects, -1), (earlier, -1)):
            if candidates:
                return candidates[pick]
        return None
