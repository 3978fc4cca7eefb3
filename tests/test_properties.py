"""Property-based: any text or bytes either give a valid analysis and memo, or the one input error."""
import string

from docx import Document as WordDocument
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.analyse.figures import find_figures, lexicon
from briefing.compose.select import SelectOptions, select
from briefing.errors import InputError
from briefing.model import Topic
from briefing.pipeline import analyse
from briefing.render.word import docx_bytes

NEWSY = st.text(alphabet=string.ascii_letters + string.digits + " .,;:!?'\"“”‘’$£€%-—…\n\t()"
                + "éñü中文😀\u202e\x00\x07\x1b", max_size=600)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check_analysis(path):
    try:
        docs, topics = analyse([str(path)], [Topic("Money", ["money", "$"])])
    except InputError as error:
        assert str(path) in str(error) and "\n" not in str(error)
        return None
    doc = docs[0]
    for span in [*doc.sentences, *doc.quotes, *doc.figures, *doc.blocks]:
        assert 0 <= span.start <= span.end <= len(doc.text)
    for quote in doc.quotes:
        assert doc.text[quote.start:quote.end].strip()
    return docs, topics


@SETTINGS
@given(text=NEWSY)
def test_any_text_analyses_and_renders(tmp_path, text):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    result = check_analysis(path)
    if result is None:
        return
    out = tmp_path / "memo.docx"
    out.write_bytes(docx_bytes(select(*result, SelectOptions(date="2026-11-28"))))
    assert WordDocument(str(out)).paragraphs


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".docx", ".md"]))
def test_any_bytes_give_an_analysis_or_the_input_error(tmp_path, data, suffix):
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    check_analysis(path)


WORDY = st.lists(st.sampled_from("the a budget budgets tax taxes match goal team election vote party has was she "
                                 "NATO Iran film award won chosen . , \n\n".split(" ")), max_size=80).map(" ".join)


@SETTINGS
@given(texts=st.lists(st.one_of(WORDY, NEWSY), min_size=4, max_size=8))
def test_any_day_of_articles_gives_at_most_five_named_topics(tmp_path, texts):
    """Without topics, several articles are grouped into topics; odd ones never break that."""
    paths = []
    for number, text in enumerate(texts):
        path = tmp_path / f"article-{number}.txt"
        path.write_text("Headline\n\n" + text, encoding="utf-8", errors="surrogatepass")
        paths.append(str(path))
    try:
        docs, topics = analyse(paths, on_error=lambda error: None)
    except InputError:
        return
    assert len(topics) <= 5 and all(topic.name and topic.keywords for topic in topics)
    assert {s.topic for doc in docs for s in doc.sentences} <= {t.name for t in topics} | {None}


# The words the measure's readings turn on, from their own lists, with figures and punctuation between
READING_WORDS = sorted({*lexicon.CHANGE_NOUNS, *lexicon.COMPARATIVES, *lexicon.SUBJECT_PRONOUNS, *lexicon.DASHES,
                        *lexicon.RACE_TITLES, *lexicon.PARTICLES, *lexicon.RELATIVES, *lexicon.PASSIVE,
                        *lexicon.MODALS, *lexicon.DETERMINERS, *lexicon.AMOUNT_LINKS, *lexicon.DIRECTIONS,
                        *"$5m 20% £3bn 60m 7.35 3km 12 six million years months , . ( ) ’s of in for over than "
                         "by to at from top Google said expected paid price stake".split()})


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(READING_WORDS), max_size=25))
@example(words="rose more best at the more total rise $5m".split())  # once a measure of nine words
@example(words="video ads , which are 20% less profitable than search ads .".split())  # once an IndexError
def test_any_run_of_reading_words_gives_figures_with_short_measures(words):
    text = " ".join(words)
    for figure in find_figures(text):
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.measure is None or 0 < len(figure.measure.split()) <= 8, (text, figure.measure)
