"""Ranking: our vectorised Reduction agrees with sumy's, and the blend behaves as designed."""
import pytest

from bench.sumy_reference import centrality
from briefing.analyse.rank import rank_sentences, reduction_scores
from briefing.analyse.segment import segment
from briefing.model import Document
from briefing.pipeline import analyse_document


def test_vectorised_reduction_matches_sumy_on_real_articles(shared):
    articles = sorted((shared / "data" / "bbc-dev" / "articles").glob("*.txt"))
    articles += sorted((shared / "data" / "polnear-dev" / "texts").glob("*.txt"))[:30]
    for path in articles:
        doc = segment(Document(text=path.read_text(encoding="utf-8"), path=str(path)))
        texts = [doc.span_text(s).strip() for s in doc.sentences]
        if len(set(texts)) < len(texts):
            continue  # sumy keys ratings by text, so repeated sentences pool theirs; ours keep them apart
        ours, sumy = reduction_scores(doc), centrality(doc, "reduction")
        assert ours == pytest.approx(sumy, abs=1e-9), path.name
        def top(scores):
            return sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:5]
        assert top(ours) == top(sumy), path.name


def test_fragments_rank_below_full_sentences():
    text = ("Budget row\n\nThe finance minister said the budget deficit would grow next year as spending rose. "
            "Deficit grew. The budget plan raised spending on schools and the deficit worried investors.")
    doc = segment(Document(text=text))
    rank_sentences(doc)
    ranks = {doc.span_text(s): s.rank for s in doc.sentences}
    assert ranks["Deficit grew."] == 3
    assert sorted(ranks.values()) == [1, 2, 3]


def test_a_pasted_run_of_captions_ranks_below_the_news_it_repeats():
    # A caption run pasted without full stops shares the story's words and so is central to it
    # by word counts alone; past reading length it gives way to the sentence that tells the news.
    news = "The striker signed a new contract with the club on Friday after weeks of talks with the manager."
    run = ("The striker celebrates a goal for the club against the visitors at home on Saturday The manager "
           "watches the striker from the touchline as the club take the lead The striker and the manager "
           "shake hands after the talks on the new contract at the club's training ground on Friday morning")
    text = (f"Striker signs\n\n{news}\n\n{run}.\n\nFans said the club should have offered the contract sooner "
            "than it did.")
    doc = segment(Document(text=text))
    rank_sentences(doc)
    assert min(doc.sentences, key=lambda s: s.rank).start == text.index(news)


def ranked(text: str) -> list[str]:
    doc = analyse_document(Document(text=text))  # sentences and quotes
    rank_sentences(doc)
    return [doc.span_text(s) for s in sorted(doc.sentences, key=lambda s: s.rank)]


# A story told a sentence a paragraph, as newsrooms write it: the background sentence near its end
# shares the most words with the rest, so centrality alone would rank it first.
NEWS = [
    "A court jailed a former mayor of the port city for ten years on Friday for taking bribes from builders.",
    "The judge said the mayor had sold building permits for cash over six years in office.",
    "Prosecutors said the bribes paid for a villa, two cars and holidays abroad.",
    "The mayor denied the charges and said he would appeal.",
    "Builders in the port city said the mayor, the judge and the court had heard of the bribes, "
    "the permits, the cash and the villa for years before the mayor of the port city was charged.",
]


def test_a_story_told_a_sentence_a_paragraph_leads_with_its_lead():
    assert ranked("Mayor jailed\n\n" + "\n\n".join(NEWS) + "\n")[:3] == NEWS[:3]


def test_text_in_long_paragraphs_is_ranked_by_centrality():
    assert ranked("Mayor jailed\n\n" + " ".join(NEWS) + "\n")[0] == NEWS[4]


def test_the_lead_passes_over_a_fragment_and_a_caption_glued_to_the_sentence_it_repeats():
    caption = "The former mayor leaves the court in handcuffs on Friday"  # pasted without its full stop
    paragraphs = ["Ten years.", f"{caption} {NEWS[0]}", NEWS[0], *NEWS[1:]]
    top = ranked("Mayor jailed\n\n" + "\n\n".join(paragraphs) + "\n")[:3]
    assert top == NEWS[:3]  # of the two tellings, the shorter


def test_the_lead_passes_over_a_line_that_introduces_what_follows():
    paragraphs = ["The Latest on the jailing of the former mayor of the port city (all times local):", *NEWS]
    assert ranked("Mayor jailed\n\n" + "\n\n".join(paragraphs) + "\n")[:3] == NEWS[:3]
