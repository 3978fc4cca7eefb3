"""The README is the manual: every option of every command is in it, and the extract schema it
shows is the one `briefing extract` writes."""
from __future__ import annotations

import re

import click
import pytest

from briefing.cli import main
from briefing.pipeline import extract

from conftest import REPO, SAMPLE, SAMPLE_TOPICS

README = (REPO / "README.md").read_text(encoding="utf-8")


def command_section(name: str) -> str:
    """The README's section on `briefing NAME`: from its heading to the next heading of that level."""
    heading = re.search(rf"^(#+) `briefing {name}\b.*$", README, re.M)
    assert heading, f"the README has no section on `briefing {name}`"
    level = heading.group(1)
    end = re.compile(rf"^{level} ", re.M).search(README, heading.end())
    return README[heading.start():end.start() if end else len(README)]


def leaf_commands() -> list[tuple[str, click.Command]]:
    """Each command by its README name: a group's commands ("archive quotes") go in the group's section."""
    return [(f"{name} {sub}", command) for name, group in sorted(main.commands.items())
            if isinstance(group, click.Group) for sub, command in sorted(group.commands.items())] + \
        [(name, command) for name, command in sorted(main.commands.items()) if not isinstance(command, click.Group)]


@pytest.mark.parametrize(("name", "command"), leaf_commands(), ids=[name for name, _ in leaf_commands()])
def test_every_option_of_every_command_is_in_its_readme_section(name, command):
    section = command_section(name.split()[0])
    assert not isinstance(command, click.Group) and f"briefing {name}" in section
    options = [option for param in command.params if isinstance(param, click.Option)
               for option in param.opts if option.startswith("--") and option != "--help"]
    assert options, f"{name} has no options to check"
    assert [option for option in options if not re.search(rf"`[^`]*{re.escape(option)}\b", section)] == []


def test_the_readme_says_how_to_ask_for_help_and_the_version():
    for option in ("--help", "--version"):
        assert f"briefing {option}" in README or f"`{option}`" in README


def parse_schema(text: str) -> dict:
    """The README's schema notation, `{"key": [{"sub", …}], "other"}`, as nested dicts of keys."""
    tokens = re.findall(r'"[^"]+"|[{}\[\]:,]', text)
    position = 0

    def take(expected: str | None = None) -> str:
        nonlocal position
        token = tokens[position]
        assert expected is None or token == expected, f"schema: expected {expected} at {token}"
        position += 1
        return token

    def parse_object() -> dict:
        keys: dict = {}
        take("{")
        while tokens[position] != "}":
            key = take().strip('"')
            keys[key] = None
            if tokens[position] == ":":
                take(":")
                take("[")
                keys[key] = parse_object()
                take("]")
            if tokens[position] == ",":
                take(",")
        take("}")
        return keys

    return parse_object()


def keys_written(value) -> dict:
    """The same shape for what extract really writes: each object's keys, and the keys of the objects in its lists."""
    shape: dict = {}
    for key, item in value.items():
        rows = [row for row in item if isinstance(row, dict)] if isinstance(item, list) else []
        shape[key] = None
        if rows:
            merged: dict = {}
            for row in rows:
                merged.update(keys_written(row))
            shape[key] = merged
    return shape


def test_the_readme_extract_schema_lists_exactly_the_keys_extract_writes():
    from briefing.ingest.topics_file import load_topics_file

    schema = re.search(r"`(\{\"topics\".*?\]\})`", README, re.S)
    assert schema, "the README shows no extract schema"
    written = keys_written(extract([str(SAMPLE)], load_topics_file(str(SAMPLE_TOPICS))))
    assert parse_schema(schema.group(1)) == written
