"""`make bench`: run the project's scorers (../shared/eval) on ../shared/data and print their tables.

Skips, saying so, when ../shared is absent (it is on CI and developer machines, not users').
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path

from briefing.analyse.rank import rank_sentences, set_ranks
from briefing.errors import InputError
from briefing.ingest.topics_file import load_topics_file
from briefing.model import Document
from briefing.pipeline import analyse, analyse_document
from briefing.render.extraction import extraction_dict

from sumy_reference import build_sumy_document, centrality  # beside this script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared", type=Path)
    args = parser.parse_args()
    shared = args.shared
    if not (shared / "eval").is_dir():
        print(f"bench: skipped, {shared} not found (the scorers and data live there)")
        return 0
    work = Path(tempfile.mkdtemp(prefix="briefing-bench-"))
    summaries(shared, work)
    seed_topics(shared)
    seed_figures(shared, work)
    quotes(shared, work)
    web_pages(shared, work)
    speed(shared, work)
    return 0


def run_scorer(shared: Path, script: str, *args) -> str:
    result = subprocess.run([sys.executable, str(shared / "eval" / script), *map(str, args)],
                            capture_output=True, text=True, check=True)
    return result.stdout.strip()


def summaries(shared: Path, work: Path) -> None:
    data = shared / "data" / "bbc-dev"
    topics = load_topics_file(str(data / "topics.toml"))
    ranking_table(shared, work, "bbc-dev", topics, ALL_RANKINGS)
    print("\n== bbc-dev: topic routing with bbc-dev/topics.toml, score_topics.py")
    print(run_scorer(shared, "score_topics.py", work / "extract-bbc-dev-briefing.json"))
    large = shared / "data" / "bbc-large"
    docs, routed_topics = analyse(sorted(str(p) for p in (large / "articles").glob("*.txt")), topics,
                                  jobs=os.cpu_count() or 1)
    (work / "extract-bbc-large-routed.json").write_text(json.dumps(extraction_dict(docs, routed_topics)),
                                                         encoding="utf-8")
    print("\n== bbc-large: topic routing with bbc-dev/topics.toml, score_topics.py")
    print(run_scorer(shared, "score_topics.py", work / "extract-bbc-large-routed.json"))
    # The newsroom highlights are the target; the BBC extracts a floor (sumy Reduction alone)
    ranking_table(shared, work, "cnndm-dev", None, ALL_RANKINGS, k=3)
    ranking_table(shared, work, "bbc-large", None, FLOOR_RANKINGS)
    discovery(shared)


def discovery(shared: Path) -> None:
    """Topics discovered on bbc-large with none given: each article's group (the topic most of its
    sentences are filed under) against its desk, as purity and normalised mutual information."""
    import math
    from collections import Counter

    files = sorted(str(p) for p in (shared / "data" / "bbc-large" / "articles").glob("*.txt"))
    docs, topics = analyse(files, None, jobs=os.cpu_count() or 1)
    pairs = []
    for doc in docs:
        filed = Counter(s.topic for s in doc.sentences if s.topic)
        pairs.append((Path(doc.path).name.split("-")[0], filed.most_common(1)[0][0] if filed else "(none)"))
    n = len(pairs)
    joint, desks, groups = Counter(pairs), Counter(d for d, _ in pairs), Counter(g for _, g in pairs)
    purity = sum(max(c for (d, g2), c in joint.items() if g2 == g) for g in groups) / n
    mutual = sum(c / n * math.log(c * n / (desks[d] * groups[g])) for (d, g), c in joint.items())
    entropy = [-sum(c / n * math.log(c / n) for c in counts.values()) for counts in (desks, groups)]
    nmi = 2 * mutual / (entropy[0] + entropy[1]) if sum(entropy) else 0.0
    print(f"\n== bbc-large: topics discovered with none given ({len(docs)} articles)")
    print(f"purity {100 * purity:.1f}  NMI {nmi:.3f}  against the five desks; "
          f"names: {', '.join(repr(topic.name) for topic in topics)}")


ALL_RANKINGS = {"briefing": None, "lead": "lead", "sumy Reduction": "reduction-stemmed",
                "sumy Reduction, words": "reduction", "sumy TextRank": "textrank", "sumy LexRank": "lexrank"}
FLOOR_RANKINGS = {"briefing": None, "lead": "lead", "sumy Reduction": "reduction-stemmed"}


def ranking_table(shared: Path, work: Path, corpus: str, topics, rankings: dict[str, str | None],
                  k: int | None = None) -> None:
    """Rank the corpus's articles with briefing and with each reference ranking, and score each."""
    data = shared / "data" / corpus
    files = sorted(str(p) for p in (data / "articles").glob("*.txt"))
    started = time.perf_counter()
    docs, topics = analyse(files, topics, jobs=os.cpu_count() or 1)
    seconds = time.perf_counter() - started
    against = f"top {k} against the highlights" if k else "top k (the reference's size) against the extracts"
    print(f"\n== {corpus}: sentence ranking, {against} ({len(docs)} articles, {seconds:.1f} s), score_summaries.py")
    print(f"{'ranking':<22} scores")
    scores: dict[str, dict[str, float]] = {}
    for label, summarizer in rankings.items():
        if summarizer:
            rerank(docs, summarizer)
        out = work / f"extract-{corpus}-{summarizer or 'briefing'}.json"
        out.write_text(json.dumps(extraction_dict(docs, topics)), encoding="utf-8")
        extra = ["--k", str(k)] if k else []
        line = run_scorer(shared, 'score_summaries.py', data, out, *extra).splitlines()[-1]
        scores[label] = {name: float(value) for name, value in re.findall(r"(R1|P@3) ([\d.]+)", line)}
        print(f"{label:<22} {line}")
    # issue 14's checks: above the lead on the newsroom highlights, above sumy Reduction on the BBC extracts
    for other in [label for label in ("lead", "sumy Reduction") if label in scores]:
        print(f"briefing against {other}: " + ", ".join(f"{name} {value - scores[other][name]:+.2f}"
                                                      for name, value in scores["briefing"].items()))


def rerank(docs: list[Document], summarizer: str) -> None:
    """Rank by one signal alone, for comparison with the blend."""
    for doc in docs:
        n = len(doc.sentences)
        scores = [1 - i / max(1, n) for i in range(n)] if summarizer == "lead" else centrality(doc, summarizer)
        set_ranks(doc, scores)


def seed_topics(shared: Path) -> None:
    seed = shared / "seed"
    gold = json.loads((seed / "topics-gold.json").read_text(encoding="utf-8"))
    docs, _ = analyse([str(seed / "voa-blinken-colombia.txt")], load_topics_file(str(seed / "topics.toml")))
    doc = docs[0]
    right = 0
    misses = []
    for prefix, allowed in gold["sentences"]:
        sentence = next((s for s in doc.sentences if doc.span_text(s).startswith(prefix)), None)
        label = (sentence.topic or "Other") if sentence else "(not a sentence)"
        if label in allowed:
            right += 1
        else:
            misses.append(f"  {prefix[:50]!r}: {label}, gold {allowed}")
    total = len(gold["sentences"])
    print(f"\n== seed article: topic accuracy against topics-gold.json\n{right} of {total} "
          f"({100 * right / total:.1f}%)")
    print("\n".join(misses))


def seed_figures(shared: Path, work: Path) -> None:
    gold = shared / "data" / "seed-figures.jsonl"
    pred = work / "seed-figures.jsonl"
    write_figures([shared / "seed" / "voa-blinken-colombia.txt"], pred)
    print("\n== seed article: key figures, score_figures.py")
    print(run_scorer(shared, "score_figures.py", gold, pred))
    labelled = Path(__file__).resolve().parents[1] / "tests" / "data" / "bbc-figures.jsonl"
    if labelled.exists():
        ids = [json.loads(line)["id"] for line in labelled.read_text(encoding="utf-8").splitlines() if line.strip()]
        pred = work / "bbc-figures.jsonl"
        write_figures([shared / "data" / "bbc-dev" / "articles" / f"{i}.txt" for i in ids], pred)
        print(f"\n== bbc-dev: key figures on the {len(ids)} articles labelled in tests/data, score_figures.py")
        print(run_scorer(shared, "score_figures.py", labelled, pred))
    print("\n== what each figure measures, against the hand-written measures (head word: see measure_head)")
    sets = [("seed", gold, {"voa-blinken-colombia": shared / "seed" / "voa-blinken-colombia.txt"})]
    if labelled.exists():
        sets.append(("bbc-dev labelled", labelled, {i: shared / "data" / "bbc-dev" / "articles" / f"{i}.txt"
                                                    for i in ids}))
    # one figure from each of 89 bbc-large articles, its measure written by a reader who saw the sentences and
    # never briefing's output: the figure least shaped by our own conventions
    apart = labelled.with_name("bbc-large-measures.jsonl")
    if apart.exists():
        stems = [json.loads(line)["id"] for line in apart.read_text(encoding="utf-8").splitlines() if line.strip()]
        sets.append(("bbc-large, written apart", apart,
                     {i: shared / "data" / "bbc-large" / "articles" / f"{i}.txt" for i in stems}))
    # one figure from each of 150 other bbc-large articles (A and B: bbc-large[0::3]; C and D: bbc-large[1::3]; E and
    # F: bbc-large[2::3]), each measured by two readers apart from each other and from briefing: how often one
    # reader's head word is in the other's measure bounds what we can reach
    readers = {r: labelled.with_name(f"bbc-large-measures-reader-{r.lower()}.jsonl") for r in "ABCDEF"}
    for reader, gold_file in readers.items():
        if gold_file.exists():
            stems = [json.loads(line)["id"] for line in gold_file.read_text(encoding="utf-8").splitlines()]
            sets.append((f"bbc-large, reader {reader}", gold_file,
                         {i: shared / "data" / "bbc-large" / "articles" / f"{i}.txt" for i in stems}))
    for name, gold_file, paths in sets:
        heads, total, f1 = measure_agreement(gold_file, paths)
        print(f"{name}: gold head word in our measure {heads} of {total} ({100 * heads / total:.1f}%), "
              f"content-word F1 {100 * f1:.1f}")
    for one, other in ("AB", "BA", "CD", "DC", "EF", "FE"):
        if readers[one].exists() and readers[other].exists():
            heads, total = readers_agreement(readers[one], readers[other])
            print(f"reader {one}'s head word in reader {other}'s measure (the same figures): {heads} of {total} "
                  f"({100 * heads / total:.1f}%)")
    disagreeing_sources(shared, work)


def readers_agreement(gold_file: Path, other_file: Path) -> tuple[int, int]:
    """(figures both readers measured whose head word in the first reader's measure is in the other's, figures)."""
    import re

    from briefing.analyse.words import stem

    def measures(path: Path) -> dict[tuple[str, int], str]:
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return {(doc["id"], figure["start"]): figure["measure"] for doc in docs for figure in doc["figures"]}

    first, second = measures(gold_file), measures(other_file)
    shared_figures = first.keys() & second.keys()
    heads = sum(stem(measure_head(first[key])) in {stem(w.lower()) for w in re.findall(r"[\w’'-]+", second[key])}
                for key in shared_figures)
    return heads, len(shared_figures)


def measure_head(measure: str) -> str:
    """The head of a hand-written measure's first noun phrase: its last common noun before a word
    of grammar or a verb ("jobs added by US firms": jobs; "rise in TimeWarner profits": rise;
    "Pernod market value": value); one that opens on a verb ("killed in a fire") is headed by it."""
    import re

    from briefing.analyse.figures.lexicon import GRAMMAR_WORDS
    from briefing.analyse.words import parts_of_speech

    tokens = re.findall(r"[\w’'-]+", measure)
    chunk: list[str] = []
    for i, word in enumerate(tokens):
        low = word.lower()
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else None
        if low in GRAMMAR_WORDS or low[0].isdigit():
            if chunk and low in GRAMMAR_WORDS:
                break
            continue
        if word[0].isupper():
            chunk.append(word)
            continue
        readings = parts_of_speech(re.sub(r"['’]s?$", "", low))
        verb = "VERB" in readings and (low.endswith(("ed", "ing")) or following == "by"
                                       or ("NOUN" not in readings and "ADJ" not in readings))
        if verb and (following is None or following in GRAMMAR_WORDS):
            if not chunk:
                return low
            break
        if readings and readings <= {"ADV"}:
            if chunk:
                break
            continue
        chunk.append(word)
    common = [w for w in chunk if w.islower() and not re.search(r"['’]s?$", w)]
    return re.sub(r"['’]s?$", "", (common or chunk or [""])[-1].lower())


def measure_agreement(gold_file: Path, paths: dict[str, Path]) -> tuple[int, int, float]:
    """(gold figures whose measure's head word is in ours, gold figures, mean content-word F1)."""
    import re

    from briefing.analyse.words import content_stems, stem

    heads = total = 0
    f1s = []
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        doc = analyse_document(Document(text=read_raw(paths[gold["id"]]), path=str(paths[gold["id"]])))
        for figure in gold["figures"]:
            ours = next((f.measure for f in doc.figures if f.start < figure["end"] and figure["start"] < f.end), None)
            total += 1
            heads += bool(ours) and stem(measure_head(figure["measure"])) in {
                stem(w.lower()) for w in re.findall(r"[\w’'-]+", ours or "")}
            wanted, said = set(content_stems(figure["measure"])), set(content_stems(ours or ""))
            f1s.append(2 * len(wanted & said) / (len(wanted) + len(said)) if wanted and said else 0.0)
    return heads, total, sum(f1s) / len(f1s)


def disagreeing_sources(shared: Path, work: Path) -> None:
    """The seed article and a copy in which "more than 5 million" reads "4.6 million": one row, both values."""
    from briefing.compose.layout import figure_cell
    from briefing.compose.select import SelectOptions
    from briefing.pipeline import build_briefing

    text = (shared / "seed" / "voa-blinken-colombia.txt").read_text(encoding="utf-8")
    first, second = work / "voa.txt", work / "other-outlet.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("more than 5 million", "4.6 million"), encoding="utf-8")
    memo = build_briefing([str(first), str(second)], work / "two-outlets.md", options=SelectOptions(date="2026-11-28"))
    rows = [f"{figure_cell(f)} | {f.measure}" for f in memo.figures if f.readings]
    print(f"the seed and a copy saying 4.6 million: {len(rows)} row(s) where the sources differ: {rows}")


def write_figures(paths: list[Path], out: Path) -> None:
    lines = []
    for path in paths:
        doc = analyse_document(Document(text=read_raw(path), path=str(path)))
        lines.append(json.dumps({"id": path.stem, "figures": [
            {"start": f.start, "end": f.end, "text": doc.text[f.start:f.end], "value": f.value, "unit": f.unit}
            for f in doc.figures]}))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_raw(path: Path) -> str:
    """The text exactly as the scorers index it (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def quotes(shared: Path, work: Path) -> None:
    data = shared / "data" / "polnear-dev"
    pred = work / "polnear-dev-quotes.jsonl"
    lines = []
    started = time.perf_counter()
    for path in sorted((data / "texts").glob("*.txt")):
        doc = analyse_document(Document(text=read_raw(path), path=str(path)))
        lines.append(json.dumps({"id": path.stem, "quotes": [
            {"start": q.start, "end": q.end, "text": doc.text[q.start:q.end], "speaker": q.speaker}
            for q in doc.quotes]}))
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - started
    print(f"\n== polnear-dev: quotes and speakers ({len(lines)} articles, {seconds:.1f} s), score_quotes.py")
    print(run_scorer(shared, "score_quotes.py", data / "gold.jsonl", pred, "--texts", data / "texts"))
    print("attribution errors by kind: " + ", ".join(f"{kind} {count}" for kind, count in
                                                     attribution_errors(shared, data / "gold.jsonl", pred).items()))


def attribution_errors(shared: Path, gold_file: Path, pred_file: Path) -> dict[str, int]:
    """The matched quotes whose speaker is wrong, by kind: the article says "he" or "she", it names
    the speaker, or it says who in words that are no name; and whether ours is no one or another."""
    from collections import Counter

    sys.path.insert(0, str(shared / "eval"))
    from score_quotes import same_person  # the scorer's own rule for one person

    predicted = {json.loads(line)["id"]: json.loads(line)["quotes"] for line in pred_file.read_text().splitlines()}
    kinds: Counter[str] = Counter()
    for line in gold_file.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        for quote in gold["quotes"]:
            if not quote.get("source_resolved"):
                continue
            longer = quote["end"] - quote["start"]
            ours = [q for q in predicted.get(gold["id"], [])
                    if min(q["end"], quote["end"]) - max(q["start"], quote["start"]) >= 0.5 * max(q["end"] - q["start"],
                                                                                                   longer)]
            if not ours or same_person(quote["source_resolved"], ours[0]["speaker"]):
                continue
            written = (quote.get("source") or "").lower()
            said = ("a pronoun" if written in ("he", "she", "him", "his", "her") else
                    "a name" if any(w[:1].isupper() for w in (quote.get("source") or "").split()) else "no name")
            kinds[f"{said}, ours {'nobody' if not ours[0]['speaker'] else 'another'}"] += 1
    return dict(kinds.most_common())


# trafilatura alone over a folder of pages, as score_web.py's anchor runs it: the same work, timed the same way
TRAFILATURA_ALONE = """
import pathlib, sys, trafilatura
for page in sorted(pathlib.Path(sys.argv[1]).glob("*.html")):
    trafilatura.extract(page.read_bytes(), include_comments=False)
"""


def web_pages(shared: Path, work: Path) -> None:
    """Real web pages: body text against the hand-marked bodies, trafilatura alone beside it in the same run,
    what the memos of every page show, and the time of extract against trafilatura alone."""
    from briefing.compose.select import SelectOptions, tells_what_it_measures
    from briefing.pipeline import build_briefing

    data = shared / "data" / "web-dev"
    pages = work / "web-pages"
    run_scorer(shared, "score_web.py", "unpack", data, pages)
    briefing = str(Path(sys.executable).with_name("briefing"))
    extract_seconds, _ = run_timed([briefing, "extract", "--format", "json", str(pages), "-o", str(work / "web.json")])
    alone_seconds, _ = run_timed([sys.executable, "-c", TRAFILATURA_ALONE, str(pages)])
    memos = work / "web-memos"
    memos.mkdir()
    measures: list[str | None] = []
    speakers: list[str] = []
    for page in sorted(pages.glob("*.html")):
        with suppress(InputError):  # no memo: score_web.py counts it missing
            memo = build_briefing([str(page)], memos / f"{page.stem}.md", options=SelectOptions(date="2026-11-28"))
            measures += [figure.measure for figure in memo.figures]
            speakers += [quote.speaker for section in memo.sections for quote in section.quotes]
    print(f"\n== web-dev: {len(list(pages.glob('*.html')))} real web pages, score_web.py (trafilatura alone beside)")
    print(run_scorer(shared, "score_web.py", "score", data, work / "web.json", "--anchor", "--memos", memos))
    scores = json.loads(run_scorer(shared, "score_web.py", "score", data, work / "web.json", "--anchor", "--json"))
    alone = scores["anchor_trafilatura"]["body_f1"]
    print(f"body F1 {scores['body_f1']:.4f} against trafilatura alone {alone:.4f}: {scores['body_f1'] - alone:+.4f}")
    # the memo's own rule for a measure that says something: the count shows it holds on every row
    poor = [m for m in measures if not tells_what_it_measures(m)]
    print(f"figure rows in the memos {len(measures)}, whose measure is empty, one word or starts or ends on a word "
          f"of grammar {len(poor)} ({100 * len(poor) / max(1, len(measures)):.1f}%)")
    print(f"key quotes in the memos {len(speakers)}, spoken by: {'; '.join(sorted(set(speakers)))}")
    print(f"extract over the pages {extract_seconds:.2f} s, trafilatura alone {alone_seconds:.2f} s "
          f"({extract_seconds / alone_seconds:.2f}x, whole processes, all cores)")


def run_timed(command: list[str]) -> tuple[float, float]:
    """Seconds and peak memory (MB) of one command run in a child process."""
    import resource

    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, peak_kb / 1024


def speed(shared: Path, work: Path) -> None:
    """Whole commands, as a user runs them, on this machine."""
    briefing = str(Path(sys.executable).with_name("briefing"))
    train = sorted((shared / "data" / "polnear-train" / "texts").glob("*.txt"))
    dev_folder = shared / "data" / "polnear-dev" / "texts"
    print(f"\n== speed on this machine ({os.cpu_count()} cores)")
    seconds, _ = run_timed([briefing, "--help"])
    print(f"briefing --help                                   {seconds:6.2f} s")
    seconds, peak = run_timed([briefing, "extract", "--format", "json", *map(str, train), "-o", str(work / "x.json")])
    print(f"extract, {len(train)} polnear-train articles           {seconds:6.2f} s  "
          f"{len(train) / seconds:6.1f} articles/s")
    # the median of three runs: one run on a shared 2-core machine varies by a tenth of a second; runs with
    # the archive (a new one; the day after against it, alone and with --changes) alternate with runs without
    build = [briefing, "build", str(dev_folder), "-o", str(work / "m.docx")]
    plain, archived, again, changed = [], [], [], []
    for run in range(3):
        archive = str(work / f"archive-{run}.sqlite")
        plain.append(run_timed(build))
        archived.append(run_timed([*build, "--archive", archive])[0])
        again.append(run_timed([*build, "--archive", archive])[0])
        changed.append(run_timed([*build, "--archive", archive, "--changes"])[0])
    seconds, peak = sorted(plain)[1][0], max(run[1] for run in plain)
    print(f"build, memo of the 84 polnear-dev articles        {seconds:6.2f} s  (median of 3; peak memory of "
          f"any run so far {peak:.0f} MB)")
    for label, times in (("with --archive (a new one)", archived), ("the day after, --archive", again),
                         ("the day after, --archive --changes", changed)):
        median = sorted(times)[1]
        print(f"  {label:<40}  {median:6.2f} s  ({median / seconds:.2f}x, runs alternated)")
    # what the page fit laid out: a memo that leaves out the quotes shown the day before may fit where
    # the plain one could not, and finding its longest fitting form lays out more memos
    probe = str(work / "archive-probe.sqlite")
    run_timed([*build, "--archive", probe])
    for label, extra in (("plain", []), ("the day after, --changes", ["--archive", probe, "--changes"])):
        told = subprocess.run([*build, *extra, "-v"], check=True, capture_output=True, text=True).stderr
        print(f"  memos laid out to fit the page limit, {label}: {told.count(' page(s), ')} "
              f"({'fits' if 'over the limit' not in told else 'does not fit even at its shortest'})")
    docs, _ = analyse([str(dev_folder)])
    started = time.perf_counter()
    for doc in docs:
        rank_sentences(doc)
    ours = time.perf_counter() - started
    sentences = sum(len(doc.sentences) for doc in docs)
    started = time.perf_counter()
    sumy_lexrank_top(docs, 10)
    lexrank = time.perf_counter() - started
    print(f"ranking the same {sentences} sentences: briefing {ours:.2f} s, sumy LexRank alone {lexrank:.1f} s "
          f"({lexrank / max(ours, 1e-9):.0f}x; whole build {lexrank / seconds:.1f}x faster)")


def sumy_lexrank_top(docs: list[Document], count: int) -> list:
    """sumy's LexRank picking `count` sentences from all the articles' sentences at once."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.summarizers.lex_rank import LexRankSummarizer

    from briefing.analyse.words import stem, stop_words

    summarizer = LexRankSummarizer(stem)
    summarizer.stop_words = stop_words()
    paragraphs = [p for doc in docs for p in build_sumy_document(doc).paragraphs]
    return list(summarizer(ObjectDocumentModel([Paragraph(p.sentences) for p in paragraphs]), count))


if __name__ == "__main__":
    sys.exit(main())
