"""The user's topics: a TOML file of [[topic]] tables, or "Name: keyword, keyword" options."""
from __future__ import annotations

from briefing.errors import InputError
from briefing.ingest.toml_file import load_toml
from briefing.model import Topic


def load_topics_file(path: str) -> list[Topic]:
    """Topics from a TOML file of [[topic]] tables with `name` and `keywords`."""
    data = load_toml(path, "topics file")
    return topics_from_tables(path, data.get("topic"))


def topics_from_tables(path: str, entries: object) -> list[Topic]:
    """Topics from the [[topic]] tables of a TOML file (a topics file, or a brief that lists them)."""
    if not isinstance(entries, list) or not entries:
        raise InputError(path, "no topics in it (expected [[topic]] tables with name and keywords)")
    topics = []
    for number, entry in enumerate(entries, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        keywords = entry.get("keywords", []) if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise InputError(path, f"topic {number} has no name")
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            raise InputError(path, f"topic '{name}': keywords must be a list of strings")
        topics.append(Topic(name=name.strip(), keywords=[k.strip() for k in keywords if k.strip()] or [name.strip()]))
    return topics


def parse_topic_option(value: str) -> Topic:
    """'Migration: migrants, asylum' -> Topic; a bare name is its own keyword."""
    name, _, keywords = value.partition(":")
    name = name.strip()
    if not name:
        raise InputError("--topic", f"'{value}' has no topic name (use \"Name: keyword, keyword\")")
    listed = [k.strip() for k in keywords.split(",") if k.strip()]
    return Topic(name=name, keywords=listed or [name])
