"""Screenshot an HTML report in headless Chromium: `python scripts/screenshot.py REPORT.html OUT.png`.

Options: `--claim N` opens the N-th claim of the attention queue first (default 1; 0 opens none)
and scrolls back to the top so the summary header shows,
`--width`/`--height` set the viewport, `--full-page` captures the whole page.
Needs Debian's chromium at /usr/bin/chromium (or $CHROMIUM) and the playwright package.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


def screenshot(report: Path, out: Path, *, claim: int = 1, width: int = 1440, height: int = 1000,
               full_page: bool = False) -> Path:
    """Load the report from a file:// URL, optionally open a claim, save a PNG."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
                "file:") else route.abort())
            page.goto(report.resolve().as_uri())
            if claim > 0:
                items = page.locator("#queue .items a[data-card]")
                if items.count() >= claim:
                    items.nth(claim - 1).click()
                    page.wait_for_timeout(400)  # let the smooth scroll settle
                    page.evaluate("window.scrollTo(0, 0)")  # keep the summary header in view
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=full_page)
        finally:
            browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("report", type=Path, help="the HTML report")
    parser.add_argument("out", type=Path, help="where to write the PNG")
    parser.add_argument("--claim", type=int, default=1, help="open this claim of the queue first")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1000)
    parser.add_argument("--full-page", action="store_true")
    args = parser.parse_args(argv)
    if not args.report.is_file():
        print(f"screenshot: {args.report}: no such file", file=sys.stderr)
        return 2
    if not Path(chromium_path()).exists():
        print(f"screenshot: {chromium_path()} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    screenshot(args.report, args.out, claim=args.claim, width=args.width, height=args.height,
               full_page=args.full_page)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
