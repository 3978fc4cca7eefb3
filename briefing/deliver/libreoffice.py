"""LibreOffice lays a memo out as Word would (`soffice --headless --convert-to pdf`): its PDF and its pages.

Starting LibreOffice is most of a layout's cost (about 0.8 s of 1 s), so a build starts one in
the background while the articles are read (`libreoffice_started`); the first layout is handed
to it and takes about 0.2 s. What a build started is its own `Session`: two builds in one
process (threads, a server) never use or stop each other's LibreOffice.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import InputError

SOFFICE_TIMEOUT = 180  # seconds; a first start of LibreOffice makes its profile, which is slow
PDF_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")
# Our cached LibreOffice profiles: a build may have a second LibreOffice starting while the first exits.
PROFILE_NAMES = ("libreoffice-profile", "libreoffice-profile-2")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_pages(pdf: bytes) -> int:
    return len(PDF_PAGE.findall(pdf))


@dataclass
class Started:
    """A LibreOffice started ahead: it serves one layout request, then exits by itself."""

    process: subprocess.Popen
    profile: Path
    used: bool = False


@dataclass
class Session:
    """The LibreOffices one build started ahead, and the cached profiles it holds while it runs."""

    program: str
    scratch: Path  # the build's temporary folder: LibreOffice's HOME, and throwaway profiles
    profiles: ExitStack  # the locks on the profiles taken, released once their LibreOffice is gone
    started: list[Started] = field(default_factory=list)
    held: dict[str, Path] = field(default_factory=dict)  # the profiles taken, by name

    def start_another(self) -> None:
        """Have a LibreOffice starting for this build's next layout, on a profile no running one
        uses (our second cached one, else a throwaway), while the memo to lay out is prepared."""
        if any(not started.used for started in self.started):
            return
        busy = {started.profile for started in self.started if group_alive(started.process)}
        for name in PROFILE_NAMES:
            if name not in self.held:
                self.held[name] = self.profiles.enter_context(libreoffice_profile(self.scratch / name, name))
            if self.held[name] not in busy:
                profile = self.held[name]
                break
        else:
            return
        try:  # its own process group, so that stopping it stops the soffice.bin it forks too
            process = subprocess.Popen([self.program, "--headless", "--invisible", "--norestore",
                                        f"-env:UserInstallation={profile.as_uri()}"],
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                       env={**os.environ, "HOME": str(self.scratch)}, start_new_session=True)
        except OSError:
            return  # then the layout starts LibreOffice itself, and says so if it cannot
        self.started.append(Started(process, profile))

    @contextmanager
    def layout_profile(self) -> Iterator[tuple[Path, Started | None]]:
        """The profile to lay out with, and the started LibreOffice that will serve the request if any.

        A started one not yet used serves it; without one, the first profile is taken again once
        the LibreOffice that used it is gone (a request reaching it on its way out would be lost).
        """
        waiting = next((started for started in self.started if not started.used), None)
        if waiting is not None:
            yield waiting.profile, waiting
        elif self.started:
            first = self.started[0]
            stop(first.process, grace=10)
            yield first.profile, None
        else:
            with libreoffice_profile(self.scratch) as profile:
                yield profile, None

    def finish(self) -> None:
        """Stop the started LibreOffices no layout used, and clean up once the used ones are gone.

        A used one exits by itself, a second or two after its layout: the build does not wait for
        that. Until it is gone its profile stays locked and the scratch folder it writes in stays.
        """
        for started in self.started:
            if not started.used:
                stop(started.process)
        exiting = [started.process for started in self.started if started.used]
        if exiting:
            threading.Thread(target=self.clean_up, args=(exiting,), daemon=True).start()
        else:
            self.clean_up([])

    def clean_up(self, exiting: list[subprocess.Popen]) -> None:
        for process in exiting:
            process.wait()
        self.profiles.close()
        shutil.rmtree(self.scratch, ignore_errors=True)


@contextmanager
def libreoffice_started(wanted: bool) -> Iterator[Session | None]:
    """A session with LibreOffice starting in the background now, so that it is up by the time the
    memo is laid out; None when not `wanted` or not installed. Started ones not used are stopped
    on the way out."""
    # process groups are POSIX; elsewhere LibreOffice starts when the memo is laid out
    program = soffice() if wanted and os.name == "posix" else None
    if program is None:
        yield None
        return
    session = Session(program, Path(tempfile.mkdtemp(prefix="briefing-")), ExitStack())
    try:
        session.start_another()
        yield session
    finally:
        session.finish()


def stop(process: subprocess.Popen, grace: float = 0.0) -> None:
    """Stop a started LibreOffice and everything it forked (its process group), after giving it
    `grace` seconds to exit by itself."""
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, sig)
        if gone_within(process, grace if sig is None else 10):
            break
    process.wait()


def gone_within(process: subprocess.Popen, seconds: float) -> bool:
    """Whether the process group a started LibreOffice leads is gone within `seconds`."""
    deadline = time.monotonic() + seconds
    while group_alive(process):
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


def group_alive(process: subprocess.Popen) -> bool:
    """Whether anything of the process group a started LibreOffice leads still runs."""
    process.poll()  # reap the launcher: as a zombie it would still count in its group
    try:
        os.killpg(process.pid, 0)
    except ProcessLookupError:
        return False
    return True


@contextmanager
def layout_profile(session: Session | None, scratch: Path) -> Iterator[tuple[Path, Started | None]]:
    """The session's profile to lay out with (and its started LibreOffice), or outside a build our own."""
    if session is not None:
        with session.layout_profile() as chosen:
            yield chosen
    else:
        with libreoffice_profile(scratch) as profile:
            yield profile, None


def to_pdf(docx_data: bytes, name: str = "memo", session: Session | None = None) -> bytes:
    """The .docx laid out and printed to PDF by LibreOffice. Raises InputError without it."""
    return to_pdfs([docx_data], name, session)[0]


def to_pdfs(documents: list[bytes], name: str = "memo", session: Session | None = None) -> list[bytes]:
    """Several .docx laid out by one LibreOffice run: starting LibreOffice is most of its cost."""
    program = soffice()
    if program is None:
        raise InputError(f"{name}.pdf", "PDF output needs LibreOffice (soffice), which is not installed")
    with tempfile.TemporaryDirectory(prefix="briefing-") as folder, \
            layout_profile(session, Path(folder)) as (profile, started):
        sources = [Path(folder) / f"{name}-{number}.docx" for number in range(len(documents))]
        for source, data in zip(sources, documents):
            source.write_bytes(data)
        # A private profile: a LibreOffice the user has open would otherwise take the job and hang.
        command = [program, "--headless", f"-env:UserInstallation={profile.as_uri()}",
                   "--convert-to", "pdf", "--outdir", folder, *map(str, sources)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=SOFFICE_TIMEOUT,
                           env={**os.environ, "HOME": folder})
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            raise InputError(f"{name}.pdf", f"LibreOffice could not convert the memo ({exc})") from None
        finally:
            if started is not None:
                started.used = True
        pdfs = [source.with_suffix(".pdf") for source in sources]
        if not all(pdf.is_file() for pdf in pdfs):
            raise InputError(f"{name}.pdf", "LibreOffice wrote no PDF")
        return [pdf.read_bytes() for pdf in pdfs]


@contextmanager
def libreoffice_profile(scratch: Path, name: str = PROFILE_NAMES[0]) -> Iterator[Path]:
    """Our own LibreOffice profile, kept between runs in the user's cache folder: LibreOffice
    starts about a tenth of a second faster with a profile it made before. Locked while in
    use; when another run holds it (or locks are not to be had) a throwaway one in `scratch`."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "briefing"
    try:
        import fcntl

        cache.mkdir(parents=True, exist_ok=True)
        lock = open(cache / f"{name}.lock", "w")  # noqa: SIM115 - closed by the with block below, after the try
    except (ImportError, OSError):
        yield scratch / "profile"
        return
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield scratch / "profile"
            return
        yield cache / name
