#!/usr/bin/env python3
"""Checks that a local HTML report renders in a real browser, and saves a full-page screenshot.

Usage: .ci/check-html.py REPORT.html SCREENSHOT.png

Opens REPORT.html in headless Chromium through chromedriver's W3C WebDriver HTTP API (Python 3
standard library only), waits for the page to load, and fails with exit code 1 and a list of the
problems when
  - the browser log has any SEVERE entry (console.error, uncaught exceptions, resources that did
    not load),
  - any <img> is not complete or has naturalWidth 0 (a broken or missing image),
  - the page has no <img> and no <svg> at all (a report without figures).
Whatever the outcome, it saves a full-page PNG screenshot (the window is resized to the page's
height first) and prints a one-line summary. Exit code 2: the check itself could not run
(no file, no chromedriver, the browser did not start).

Environment: CHROMEDRIVER (default /usr/bin/chromedriver), CHROMIUM (default /usr/bin/chromium
when it exists), CHECK_HTML_TIMEOUT seconds for page load and images (default 60).
"""

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

WIDTH = 1400
HEIGHT = 1000
# Chromium cannot capture textures much taller than this; a longer page is cut at this height.
MAX_HEIGHT = 16000


class Infrastructure(Exception):
    """The check could not run (as opposed to: the page failed it)."""


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        self.session = None

    def call(self, method, path, body=None, timeout=120):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            self.base + path, data=data, method=method,
            headers={"Content-Type": "application/json; charset=utf-8"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                payload = json.loads(response.read().decode("utf-8") or "{}")
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")
            try:
                value = json.loads(detail)["value"]
                detail = f"{value.get('error')}: {value.get('message', '').splitlines()[0]}"
            except (ValueError, KeyError, TypeError, AttributeError, IndexError):
                pass
            raise Infrastructure(f"WebDriver {method} {path} failed ({e.code}): {detail}") from None
        return payload.get("value")

    def s(self, method, path, body=None, timeout=120):
        return self.call(method, f"/session/{self.session}{path}", body, timeout)

    def script(self, source, *args):
        return self.s("POST", "/execute/sync", {"script": source, "args": list(args)})


def wait_for(predicate, timeout, interval=0.1):
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def start_chromedriver(driver_path, port, log_path):
    if not (os.path.isfile(driver_path) and os.access(driver_path, os.X_OK)):
        raise Infrastructure(
            f"chromedriver not found at {driver_path}. Install Debian's chromium and chromium-driver "
            "(apt-get install -y --no-install-recommends chromium chromium-driver) or set CHROMEDRIVER.")
    log = open(log_path, "wb")
    process = subprocess.Popen([driver_path, f"--port={port}"], stdout=log, stderr=subprocess.STDOUT)
    log.close()
    driver = WebDriver(port)

    def ready():
        if process.poll() is not None:
            raise Infrastructure(f"chromedriver exited with code {process.returncode}; see {log_path}")
        try:
            return bool(driver.call("GET", "/status", timeout=2).get("ready"))
        except (OSError, Infrastructure):
            return False

    if not wait_for(ready, 20):
        process.terminate()
        raise Infrastructure(f"chromedriver did not become ready on port {port} within 20 s; see {log_path}")
    return process, driver


IMAGES_SCRIPT = """
return Array.from(document.images).map(function (img) {
  return { src: (img.currentSrc || img.src || '').slice(0, 120), complete: img.complete, naturalWidth: img.naturalWidth };
});
"""

SIZE_SCRIPT = """
var b = document.body, e = document.documentElement;
return { body: b ? b.scrollHeight : 0, doc: e ? e.scrollHeight : 0, inner: window.innerHeight, outer: window.outerHeight };
"""


def check(report, screenshot, timeout):
    problems = []
    scratch = tempfile.mkdtemp(prefix="check-html-")
    port = free_port()
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    process, driver = start_chromedriver(driver_path, port, os.path.join(scratch, "chromedriver.log"))
    try:
        options = {
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={WIDTH},{HEIGHT}",
                     f"--user-data-dir={os.path.join(scratch, 'profile')}"],
        }
        chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
        if os.path.isfile(chromium):
            options["binary"] = chromium
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": {"browser": "ALL"},
        }}}
        created = driver.call("POST", "/session", capabilities)
        driver.session = created["sessionId"]
        driver.s("POST", "/timeouts", {"pageLoad": int(timeout * 1000), "script": int(timeout * 1000)})

        driver.s("POST", "/url", {"url": Path(report).resolve().as_uri()})
        if not wait_for(lambda: driver.script("return document.readyState") == "complete", timeout):
            problems.append(f"the page did not finish loading within {timeout:g} s (document.readyState never 'complete')")

        # Full page: grow the window to the page height (correcting for the browser's own frame),
        # which also brings lazily loaded images into view before they are checked.
        size = driver.script(SIZE_SCRIPT)
        page_height = max(size["body"], size["doc"], 1)
        frame = max(size["outer"] - size["inner"], 0)
        height = min(max(page_height, HEIGHT) + frame, MAX_HEIGHT)
        driver.s("POST", "/window/rect", {"width": WIDTH, "height": height})
        if page_height + frame > MAX_HEIGHT:
            print(f"note: the page is {page_height} px tall; the screenshot is cut at {MAX_HEIGHT} px", file=sys.stderr)

        wait_for(lambda: all(i["complete"] for i in driver.script(IMAGES_SCRIPT)), min(timeout, 10))
        images = driver.script(IMAGES_SCRIPT)
        svgs = driver.script("return document.getElementsByTagName('svg').length")
        for number, img in enumerate(images, 1):
            if not img["complete"]:
                problems.append(f"<img> #{number} ({img['src'] or 'no src'}) has not finished loading")
            elif img["naturalWidth"] == 0:
                problems.append(f"<img> #{number} ({img['src'] or 'no src'}) is broken (naturalWidth 0)")
        if not images and not svgs:
            problems.append("the page has no <img> and no <svg>: a report without figures")

        logs = driver.s("POST", "/se/log", {"type": "browser"}) or []
        for entry in logs:
            if entry.get("level") == "SEVERE":
                problems.append(f"browser log SEVERE: {entry.get('message', '').strip()}")

        png = base64.b64decode(driver.s("GET", "/screenshot"))
        target = Path(screenshot)
        if target.parent:
            target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(png)
        partial.replace(target)
        shot_width, shot_height = struct.unpack(">II", png[16:24]) if png[:8] == b"\x89PNG\r\n\x1a\n" else (0, 0)

        summary = (f"check-html: {report}: {len(images)} image(s) checked, {svgs} inline svg, "
                   f"{len(logs)} console message(s) ({sum(1 for e in logs if e.get('level') == 'SEVERE')} severe); "
                   f"screenshot {screenshot} ({shot_width}x{shot_height})")
        return problems, summary
    finally:
        if driver.session:
            try:
                driver.s("DELETE", "", timeout=20)
            except (OSError, Infrastructure):
                pass
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(scratch, ignore_errors=True)


def main(argv):
    if len(argv) != 3:
        print("usage: check-html.py REPORT.html SCREENSHOT.png", file=sys.stderr)
        return 2
    report, screenshot = argv[1], argv[2]
    if not os.path.isfile(report):
        print(f"check-html: {report} does not exist or is not a file", file=sys.stderr)
        return 2
    try:
        timeout = float(os.environ.get("CHECK_HTML_TIMEOUT", "60"))
        problems, summary = check(report, screenshot, timeout)
    except Infrastructure as e:
        print(f"check-html: could not check {report}: {e}", file=sys.stderr)
        return 2
    print(summary)
    if problems:
        print(f"check-html: {report} FAILED ({len(problems)} problem(s)):", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
