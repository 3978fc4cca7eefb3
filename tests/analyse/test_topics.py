"""Topics: reading them, routing sentences, discovering them."""
import pytest

from briefing.analyse.segment import segment
from briefing.analyse.topics import discover_topics, route_topics
from briefing.errors import InputError
from briefing.ingest.topics_file import load_topics_file, parse_topic_option
from briefing.model import Document, Topic

from conftest import SAMPLE_TOPICS


def test_topics_file(tmp_path):
    topics = load_topics_file(str(SAMPLE_TOPICS))
    assert [t.name for t in topics] == ["Migration", "Democracy", "COVID aid"]
    assert "asylum" in topics[0].keywords


@pytest.mark.parametrize("content, problem", [
    ("[[topic]\nname = 'x'", "TOML syntax error"),
    ("title = 'no topics here'", "no topics in it"),
    ("[[topic]]\nkeywords = ['a']", "topic 1 has no name"),
    ("[[topic]]\nname = 'A'\nkeywords = 'a, b'", "keywords must be a list"),
])
def test_bad_topics_file(tmp_path, content, problem):
    path = tmp_path / "topics.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as caught:
        load_topics_file(str(path))
    assert str(caught.value).startswith(str(path))


def test_topic_option():
    assert parse_topic_option("COVID aid: vaccine, doses") == Topic("COVID aid", ["vaccine", "doses"])
    assert parse_topic_option("Energy") == Topic("Energy", ["Energy"])
    with pytest.raises(InputError):
        parse_topic_option(": vaccine")


ARTICLE = """Ministers meet

Ministers discussed migration at the summit. Thousands of migrants crossed the border this year.
Officials said border camps for migrants are full.

Vaccine doses arrived by plane on Monday. Health workers began giving the doses in clinics.

The weather was mild during the talks."""


def test_sentences_routed_to_their_topic():
    doc = segment(Document(text=ARTICLE))
    route_topics([doc], [Topic("Migration", ["migration", "migrants"]), Topic("COVID aid", ["vaccine", "doses"])])
    topics = {doc.span_text(s)[:25]: s.topic for s in doc.sentences}
    assert topics["Ministers discussed migra"] == "Migration"
    # no keyword of its own: it inherits its paragraph's topic
    assert topics["Officials said border cam"] == "Migration"
    assert topics["Vaccine doses arrived by "] == "COVID aid"
    assert topics["Health workers began givi"] == "COVID aid"


def test_discovered_topics_are_named_by_key_terms():
    text = "Budget talks\n\n" + "\n\n".join(" ".join([sentence] * 3) for sentence in [
        "The budget deficit grew as the budget plan stalled.", "Flood waters rose and flood defences failed.",
        "Football fans cheered as the football team won."])
    doc = segment(Document(text=text))
    names = [t.name.lower() for t in discover_topics([doc])]
    assert 2 <= len(names) <= 5
    assert any("budget" in n for n in names) and any("flood" in n for n in names)


def test_routing_again_replaces_earlier_topics():
    doc = segment(Document(text=ARTICLE))
    route_topics([doc], [Topic("Migration", ["migration", "migrants"]), Topic("COVID aid", ["vaccine", "doses"])])
    route_topics([doc], [Topic("Weather", ["weather", "mild"]), Topic("Health", ["vaccine", "clinics"])])
    assert {s.topic for s in doc.sentences} <= {"Weather", "Health", None}


def test_sample_article_topics_are_discovered():
    from briefing.pipeline import analyse

    from conftest import SAMPLE

    _, topics = analyse([str(SAMPLE)])
    names = [t.name for t in topics]
    assert 2 <= len(names) <= 5
    assert "Migration" in names and "COVID-19" in names
    assert not {"Policy", "Speech, standards", "Countries"} & set(names)


FOOTBALL = ["United won the cup final after a late goal from their striker.",
            "The manager praised the team and the fans after the match.",
            "The league title race tightened as the champions lost a match at home."]
BUDGET = ["The chancellor set out a budget that raises taxes on fuel and tobacco.",
          "The budget deficit will fall next year, the treasury forecast says.",
          "Economists said the taxes would slow growth and widen the deficit."]


def test_a_days_articles_are_grouped_by_subject_and_named():
    docs = [segment(Document(text=f"Story {i}\n\n" + " ".join(lines[i:] + lines[:i]), path=f"{kind}-{i}.txt"))
            for kind, lines in (("football", FOOTBALL), ("budget", BUDGET)) for i in range(3)]
    topics = discover_topics(docs)
    assert len(topics) == 2
    names = " ".join(t.name.lower() for t in topics)
    assert "match" in names or "team" in names or "fans" in names
    assert "budget" in names or "taxes" in names or "deficit" in names
    route_topics(docs, topics)
    for doc in docs:
        filed = {s.topic for s in doc.sentences}
        assert len(filed) == 1, (doc.path, filed)
    assert {docs[0].sentences[0].topic} != {docs[3].sentences[0].topic}


def test_bbc_desks_come_back_as_discovered_topics(shared):
    """50 bbc-dev articles from five desks: each desk's articles mostly land in a topic of their own."""
    from collections import Counter
    from pathlib import Path

    from briefing.pipeline import analyse

    docs, topics = analyse(sorted(str(p) for p in (shared / "data" / "bbc-dev" / "articles").glob("*.txt")))
    assert len(topics) == 5
    desk_topics = {}
    for desk in ("business", "entertainment", "politics", "sport", "tech"):
        filed = Counter(Counter(s.topic for s in doc.sentences).most_common(1)[0][0]
                        for doc in docs if Path(doc.path).name.startswith(desk))
        desk_topics[desk], count = filed.most_common(1)[0]
        assert count >= 7, (desk, filed)
    assert len(set(desk_topics.values())) == 5


def test_verbs_are_not_topic_terms():
    from briefing.analyse.topics.discover import sentence_words, topic_terms

    doc = segment(Document(text="Cup final\n\nThe team has won the cup. She has won again and was chosen to lead. "
                                "They were chosen as the team of the year. The cup went to the team."))
    table = topic_terms(sentence_words([doc]))
    named = {table.surface[t] for terms in table.by_sentence for t in terms}
    assert {"team", "cup"} <= named and not {"won", "chosen"} & named


def test_a_group_is_not_named_twice_by_one_word():
    from collections import Counter

    import numpy as np

    from briefing.analyse.topics.discover import TermTable, name_group

    weights = [{"virus": 3.0, "anti-virus": 2.9, "secur": 2.5}, {"virus": 2.8, "anti-virus": 2.7, "secur": 2.4},
               {"laptop": 3.0}, {"laptop": 2.5}]
    surface = {"virus": "virus", "anti-virus": "anti-virus", "secur": "security", "laptop": "laptop"}
    table = TermTable([], surface, Counter(), frozenset(surface), Counter(), {})
    topic = name_group(weights, table, np.array([True, True, False, False]))
    assert topic.name == "Virus, security" and topic.keywords[:2] == ["virus", "anti-virus"]


def test_many_articles_are_grouped_by_a_sample_and_all_join_a_group(shared, monkeypatch):
    """Past MAX_GROUPED articles the groups come from an even sample; here 20 of bbc-dev's 50."""
    from collections import Counter
    from pathlib import Path

    from briefing.analyse.topics import discover
    from briefing.pipeline import analyse

    monkeypatch.setattr(discover, "MAX_GROUPED", 20)
    docs, found = analyse(sorted(str(p) for p in (shared / "data" / "bbc-dev" / "articles").glob("*.txt")))
    assert len(found) == 5
    kept = 0
    for desk in ("business", "entertainment", "politics", "sport", "tech"):
        filed = Counter(Counter(s.topic for s in doc.sentences).most_common(1)[0][0]
                        for doc in docs if Path(doc.path).name.startswith(desk))
        kept += filed.most_common(1)[0][1] >= 7
    assert kept >= 4


def test_a_topic_s_wider_words_are_learnt_from_the_articles_its_keywords_decide():
    # the keyword opens each article; the words that tell the subject come in other paragraphs
    sport = ["The match was played on Saturday.", "The striker scored twice in the league.",
             "The goalkeeper was injured in the league."]
    politics = ["The election was called on Monday.", "The candidate asked voters for their ballot.",
                "Voters queued at the ballot boxes."]
    docs = [segment(Document(text=f"Report {i}\n\n" + "\n\n".join(sport if i % 2 else politics))) for i in range(12)]
    # no keyword of either topic: only the words the other articles taught say what it is about
    unlabelled = segment(Document(text="Late winner\n\nThe striker scored in the league. The goalkeeper was beaten."))
    topics = [Topic("Sport", ["match"]), Topic("Politics", ["election"])]
    route_topics([*docs, unlabelled], topics)
    assert [s.topic for s in unlabelled.sentences] == ["Sport", "Sport"]
    route_topics([unlabelled], topics)  # alone, with nothing to learn from
    assert [s.topic for s in unlabelled.sentences] == [None, None]


def test_the_word_model_never_answers_with_a_topic_no_article_taught():
    from collections import Counter

    from briefing.analyse.topics.route import NaiveBayes

    bags = [Counter({"match": 3, "striker": 2, "league": 1})] * 5
    model = NaiveBayes(bags, [0] * 5, 2, vocabulary=3)
    assert model.classify(Counter({"ballot": 4, "voters": 2})) == 0


def discovered(paragraphs: list[str], **document) -> list[Topic]:
    """The topics discovered in one article of these paragraphs, told twice over."""
    return discover_topics([segment(Document(text="Day\n\n" + "\n\n".join(paragraphs * 2), **document))])


def test_discovered_names_leave_out_the_function_words_of_the_article_s_language():
    paragraphs = [
        "Правительство говорит, что бюджет вырос. Для бюджета это хорошо, как сказал министр.",
        "Министр сказал, что бюджет растёт. Для страны бюджет важен, как и налоги.",
        "Наводнение затопило город. Что делать, если наводнение вернётся, как весной?",
        "Наводнение разрушило мост, что закрыло дорогу. Для жителей наводнение стало бедой, как и для фермеров.",
    ]
    names = [word for topic in discovered(paragraphs) for word in topic.name.lower().split(", ")]
    assert names and not {"что", "для", "как", "и", "это"} & set(names)


# The verb forms that named sections of these pages before names had to be subjects ("shares rose").
VERB_FORMS = {"perform", "remain", "remember", "feel", "felt", "put", "rose", "fell", "lost", "held", "shot", "owns",
              "assert", "improve", "carries", "oppose", "express"}


def test_the_sections_discovered_on_real_web_pages_are_named_by_subjects(shared, tmp_path):
    """The 181 web-dev pages, each alone: every discovered section has something under it, a
    named one at least one bullet, and no name is a verb form, a stop word of the page's
    language, part of the page's address or the site's name."""
    import gzip
    from urllib.parse import urlsplit

    from briefing.analyse.words import foreign_stop_words, stop_words, words
    from briefing.compose.select import SelectOptions, select
    from briefing.model import OTHER_NEWS
    from briefing.pipeline import analyse

    bad = []
    for page in sorted((shared / "data" / "web-dev" / "pages").glob("*.html.gz")):
        html = tmp_path / page.name.removesuffix(".gz")
        html.write_bytes(gzip.decompress(page.read_bytes()))
        try:
            docs, topics = analyse([str(html)])
        except InputError:
            continue  # no article on the page: no memo
        memo = select(docs, topics, SelectOptions())
        doc = docs[0]
        site = set((urlsplit(doc.url).hostname or html.stem).lower().split("."))
        site |= {word.lower() for word in words(doc.source or "")}
        stops = stop_words() | foreign_stop_words(words(doc.text))
        for section in memo.sections:
            if not (section.bullets or section.quotes) or (section.name != OTHER_NEWS and not section.bullets):
                bad.append((html.stem, section.name, "nothing under it"))
            if section.name == OTHER_NEWS:
                continue
            for word in section.name.replace(",", " ").split():
                low = word.lower()
                if low in stops or low in site or low in VERB_FORMS or "/" in word or "." in word:
                    bad.append((html.stem, section.name, word))
    assert not bad, "\n".join(map(str, bad))


def test_a_topic_is_named_by_the_phrase_the_article_writes():
    paragraphs = [
        "Sales of electric vehicles doubled. Electric vehicles now make up a tenth of new cars.",
        "Dealers expect electric vehicles to keep selling. Charging points for electric vehicles are scarce.",
        "The tax cuts pleased the shops. Economists say the tax cuts will cost the treasury.",
        "The tax cuts start in April. Critics of the tax cuts want a vote.",
    ]
    names = {topic.name for topic in discovered(paragraphs)}
    assert {"Electric vehicles", "Tax cuts"} <= names


def test_a_word_the_article_uses_as_a_verb_never_names_a_topic():
    paragraphs = [
        "The orchestra will perform in the hall. Musicians perform twice a week for the hall.",
        "The hall was built in 1901. The choir wants to perform in the hall again.",
        "Visitors to the museum remain rare. The museum hopes to remain open in winter.",
        "The museum owns a painting. Staff at the museum remain hopeful about the museum.",
    ]
    words = {word for topic in discovered(paragraphs) for word in topic.name.lower().replace(",", "").split()}
    assert "hall" in words and "museum" in words
    assert not {"perform", "remain", "owns"} & words


def test_a_subject_with_no_name_of_its_own_is_other_news():
    from briefing.analyse.topics.discover import with_other_news
    from briefing.model import OTHER_NEWS

    topics = with_other_news([Topic("Voters, election", ["voters"], True), Topic(OTHER_NEWS, ["put"], True),
                              Topic("Tariffs", ["tariffs"], True), Topic("Election, voters", ["polls"], True)])
    assert [(t.name, t.keywords) for t in topics] == [
        ("Voters, election", ["voters"]), ("Tariffs", ["tariffs"]), (OTHER_NEWS, ["put", "polls"])]


def test_the_site_s_name_never_names_a_topic():
    paragraphs = ["The team at comwrap built the shop. The comwrap shop sells tea at the comwrap stand.",
                  "The harbour ships the tea. The harbour was dredged for the tea ships.",
                  "A new road to the harbour opens in May. The road cost the city a lot."]
    assert "comwrap" in " ".join(topic.name.lower() for topic in discovered(paragraphs, url="https://example.org/a"))
    on_its_site = discovered(paragraphs, url="https://blog.comwrap.com/a", source="comwrap")
    assert "comwrap" not in " ".join(topic.name.lower() for topic in on_its_site)
