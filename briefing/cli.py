"""Command line: a thin click layer over briefing.pipeline.

Heavy modules (sumy, nltk, python-docx) are imported inside the commands, so that
`briefing --help` answers at once.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.core import ParameterSource

if TYPE_CHECKING:
    from rich.progress import Progress

    from briefing.ingest.fetch import FetchOptions

from briefing.errors import InputError

# Where `briefing send` takes the SMTP credentials from: never from an argument, which
# other users can read in the process list and which shells keep in their history.
USER_VARIABLE = "BRIEFING_SMTP_USER"
PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD"


def fail(message: str) -> None:
    click.echo(f"briefing: {message}", err=True)
    sys.exit(2)


def read_topics(topics_file: str | None, topic_options: tuple[str, ...]):
    from briefing.ingest.topics_file import load_topics_file, parse_topic_option

    topics = load_topics_file(topics_file) if topics_file else []
    topics += [parse_topic_option(value) for value in topic_options]
    return topics


def stdin_if_asked(inputs: tuple[str, ...]) -> bytes | None:
    from briefing.ingest.read import read_stdin

    return read_stdin() if "-" in inputs else None


class Batch:
    """What a run over many articles tells the user: skipped files, and progress on a terminal."""

    # Fewer inputs than this finish before a progress bar would be worth drawing.
    PROGRESS_FROM = 20

    def __init__(self, jobs: int, fetch: FetchOptions | None = None, since: dt.datetime | None = None,
                 follow_links: bool = False):
        self.jobs = jobs
        self.follow_links = follow_links
        self.fetch = fetch
        self.since = since
        self.read: int | None = None
        self.from_cache = 0
        self.fetched = False
        self.skipped = 0
        self.bar: Progress | None = None

    def on_error(self, error: InputError) -> None:
        self.skipped += 1
        self.message(f"briefing: {error} (skipped)")

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.console.print(text, markup=False, highlight=False)
        else:
            click.echo(text, err=True)

    def progress(self, done: int, total: int, label: str = "Reading articles", least: int = PROGRESS_FROM) -> None:
        if self.bar is None and total >= least and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            # On standard error, which the test above found a terminal: standard output may be the JSON
            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task(label, total=total)
        if self.bar is not None:
            self.bar.update(self.task, completed=done)
            if done == total:
                self.bar.stop()
                self.bar = None

    def fetching(self, done: int, total: int) -> None:
        self.fetched = True
        self.progress(done, total, "Fetching pages", least=1)  # a page can take seconds: show every batch

    def tally(self, read: int, from_cache: int) -> None:
        self.read, self.from_cache = read, from_cache

    def options(self) -> dict:
        return {"jobs": self.jobs, "on_error": self.on_error, "progress": self.progress, "fetch": self.fetch,
                "since": self.since, "fetching": self.fetching, "tally": self.tally, "follow_links": self.follow_links}

    def finish(self) -> None:
        """Say what was read when anything was fetched or skipped; exit 1 when some inputs were
        skipped, so scripts notice."""
        if self.read is not None and (self.fetched or self.skipped):
            click.echo(f"briefing: {self.read} read, {self.skipped} skipped, {self.from_cache} from the cache",
                       err=True)
        if self.skipped:
            sys.exit(1)


def jobs_option(command):
    return click.option("--jobs", "-j", type=click.IntRange(1, 256), default=os.cpu_count() or 1,
                        show_default="all cores", metavar="N",
                        help="Read and analyse articles in N processes. A bad file among many is reported "
                             "and skipped (exit status 1); the rest go through.")(command)


def check_since(_ctx, _param, value: str) -> dt.datetime:
    from briefing.ingest.feeds import parse_since

    try:
        return parse_since(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def web_options(command):
    """--since, --timeout, --offline and --refresh: how feeds and web addresses among the inputs are read."""
    command = click.option("--since", default="24h", show_default=True, callback=check_since,
                           metavar="24h|2d|YYYY-MM-DD",
                           help="Read the items of a feed published in this window: hours, days or weeks "
                                "back (90m, 24h, 2d, 1w), or since a date.")(command)
    command = click.option("--follow-links", is_flag=True,
                           help="Read the articles an email (an alert, a newsletter) links to, instead of "
                                "the email itself.")(command)
    command = click.option("--refresh", is_flag=True,
                           help="Download every web address again, ignoring the cache.")(command)
    command = click.option("--offline", is_flag=True,
                           help="Fetch nothing: read web addresses only from the cache of earlier runs.")(command)
    return click.option("--timeout", type=click.FloatRange(min=0.1), default=20, show_default=True,
                        metavar="SECONDS",
                        help="How long to wait for a web page before skipping it.")(command)


def fetch_options(timeout: float, offline: bool, refresh: bool) -> FetchOptions:
    from briefing.ingest.fetch import FetchOptions

    if offline and refresh:
        raise click.UsageError("--offline and --refresh cannot be used together")
    return FetchOptions(timeout=timeout, offline=offline, refresh=refresh)


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


STOPPED_BY_SIGTERM = 128 + signal.SIGTERM


def stop_on_sigterm(signum, frame):
    # SystemExit unwinds like an error, so a half-written output's temporary file is removed.
    sys.exit(STOPPED_BY_SIGTERM)


def stop_again_if_ignored(unraisable, report_others=sys.unraisablehook) -> None:
    """Python ignores an exception raised in a finalizer (__del__), and SIGTERM can land in one
    (the regex module's finalizers run often): stop again a moment later, once it has returned."""
    if unraisable.exc_type is SystemExit and unraisable.exc_value.code == STOPPED_BY_SIGTERM:
        signal.signal(signal.SIGALRM, stop_on_sigterm)
        signal.setitimer(signal.ITIMER_REAL, 0.01)
    else:
        report_others(unraisable)


def install_stop_on_sigterm() -> None:
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    if hasattr(signal, "setitimer"):  # not on Windows, where SIGTERM is not sent by other processes
        sys.unraisablehook = stop_again_if_ignored


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="briefing")
@click.pass_context
def main(ctx):
    """Turn news articles into a Word briefing memo, offline.

    INPUT is a .txt, .md, .html, .docx, .pdf, .eml or .mbox file, a folder of them, a web
    address (http:// or https://), an RSS or Atom feed (address or file) or an OPML list of
    feeds, or - for standard input.

    \b
    Examples:
      briefing build article.txt --topics topics.toml -o memo.docx
      briefing build today/ --topic "Migration: asylum, refugees" -o memo.docx
      briefing build https://example.org/story.html report.pdf -o memo.docx
      briefing build https://example.org/feed.xml --since 2d -o memo.docx
      briefing run americas.toml            # a standing brief: built, then mailed
      briefing extract article.txt --format json > analysis.json

    Defaults for any command's options can be kept in ~/.config/briefing/config.toml
    (see the README).
    """
    from briefing.ingest.config_file import config_path, default_maps, load_config

    install_stop_on_sigterm()
    try:
        path = config_path()
        ctx.default_map = default_maps(path, load_config(path), command_options())
    except InputError as exc:
        fail(str(exc))


def command_options() -> dict[str, list[tuple[str, str, object]]]:
    """Each command's options as the config file names them: (name, parameter, flag value or None)."""
    return {name: [(option.lstrip("-"), param.name, None if param.flag_value is True or not param.is_flag
                    else param.flag_value)
                   for param in command.params if isinstance(param, click.Option) and param.name
                   for option in param.opts if option.startswith("--") and option != "--help"]
            for name, command in main.commands.items()}


@main.command("build")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", metavar="FILE",
              help="Where to write the memo; its suffix (.docx, .pdf, .md, .txt, .html) sets the format "
                   "unless --format does. Default: briefing.docx, or briefing.FORMAT with --format.")
@click.option("--format", "memo_format", type=click.Choice(["docx", "pdf", "md", "txt", "html"]),
              help="docx (Word), pdf (laid out by LibreOffice, which must be installed), md (Markdown), "
                   "txt (plain text) or html.")
@with_topics
@click.option("--title", help="Subject line of the memo. Default: the article's headline, or the topics.")
@click.option("--to", "recipient", metavar="TEXT", help="The TO line, e.g. \"Ambassador Smith\".")
@click.option("--from", "sender", metavar="TEXT", help="The FROM line, e.g. \"Policy Unit\".")
@click.option("--date", callback=check_date, metavar="YYYY-MM-DD", help="Date of the memo. Default: today.")
@click.option("--classification", metavar="TEXT",
              help="Marking shown at the top and bottom of every page, e.g. UNCLASSIFIED.")
@click.option("--length", type=click.Choice(["short", "standard", "long"]), default="standard", show_default=True,
              help="How much the memo says: bullets and quotes per section, quote length, figures.")
@click.option("--bullets", type=click.IntRange(1, 20), metavar="N",
              help="Most bullet points per topic section (short 2, standard 3, long 6).")
@click.option("--max-words", type=click.IntRange(50, 100_000), metavar="N",
              help="Most words for the whole memo (bottom line, bullets, quotes, figures); the least "
                   "important go first.")
@click.option("--template", metavar="NAME|FILE.docx",
              help="memo (information memo, the default), daily (one-page daily brief), report (plain report), "
                   "or your own .docx: its styles, letterhead, headers and footers are kept and filled.")
@click.option("--max-pages", type=click.IntRange(0, 100), metavar="N",
              help="Shorten the memo (fewer bullets, then shorter quotes) until it fits N pages, counted with "
                   "LibreOffice when installed, else estimated. Default: 2 for memo, 1 for daily, none for "
                   "report; 0: no limit.")
@click.option("-v", "--verbose", is_flag=True, help="Tell how the page fitting went (and whether pages were "
                                                    "counted by LibreOffice or estimated).")
@click.option("--eml", metavar="OUT.eml", help="Also write an email (RFC 5322) with the memo attached and its "
                                              "bottom line and section headlines in the body.")
@click.option("--mail-to", multiple=True, metavar="ADDR", help="A recipient of the --eml message; repeat for more.")
@click.option("--mail-from", metavar="ADDR", help="Sender of the --eml message. Default: you@this-host.")
@click.option("--subject", metavar="TEXT", help="Subject of the --eml message. Default: the memo's subject line.")
@click.option("--archive", "archive_path", metavar="FILE|URL",
              help="Keep the articles read and what the memo showed in this archive: an SQLite file (made if "
                   "need be) or a team's postgresql://user@host/database; `briefing archive` reads it.")
@click.option("--changes", is_flag=True,
              help="Say what changed since the last memo built against the archive (--archive, else the default "
                   "one): new items marked NEW, stories told then marked continuing, moved figures with both values, "
                   "no quote shown again.")
@web_options
@jobs_option
def build_command(inputs, output, memo_format, topics_file, topic_options, title, recipient, sender, date,
                  classification, length, bullets, max_words, template, max_pages, verbose, eml, mail_to, mail_from,
                  subject, archive_path, changes, timeout, offline, refresh, follow_links, since, jobs):
    """Write a briefing memo from one or more articles."""
    from briefing.compose.select import LENGTHS, SelectOptions
    from briefing.deliver.publish import output_format
    from briefing.pipeline import build_briefing
    from briefing.render.word import resolve_template

    out = Path(output or f"briefing.{memo_format or 'docx'}")
    batch = Batch(jobs, fetch_options(timeout, offline, refresh), since, follow_links)
    try:
        memo_format = output_format(out, memo_format)
        resolve_template(template)
        if eml:
            from briefing.deliver.mail import check_address

            if not Path(eml).absolute().parent.is_dir():
                raise InputError(eml, "cannot write: its folder does not exist")
            mail_to = [check_address(address) for address in mail_to]
            mail_from = mail_from and check_address(mail_from)
        sizes = {**LENGTHS[length], **({"bullets_per_section": bullets} if bullets else {})}
        options = SelectOptions(title=title, to=recipient, sender=sender, date=date, classification=classification,
                                max_words=max_words, **sizes)
        with archive_kept(archive_path, changes) as archive:
            briefing = build_briefing(list(inputs), out, read_topics(topics_file, topic_options), options,
                                      stdin_if_asked(inputs), template, batch.options(),
                                      other_outputs=[Path(eml)] if eml else None, archive=archive,
                                      changes=changes, memo_format=memo_format, max_pages=max_pages,
                                      log=lambda message: click.echo(f"briefing: {message}", err=True)
                                      if verbose else None,
                                      warn=lambda message: click.echo(f"briefing: warning: {message}", err=True))
        if eml:
            from briefing.deliver.mail import memo_message, summary_of_briefing, write_eml

            write_eml(memo_message(out, summary_of_briefing(briefing), mail_to, mail_from, subject), Path(eml))
    except InputError as exc:
        fail(str(exc))
    click.echo(f"Wrote {out}" + (f" and {eml}" if eml else ""), err=True)
    batch.finish()


@main.command("extract")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output format: json lists every sentence (with rank and topic), quote and figure "
                   "with character offsets into the document's text.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE instead of standard output.")
@with_topics
@web_options
@jobs_option
def extract_command(inputs, output_format, output, topics_file, topic_options, timeout, offline, refresh,
                    follow_links, since, jobs):
    """Print what the analysis finds in the articles, for scripts and scorers."""
    from briefing.deliver.atomic import write_text_atomically
    from briefing.pipeline import extract as run_extract

    batch = Batch(jobs, fetch_options(timeout, offline, refresh), since, follow_links)
    try:
        result = run_extract(list(inputs), read_topics(topics_file, topic_options), stdin_if_asked(inputs),
                             **batch.options(), outputs=[Path(output)] if output else None)
        text = json.dumps(result, ensure_ascii=False, indent=1) + "\n"
        if output:
            write_text_atomically(Path(output), text)
        else:
            sys.stdout.write(text)
    except InputError as exc:
        fail(str(exc))
    batch.finish()


def smtp_options(command):
    """The mail server's options, as `send` and `run` share them."""
    for option in reversed([
        click.option("--smtp-port", type=click.IntRange(1, 65535), metavar="PORT",
                     help="Its port. Default: 587 with --starttls, 465 with --ssl, else 25."),
        click.option("--starttls", "security", flag_value="starttls",
                     help="Switch to TLS after connecting (STARTTLS)."),
        click.option("--ssl", "security", flag_value="ssl", help="Speak TLS from the start (SMTPS)."),
        click.option("--cafile", type=click.Path(dir_okay=False, exists=True), metavar="FILE",
                     help="PEM certificates to trust besides the system's, for a server with a private CA."),
        click.option("--login", is_flag=True,
                     help=f"Log in to the server. The user name and password come from {USER_VARIABLE} and "
                          f"{PASSWORD_VARIABLE}, or are asked for; setting {USER_VARIABLE} alone also logs in."),
    ]):
        command = option(command)
    return command


@main.command("send")
@click.argument("memo", metavar="MEMO.docx|OUT.eml", type=click.Path(dir_okay=False))
@click.option("--to", "recipients", multiple=True, metavar="ADDR",
              help="A recipient; repeat for more. Required for a memo; for an .eml, default: its To and Cc.")
@click.option("--mail-from", metavar="ADDR", help="Sender of a memo's message. Default: you@this-host.")
@click.option("--subject", metavar="TEXT", help="Subject of a memo's message. Default: the memo's title.")
@click.option("--smtp-host", required=True, metavar="HOST", help="The mail server to send through.")
@smtp_options
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30, show_default=True, metavar="SECONDS",
              help="Give up when the server does not answer for this long.")
def send_command(memo, recipients, mail_from, subject, smtp_host, smtp_port, security, cafile, login, timeout):
    """Email a memo (attached, with its bottom line in the body) or an .eml made by build --eml."""
    from briefing.deliver.mail import (
        SmtpServer,
        check_address,
        memo_message,
        read_eml,
        recipients_of,
        send_message,
        summary_of_docx,
    )

    path = Path(memo)
    try:
        if not path.is_file():
            raise InputError(memo, "no such file")
        recipients = [check_address(address) for address in recipients]
        if path.suffix.lower() == ".eml":
            message = read_eml(path)
            recipients = recipients or recipients_of(message)
        elif path.suffix.lower() == ".docx":
            message = memo_message(path, summary_of_docx(path), recipients, mail_from, subject)
        else:
            raise InputError(memo, "send takes a memo (.docx) or a message (.eml)")
        if not recipients:
            raise InputError(memo, "no recipients: give --to ADDR")
        server = SmtpServer(smtp_host, smtp_port, security, timeout, cafile)
        credentials = smtp_credentials(server, login)
        send_message(message, recipients, server, credentials)
    except InputError as exc:
        fail(str(exc))
    click.echo(f"Sent {path.name} to {', '.join(recipients)} through {server.address}", err=True)


@main.command("run")
@click.argument("brief_file", metavar="BRIEF.toml")
@click.option("--dry-run", is_flag=True,
              help="Say what would be read, written and sent, and do none of it (nothing is fetched).")
@click.option("-o", "--output", metavar="FILE", help="Write the memo here instead of the brief's output.")
@click.option("--date", callback=check_date, metavar="YYYY-MM-DD",
              help="Date of the memo (and of its file name's {date}). Default: today.")
@click.option("--title", help="Subject line of the memo, instead of the brief's.")
@click.option("--to", "recipient", metavar="TEXT", help="The TO line, instead of the brief's.")
@click.option("--from", "sender", metavar="TEXT", help="The FROM line, instead of the brief's.")
@click.option("--classification", metavar="TEXT", help="The marking, instead of the brief's.")
@click.option("--template", metavar="NAME|FILE.docx", help="The template, instead of the brief's.")
@click.option("--length", type=click.Choice(["short", "standard", "long"]), help="How much the memo says, "
              "instead of the brief's.")
@click.option("--max-pages", type=click.IntRange(0, 100), metavar="N", help="The page limit, instead of the brief's.")
@click.option("--mail-to", multiple=True, metavar="ADDR",
              help="Send to this address instead of the brief's [mail] to; repeat for more.")
@click.option("--no-mail", is_flag=True, help="Write the memo and send it to nobody.")
@click.option("--mail-from", metavar="ADDR", help="Sender of the message, instead of the brief's [mail] from.")
@click.option("--subject", metavar="TEXT", help="Subject of the message, instead of the brief's.")
@click.option("--smtp-host", metavar="HOST", help="The mail server to send through, instead of the brief's.")
@smtp_options
@click.option("-v", "--verbose", is_flag=True, help="Tell how the page fitting went.")
@click.option("--archive", "archive_path", metavar="FILE|URL",
              help="Keep the articles read and what the memo showed in this archive (an SQLite file or a "
                   "postgresql:// address), as for build (archive = … in the brief).")
@click.option("--changes", is_flag=True, help="Say what changed since the last memo built against the archive, "
                                               "as for build (changes = true in the brief).")
@web_options
@jobs_option
@click.pass_context
def run_command(ctx, brief_file, dry_run, output, date, title, recipient, sender, classification, template, length,
                max_pages, mail_to, no_mail, mail_from, subject, smtp_host, smtp_port, security, cafile, login,
                verbose, archive_path, changes, timeout, offline, refresh, follow_links, since, jobs):
    """Build the memo a standing brief (a TOML file) describes, and send it to its recipients.

    The brief names the inputs (feeds, addresses, files, folders), the topics, the output
    ("briefs/americas-{date}.docx"), a [memo] table (to, from, classification, template,
    length, max_pages…) and a [mail] table (to, from, smtp_host, smtp_port, security, login…);
    the README lists every key. An option given here overrides the brief; one not given takes
    the brief's value, then the config file's, then the default shown.

    \b
    Examples:
      briefing run americas.toml --dry-run
      briefing run americas.toml --no-mail -o today.docx
    """
    from briefing.compose.select import LENGTHS, SelectOptions
    from briefing.deliver.mail import SmtpServer, check_address
    from briefing.deliver.publish import output_format
    from briefing.ingest.brief_file import load_brief
    from briefing.ingest.feeds import parse_since
    from briefing.pipeline import run_brief
    from briefing.render.word import resolve_template

    def chosen(name: str, from_brief):
        """The command line's value, else the brief's, else the default (or the user's config)."""
        if ctx.get_parameter_source(name) in (ParameterSource.COMMANDLINE, ParameterSource.ENVIRONMENT):
            return ctx.params[name]
        return from_brief if from_brief is not None else ctx.params[name]

    try:
        brief = load_brief(brief_file)
        memo = brief.memo
        date = date or dt.date.today().isoformat()
        out = brief.output_path(date, output)
        memo_format = output_format(out, memo.get("format"))
        template = chosen("template", memo.get("template"))
        resolve_template(template)
        window = chosen("since", parse_since(brief.since) if brief.since else None)
        length = chosen("length", memo.get("length")) or "standard"
        sizes = {**LENGTHS[length], **({"bullets_per_section": memo["bullets"]} if memo.get("bullets") else {})}
        options = SelectOptions(title=chosen("title", memo.get("title")), to=chosen("recipient", memo.get("to")),
                                sender=chosen("sender", memo.get("from")),
                                classification=chosen("classification", memo.get("classification")), date=date,
                                max_words=memo.get("max_words"), **sizes)
        mail = brief.mail
        recipients = [] if no_mail else [check_address(address) for address in mail_to or mail.get("to", [])]
        server = None
        if recipients:
            host = chosen("smtp_host", mail.get("smtp_host"))
            if not host:
                raise InputError(brief_file, "no mail server to send through: give smtp_host in its [mail], "
                                             "--smtp-host, or smtp-host in the config file")
            security = chosen("security", mail.get("security"))
            server = SmtpServer(host, chosen("smtp_port", mail.get("smtp_port")),
                                None if security in (None, "none") else security, mail.get("timeout", 30),
                                chosen("cafile", mail.get("cafile")))
        mail_from, subject = chosen("mail_from", mail.get("from")), chosen("subject", mail.get("subject"))
        login = bool(chosen("login", mail.get("login")))
        fetch = fetch_options(chosen("timeout", brief.timeout), offline, refresh)
        if dry_run:
            describe_run(brief, out, window, recipients, mail_from, login, server)
            return
        if not out.absolute().parent.is_dir():
            raise InputError(str(out), "cannot write: its folder does not exist")
        credentials = smtp_credentials(server, login) if server else None
        batch = Batch(jobs, fetch, window, bool(chosen("follow_links", brief.follow_links)))
        archive_path = chosen("archive_path", brief.archive)
        changes = bool(chosen("changes", brief.changes))
        with archive_kept(archive_path, changes) as archive:
            run_brief(brief, out, options, batch.options(), template=template, memo_format=memo_format,
                      archive=archive, changes=changes,
                      max_pages=chosen("max_pages", memo.get("max_pages")), recipients=recipients,
                      mail_from=mail_from, subject=subject, server=server, credentials=credentials,
                      log=lambda message: click.echo(f"briefing: {message}", err=True) if verbose else None,
                      warn=lambda message: click.echo(f"briefing: warning: {message}", err=True))
    except InputError as exc:
        fail(str(exc))
    click.echo(f"Wrote {out}" + (f" and sent it to {', '.join(recipients)} through {server.address}"
                                 if server else ""), err=True)
    batch.finish()


def describe_run(brief, out: Path, window: dt.datetime, recipients: list[str], mail_from: str | None, login: bool,
                 server) -> None:
    """What `run` would do, on standard output; nothing is fetched, written or sent."""
    from briefing.ingest.fetch import is_address
    from briefing.ingest.sources import is_feed_file

    click.echo(f"Brief {brief.path}:")
    click.echo(f"  would read {len(brief.inputs)} input(s), feeds' items published since {window:%Y-%m-%d %H:%M}:")
    for item in brief.inputs:
        path = Path(item)
        if is_address(item):
            kind = "web address or feed"
        elif is_feed_file(item):
            kind = "feed file" if path.is_file() else "feed file, MISSING"
        elif path.is_dir():
            kind = "folder"
        else:
            kind = "file" if path.is_file() else "MISSING"
        click.echo(f"    {item} ({kind})")
    if brief.topics:
        click.echo(f"  topics: {', '.join(topic.name for topic in brief.topics)}")
    click.echo(f"  would write {out}" + ("" if out.absolute().parent.is_dir() else " (its folder does not exist)"))
    if server:
        logging_in = ", logging in" if login or os.environ.get(USER_VARIABLE) else ""
        click.echo(f"  would send it to {', '.join(recipients)} through {server.address} "
                   f"({server.security or 'no TLS'}{logging_in}), from {mail_from or 'you@this-host'}")
    else:
        click.echo("  would send it to nobody")
    click.echo("Nothing was fetched, written or sent (--dry-run).")


def smtp_credentials(server, login: bool) -> tuple[str, str] | None:
    """The SMTP user and password, from the environment or asked for on the terminal; never from an argument."""
    from briefing.deliver.mail import check_login_is_safe

    user = os.environ.get(USER_VARIABLE)
    if not (user or login):
        return None
    check_login_is_safe(server)  # before asking for a password that could not be used
    password = os.environ.get(PASSWORD_VARIABLE)
    try:
        user = user or click.prompt("SMTP user name", err=True)
        password = password or click.prompt("SMTP password", hide_input=True, err=True)
    except click.Abort:  # nothing to read the answer from, as under cron
        click.echo(err=True)  # end the prompt's line
        missing = " and ".join(name for name, value in ((USER_VARIABLE, user), (PASSWORD_VARIABLE, password))
                               if not value)
        raise InputError(server.address, f"needs a login, and nobody answered the prompt: set {missing}") from None
    return user, password


def open_archive(path: str | None, reading: bool = False):
    """The archive at `path` (default: the user's data folder), made if need be unless only `reading`
    it; a bad one fails in one line."""
    from briefing.archive import Archive, default_archive_path

    path = path or str(default_archive_path())
    try:
        if reading and "://" not in path and not Path(path).exists():
            raise InputError(path, "no archive here yet (briefing build … --archive FILE makes one)")
        return Archive(path)
    except InputError as exc:
        fail(str(exc))


@contextmanager
def archive_kept(path: str | None, changes: bool):
    """The archive a build keeps (--archive, or the default one for --changes alone), opened before
    anything is read, so that a bad one fails first, and closed after; None without either."""
    if not (path or changes):
        yield None
        return
    with open_archive(path) as archive:
        yield archive


def archive_option(command):
    return click.option("--archive", "archive_path", metavar="FILE|URL",
                        help="The archive: an SQLite file or a postgresql:// address. Default: "
                             "$XDG_DATA_HOME/briefing/archive.sqlite "
                             "(~/.local/share/briefing/archive.sqlite).")(command)


def check_since_date(ctx, param, value: str | None) -> str | None:
    """--since 30d or YYYY-MM-DD, as the ISO time (UTC, as the archive keeps its times) it compares with."""
    if value is None:
        return None
    return check_since(ctx, param, value).astimezone(dt.timezone.utc).isoformat(timespec="seconds")


@main.group("archive")
def archive_group():
    """Read and prune the archive that `briefing build --archive FILE` keeps.

    \b
    Examples:
      briefing archive list --archive team.sqlite
      briefing archive quotes --speaker Blinken --since 30d
      briefing archive figures --measure "vaccine doses"
      briefing archive forget --before 2026-01-01
      briefing archive export > archive.jsonl
    """


@archive_group.command("list")
@archive_option
def archive_list(archive_path):
    """The memos built against the archive, oldest first: number, date, articles cited, title, file."""
    with open_archive(archive_path, reading=True) as archive:
        memos = archive.memos()
    if not memos:
        click.echo("No memo has been built against this archive yet.", err=True)
    for memo in memos:
        click.echo(f"{memo.number}\t{memo.memo_date}\t{how_many(memo.articles, 'article')}\t{memo.title}\t"
                   f"{memo.output}")


def since_option(command):
    return click.option("--since", callback=check_since_date, metavar="30d|YYYY-MM-DD",
                        help="Only what comes from articles read since then.")(command)


@archive_group.command("quotes")
@click.option("--speaker", metavar="NAME", help="Only quotes by a speaker whose name holds NAME (any case).")
@since_option
@archive_option
def archive_quotes(speaker, since, archive_path):
    """What people said, with the speaker's role, the article it is from and when it was read."""
    with open_archive(archive_path, reading=True) as archive:
        show_matches("quote", archive.quotes(speaker, since), lambda quote: (
            f"{quote.speaker or '(no speaker)'}{f', {quote.speaker_role}' if quote.speaker_role else ''}: "
            f"\u201c{quote.text}\u201d\n    {source_line(quote.source)}"))


@archive_group.command("figures")
@click.option("--measure", metavar="WORDS", help="Only figures whose measure holds every one of these words.")
@since_option
@archive_option
def archive_figures(measure, since, archive_path):
    """The figures the articles gave, with what each measures and its source."""
    with open_archive(archive_path, reading=True) as archive:
        show_matches("figure", archive.figures(measure, since), lambda figure: (
            f"{figure.text}\t{figure.measure or ''}\t{source_line(figure.source)}"))


def show_matches(kind: str, found: list, line) -> None:
    if not found:
        click.echo(f"No {kind} in the archive matches.", err=True)
    for item in found:
        click.echo(line(item))


def source_line(source) -> str:
    """"VOA, Blinken in Colombia, 2021-10-20 (read 2021-10-21), https://…": where an archived item is from."""
    told = ", ".join(part for part in (source.outlet, source.title, source.published) if part)
    return f"{told} (read {source.first_read[:10]})" + (f", {source.address}" if source.address else "")


@archive_group.command("forget")
@click.option("--before", required=True, callback=check_date, metavar="YYYY-MM-DD",
              help="Forget the articles first read, and the memos built, before this day.")
@archive_option
def archive_forget(before, archive_path):
    """Delete what is older than a day (retention): articles with their quotes and figures, and memos."""
    with open_archive(archive_path, reading=True) as archive:
        articles, memos = archive.forget(before)
    click.echo(f"Forgot {how_many(articles, 'article')} and {how_many(memos, 'memo')} from before {before}.",
               err=True)


def how_many(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' * (count != 1)}"


@archive_group.command("export")
@archive_option
def archive_export(archive_path):
    """Every record as JSON lines on standard output: articles (with quotes and figures), then memos."""
    with open_archive(archive_path, reading=True) as archive:
        for record in archive.export():
            click.echo(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
