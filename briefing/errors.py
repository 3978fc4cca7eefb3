"""The one error type users see: bad input, reported in one line, exit status 2."""
from __future__ import annotations


class InputError(Exception):
    """A problem with something the user gave us, worded for the user: "FILE: what is wrong"."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self):
        # a process pool sends the error of a worker's article back to the build: it must rebuild
        return type(self), (self.source, self.problem)
