"""Command line: a thin click layer over briefing.pipeline.

Heavy modules (sumy, nltk, python-docx) are imported inside the commands, so that
`briefing --help` answers at once.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from .errors import InputError

OUTPUT_SUFFIXES = {".docx", ".md"}


def fail(message: str) -> None:
    click.echo(f"briefing: {message}", err=True)
    sys.exit(2)


def read_topics(topics_file: str | None, topic_options: tuple[str, ...]):
    from .topics import load_topics_file, parse_topic_option

    topics = load_topics_file(topics_file) if topics_file else []
    topics += [parse_topic_option(value) for value in topic_options]
    return topics


def stdin_if_asked(inputs: tuple[str, ...]) -> bytes | None:
    return sys.stdin.buffer.read() if "-" in inputs else None


def check_date(_ctx, _param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"'{value}' is not a date like 2026-11-28") from None


topics_options = [
    click.option("--topics", "topics_file", metavar="FILE",
                 help="TOML file of [[topic]] tables, each with name and keywords."),
    click.option("--topic", "topic_options", multiple=True, metavar='"NAME: KW, KW"',
                 help="A topic and its keywords; repeat for more. Adds to --topics. "
                      "With no topics at all, 2-5 are discovered from the articles."),
]


def with_topics(command):
    for option in reversed(topics_options):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing")
def main():
    """Turn news articles into a Word briefing memo, offline.

    INPUT is a .txt, .md, .html or .docx file, a folder of them, or - for standard input.

    \b
    Examples:
      briefing build article.txt --topics topics.toml -o memo.docx
      briefing build today/ --topic "Migration: asylum, refugees" -o memo.docx
      briefing extract article.txt --format json > analysis.json
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", default="briefing.docx", show_default=True, metavar="FILE",
              help="Where to write the memo: .docx (Word) or .md (Markdown).")
@with_topics
@click.option("--title", help="Subject line of the memo. Default: the article's headline, or the topics.")
@click.option("--to", "recipient", metavar="TEXT", help="The TO line, e.g. \"Ambassador Smith\".")
@click.option("--from", "sender", metavar="TEXT", help="The FROM line, e.g. \"Policy Unit\".")
@click.option("--date", callback=check_date, metavar="YYYY-MM-DD", help="Date of the memo. Default: today.")
@click.option("--classification", metavar="TEXT",
              help="Marking shown at the top and bottom of every page, e.g. UNCLASSIFIED.")
@click.option("--bullets", type=click.IntRange(1, 20), default=3, show_default=True,
              help="Most bullet points per topic section.")
@click.option("--template", type=click.Path(dir_okay=False), metavar="FILE.docx",
              help="A .docx whose styles, headers and footers the memo uses instead of the built-in one.")
def build(inputs, output, topics_file, topic_options, title, recipient, sender, date, classification, bullets,
          template):
    """Write a briefing memo from one or more articles."""
    from .pipeline import build_briefing
    from .select import SelectOptions

    out = Path(output)
    try:
        guard_inputs(inputs, out)
        if out.suffix.lower() not in OUTPUT_SUFFIXES:
            raise InputError(output, "output must end in .docx or .md")
        if template and not Path(template).is_file():
            raise InputError(template, "no such template file")
        options = SelectOptions(title=title, to=recipient, sender=sender, date=date, classification=classification,
                                bullets_per_section=bullets)
        build_briefing(list(inputs), out, read_topics(topics_file, topic_options), options,
                       stdin_if_asked(inputs), template)
    except InputError as exc:
        fail(str(exc))
    click.echo(f"Wrote {out}", err=True)


def guard_inputs(inputs: tuple[str, ...], out: Path) -> None:
    """Never overwrite an input file with the memo."""
    target = out.resolve()
    for item in inputs:
        if item != "-" and Path(item).exists() and Path(item).resolve() == target:
            raise InputError(str(out), "is one of the inputs; choose another output file")


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format: json lists every sentence (with rank and topic), quote and figure "
                   "with character offsets into the document's text.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@with_topics
def extract(inputs, output_format, output, topics_file, topic_options):
    """Print what the analysis finds in the articles, for scripts and scorers."""
    from .atomic import write_text_atomically
    from .pipeline import extract as run_extract

    try:
        if output:
            guard_inputs(inputs, Path(output))
        result = run_extract(list(inputs), read_topics(topics_file, topic_options), stdin_if_asked(inputs))
        text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
        if output:
            write_text_atomically(Path(output), text)
        else:
            sys.stdout.write(text)
    except InputError as exc:
        fail(str(exc))


if __name__ == "__main__":
    main()
