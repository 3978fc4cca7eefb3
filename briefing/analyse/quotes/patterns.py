"""The regular expressions of quote finding and attribution, built from the lexicon's word lists."""
from __future__ import annotations

import re

from briefing.analyse.quotes.lexicon import (
    ABBREVIATED_TITLES,
    AUXILIARIES,
    CLAUSE_OPENERS,
    COURTESY,
    FEMALE_GIVEN_NAMES,
    INVERTED_SPEECH_VERBS,
    MALE_GIVEN_NAMES,
    NAME_PARTICLES,
    NOT_AFTER_SUBJECT,
    NOT_LEADING_WORDS,
    NOT_NAMES,
    OBJECT_PREPOSITIONS,
    OFFICES_OF,
    PRONOUNS,
    ROLE_ENDS_BEFORE,
    SPEECH_PARTICIPLES,
    SPEECH_VERBS,
    SUBJECT_PREPOSITIONS,
)

GIVEN_NAMES = FEMALE_GIVEN_NAMES | MALE_GIVEN_NAMES


def one_of(words) -> str:
    """A group matching any of the words (a space in one matches a space)."""
    return "(?:" + "|".join(re.escape(word) for word in words) + ")"


# --- quotation marks and transcripts ---------------------------------------------------------

# Of three apostrophes, the last two are the mark: a nested quote closes with the first ("…them,'''")
QUOTE_MARK = re.compile(r"''(?!')|[“”\"«»„]")
# A transcript's turn: "WALLACE: Let’s start with …" names its speaker in capitals.
TRANSCRIPT_TURN = re.compile(r"(?P<name>[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+)?):\s")
TRANSCRIPT_LINE = re.compile(r"^[\"“]?" + TRANSCRIPT_TURN.pattern, re.MULTILINE)

# --- names -------------------------------------------------------------------------------------

# A capitalised word: "Duque", "O’Rourke", "U.S.", "J.", "Refugees", "McCain", "Iván".
CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*(?:\.[\w’'\-]+)*\.?"
PARTICLE = one_of(NAME_PARTICLES)
PROPER_RUN = re.compile(rf"{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD})*")
# ", the …," / ", Refugees International's advocate for Latin America": a role after a name.
APPOSITION = re.compile(
    r",\s+((?:the|a|an|former|[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*[’']s)\s[^,;:“”\"()]{2,120}?)"
    r"(?=,|(?<![A-Z])\.\s|\.$|;|\s\(|$)")  # not the period of "U.S. attorney"
RELATIVE_CLAUSE = re.compile(rf"\s+{one_of(ROLE_ENDS_BEFORE)}\b.*$")
# A title or an initial before a period does not end the sentence: "Mr. Mahaney", "J. Smith".
TITLE_OR_INITIAL = re.compile(r"\b(?:[A-Z]|" + "|".join(
    re.escape(t[:-1].capitalize()) for t in sorted(set(COURTESY) | set(ABBREVIATED_TITLES))
    if t.endswith(".")) + r")\.$")
# Short parentheses are blanked out before attribution: "Ted Cruz (R-Texas) said".
PARENTHESIS = re.compile(r"\([^()\n]{0,60}\)")

# --- speech ------------------------------------------------------------------------------------

SPEECH_VERB = one_of(SPEECH_VERBS)
PARTICIPLE = one_of(SPEECH_PARTICIPLES)
AUXILIARY = rf"(?:(?:{'|'.join(AUXILIARIES)}|\w+ly)\s+)*"
SPEAKS = re.compile(rf"(?:,[^,;“”\"]{{2,160}}?,)?\s+{AUXILIARY}{SPEECH_VERB}\b")
SPOKEN_BY = re.compile(rf"\b{one_of(INVERTED_SPEECH_VERBS)}\s+(?:[\w.’'\-]+\s+){{0,4}}$")
VERB_OR_APPOSITION = re.compile(rf"\s*(?:,|[ \t]+(?!{one_of(NOT_AFTER_SUBJECT)}\b)[a-z])")
AFTER_PREPOSITION = re.compile(rf"\b{one_of(SUBJECT_PREPOSITIONS)}[\s,]*$", re.IGNORECASE)
AFTER_OBJECT_PREPOSITION = re.compile(
    r"\b(?:" + "|".join("(?<![Aa]ccording )to" if word == "to" else re.escape(word) for word in OBJECT_PREPOSITIONS)
    + r")(?:\s+(?:the|a|an))?[\s,]*$", re.IGNORECASE)

# --- attribution ---------------------------------------------------------------------------------

PRONOUN = one_of(PRONOUNS)
# A capitalised word whose part after a hyphen is lower case is a role ("Singer-guitarists Tom
# Johnston", "Co-founder Ann Lee"); the parts of a hyphenated name are capitalised ("Holtz-Eakin")
HYPHENATED_ROLE = re.compile(r"[A-Z][a-z]*-[a-z][\w\-]*")
# A pronoun that is a clause's subject: a name after it in its sentence is not ("But he wants Clinton to …")
SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b")
# A word that may lead a name inside the phrase naming a speaker: a lower-case word ("former Wisconsin
# Gov. Jim Doyle", not "in Iowa"), "of" inside an office ("former secretary of state Hillary Clinton"),
# an ordinal ("Air Force 1st Lt. Tyler Livingston") or a date ("9/11 widow Terry Strada").
OFFICE_OF = "(?:" + "|".join(f"(?<={office} )" for office in OFFICES_OF) + r")of\b"
LEADING_WORD = rf"(?:(?!{one_of(NOT_LEADING_WORDS)}\b)[a-z][\w’'\-]*|{OFFICE_OF}|\d+(?:st|nd|rd|th)\b|\d+/\d+\b)"
# "Will" opens no name ("Will Trump win?") unless another capitalised word follows ("Will Doyle")
NOT_A_NAME_START = ("(?!(?:" + "|".join(re.escape(w.capitalize()) for w in sorted(NOT_NAMES - GIVEN_NAMES)) + r")\b)"
                    + "(?!(?:" + "|".join(re.escape(w.capitalize()) for w in sorted(NOT_NAMES & GIVEN_NAMES))
                    + r")\b(?![ \t]+[A-Z]))")
NAME = rf"{NOT_A_NAME_START}{CAP_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{CAP_WORD})*"
# A name, a comma and the lower-case start of a role, up to where the attribution's subject starts:
# "Anthony Anton, president and [CEO of the association] stated"
OPEN_APPOSITION = re.compile(rf"(?P<name>{NAME}),\s+(?P<role>(?:the\s+|a\s+)?[a-z][^,;:“”\"]{{0,60}}?)\s*$")
# A noun phrase that may hold a name: "another Twitter user", "Judicial Watch president Tom
# Fitton", "former Wisconsin Gov. Jim Doyle"; it stops at a preposition ("in a statement").
PHRASE = rf"(?:(?:{NAME}|{LEADING_WORD})[ \t]+){{0,6}}{NAME}(?:[ \t]+{LEADING_WORD}){{0,3}}"
# ", the …," or " -- the …, -- " between a name and its verb.
APPOSITION_GROUP = r"(?P<apposition>,\s[^;“”\"]{2,160}?,|\s+(?:--|—|–)\s[^;“”\"]{2,200}?\s(?:--|—|–))?"

# “…,” X said / “…,” X, the …, said: X is one short phrase right after the quote.
SUBJECT_THEN_VERB = re.compile(
    rf"[\s,]*(?:(?:and|but|so|then|or)\s+)?(?P<subject>[^\s,.;:!?“”\"][^,;:!?“”\"]{{0,80}}?)"
    rf"{APPOSITION_GROUP}\s+{AUXILIARY}{SPEECH_VERB}\b")
# “…” ― Pamela Padilla
DASH_THEN_NAME = re.compile(rf"\s*(?:―|—|–|--|-)\s*(?P<subject>{NAME})\s*[.,]?\s*$")
# A paragraph that signs the quote above it: "- Clinton.", "-President Obama, tweeting after the speech."
SIGNATURE_LINE = re.compile(rf"\s*(?:―|—|–|--|-)\s*(?P<subject>{NAME})\s*(?:[.,]|$)")
# “…,” said X, the …
VERB_THEN_SUBJECT = re.compile(
    rf"[\s,]*{AUXILIARY}{SPEECH_VERB}\s+(?P<subject>{PRONOUN}\b|{PHRASE})"
    rf"(?P<apposition>,\s[^;“”\"]{{2,160}}?(?=,|\.|;|$))?")
# “…,” said the bureau's director, James B. Comey, on Monday: the name the role gives
ROLE_NAME = (rf"(?P<apposition>(?:the|a|an|his|her|its|their)\s+[^,;:“”\"]{{2,60}}?),\s+(?P<subject>{NAME})"
             rf"\s*(?:[,.]|$)")
VERB_THEN_ROLE_NAME = re.compile(rf"[\s,]*{AUXILIARY}{SPEECH_VERB}\s+{ROLE_NAME}")
ACCORDING_TO = re.compile(
    rf"(?:^|\b)[\s,]*[Aa]ccording\s+to\s+(?P<subject>{PHRASE})"
    rf"(?P<apposition>,\s[^;“”\"]{{2,160}}?(?=,|\.|;|$))?")
# “…” Oliver barked. / “…” an angry Hollande retaliated.: a name and a verb the list lacks, ending the clause.
SUBJECT_THEN_ANY_VERB = re.compile(
    rf"[\s,]*(?:(?:an?|the)\s+[a-z]+\s+)?(?P<subject>{PRONOUN}|{NAME})\s+(?:\w+ly\s+)?[a-z]+ed\b"
    rf"(?=\s*[.,;]|\s+(?:to|in|on|at|during|after|before|when|while|about|of|as)\b)")
# Before the quote: X said: “…” / X told reporters that “…” / said X, “…” / X: “…”
# (a comma before the verb closes an apposition the name ends, "Trump's state director, Mike Rubino, said",
# or follows a parenthesis blanked out, "Sen. Jack Reed (D-R.I.), said")
SUBJECT_VERB_BEFORE = re.compile(
    rf"(?P<subject>\b{PRONOUN}\b|{NAME}){APPOSITION_GROUP}(?:\s*,)?\s+{AUXILIARY}{SPEECH_VERB}\b")
# "critics such as A, and B, with B stating: “…”": the one the participle is said of
WITH_SPEAKER_BEFORE = re.compile(rf"\bwith\s+(?P<subject>{NAME})\s+{PARTICIPLE}\b")
# "Rubio was asked by moderator Gerard Baker whether …“…”": the one asking speaks
ASKED_BY_BEFORE = re.compile(
    rf"\b(?:is|are|was|were|been|being|got|gets)\s+{AUXILIARY}asked\s+by\s+(?P<subject>{PHRASE})")
VERB_SUBJECT_BEFORE = re.compile(
    rf"\b{SPEECH_VERB}\s+(?P<subject>{PHRASE})(?P<apposition>,\s[^;“”\"]{{2,160}}?)?[,:]?\s*$")
NAME_COLON_BEFORE = re.compile(rf"(?P<subject>{NAME})\s*:\s*$")
# After a possessor: "[Trump]’s Virginia state director, Mike Rubino,"
POSSESSED_ROLE = re.compile(rf"(?<=['’]s)\s+[^,;:“”\"]{{2,60}},\s+(?P<subject>{NAME}),")
# "from Mike Lee, who declared in the debate spin room, “…”": the one the relative clause is of
WHO_SPOKE_BEFORE = re.compile(rf"(?P<subject>{NAME}),?\s+who\s+{AUXILIARY}{SPEECH_VERB}\b[^.;:!?“”\"]{{0,60}}$")
# A person "of" an institution or a place, right before the name a speech verb follows: "Archbishop
# Aris Shirvanian of the Armenian Patriarchate of [Jerusalem] told", "Stacy Baker of Columbia, [South Carolina] says"
PERSON_OF_BEFORE = re.compile(rf"(?P<subject>{NAME})\s+of\s+(?:the\s+)?(?:{NAME}(?:,\s*|\s+of\s+(?:the\s+)?))?$")
# The topic a sentence opens on: "As for Trump, he said …"
AS_FOR = re.compile(r"\s*(?:As for|As to|As far as)\s+")
# "telling CNBC: “…”", "told ABC's “Good Morning America”": the name is the one spoken to
TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|telling)\s+$")
# "including the former presidential candidate Mitt Romney -- “…” --": the name the dash opens on
# (inside the sentence, in mixed case: not a dateline, "LOS ANGELES —", nor a label, "FAREWELL —")
NAME_DASH_BEFORE = re.compile(rf"(?<=[a-z] )(?P<subject>(?=[^\s]*[a-z]){NAME})\s*(?:--|—|–)\s*$")
# "the report says the company “…”": a speaker the article does not name, right before the quote
UNNAMED_SUBJECT_BEFORE = re.compile(
    rf"\b(?P<subject>(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w’'-]*)"
    rf"\s+{AUXILIARY}{SPEECH_VERB}\b[^.;:!?“”\"]{{0,40}}$")
PARTICIPLE_BEFORE = re.compile(rf"\b{PARTICIPLE}\b")
# “…” on climate change, Axelrod said.
# (the sentence may go on after a comma: ''…'' income, he said, rather than from deductions.)
ENDING_ATTRIBUTION = re.compile(
    rf",\s+(?P<subject>\b{PRONOUN}\b|{PHRASE}){APPOSITION_GROUP}\s+{AUXILIARY}{SPEECH_VERB}\b"
    rf"[^,;“”\"]{{0,60}}(?:,[^;“”\"]{{0,200}})?$")
# ''…,'' like the recent volatility, said Richard Curtin, the chief economist.
ENDING_INVERTED = re.compile(
    rf",\s+{one_of(INVERTED_SPEECH_VERBS)}\s+(?P<subject>{PHRASE})(?P<apposition>,\s[^;“”\"]{{2,160}}?)?"
    rf"\s*[.!?]?\s*$")
# “…” from attending the same mosque, said the bureau's director, James B. Comey, on Monday.
ENDING_INVERTED_ROLE = re.compile(rf",\s+{one_of(INVERTED_SPEECH_VERBS)}\s+{ROLE_NAME}[^;“”\"]{{0,40}}$")
# "He …", "But he …", "Though she called X's behaviour “outrageous”, …": the pronoun opening a sentence
SENTENCE_SUBJECT = re.compile(rf"\s*(?:{one_of(CLAUSE_OPENERS)}\s+)?(?P<subject>{PRONOUN})\b")
