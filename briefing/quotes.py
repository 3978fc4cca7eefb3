"""Find the direct quotations of a news article and attribute them to their speakers.

Pure regular expressions and a few word lists; no parser, no model.

1. Spans.  The quotation marks of each paragraph (“ ” " '' « » „) are classified as
   opening or closing from the characters around them (straight marks that stay ambiguous
   alternate), then paired left to right.  A stray closing mark is ignored; an opening mark
   inside an open quote ends that quote; a quote still open at the end of a paragraph runs
   on into the next paragraph when that one re-opens with a mark, and otherwise ends with
   its paragraph, so one stray mark never swallows the rest of the article.  Single quotes
   are left alone: inside a quote they are nested quotes, elsewhere apostrophes.

2. Attribution, tried in order for each quote:
   - the clause right after the closing mark: “…,” X said / said X / X, the …, said /
     according to X;
   - the sentence before the opening mark: X said: “…” / X told reporters that “…”;
   - the subject of the sentence the quote sits in (X called it “…”);
   - the speaker of a neighbouring quote in the same paragraph, then that of the quote
     just before in the previous paragraph (a paragraph of quote continues its speaker).
   A pronoun resolves to the latest person mentioned before it outside quotes, agreeing in
   gender when the article shows it (Mr./Ms., he/she used next to the name).

3. Names.  Every capitalised name in the article is indexed; a speaker is reported by the
   fullest form of his name ("Duque" -> "Iván Duque"), titles stripped, with the role the
   article gives him before his name ("Colombian President Iván Duque") or in an
   apposition ("Rachel Schmidtke, Refugees International's advocate for Latin America").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Quote

# --- quotation marks -------------------------------------------------------------------

QUOTE_MARK = re.compile(r"''|[“”\"«»„]")
NOMINAL_OPENING = "“«„"
NOMINAL_CLOSING = "”»"
# Characters that may stand right before an opening mark / right after a closing mark.
BEFORE_OPENING = "([{—–-/:;,"
AFTER_CLOSING = ".,;:!?)]}—–-…'’"

OPENING, CLOSING = "opening", "closing"


@dataclass
class _Span:
    """A quote with the offsets of its marks and the paragraphs it covers."""

    start: int  # first quoted character
    end: int  # just after the last quoted character
    outer_start: int  # the opening mark
    outer_end: int  # just after the closing mark (== end when unterminated)
    first_paragraph: int
    last_paragraph: int


def _mark_side(text: str, start: int, end: int, par_start: int, par_end: int) -> str | None:
    """OPENING or CLOSING from the mark's surroundings, or None when they do not tell."""
    before = text[start - 1] if start > par_start else " "
    after = text[end] if end < par_end else " "
    opens = (before.isspace() or before in BEFORE_OPENING) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in AFTER_CLOSING)
    if opens != closes:
        return OPENING if opens else CLOSING
    mark = text[start:end]
    if mark in NOMINAL_OPENING:
        return OPENING
    if mark in NOMINAL_CLOSING:
        return CLOSING
    return None


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _find_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[_Span]:
    spans: list[_Span] = []
    open_at: tuple[int, int, int] | None = None  # (mark start, mark end, paragraph index)

    def close(end: int, outer_end: int, paragraph: int) -> None:
        outer_start, start, first = open_at
        if text[start:end].strip():
            spans.append(_Span(start, end, outer_start, outer_end, first, paragraph))

    for index, (par_start, par_end) in enumerate(paragraphs):
        marks = [m.span() for m in QUOTE_MARK.finditer(text, par_start, par_end)]
        if open_at is not None:
            reopens = (marks and not text[par_start:marks[0][0]].strip()
                       and _mark_side(text, *marks[0], par_start, par_end) != CLOSING)
            if reopens:  # a quote running over paragraphs: the re-opening mark is skipped
                marks = marks[1:]
            else:  # unterminated: the quote ends with its paragraph
                prev_start, prev_end = paragraphs[index - 1]
                end = _trimmed_end(text, prev_start, prev_end)
                close(end, end, index - 1)
                open_at = None
        for mark_start, mark_end in marks:
            side = _mark_side(text, mark_start, mark_end, par_start, par_end)
            if side is None:
                side = CLOSING if open_at is not None else OPENING
            if side == OPENING:
                if open_at is not None:  # re-opened without a close
                    close(_trimmed_end(text, open_at[1], mark_start), mark_start, index)
                open_at = (mark_start, mark_end, index)
            elif open_at is not None:
                close(mark_start, mark_end, index)
                open_at = None
    if open_at is not None:
        last_start, last_end = paragraphs[-1]
        end = _trimmed_end(text, last_start, last_end)
        close(end, end, len(paragraphs) - 1)
    return spans


# --- names ------------------------------------------------------------------------------

# A capitalised word: "Duque", "O’Rourke", "U.S.", "J.", "Refugees", "McCain", "Iván".
CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\.[\w’'\-]+)*\.?"
PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|bin|al|la|le|dos|of)"
PROPER_RUN = re.compile(rf"{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD})*")

# Courtesy titles: stripped, and not a role.
COURTESY = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
            "miss": "f", "dr.": None, "dr": None, "sir": "m", "dame": "f", "lady": "f"}
ABBREVIATED_TITLES = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor",
                      "gen.": "General", "lt.": "Lieutenant", "col.": "Colonel",
                      "sgt.": "Sergeant", "capt.": "Captain", "adm.": "Admiral",
                      "rev.": "Reverend", "prof.": "Professor", "sens.": "Senators",
                      "reps.": "Representatives", "amb.": "Ambassador", "atty.": "Attorney"}
# Capitalised words that are part of a role, not of a name ("Secretary of State Antony
# Blinken", "Colombian President Iván Duque").
ROLE_WORDS = {
    "president", "vice", "secretary", "state", "senator", "representative", "governor",
    "minister", "prime", "chairman", "chairwoman", "chair", "director", "spokesman",
    "spokeswoman", "spokesperson", "leader", "majority", "minority", "mayor", "speaker",
    "house", "senate", "ambassador", "general", "attorney", "judge", "justice", "chief",
    "officer", "executive", "ceo", "commissioner", "candidate", "nominee", "former",
    "republican", "democratic", "democrat", "gop", "u.s.", "us", "senior", "adviser",
    "advisor", "pastor", "bishop", "pope", "king", "queen", "prince", "princess", "chancellor",
    "lieutenant", "colonel", "sergeant", "captain", "admiral", "reverend", "professor",
    "congressman", "congresswoman", "councilman", "councilwoman", "sheriff", "deputy",
    "assistant", "press", "campaign", "manager", "strategist", "host", "anchor", "founder",
    "homeland", "security", "defense", "treasury", "foreign", "interior", "justice",
    "first", "presumptive", "independent", "libertarian", "conservative", "liberal",
    "billionaire", "businessman", "businesswoman", "rev", "sen", "rep", "gov", "gen",
} | set(ABBREVIATED_TITLES)
# Capitalised words that start sentences or name times, never people.
NOT_NAMES = {
    "the", "a", "an", "and", "but", "or", "so", "yet", "then", "also", "still", "however",
    "meanwhile", "in", "on", "at", "for", "from", "by", "with", "without", "of", "to", "as",
    "after", "before", "since", "until", "when", "while", "where", "if", "though", "although",
    "because", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them", "us",
    "what", "who", "why", "how", "which", "yes", "no", "not", "now", "later", "today",
    "tonight", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "jan.", "feb.",
    "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "asked", "says", "said",
    "even", "just", "only", "instead", "indeed", "earlier", "last", "next", "one", "some",
    "many", "most", "all", "both", "each", "every", "such", "other", "another", "during",
    "under", "over", "about", "against", "among", "through", "like", "unlike", "despite",
    "according", "speaking", "asked", "writing", "dear", "well", "oh", "thank", "thanks",
    "please", "let", "do", "does", "did", "is", "are", "was", "were", "be", "being", "been",
    "has", "have", "had", "will", "would", "can", "could", "should", "must", "might",
}
# Words that make a name an institution or a place rather than a person.
INSTITUTION_WORDS = {
    "news", "times", "post", "journal", "party", "house", "committee", "department",
    "university", "college", "institute", "international", "association", "foundation",
    "center", "centre", "council", "court", "senate", "congress", "states", "america",
    "republicans", "democrats", "network", "media", "press", "agency", "office", "bureau",
    "administration", "campaign", "group", "inc.", "corp.", "company", "co.", "club",
    "union", "organization", "organisation", "fund", "bank", "city", "county", "street",
    "river", "republic", "kingdom", "nations", "army", "force", "navy", "guard", "police",
    "ministry", "service", "television", "radio", "magazine", "tribune", "herald", "daily",
    "review", "weekly", "today", "channel", "cnn", "msnbc", "fox", "abc", "nbc", "cbs", "npr",
    "pac", "super", "school", "church", "hospital", "airport", "hall", "square", "avenue",
    "new", "north", "south", "east", "west", "united", "white", "capitol", "wall",
    "supreme", "national", "federal", "american", "convention", "debate", "caucus",
    "primary", "poll", "survey", "report", "act", "bill", "law", "program", "plan",
}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}


def _words(phrase: str) -> list[str]:
    return phrase.split()


def _bare(word: str) -> str:
    """A name word without a possessive or trailing comma: "Clinton’s" -> "Clinton"."""
    return re.sub(r"(?:[’']s?)$", "", word.rstrip(","))


def _split_name(words: list[str]) -> tuple[list[str], list[str], str | None]:
    """(role words, name words, gender from a courtesy title) of a capitalised phrase:
    "Colombian President Iván Duque" -> (["Colombian", "President"], ["Iván", "Duque"])."""
    words = [_bare(w) for w in words]
    while words and words[0].lower() in NOT_NAMES:
        words = words[1:]
    name_start = len(words)
    while name_start > 0 and words[name_start - 1].lower() not in ROLE_WORDS \
            and words[name_start - 1].lower() not in COURTESY:
        name_start -= 1
    role, name = words[:name_start], words[name_start:]
    gender = None
    if role and role[-1].lower() in COURTESY:
        gender = COURTESY[role[-1].lower()]
        role = role[:-1]
    if name and name[0] == "of":  # "Secretary of State": the tail was all role words
        return words, [], gender
    return role, name, gender


def _role_text(words: list[str]) -> str | None:
    words = [ABBREVIATED_TITLES.get(w.lower(), w) for w in words]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words) or None


def _looks_like_person(name: list[str]) -> bool:
    return bool(name) and not any(w.lower() in INSTITUTION_WORDS for w in name) \
        and all(w[0].isupper() or w in PARTICLE for w in name)


@dataclass
class _Mention:
    start: int
    end: int
    name: tuple[str, ...]
    role: str | None
    gender: str | None
    titled: bool  # came with a title or role, so surely a person


class _NameIndex:
    """The capitalised names of one article, outside its quotes."""

    def __init__(self, text: str, spans: list[_Span]):
        self.mentions: list[_Mention] = []
        inside = _Inside(spans)
        for match in PROPER_RUN.finditer(text):
            if inside(match.start()):
                continue
            role, name, gender = _split_name(match.group().split())
            if not name or name[-1].lower() in NOT_NAMES:
                continue
            apposition = _apposition(text, match.end())
            role_text = _role_text(role) if role else apposition
            self.mentions.append(_Mention(match.start(), match.end(), tuple(name), role_text,
                                          gender, bool(role) or gender is not None))
        self.persons = self._persons()
        self.genders = self._genders(text)

    def _persons(self) -> set[str]:
        """Surnames of the people in the article."""
        persons = set()
        for mention in self.mentions:
            if _looks_like_person(list(mention.name)) and \
                    (len(mention.name) > 1 or mention.titled):
                persons.add(mention.name[-1])
        return persons

    def _genders(self, text: str) -> dict[str, str]:
        """Gender by surname, from courtesy titles."""
        genders = {}
        for mention in self.mentions:
            if mention.gender:
                genders.setdefault(mention.name[-1], mention.gender)
        return genders

    def fullest(self, name: tuple[str, ...], position: int) -> tuple[str, ...]:
        """The fullest form of a name: the longest mention ending with the same surname and
        agreeing on the first name; with several first names, the one nearest before."""
        same_surname = [m for m in self.mentions if m.name[-1] == name[-1]]
        if len(name) > 1:
            candidates = [m for m in same_surname if m.name[0] == name[0]]
        else:
            before = [m for m in same_surname if len(m.name) > 1 and m.start < position]
            others = [m for m in same_surname if len(m.name) > 1]
            nearest = before[-1] if before else (others[0] if others else None)
            candidates = [m for m in same_surname
                          if nearest is None or m.name[0] == nearest.name[0]]
        best = max(candidates, key=lambda m: (len(m.name), _non_ascii(m.name)), default=None)
        return best.name if best and len(best.name) > len(name) else name

    def role(self, name: tuple[str, ...]) -> str | None:
        for mention in self.mentions:
            if mention.role and mention.name[-1] == name[-1]:
                return mention.role
        return None

    def latest_person(self, position: int, gender: str | None) -> _Mention | None:
        """The latest person mentioned before position, of the gender if it is known."""
        for mention in reversed(self.mentions):
            if mention.start >= position or mention.name[-1] not in self.persons:
                continue
            known = self.genders.get(mention.name[-1])
            if gender is None or known is None or known == gender:
                return mention
        return None


def _non_ascii(words: tuple[str, ...]) -> int:
    """Accented spellings count as fuller ("Iván" over "Ivan")."""
    return sum(ord(c) > 127 for w in words for c in w)


class _Inside:
    """Tells whether an offset lies inside one of the spans."""

    def __init__(self, spans: list[_Span]):
        self.spans = spans

    def __call__(self, position: int) -> bool:
        return any(s.start <= position < s.end for s in self.spans)


APPOSITION = re.compile(
    r",\s+((?:the|a|an|former|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*[’']s)\s[^,;:“”\"()]{2,120}?)"
    r"(?=,|\.\s|;|\s\(|$)")
RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|whose|that|said|says|told|and)\b.*$")


def _apposition(text: str, position: int) -> str | None:
    """The role given in an apposition right after a name: ", the …," -> "…"."""
    match = APPOSITION.match(text, position)
    if not match:
        return None
    role = RELATIVE_CLAUSE.sub("", match.group(1))
    return _role_text(role.split())


# --- attribution -------------------------------------------------------------------------

SPEECH_VERB = (
    r"(?:said|says|say|told|tells|tell|added|adds|wrote|writes|asked|asks|explained|"
    r"explains|noted|notes|continued|continues|argued|argues|declared|declares|stated|"
    r"states|insisted|insists|recalled|recalls|claimed|claims|warned|warns|tweeted|tweets|"
    r"posted|replied|replies|responded|responds|answered|answers|acknowledged|"
    r"acknowledges|admitted|admits|announced|announces|emphasized|emphasizes|emphasised|"
    r"stressed|stresses|observed|remarked|suggested|suggests|conceded|concedes|complained|"
    r"complains|joked|jokes|quipped|predicted|predicts|promised|promises|vowed|vows|"
    r"pledged|urged|urges|concluded|countered|counters|maintained|maintains|contended|"
    r"contends|reiterated|repeated|shouted|yelled|agreed|cautioned|charged|boasted|"
    r"boasts|mused|lamented|laments|pointed out|went on|wondered|demanded|called|"
    r"described|reported|reports|confirmed|confirms|denied|testified|chanted|exclaimed|"
    r"whispered|opined|retorted|cried|thundered|fumed|scoffed|snapped|sighed|read|reads|"
    r"writ(?:es|ten)|recounted|explained|elaborated|offered|proclaimed|put it|summed up)"
)
AUXILIARY = r"(?:(?:has|had|have|would|will|also|later|then|once|previously|recently|" \
            r"again|simply|just|\w+ly)\s+)*"
PRONOUN = r"(?:he|she|they|we|I|He|She|They|We)"
# "…,” X said" / "…,” X, the …, said": X is one short phrase right after the quote.
SUBJECT_THEN_VERB = re.compile(
    rf"[\s,]*(?P<subject>[^\s,.;:!?“”\"(][^,;:!?“”\"()]{{0,80}}?)"
    rf"(?P<apposition>,\s[^;“”\"]{{2,160}}?,)?\s+{AUXILIARY}{SPEECH_VERB}\b")
# "…,” said X, the …"
VERB_THEN_SUBJECT = re.compile(
    rf"[\s,]*{AUXILIARY}{SPEECH_VERB}\s+(?P<subject>{PRONOUN}\b|(?:the\s+|a\s+|an\s+)?"
    rf"[A-ZÀ-ÖØ-Þ][^,;:!?“”\"()]{{0,80}}?)(?=\s*(?:,|\.|;|$|\s\(|\s+(?:in|on|at|during|"
    rf"after|before|when|while|of|who|about|to)\b))(?P<apposition>,\s[^;“”\"]{{2,160}}?"
    rf"(?=,|\.|;|$))?")
ACCORDING_TO = re.compile(
    r"[\s,]*according\s+to\s+(?P<subject>[^,;:.!?“”\"()]{1,80}?)"
    r"(?P<apposition>,\s[^;“”\"]{2,160}?)?(?=[,.;]|$)")
# "X said: “" / "X told reporters that “": the last speaker-verb pair before the quote.
SUBJECT_VERB_IN_SENTENCE = re.compile(
    rf"(?P<subject>\b{PRONOUN}\b|{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD})*)"
    rf"(?P<apposition>,\s[^;“”\"]{{2,160}}?,)?\s+{AUXILIARY}{SPEECH_VERB}\b")
ACCORDING_TO_IN_SENTENCE = re.compile(
    rf"according\s+to\s+(?P<subject>(?:the\s+)?{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?"
    rf"{CAP_WORD})*)")
SENTENCE_SUBJECT = re.compile(
    rf"(?P<subject>\b{PRONOUN}\b|{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD})*)"
    rf"(?P<apposition>,\s[^;“”\"]{{2,160}}?,)?\s+{AUXILIARY}[a-z]+(?:ed|s)\b")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z“\"'])")


@dataclass
class _Attribution:
    subject: str  # the phrase naming the speaker, as written
    position: int  # where it is in the text
    apposition: str | None


def _match_attribution(match: re.Match, offset: int) -> _Attribution:
    apposition = match.group("apposition") if "apposition" in match.re.groupindex else None
    return _Attribution(match.group("subject").strip(), offset + match.start("subject"),
                        apposition)


def _attribution_after(text: str, start: int, stop: int) -> _Attribution | None:
    """The attribution right after a closing mark, up to stop (next quote or paragraph end)."""
    clause = text[start:stop]
    for pattern in (VERB_THEN_SUBJECT, SUBJECT_THEN_VERB, ACCORDING_TO):
        match = pattern.match(clause)
        if match:
            return _match_attribution(match, start)
    return None


def _attribution_before(text: str, start: int, stop: int) -> _Attribution | None:
    """The last speaker-verb pair in the sentence that leads up to an opening mark."""
    ends = list(SENTENCE_END.finditer(text, start, stop))
    sentence_start = ends[-1].end() if ends else start
    sentence = text[sentence_start:stop]
    found = None
    for pattern in (SUBJECT_VERB_IN_SENTENCE, ACCORDING_TO_IN_SENTENCE):
        for match in pattern.finditer(sentence):
            if found is None or match.start() > found.position - sentence_start:
                found = _match_attribution(match, sentence_start)
    return found


def _sentence_subject(text: str, start: int, stop: int) -> _Attribution | None:
    """The subject opening the sentence a quote sits in ("Mr. Cruz pledged … “today …”")."""
    ends = list(SENTENCE_END.finditer(text, start, stop))
    sentence_start = ends[-1].end() if ends else start
    match = SENTENCE_SUBJECT.match(text, sentence_start, stop)
    return _match_attribution(match, 0) if match else None


# --- speakers -----------------------------------------------------------------------------

GROUP_WORDS = {"campaign", "administration", "government", "committee", "office",
               "department", "party", "team", "spokesman", "spokeswoman"}


def _speaker(attribution: _Attribution, index: _NameIndex) -> tuple[str | None, str | None]:
    """(fullest name, role) of the person or organisation an attribution names."""
    subject = attribution.subject
    if re.fullmatch(PRONOUN, subject):
        return _pronoun_speaker(subject.lower(), attribution.position, index)
    runs = [m for m in PROPER_RUN.finditer(subject)]
    if not runs:
        return None, None  # "a spokesman said": the text does not name him
    run = runs[-1]
    tail = subject[run.end():].split()
    role_words, name, _ = _split_name(run.group().split())
    if tail:  # "the Clinton campaign"
        if tail[-1].lower() in GROUP_WORDS and tail[-1].lower() not in ("spokesman", "spokeswoman"):
            return " ".join(_bare(w) for w in run.group().split() + tail), None
        return None, None
    if not name:  # "the White House", or a bare title like "the President"
        if any(w.lower() in INSTITUTION_WORDS for w in role_words):
            return " ".join(role_words), None
        return None, None
    full = index.fullest(tuple(name), attribution.position)
    prefix = subject[:run.start()].split() + role_words
    role = (_role_text(prefix) if prefix else None) or _apposition_role(attribution) \
        or index.role(full)
    return " ".join(full), role


def _apposition_role(attribution: _Attribution) -> str | None:
    if not attribution.apposition:
        return None
    return _apposition(", " + attribution.apposition.strip(" ,") + ",", 0) or \
        _role_text(RELATIVE_CLAUSE.sub("", attribution.apposition.strip(" ,")).split())


def _pronoun_speaker(pronoun: str, position: int, index: _NameIndex):
    if pronoun not in ("he", "she"):
        return None, None  # "we", "they", "I": a group or the writer
    mention = index.latest_person(position, "f" if pronoun == "she" else "m")
    if mention is None:
        return None, None
    full = index.fullest(mention.name, mention.start)
    return " ".join(full), index.role(full)


# --- putting it together ----------------------------------------------------------------------

def find_quotes(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Every direct quotation of text, in text order, attributed where the text says who
    spoke.  paragraphs: (start, end) offsets of the body paragraphs; None splits on newlines."""
    if paragraphs is None:
        paragraphs = _split_paragraphs(text)
    spans = _find_spans(text, paragraphs)
    index = _NameIndex(text, spans)
    found = [_own_speaker(text, paragraphs, spans, i, index) for i in range(len(spans))]
    quotes = []
    for i, span in enumerate(spans):
        speaker, role = found[i] if found[i] else _borrowed_speaker(spans, found, i)
        quotes.append(Quote(span.start, span.end, speaker, role))
    return quotes


def _own_speaker(text, paragraphs, spans, i, index):
    """(speaker, role) from the attribution next to quote i, or None when there is none."""
    span = spans[i]
    par_start, par_end = paragraphs[span.first_paragraph]
    previous = spans[i - 1] if i > 0 else None
    before_start = previous.outer_end if previous and \
        previous.last_paragraph == span.first_paragraph else par_start
    last_start, last_end = paragraphs[span.last_paragraph]
    following = spans[i + 1] if i + 1 < len(spans) else None
    after_stop = following.outer_start if following and \
        following.first_paragraph == span.last_paragraph else last_end

    after = lambda: _attribution_after(text, span.outer_end, after_stop)
    before = lambda: _attribution_before(text, before_start, span.outer_start)
    # A quote ending a clause (“…,” she said) is attributed after it; a phrase quoted
    # inside a sentence (he called it “…” and …) by the sentence around it.
    ends_clause = text[span.start:span.end].rstrip()[-1:] in ",.!?…—-" or \
        text[span.outer_end:after_stop].lstrip().startswith(",")
    order = [after, before] if ends_clause else [before, after]
    order.append(lambda: _sentence_subject(text, before_start, span.outer_start))
    if not text[par_start:span.outer_start].strip() and span.first_paragraph > 0:
        colon_start, colon_end = paragraphs[span.first_paragraph - 1]
        if text[colon_start:colon_end].rstrip().endswith(":"):  # He declared:\n“…”
            order.append(lambda: _attribution_before(text, colon_start, colon_end))
    for attempt in order:
        attribution = attempt()
        if attribution:
            speaker = _speaker(attribution, index)
            if speaker[0]:
                return speaker
    return None


def _borrowed_speaker(spans, found, i):
    """The speaker of an unattributed quote: that of a neighbour in its paragraph, or that of
    the quote just before in the previous paragraph (a paragraph continuing a quotation)."""
    span = spans[i]
    same_paragraph = [j for j in range(len(spans)) if j != i and found[j]
                      and spans[j].first_paragraph == span.first_paragraph]
    earlier = [j for j in same_paragraph if j < i]
    if earlier:
        return found[earlier[-1]]
    if i > 0 and found[i - 1] and spans[i - 1].last_paragraph == span.first_paragraph - 1:
        return found[i - 1]
    if same_paragraph:
        return found[same_paragraph[0]]
    return None, None


def is_key_quote(text: str, quote: Quote) -> bool:
    """True when the quote is worth a place in the memo: at least four words (scare quotes
    like “transparent” are not)."""
    return len(re.findall(r"\w+(?:[’'\-]\w+)*", text[quote.start:quote.end])) >= 4
