"""The user's config file: defaults for the options of every command.

`$XDG_CONFIG_HOME/briefing/config.toml`, else `~/.config/briefing/config.toml`. Keys are option
names as `--help` shows them, without the dashes ("from", "smtp-host", "max-pages"; "smtp_host"
too). A key at the top applies to every command that has the option; a [build], [extract],
[send] or [run] table to that command alone, over the top. The command line overrides both,
and for `run` so does the brief.
"""
from __future__ import annotations

import os
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.toml_file import load_toml


def config_path() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "briefing" / "config.toml"


def load_config(path: Path) -> dict:
    """The file's TOML, or {} when there is none."""
    return load_toml(str(path), "config file") if path.exists() else {}


def default_maps(path: Path, data: dict, commands: dict[str, list[tuple[str, str, object]]]) -> dict[str, dict]:
    """click's default_map for each command, from the config's keys.

    `commands` gives, for each command, its options as (option name without dashes, parameter
    name, flag value or None). A flag with a value (--starttls, for security = "starttls") is set
    by `starttls = true`.
    """
    top = {key: value for key, value in data.items() if not isinstance(value, dict)}
    tables = {key: value for key, value in data.items() if isinstance(value, dict)}
    for name in tables:
        if name not in commands:
            raise InputError(str(path), f"[{name}] is not a command (commands: {', '.join(sorted(commands))})")
    maps: dict[str, dict] = {name: {} for name in commands}
    used = set()
    for command, options in commands.items():
        by_name = {option: (param, flag) for option, param, flag in options}
        for key, value in [*top.items(), *tables.get(command, {}).items()]:
            option = key.replace("_", "-")
            if option not in by_name:
                if key in tables.get(command, {}):
                    raise InputError(str(path), f"[{command}] {key}: {command} has no option --{option}")
                continue
            used.add(key)
            param, flag = by_name[option]
            if flag is not None:
                if value is True:
                    maps[command][param] = flag
            else:
                maps[command][param] = value
    unused = [key for key in top if key not in used]
    if unused:
        raise InputError(str(path), f"{unused[0]}: no command has an option --{unused[0].replace('_', '-')}")
    return maps
