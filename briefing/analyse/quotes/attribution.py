"""Attribution: the phrase that says who spoke a quote, and the person or body it names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.analyse.quotes.lexicon import (
    BODY_WORDS,
    CLAUSE_WORDS,
    CONTINUING_VERBS,
    DOCUMENT_WORDS,
    GROUP_WORDS,
    INSTITUTION_WORDS,
    TIME_NOUNS,
)
from briefing.analyse.quotes.names import (
    Article,
    as_role,
    bare,
    looks_like_person,
    name_runs,
    role_in_apposition,
    split_name,
)
from briefing.analyse.quotes.patterns import (
    ACCORDING_TO,
    AFTER_OBJECT_PREPOSITION,
    ASKED_BY_BEFORE,
    DASH_THEN_NAME,
    ENDING_ATTRIBUTION,
    ENDING_INVERTED,
    ENDING_INVERTED_ROLE,
    NAME,
    NAME_COLON_BEFORE,
    NAME_DASH_BEFORE,
    OPEN_APPOSITION,
    PARTICIPLE_BEFORE,
    PERSON_OF_BEFORE,
    POSSESSED_ROLE,
    PRONOUN,
    SENTENCE_SUBJECT,
    SPEAKS,
    SUBJECT_THEN_ANY_VERB,
    SUBJECT_THEN_VERB,
    SUBJECT_VERB_BEFORE,
    TOLD_BEFORE,
    UNNAMED_SUBJECT_BEFORE,
    VERB_SUBJECT_BEFORE,
    VERB_THEN_ROLE_NAME,
    VERB_THEN_SUBJECT,
    WHO_SPOKE_BEFORE,
    WITH_SPEAKER_BEFORE,
)


@dataclass
class Attribution:
    subject: str  # the phrase naming the speaker, as written
    position: int  # where it is in the text
    apposition: str | None


def from_match(match: re.Match, offset: int = 0) -> Attribution:
    apposition = match.groupdict().get("apposition")
    return Attribution(match.group("subject").strip(), offset + match.start("subject"),
                        apposition)


def attribution_after(article: Article, start: int, stop: int) -> Attribution | None:
    """The attribution right after a closing mark, up to stop (next quote or paragraph end) or the
    sentence's end ("…,” reported Reuters. Another 19 percent …" is Reuters's)."""
    # (a sentence may seem to start right after the mark: “…!” Trump said.)
    first_word = start + len(article.masked[start:stop]) - len(article.masked[start:stop].lstrip())
    clause = article.masked[start:article.sentence_end(first_word, stop)]
    for pattern in (VERB_THEN_SUBJECT, VERB_THEN_ROLE_NAME, SUBJECT_THEN_VERB, ACCORDING_TO, SUBJECT_THEN_ANY_VERB,
                    DASH_THEN_NAME):
        match = pattern.match(clause)
        # “….” And 70 percent of Americans say that …, “….” Mr. Zahed said: “…”: a verb with a that-clause
        # or a colon of its own reports something else
        if match and not is_clause(match.group("subject")) \
                and not re.match(r"\s+that\b|\s*:", clause[match.end():]):
            return from_match(match, start)
    return None


def is_clause(subject: str) -> bool:
    """Whether words taken for a subject are a clause of their own: “…,” but also hungry for what she
    calls; “…,” claiming that he is responsible for turnout in the primary states; “…,” giving states."""
    words = subject.split()
    return (len(words) > 1 and any(word in CLAUSE_WORDS for word in words)) \
        or bool(re.fullmatch(r"[a-z]+ing", words[0]))


def attribution_before(article: Article, start: int, stop: int) -> Attribution | None:
    """The latest attribution in the sentence that leads up to an opening mark."""
    start = max(start, article.sentence_start(stop))
    sentence = article.masked[start:stop]
    found = [m for pattern in (SUBJECT_VERB_BEFORE, ACCORDING_TO, WITH_SPEAKER_BEFORE, ASKED_BY_BEFORE,
                               NAME_DASH_BEFORE, WHO_SPOKE_BEFORE)
             for m in pattern.finditer(sentence) if not goes_on_elsewhere(m, sentence)]
    found = found or [m for m in (VERB_SUBJECT_BEFORE.search(sentence), NAME_COLON_BEFORE.search(sentence))
                      if m and not (m.re is NAME_COLON_BEFORE and TOLD_BEFORE.search(sentence, 0, m.start("subject")))]
    # "Of Carson, Levine … said" / "a message to Trump:": the object is not the speaker, though a name
    # closing its apposition is ("in a statement to the Observer, her adviser, Jake Sullivan, said")
    for i, match in enumerate(found):  # the person of the institution the verb follows
        person = PERSON_OF_BEFORE.search(sentence, 0, match.start("subject"))
        if person and looks_like_person(tuple(person.group("subject").split())):
            found[i] = person
    spoken_of = (WITH_SPEAKER_BEFORE, ASKED_BY_BEFORE, WHO_SPOKE_BEFORE, PERSON_OF_BEFORE)
    objects = [m for m in found if m.re not in spoken_of
               and AFTER_OBJECT_PREPOSITION.search(sentence, 0, m.start("subject"))]
    found = [m for m in found if m not in objects]
    if found:
        return from_match(max(found, key=lambda m: m.start("subject")), start)
    for match in objects:
        if closing := closing_name(from_match(match, start)):
            return closing
    if PARTICIPLE_BEFORE.search(sentence):  # X endorsed Clinton, saying, “…”
        return sentence_subject(article, stop)
    unnamed = UNNAMED_SUBJECT_BEFORE.search(sentence)
    # "who has in the past described Trump as “…”": a time, not a speaker
    if unnamed and unnamed.group("subject").split()[-1].lower() not in TIME_NOUNS:
        return from_match(unnamed, start)
    return None


def goes_on_elsewhere(match: re.Match, sentence: str) -> bool:
    """"the Senate goes on recess": "goes on" speaks only before what is said ("he went on, “…”",
    "as Trump went on about “…”", "he went on to say …")."""
    return match.group(0).endswith(CONTINUING_VERBS) \
        and not re.match(r"\s*(?:[,:“\"]|about\b|to\b)", sentence[match.end():])


def attribution_ending_sentence(article: Article, start: int, stop: int) -> Attribution | None:
    """The attribution that closes the sentence a quote stands in, after a comma: “…” on
    climate change, Axelrod said."""
    stop = article.sentence_end(start, stop)
    match = ENDING_ATTRIBUTION.search(article.masked, start, stop) \
        or ENDING_INVERTED.search(article.masked, start, stop) \
        or ENDING_INVERTED_ROLE.search(article.masked, start, stop)
    return from_match(match) if match else None


def opening_pronoun(article: Article, start: int, stop: int) -> Attribution | None:
    """The pronoun that opens the sentence at `start`: "He then listed the qualities he wants:"."""
    match = SENTENCE_SUBJECT.match(article.masked, start, stop)
    return from_match(match) if match else None


def sentence_subject(article: Article, position: int) -> Attribution | None:
    """The person the sentence around position is about: its opening pronoun or its first
    person named ("Mr. Cruz pledged … “today, tomorrow, forever”")."""
    start = article.sentence_start(position)
    pronoun = opening_pronoun(article, start, position)
    if pronoun:
        return pronoun
    # the one who speaks in it, else the first named ("Trump campaign spokeswoman Hope Hicks said … and
    # has “…”" is Hope Hicks's)
    named = [mention for mention in article.mentions
             if start <= mention.start < position and mention.name[-1] in article.persons]
    mention = next((m for m in named if SPEAKS.match(article.masked, m.end)), named[0] if named else None)
    if mention is None:
        return None
    # "Trump’s Virginia state director, Mike Rubino, reached out …, writing: “…”": the one the role names
    held = POSSESSED_ROLE.match(article.masked, mention.end)
    if held:
        return Attribution(held.group("subject"), held.start("subject"), None)
    return Attribution(" ".join(mention.name), mention.start, None)


# --- speakers -----------------------------------------------------------------------------

UNNAMED = (None, None)  # an attribution that does not name the speaker: "a spokesman said"


@dataclass
class Chain:
    """The speaker the last attributed quote went to, where that quote ends, and its index."""
    speaker: tuple[str, str | None]
    end: int
    quote: int


def speaker_of(attribution: Attribution, article: Article,
               chain: Chain | None = None) -> tuple[str | None, str | None]:
    """(fullest name, role) of the person or organisation an attribution names."""
    subject = attribution.subject
    # "… attacks in the U.S. He says": a sentence the abbreviation hid, opened by a pronoun
    ending = re.search(rf"(?:^|(?<=\.)\s+)({PRONOUN})$", subject)
    if ending:
        return pronoun_speaker(ending.group(1).lower(), attribution.position + ending.start(1), article, chain)
    if (body := body_named_before(subject, attribution.position, article)) != UNNAMED:
        return body
    runs = list(name_runs(subject))
    if not runs or re.search(r"[\w’'\-]+", subject[runs[-1][1]:]):
        named = named_apposition(attribution)
        if named:
            return speaker_of(named, article)
    if not runs:
        return UNNAMED
    if len(runs) > 1 and re.fullmatch(r"\s+and\s+", subject[runs[-2][1]:runs[-1][0]]) \
            and looks_like_person(tuple(runs[-2][2])) and looks_like_person(tuple(runs[-1][2])):
        runs = runs[:-1]  # "Frank Newport and Jim Harter wrote": the first named speaks for both
    # "James Pethokoukis of the American Enterprise Institute wrote", "Jeffrey Lewis of the James Martin
    # Center for Nonproliferation Studies wrote": the person, of the institution
    of = next((i for i in range(len(runs) - 1) if looks_like_person(tuple(runs[i][2]))
               and not looks_like_person(tuple(runs[i + 1][2]))
               and re.fullmatch(r"\s+of\s+(?:the\s+)?", subject[runs[i][1]:runs[i + 1][0]])), None)
    if of is not None:
        full = article.fullest(tuple(split_name(runs[of][2])[1]), attribution.position)
        return " ".join(full), subject[runs[of + 1][0]:runs[-1][1]]
    run_start, run_end, words = runs[-1]
    tail = re.findall(r"[\w’'\-]+", subject[run_end:])
    if tail[:1] == ["and"]:
        tail = []  # "Paganini and his team said": Paganini speaks for them
    role_words, name, _ = split_name(words)
    if tail:  # "the Clinton campaign" names an organisation, "a Trump aide" nobody
        if tail[-1].lower() in GROUP_WORDS:
            return " ".join(bare(w) for w in words + tail), None
        if len(tail) == 1 and tail[0].lower() in DOCUMENT_WORDS and not looks_like_person(tuple(words)):
            return " ".join(bare(w) for w in words), None  # "the IMF report stated": the IMF
        return UNNAMED
    if not name:  # "the White House", or a bare title like "the President"
        if before := person_before_apposition(article, attribution):
            return before
        if any(w.lower() in INSTITUTION_WORDS for w in role_words):
            return " ".join(role_words), None
        return UNNAMED
    if not looks_like_person(tuple(name)) and (before := person_before_apposition(article, attribution)):
        return before
    full = article.fullest(tuple(name), attribution.position)
    prefix = subject[:run_start].split() + role_words
    role = (as_role(prefix) if prefix else None) or apposition_role(attribution) \
        or article.role(full)
    return " ".join(full), role


def body_named_before(subject: str, position: int, article: Article) -> tuple[str | None, str | None]:
    """The body "the commission" or "the department" stands for: the last one before it whose name
    holds that word ("the Commission on Presidential Debates", "the State Department"); else nobody."""
    bare_subject = re.fullmatch(r"(?:[Tt]he|[Ii]ts)\s+([a-z]+)", subject.strip())
    if not bare_subject or bare_subject.group(1) not in BODY_WORDS:
        return UNNAMED
    word = bare_subject.group(1).capitalize()
    named = [[w for w in words if w not in ("The", "A")] for _, _, words in name_runs(article.masked[:position])
             if word in words]
    return (" ".join(bare(w) for w in named[-1]), None) if named else UNNAMED


def person_before_apposition(article: Article, attribution: Attribution) -> tuple[str, str | None] | None:
    """The person an apposition left open follows: "Anthony Anton, president and CEO of the
    Washington Restaurant Association stated" is Anthony Anton's, not the association's."""
    start = article.sentence_start(attribution.position)
    match = OPEN_APPOSITION.search(article.masked, start, attribution.position)
    name = tuple(split_name(match.group("name").split())[1]) if match else ()
    if not match or not looks_like_person(name):
        return None
    full = article.fullest(name, match.start("name"))
    role = as_role((match.group("role") + " " + attribution.subject).split())
    return " ".join(full), role


def named_apposition(attribution: Attribution) -> Attribution | None:
    """The name in an apposition to an unnamed subject: "another Twitter user, Johanna
    Bayer" -> Johanna Bayer, with the subject as her role."""
    match = re.match(rf",\s+(?P<name>{NAME})\s*(?:,|$|\s+of\b)", attribution.apposition or "")
    if not match:
        return None
    start = attribution.position + len(attribution.subject) + match.start("name")
    return Attribution(match.group("name"), start, ", " + attribution.subject + ",")


def closing_name(attribution: Attribution) -> Attribution | None:
    """The name that ends an attribution's apposition: "the Observer, her senior policy adviser,
    Jake Sullivan," -> Jake Sullivan, with the words between as his role."""
    match = re.search(rf",\s+(?P<role>[^,]+),\s+(?P<name>{NAME})\s*,?$", attribution.apposition or "")
    if not match:
        return None
    start = attribution.position + len(attribution.subject) + match.start("name")
    return Attribution(match.group("name"), start, ", " + match.group("role") + ",")


def apposition_role(attribution: Attribution) -> str | None:
    if not attribution.apposition:
        return None
    return role_in_apposition(", " + attribution.apposition.strip(" ,") + ",", 0)


def pronoun_speaker(pronoun: str, position: int, article: Article, chain: Chain | None = None):
    if pronoun not in ("he", "she"):
        return UNNAMED  # "we", "they", "I": a group, or the writer
    gender = "f" if pronoun == "she" else "m"
    # “…,” she said. … “…,” she said: the one quoted just before, unless someone else of that gender came between
    if chain and chain.end < position:
        surname = chain.speaker[0].split()[-1] if chain.speaker[0] else ""
        between = [m for m in article.mentions if chain.end <= m.start < position and m.name[-1] in article.persons
                   and m.name[-1] != surname and looks_like_person(m.name)
                   and article.genders.get(m.name[-1]) == gender]
        if surname in article.persons and article.genders.get(surname, gender) == gender and not between:
            return chain.speaker
    mention = article.antecedent(position, gender)
    if mention is None:
        return UNNAMED
    full = article.fullest(mention.name, mention.start)
    return " ".join(full), article.role(full)
