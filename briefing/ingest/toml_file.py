"""The TOML files briefing reads (topics, a standing brief, the user's config): one way to open
them, and one set of one-line errors naming the file."""
from __future__ import annotations

import sys

from briefing.errors import InputError

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib


def load_toml(path: str, what: str) -> dict:
    """The file's tables; InputError naming the file for a missing, unreadable or malformed one.
    `what` names the file in the errors ("topics file", "brief file")."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise InputError(path, f"no such {what}") from None
    except IsADirectoryError:
        raise InputError(path, f"is a folder, not a {what}") from None
    except OSError as exc:
        raise InputError(path, f"cannot read {what} ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"TOML syntax error: {exc}") from None
    except UnicodeDecodeError:
        raise InputError(path, f"{what} is not UTF-8 text") from None
