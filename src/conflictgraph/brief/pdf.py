"""Print a briefing's HTML to PDF with headless Chromium (Debian's /usr/bin/chromium, as the browser tests use)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import BriefError

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-pdf-header-footer")
TIMEOUT = 120  # seconds


def chromium() -> str | None:
    """The Chromium to print with: ``CONFLICTGRAPH_CHROMIUM`` if set, else the first one found."""
    chosen = os.environ.get("CONFLICTGRAPH_CHROMIUM")
    if chosen:
        return chosen if Path(chosen).is_file() and os.access(chosen, os.X_OK) else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def to_pdf(html: str) -> bytes:
    """The PDF Chromium prints of this (self-contained) HTML; a fresh profile each time, nothing fetched."""
    browser = chromium()
    if browser is None:
        raise BriefError("no Chromium found for --format pdf (looked for /usr/bin/chromium, chromium, google-chrome; "
                         "set CONFLICTGRAPH_CHROMIUM); install chromium or use --format html")
    with tempfile.TemporaryDirectory(prefix="conflictgraph-brief-") as tmp:
        page, out = Path(tmp) / "brief.html", Path(tmp) / "brief.pdf"
        page.write_text(html, encoding="utf-8")
        command = [browser, *FLAGS, f"--user-data-dir={Path(tmp) / 'profile'}", f"--print-to-pdf={out}",
                   page.as_uri()]
        try:
            done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise BriefError(f"{browser} could not print the briefing ({exc})") from None
        if not out.is_file() or out.stat().st_size == 0:
            tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
            raise BriefError(f"{browser} printed no PDF (exit {done.returncode}: {tail[0]})")
        return out.read_bytes()
