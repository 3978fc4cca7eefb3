"""The one error type users see: bad input, reported in one line, exit status 2."""


class InputError(Exception):
    """A problem with something the user gave us, worded for the user: "FILE: what is wrong"."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
