"""A standing brief: a TOML file naming what to read, the topics, where the memo goes and who gets it.

Paths in it are read from the brief's own folder (and `~` is the home folder), so that the same
brief runs from cron or from anywhere. Every key is checked: a misspelt one is an error naming
it, never silently ignored.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.feeds import parse_since
from briefing.ingest.fetch import is_address
from briefing.ingest.toml_file import load_toml
from briefing.ingest.topics_file import load_topics_file, topics_from_tables
from briefing.model import Topic

MEMO_KEYS = {"to": str, "from": str, "classification": str, "template": str, "length": str, "max_pages": int,
             "title": str, "bullets": int, "max_words": int, "format": str}
MAIL_KEYS = {"to": list, "from": str, "subject": str, "smtp_host": str, "smtp_port": int, "security": str,
             "login": bool, "cafile": str, "timeout": (int, float)}
TOP_KEYS = {"inputs", "since", "topics", "topic", "output", "memo", "mail", "timeout", "follow_links", "archive",
            "changes"}
LENGTHS = ("short", "standard", "long")
SECURITIES = ("starttls", "ssl", "none")
DEFAULT_OUTPUT = "briefing-{date}.docx"


@dataclass
class Brief:
    path: Path
    inputs: list[str]
    since: str | None = None  # none given: the command line's, the config file's or 24 hours
    topics: list[Topic] | None = None
    output: str = DEFAULT_OUTPUT  # "{date}" stands for the memo's date
    memo: dict = field(default_factory=dict)  # MEMO_KEYS
    mail: dict = field(default_factory=dict)  # MAIL_KEYS; no "to" means no mail
    timeout: float | None = None  # for fetching pages
    follow_links: bool | None = None  # an email stands for the articles it links to
    archive: str | None = None  # the archive file, read from the brief's folder, or a postgresql:// address
    changes: bool | None = None  # say what changed since the last memo built against the archive

    def output_path(self, date: str, output: str | None = None) -> Path:
        """Where the memo goes: `output` (from the command line) as given, else the brief's, dated and
        read from the brief's folder."""
        if output is not None:
            return Path(output)
        try:
            named = self.output.format(date=date)
        except (KeyError, IndexError, ValueError):
            raise InputError(str(self.path), f"output '{self.output}': only {{date}} may stand in braces") from None
        return resolved(self.path, named)


def resolved(brief: Path, value: str) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else brief.parent / path


def load_brief(path: str) -> Brief:
    """The brief the file describes; InputError (naming the file and the key) for anything wrong in it."""
    data = load_toml(path, "brief file")
    brief_path = Path(path)
    check_keys(path, "", data, TOP_KEYS)
    inputs = data.get("inputs")
    if not isinstance(inputs, list) or not inputs or not all(isinstance(item, str) and item.strip() for item in inputs):
        raise InputError(path, 'inputs must be a list of feeds, addresses, files or folders, e.g. inputs = ["news/"]')
    since = data.get("since")
    try:
        if since is not None:
            parse_since(str(since))
    except ValueError as exc:
        raise InputError(path, f"since: {exc}") from None
    brief = Brief(brief_path, [item if is_address(item) else str(resolved(brief_path, item)) for item in inputs],
                  since=None if since is None else str(since), topics=brief_topics(path, data))
    output = data.get("output", DEFAULT_OUTPUT)
    if not isinstance(output, str) or not output.strip():
        raise InputError(path, 'output must be a file name, e.g. output = "briefs/americas-{date}.docx"')
    brief.output = output
    brief.memo = table(path, "memo", data.get("memo", {}), MEMO_KEYS)
    if brief.memo.get("length", "standard") not in LENGTHS:
        raise InputError(path, f"[memo] length must be one of {', '.join(LENGTHS)}")
    brief.mail = table(path, "mail", data.get("mail", {}), MAIL_KEYS)
    if brief.mail:
        recipients = brief.mail.get("to")
        if not recipients or not all(isinstance(address, str) for address in recipients):
            raise InputError(path, '[mail] to must list the recipients, e.g. to = ["desk@example.org"]')
        if brief.mail.get("security", "none") not in SECURITIES:
            raise InputError(path, f"[mail] security must be one of {', '.join(SECURITIES)}")
        if "cafile" in brief.mail:
            brief.mail["cafile"] = str(resolved(brief_path, brief.mail["cafile"]))
    timeout = data.get("timeout")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0):
        raise InputError(path, "timeout must be a number of seconds, e.g. timeout = 20")
    brief.timeout = timeout
    for key in ("follow_links", "changes"):
        if data.get(key) is not None and not isinstance(data[key], bool):
            raise InputError(path, f"{key} must be true or false")
    brief.follow_links, brief.changes = data.get("follow_links"), data.get("changes")
    archive = data.get("archive")
    if archive is not None and (not isinstance(archive, str) or not archive.strip()):
        raise InputError(path, 'archive must be a file name, e.g. archive = "americas.sqlite"')
    brief.archive = archive and (archive if "://" in archive else str(resolved(brief_path, archive)))
    return brief


def brief_topics(path: str, data: dict) -> list[Topic] | None:
    """`topics = "FILE"` (read from the brief's folder) or [[topic]] tables in the brief itself."""
    if "topics" in data and "topic" in data:
        raise InputError(path, "give topics = \"FILE\" or [[topic]] tables, not both")
    if "topic" in data:
        return topics_from_tables(path, data["topic"])
    if "topics" in data:
        if not isinstance(data["topics"], str):
            raise InputError(path, 'topics must name a topics file, e.g. topics = "topics.toml"')
        return load_topics_file(str(resolved(Path(path), data["topics"])))
    return None


def check_keys(path: str, where: str, data: dict, known) -> None:
    for key in data:
        if key not in known:
            place = f" in [{where}]" if where else ""
            raise InputError(path, f"unknown key '{key}'{place} (known: {', '.join(sorted(known))})")


def table(path: str, name: str, data: object, keys: dict) -> dict:
    if not isinstance(data, dict):
        raise InputError(path, f"{name} must be a table: [{name}]")
    check_keys(path, name, data, keys)
    for key, value in data.items():
        kind = keys[key]
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            expected = {str: "text", int: "a whole number", bool: "true or false", list: "a list"}.get(kind, "a number")
            raise InputError(path, f"[{name}] {key} must be {expected}")
    return dict(data)
