"""What the memo says: no repeats, whole quoted statements, citations to every outlet."""
from briefing.compose.select import SelectOptions, as_statement, select
from briefing.ingest.topics_file import load_topics_file
from briefing.model import Topic
from briefing.pipeline import analyse

from conftest import SAMPLE, SAMPLE_TOPICS


def test_statement_display():
    assert as_statement("We will act,") == "We will act."
    assert as_statement("the most complicated crisis in the world") == "…the most complicated crisis in the world…"
    long = "We will act now. " + "This sentence has exactly ten words in it, you see. " * 5
    shown = as_statement(long.strip())
    assert shown.startswith("We will act now.") and shown.endswith(" …") and len(shown.split()) <= 41


def test_tail_of_a_quote_shows_the_whole_statement(tmp_path):
    text = ("Ministers meet\n\n"
            "Officials met on Tuesday in the capital to discuss the border crisis and the budget for next year.\n\n"
            "“We will not abandon them. We will build shelters for every family that has crossed the river this year,” "
            "said Ana Ruiz, the interior minister of the republic, at a long press conference on the steps of the "
            "parliament building in the capital city on Tuesday evening after the talks ended without agreement.\n")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    docs, topics = analyse([str(path)], [Topic("Border", ["border", "shelters"])])
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    bullets = [b.text for b in briefing.bluf] + [b.text for s in briefing.sections for b in s.bullets]
    tail = next(b for b in bullets if "said Ana Ruiz" in b)
    assert tail.startswith("“We will not abandon them.")


def test_same_story_from_two_outlets_is_said_once_citing_both(tmp_path):
    original = SAMPLE.read_text(encoding="utf-8")
    copy = (original.replace("Source: VOA News", "Source: Hemisphere Daily")
            .replace("Thursday as U.S. Secretary", "Thursday, as U.S. Secretary")
            .replace("Blinken held talks Wednesday", "On Wednesday Blinken held talks"))
    second = tmp_path / "hemisphere.txt"
    second.write_text(copy, encoding="utf-8")
    docs, topics = analyse([str(SAMPLE), str(second)], load_topics_file(str(SAMPLE_TOPICS)))
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    assert [s.outlet for s in briefing.sources] == ["VOA News", "Hemisphere Daily"]
    bullets = briefing.bluf + [b for s in briefing.sections for b in s.bullets]
    texts = [b.text for b in bullets]
    quotes = [q.text for s in briefing.sections for q in s.quotes]
    assert len(set(texts)) == len(texts) and len(set(quotes)) == len(quotes)
    assert all(b.citations == [1, 2] for b in bullets)
    assert all(q.citations == [1, 2] for s in briefing.sections for q in s.quotes)


def sample_briefing(**options):
    docs, topics = analyse([str(SAMPLE)], load_topics_file(str(SAMPLE_TOPICS)))
    return select(docs, topics, SelectOptions(date="2026-11-28", **options))


def test_max_words_trims_least_important_first():
    from briefing.compose.select import memo_words

    full = sample_briefing()
    trimmed = sample_briefing(max_words=250)
    assert memo_words(full) > 250 >= memo_words(trimmed)
    assert [b.text for b in trimmed.bluf] == [b.text for b in full.bluf]
    for cut, whole in zip(trimmed.sections, full.sections):
        # a section loses its last (least important) bullets, never its first
        assert [b.text for b in cut.bullets] == [b.text for b in whole.bullets][:len(cut.bullets)]


def test_length_presets_order_the_memo_sizes():
    from briefing.compose.select import LENGTHS, memo_words

    sizes = [memo_words(sample_briefing(**LENGTHS[name])) for name in ("short", "standard", "long")]
    assert sizes[0] < sizes[1] < sizes[2]
    assert len(sample_briefing(**LENGTHS["long"]).bluf) <= 4


def test_key_quotes_name_their_speaker(tmp_path):
    text = ("Port strike\n\n"
            "Dock workers walked out on Monday at the port over pay and the new shift rota.\n\n"
            "“No deal will be signed without a pay rise for every worker on the docks this year,” a banner read.\n\n"
            "“We cannot hold out much longer against a strike that has already cost us millions,” "
            "said Jane Doe, chief executive of the port authority.\n")
    path = tmp_path / "port.txt"
    path.write_text(text, encoding="utf-8")
    docs, topics = analyse([str(path)], [Topic("Port", ["port", "strike", "docks"])])
    quotes = [q for s in select(docs, topics, SelectOptions(date="2026-11-28")).sections for q in s.quotes]
    assert [q.speaker for q in quotes] == ["Jane Doe"]


def test_a_quote_told_with_only_its_speakers_name_and_role_is_a_key_quote_not_a_bullet(tmp_path):
    said = "“We will protect people who flee their homes,” said Maria Lopez, the foreign minister of Peru."
    text = ("Migration plan\n\nMinisters from ten countries agreed a plan on migration on Thursday.\n\n"
            f"{said}\n\nThe plan gives $50 million to border towns that host migrants.\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    docs, topics = analyse([str(path)], [Topic("Migration", ["migration", "migrants"])])
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    assert said not in [b.text for b in briefing.bluf + [b for s in briefing.sections for b in s.bullets]]
    assert [(q.speaker, q.speaker_role) for s in briefing.sections for q in s.quotes] == [
        ("Maria Lopez", "foreign minister of Peru")]


def test_subject_keeps_discovered_names_apart():
    from briefing.compose.select import default_title

    docs, _ = analyse([str(SAMPLE)])
    assert default_title(docs * 2, ["Tax, code", "NATO"]) == "Briefing: Tax, code; NATO"
    assert default_title(docs * 2, ["Migration", "NATO"]) == "Briefing: Migration, NATO"


def test_no_heading_stands_with_nothing_under_it(tmp_path):
    from briefing.compose.layout import NOTHING_ON_TOPIC
    from briefing.render.markup import render_markdown

    docs, _ = analyse([str(SAMPLE)])
    topics = [Topic("Migration", ["migration", "migrants"]), Topic("Space flight", ["rocket", "orbit"]),
              Topic("Tax, code", ["tax"], discovered=True)]
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    # a discovered topic with nothing to say is left out; a topic the user asked for says it found nothing
    assert [section.name for section in briefing.sections] == ["Migration", "Space flight"]
    assert briefing.title == "Blinken Holding Final Day of Talks in Colombia"
    memo = render_markdown(briefing)
    assert f"## Space flight\n\n{NOTHING_ON_TOPIC}" in memo


def test_a_discovered_subject_with_under_two_bullets_is_told_under_other_news(tmp_path):
    from briefing.analyse.topics import route_topics
    from briefing.model import OTHER_NEWS

    article = tmp_path / "day.txt"
    article.write_text("City news\n\n" + "\n\n".join([
        "The council approved the budget on Monday. The budget raises spending on schools by a tenth. "
        "The budget also cuts the cost of bus fares for pupils. Opponents said the budget came too late.",
        "The football club signed a new striker from Lisbon. The striker scored twice on his debut. "
        "The club's fans packed the stadium for the match. The match ended in a win for the club.",
        "Heavy rain flooded two roads near the river on Tuesday. The rain is due to ease by the weekend.",
    ]), encoding="utf-8")
    docs, _ = analyse([str(article)])
    topics = [Topic(name, keywords, discovered=True) for name, keywords in
              [("Budget", ["budget"]), ("Football", ["striker", "match", "club"]), ("Rain", ["rain", "roads"])]]
    route_topics(docs, topics)
    briefing = select(docs, topics, SelectOptions(bluf_bullets=3))
    # the bottom line takes the best story of each: the rain has one bullet left, too few for a heading
    assert [(section.name, len(section.bullets)) for section in briefing.sections] == [
        ("Budget", 3), ("Football", 3), (OTHER_NEWS, 1)]
    assert "rain" in briefing.sections[-1].bullets[0].text
    assert OTHER_NEWS not in briefing.title


def test_two_figures_told_together_are_one_row(tmp_path):
    text = ("Poll shows a lead\n\nClinton leads Trump by 46 percent to 42 percent among likely voters, the poll "
            "of 1,200 people found. The poll was taken over the weekend in five states.\n")
    path = tmp_path / "poll.txt"
    path.write_text(text, encoding="utf-8")
    docs, topics = analyse([str(path)], [Topic("Polls", ["poll"])])
    rows = [(f.text, f.measure) for f in select(docs, topics, SelectOptions(date="2026-11-28")).figures]
    assert ("46 percent to 42 percent", "Clinton leads Trump") in rows
    assert not any(text == "42 percent" for text, _ in rows)


def test_the_bottom_line_covers_every_topic_of_the_sample_memo():
    docs, topics = analyse([str(SAMPLE)], load_topics_file(str(SAMPLE_TOPICS)))
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    (doc,) = docs
    topic_of = {doc.span_text(sentence): sentence.topic for sentence in doc.sentences}
    filed = [next(topic for text, topic in topic_of.items() if text in bullet.text) for bullet in briefing.bluf]
    assert sorted(filed) == ["COVID aid", "Democracy", "Migration"]
    assert "6 million" in " ".join(bullet.text for bullet in briefing.bluf)  # what was given, for who reads no further


def test_the_bottom_line_draws_on_one_topic_when_there_is_one(tmp_path):
    docs, topics = analyse([str(SAMPLE)], [Topic("Colombia", ["Colombia", "Blinken", "migration", "vaccine"])])
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    assert len(briefing.bluf) == 3


def test_no_bottom_line_bullet_runs_past_four_printed_lines(tmp_path):
    long = ("The port strike that began at Rotterdam on Monday has spread to Antwerp and Hamburg, where dockworkers "
            "walked out on Wednesday over pay, while shipping lines diverted container ships to smaller ports and the "
            "port authorities of all three cities warned that the strike, now the longest in a decade, could cost "
            "the ports and the shipping lines that use them more than $80 million a day in lost trade.")
    # one paragraph: ranked by centrality, not by the order of a story told a sentence a paragraph
    text = (f"Port strike spreads\n\n{long} The port strike at Rotterdam entered its third day. "
            "Dockworkers at Antwerp joined the strike over pay. Shipping lines diverted ships from the ports.\n")
    path = tmp_path / "strike.txt"
    path.write_text(text, encoding="utf-8")
    docs, topics = analyse([str(path)], [Topic("Ports", ["port", "strike", "dockworkers"])])
    briefing = select(docs, topics, SelectOptions(date="2026-11-28"))
    assert docs[0].sentences[0].rank == 1 and len(long) > 360  # the most central sentence is the long one
    assert briefing.bluf and all(len(bullet.text) <= 360 for bullet in briefing.bluf)
    assert long in [bullet.text for section in briefing.sections for bullet in section.bullets]  # told below


def test_a_story_several_outlets_tell_comes_before_a_story_of_one(tmp_path):
    articles = {
        "port.txt": ("Source: Port Times", "Port strike ends",
                     "Dockworkers at Rotterdam ended their strike on Friday after a pay deal with employers.",
                     "The port said ships would be unloaded over the weekend."),
        "andes.txt": ("Source: Andes Wire", "Peru floods",
                      "Floods in northern Peru forced 20,000 people from their homes on Thursday, officials said.",
                      "Rescue teams reached the worst hit villages by boat."),
        "hemisphere.txt": ("Source: Hemisphere Daily", "Floods in Peru",
                           "Floods in northern Peru forced 20,000 people from their homes on Thursday, officials said.",
                           "The army sent helicopters with food and water."),
    }
    paths = []
    for name, (source, title, first, second) in articles.items():
        path = tmp_path / name
        path.write_text(f"{source}\n\n{title}\n\n{first}\n\n{second}\n", encoding="utf-8")
        paths.append(str(path))
    docs, topics = analyse(paths, [Topic("News", ["strike", "floods", "port", "peru"])])
    briefing = select(docs, topics, SelectOptions(date="2026-11-28", bluf_bullets=1))
    (first,) = briefing.bluf
    assert first.text.startswith("Floods in northern Peru") and first.citations == [2, 3]


def test_advice_to_the_reader_is_a_bullet_only_where_no_news_is_left(tmp_path):
    path = tmp_path / "deal.txt"
    path.write_text("Streaming service launches\n\n"
                    "If you just want the streaming service, you can sign up for a free trial and cancel any time.\n\n"
                    "The streaming service launched in ten countries on Tuesday with 500 films and series.\n\n"
                    "The company said 10 million people had signed up on the first day of the streaming service.\n\n"
                    "“We think you will love it,” said Ana Ruiz, the company's chief executive.\n", encoding="utf-8")
    docs, topics = analyse([str(path)], [Topic("Streaming", ["streaming", "films"])])
    briefing = select(docs, topics, SelectOptions(date="2026-11-28", bluf_bullets=2))
    bullets = [b.text for b in briefing.bluf] + [b.text for s in briefing.sections for b in s.bullets]
    assert sorted(bullets[:2]) == [
        "The company said 10 million people had signed up on the first day of the streaming service.",
        "The streaming service launched in ten countries on Tuesday with 500 films and series."]


def two_outlets(tmp_path, change=None):
    """The sample article and a second outlet's copy of it, changed as `change` says."""
    text = SAMPLE.read_text(encoding="utf-8")
    first, second = tmp_path / "a-voa.txt", tmp_path / "b-other.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(change(text) if change else text, encoding="utf-8")
    docs, topics = analyse([str(first), str(second)], load_topics_file(SAMPLE_TOPICS))
    return docs, select(docs, topics, SelectOptions(date="2026-11-28"))


def test_sources_that_disagree_on_a_figure_share_one_row_that_says_so(tmp_path):
    from briefing.compose.layout import figure_cell

    docs, briefing = two_outlets(tmp_path, lambda text: text.replace("more than 5 million", "4.6 million"))
    leaving = [figure for figure in briefing.figures if "leaving the country" in (figure.measure or "")]
    assert len(leaving) == 1
    row = leaving[0]
    assert [(reading.text, reading.citations) for reading in row.readings] == [
        ("more than 5 million", [1]), ("4.6 million", [2])]
    assert row.citations == [1, 2]
    assert figure_cell(row) == "more than 5 million [1]; 4.6 million [2] — sources differ"
    # the same measure carries one group number in both articles
    groups = {f.group for doc in docs for f in doc.figures if "leaving the country" in (f.measure or "")}
    assert len(groups) == 1


def test_sources_that_agree_on_a_figure_share_one_row_citing_both(tmp_path):
    _, briefing = two_outlets(tmp_path)
    assert briefing.figures and all(figure.citations == [1, 2] and not figure.readings for figure in briefing.figures)
    assert len({figure.text for figure in briefing.figures}) == len(briefing.figures)


def figure_table(tmp_path, text: str) -> tuple[dict[str, str | None], list[tuple[str, str | None]]]:
    """What each figure of the article measures, and the key-figures table's rows."""
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    docs, topics = analyse([str(article)])
    measures = {docs[0].text[f.start:f.end]: f.measure for f in docs[0].figures}
    return measures, [(figure.text, figure.measure) for figure in select(docs, topics, SelectOptions()).figures]


def test_the_table_leaves_out_a_figure_that_does_not_say_what_it_measures(tmp_path):
    measures, rows = figure_table(tmp_path, "Port news\n\nThe port handled 300,000 containers in May, a record for "
                                            "the harbour. Its rival says 45,000.\n")
    assert [text for text, _ in rows] == ["300,000"]
    assert measures["45,000"] is None or len(measures["45,000"].split()) < 2


def test_a_measure_opening_on_a_unit_of_time_is_not_in_the_table(tmp_path):
    measures, rows = figure_table(tmp_path, "Music service\n\nIt is a flat $15 per month for unlimited "
                                            "downloads. Its makers have sold 2 million copies of the player.\n")
    assert measures["$15"].startswith("month") and ("$15", measures["$15"]) not in rows  # a rate's unit
    assert ("2 million", measures["2 million"]) in rows


def test_a_measure_ending_on_the_particle_of_its_verb_is_in_the_table(tmp_path):
    _, rows = figure_table(tmp_path, "Plant closes\n\nAbout 3,000 staff have been laid off. The plant closed on "
                                     "Monday.\n")
    assert rows == [("About 3,000", "staff laid off")]


def test_the_same_quote_told_by_two_outlets_is_one_key_quote_citing_both(tmp_path):
    _, briefing = two_outlets(tmp_path)
    quotes = [quote for section in briefing.sections for quote in section.quotes]
    assert quotes and all(quote.citations == [1, 2] and not quote.other_speakers for quote in quotes)


def test_outlets_that_name_different_speakers_for_a_quote_are_both_shown(tmp_path):
    from briefing.compose.wording import speaker_line

    _, briefing = two_outlets(tmp_path, lambda text: text.replace("” Duque said.", "” said Maria Lopez, a minister."))
    [quote] = [q for section in briefing.sections for q in section.quotes if "frozen bones" in q.text]
    assert quote.citations == [1, 2]
    assert [(other.speaker, other.citations) for other in quote.other_speakers] == [("Maria Lopez", [2])]
    line = speaker_line(quote)
    assert "Duque" in line and "[1]" in line and "Maria Lopez" in line and "[2]" in line
    assert line.endswith("sources differ on who said it")


def test_a_fragment_of_reported_speech_is_no_key_quote(tmp_path):
    article = tmp_path / "health.txt"
    article.write_text(
        "Health row\n\n"
        "The New York Post reported that Clinton wanted to “keep the details of her medical treatment under "
        "wraps for as long as she possibly could.”\n\n"
        "“We have released more medical information than any candidate in this race,” said Brian Fallon, "
        "a campaign spokesman.\n", encoding="utf-8")
    docs, topics = analyse([str(article)], [Topic("Health", ["medical", "treatment", "health"])])
    quotes = [quote for section in select(docs, topics, SelectOptions()).sections for quote in section.quotes]
    assert [quote.speaker for quote in quotes] == ["Brian Fallon"]
