"""Blocks, debris and sentences on news text."""
import re

import pytest

from briefing.analyse.segment import segment
from briefing.analyse.segment.furniture import AFTER_TITLE, BEFORE_TITLE
from briefing.model import BODY, Document


def sentences_of(text: str) -> list[str]:
    doc = segment(Document(text=text))
    return [doc.span_text(s) for s in doc.sentences]


@pytest.mark.parametrize("text, expected", [
    ("Title line\n\nThe U.S. Secretary of State met Sen. Smith on Oct. 20 at noon. Talks went well.",
     ["The U.S. Secretary of State met Sen. Smith on Oct. 20 at noon.", "Talks went well."]),
    ("Title line\n\nGov. Jane Doe of Acme Inc. said 1.8 million people left. Mr. J. R. Smith agreed.",
     ["Gov. Jane Doe of Acme Inc. said 1.8 million people left.", "Mr. J. R. Smith agreed."]),
    ("Title line\n\n“We will act. We will not wait,” she said. Others disagreed.",
     ["“We will act.", "We will not wait,” she said.", "Others disagreed."]),
    ("Title line\n\nHe paused... then spoke again. Nobody listened!",
     ["He paused... then spoke again.", "Nobody listened!"]),
    ("Title line\n\nBlues legend B.B. King was in hospital. He met J.K. Rowling in London. She was kind.",
     ["Blues legend B.B. King was in hospital.", "He met J.K. Rowling in London.", "She was kind."]),
])
def test_news_sentences(text, expected):
    assert sentences_of(text) == expected


def test_seed_debris_is_not_body(shared):
    text = (shared / "seed" / "voa-blinken-colombia.txt").read_text(encoding="utf-8")
    doc = segment(Document(text=text))
    kinds = {doc.span_text(b)[:40]: b.kind for b in doc.blocks}
    assert kinds["Accessibility links"] == "boilerplate"
    assert kinds["Breaking News"] == "boilerplate"
    assert kinds["Blinken Holding Final Day of Talks in Colo"[:40]] == "title"
    assert kinds["US Secretary of State Antony Blinken take"[:40]] == "caption"
    assert kinds["Protecting the displaced"] == "subhead"
    assert kinds["Challenges to democracy"] == "subhead"
    assert kinds["Some information for this report came fro"[:40]] == "credit"
    body = " ".join(doc.span_text(s) for s in doc.sentences)
    for debris in ["Accessibility links", "Breaking News", "takes part in the Ministerial", "Some information"]:
        assert debris not in body
    assert doc.title == "Blinken Holding Final Day of Talks in Colombia"
    assert doc.sentences[0].section is None
    refugees = next(s for s in doc.sentences if doc.span_text(s).startswith("Refugees International"))
    assert refugees.section == "Protecting the displaced"


@pytest.mark.parametrize("headline", [
    "Campbell: E-mail row 'silly fuss'", "Apple laptop is 'greatest gadget'", "Fox attacks Blair's Tory ‘lies’"])
def test_headline_ending_in_a_quote_is_the_title_not_a_sentence(headline):
    doc = segment(Document(text=f"{headline}\n\nThe row began on Monday. It went on all week."))
    assert doc.title == headline
    assert [doc.span_text(s) for s in doc.sentences] == ["The row began on Monday.", "It went on all week."]


def test_sentence_case_headline_with_a_full_stop_is_the_title():
    doc = segment(Document(text="Judge rejects New York Times request to unseal Trump divorce file.\n\n"
                                "A judge on Monday rejected a request to unseal the file. The paper may appeal."))
    assert doc.title == "Judge rejects New York Times request to unseal Trump divorce file."
    assert doc.span_text(doc.sentences[0]).startswith("A judge on Monday")


def test_short_lede_in_the_past_tense_is_body_not_title():
    doc = segment(Document(text="The minister said she would resign on Friday.\n\nHer party met at noon."))
    assert doc.title is None
    assert doc.span_text(doc.sentences[0]) == "The minister said she would resign on Friday."


@pytest.mark.parametrize("opening, first", [
    ("LOS ANGELES, Sept. 28 (UPI) — In a preview clip, Blige sings.", "In a preview clip, Blige sings."),
    ("WASHINGTON (AP) — The Senate voted on Monday.", "The Senate voted on Monday."),
    ("BOGOTA, Colombia -- Blinken held talks.", "Blinken held talks."),
    ("NATO — The alliance met on Monday.", "NATO — The alliance met on Monday."),
    ("London (CNN) — The Prince spoke on Saturday.", "The Prince spoke on Saturday."),
    ("Hong Kong (CNN Business) Shares fell on Monday.", "Shares fell on Monday."),
    ("(Reuters) - The company cut its forecast.", "The company cut its forecast."),
    ("KVELLER via JTA — My son asked a question.", "My son asked a question."),
    ("Mitch McConnell (R-Ky.) said the vote would wait.", "Mitch McConnell (R-Ky.) said the vote would wait."),
    ("Apple (AAPL) shares rose on Monday.", "Apple (AAPL) shares rose on Monday."),
])
def test_a_wire_dateline_is_not_part_of_the_first_sentence(opening, first):
    doc = segment(Document(text=f"Headline of the story\n\n{opening} It went on.\n\nMore came later."))
    assert doc.span_text(doc.sentences[0]) == first


def test_quoted_sentence_first_is_body_not_title():
    doc = segment(Document(text="“We will not back down,” the minister said on Friday.\n\nTalks resume today."))
    assert doc.title is None or "back down" not in doc.title
    assert doc.span_text(doc.sentences[0]).startswith("“We will not back down")


def test_bbc_segmentation_matches_gold(shared):
    """Segmentation F1 against the gold sentences of bbc-dev stays high."""
    data = shared / "data" / "bbc-dev"
    hit = predicted = gold_count = 0
    for path in sorted((data / "articles").glob("*.txt")):
        doc = segment(Document(text=path.read_text(encoding="utf-8")))
        pred = {re.sub(r"\s+", " ", doc.span_text(s)).strip() for s in doc.sentences}
        gold = {re.sub(r"\s+", " ", line).strip()
                for line in (data / "sentences" / path.name).read_text(encoding="utf-8").splitlines() if line.strip()}
        hit, predicted, gold_count = hit + len(pred & gold), predicted + len(pred), gold_count + len(gold)
    f1 = 2 * hit / (predicted + gold_count)
    assert f1 >= 0.98


def test_a_sentence_ending_inside_its_closing_quote_ends_there():
    # NLTK's Punkt split here only from 3.10.2 on, the floor pyproject.toml sets
    text = "Mayor Jones said the plan was “a road to nowhere.” He wasn’t joking, officials said."
    doc = segment(Document(text="Road plan\n\n" + text))
    assert [doc.span_text(s) for s in doc.sentences] == [
        "Mayor Jones said the plan was “a road to nowhere.”", "He wasn’t joking, officials said."]


@pytest.mark.parametrize("rule", BEFORE_TITLE + AFTER_TITLE, ids=lambda rule: rule.reason)
def test_each_furniture_rule_takes_its_own_example(rule):
    story = ("The port authority said on Tuesday that container traffic had fallen for the third month running, "
             "as shipping lines cut sailings ahead of the winter season.")
    doc = segment(Document(text=f"Port traffic falls again\n\n{story}\n\n{rule.example}\n\n{story}"))
    taken = {doc.span_text(block): (block.kind, block.reason) for block in doc.blocks}
    assert taken[rule.example] == (rule.kind, rule.reason)
    assert len(doc.sentences) == 2  # and the article around it is untouched


def test_furniture_inside_a_paragraph_takes_only_its_sentence():
    text = ("Port traffic falls again\n\nThe port authority said traffic fell for the third month. Sign up for "
            "the free daily newsletter. Shipping lines cut sailings ahead of the winter.")
    doc = segment(Document(text=text))
    assert [(doc.span_text(b), b.reason) for b in doc.blocks if b.kind != BODY][1:] == [
        ("Sign up for the free daily newsletter.", "newsletter sign-up")]
    assert [doc.span_text(s) for s in doc.sentences] == [
        "The port authority said traffic fell for the third month.",
        "Shipping lines cut sailings ahead of the winter."]


def test_the_headlines_listed_under_you_may_also_like_are_no_article_text():
    text = ("Band sets tour\n\nThe band will tour North America next summer, its first tour in ten years.\n\n"
            "You may also like...\n\nWho will make the Rock Hall in 2020?\n\nDrummer takes over fan vote\n\n"
            "The band said tickets go on sale on Friday at noon, with a limit of four a buyer, and that prices "
            "would be announced then.")
    doc = segment(Document(text=text))
    assert [(doc.span_text(b), b.reason) for b in doc.blocks if b.kind != BODY][1:] == [
        ("You may also like...", "related list"), ("Who will make the Rock Hall in 2020?", "related headline"),
        ("Drummer takes over fan vote", "related headline")]
    assert len(doc.sentences) == 2  # a paragraph of the article ends the list


def test_a_photo_position_marks_a_caption_but_other_brackets_do_not():
    text = ("Derby lose again\n\nDerby lost 2-0 at home to Norwich on Saturday, their fourth defeat in a row.\n\n"
            "Alberto Bueno (left) in action for Derby against Norwich during his spell with the club\n\n"
            "The manager (right now the longest serving in the league) said the side would recover.")
    doc = segment(Document(text=text))
    assert [doc.span_text(s) for s in doc.sentences] == [
        "Derby lost 2-0 at home to Norwich on Saturday, their fourth defeat in a row.",
        "The manager (right now the longest serving in the league) said the side would recover."]


@pytest.mark.parametrize("text, expected", [
    # a photo caption pasted without its full stop runs into the story's first sentence
    ("Title line\n\nRhodri Giggs outside court yesterday, where he was banned from driving The brother of"
     " Ryan Giggs has lost his job.",
     ["Rhodri Giggs outside court yesterday, where he was banned from driving",
      "The brother of Ryan Giggs has lost his job."]),
    ("Title line\n\nHaul: The cherry picker on the roof of HMP Altcourse in Liverpool The amount of drugs"
     " thrown into the prison is so high.",
     ["Haul: The cherry picker on the roof of HMP Altcourse in Liverpool",
      "The amount of drugs thrown into the prison is so high."]),
    ("Title line\n\nDr Ram Manohar has denied four counts of sexual assault A senior doctor is accused.",
     ["Dr Ram Manohar has denied four counts of sexual assault", "A senior doctor is accused."]),
    ("Title line\n\nThe massacre of 1.5 million Armenians And it's the seventh year he has not said so.",
     ["The massacre of 1.5 million Armenians", "And it's the seventh year he has not said so."]),
    # names and titles keep their capitals mid-sentence
    ("Title line\n\nHe was caught with Class A drugs after a Plan B deal. She starred in Faking It and Doctor Who.",
     ["He was caught with Class A drugs after a Plan B deal.", "She starred in Faking It and Doctor Who."]),
    ("Title line\n\nThe song How We do reached number four, behind You Can Do It on the chart.",
     ["The song How We do reached number four, behind You Can Do It on the chart."]),
    ("Title line\n\nHe read it in The Times and The Guardian today.",
     ["He read it in The Times and The Guardian today."]),
])
def test_a_caption_run_into_a_sentence_is_split_from_it(text, expected):
    assert sentences_of(text) == expected
