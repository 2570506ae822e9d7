"""The HTML report in a real browser: headless Chromium renders the report of a corpus notice
(with an injected salary mismatch), the findings are in the rendered page, the level and rule
filters work (driven by the URL hash, as a reviewer's bookmark would), and a screenshot is saved
(to ``$NOTICE_LINT_ARTIFACTS`` too when set)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from fmt_helpers import analyse, bad_text, inject_salary_mismatch
from notices import corpus_files
from test_report import Page, data_of

pytestmark = pytest.mark.browser

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_browser() -> str | None:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


BROWSER = find_browser()
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no Chromium/Chrome on PATH")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-extensions",
         "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio"]


def chrome(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    home = cwd / "chrome-home"
    home.mkdir(exist_ok=True)
    return subprocess.run([BROWSER, *FLAGS, f"--user-data-dir={home}", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd, env={**os.environ, "HOME": str(home)})


def injected_notice() -> str:
    """A corpus notice with its French salary changed (falls back to the synthetic template)."""
    files = corpus_files()
    if not files:
        return bad_text()
    return inject_salary_mismatch(files[0].read_text(encoding="utf-8-sig")) or bad_text()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from lint.formatters.html import render_notice

    tmp = tmp_path_factory.mktemp("browser")
    src = tmp / "notice.txt"
    src.write_text(injected_notice(), encoding="utf-8")
    results, notices, ctx = analyse([src])
    assert any(d.code == "FIG002" for d in results[0].diagnostics)
    out = tmp / "report.html"
    out.write_text(render_notice(results[0], notices[0], ctx), encoding="utf-8")
    return tmp, out, results[0]


def dump(tmp: Path, url: str) -> Page:
    p = chrome("--virtual-time-budget=3000", "--dump-dom", url, cwd=tmp)
    assert p.returncode == 0, p.stderr[-2000:]
    assert "<html" in p.stdout
    return Page(p.stdout)


def shown(page: Page) -> str:
    return page.text(page.by_id("shown")).strip()


@needs_browser
def test_findings_are_visible_in_the_rendered_page(report):
    tmp, out, result = report
    page = dump(tmp, out.as_uri())
    n = len(result.diagnostics)
    assert shown(page) == f"{n} of {n} findings shown"  # the script ran
    d = next(x for x in result.diagnostics if x.code == "FIG002")
    marks = [m for m in page.find("mark", cls="hl") if "off" not in m["attrs"]["class"].split()]
    assert any(page.text(m) and d.text.startswith(page.text(m)) for m in marks)
    assert not [el for el in page.find("li", cls="finding") if "filtered" in el["attrs"]["class"].split()]


@needs_browser
def test_level_filter_from_the_url_hash(report):
    tmp, out, result = report
    page = dump(tmp, out.as_uri() + "#level=error")
    n = len(result.diagnostics)
    n_err = sum(1 for d in result.diagnostics if d.level == "error")
    assert n_err < n, "the notice should have findings of other levels too"
    assert shown(page) == f"{n_err} of {n} findings shown"
    items = page.find("li", cls="finding")
    for el in items:
        hidden = "filtered" in el["attrs"]["class"].split()
        assert hidden == (el["attrs"]["data-level"] != "error"), el["attrs"]
    level = {f["id"]: f["level"] for f in data_of(page)["findings"]}
    checked = 0
    for m in page.find("mark", cls="hl"):
        ids = [int(i) for i in m["attrs"].get("data-f", "").split()]
        if not ids:
            continue  # the legend
        off = "off" in m["attrs"]["class"].split()
        assert off == (not any(level[i] == "error" for i in ids))
        checked += 1
    assert checked


@needs_browser
def test_rule_filter_and_only_blocks_with_findings(report):
    tmp, out, result = report
    page = dump(tmp, out.as_uri() + "#rule=FIG002&only=1")
    n = len(result.diagnostics)
    n_fig = sum(1 for d in result.diagnostics if d.code == "FIG002")
    assert shown(page) == f"{n_fig} of {n} findings shown"
    rows = page.find("tr", cls="pair")
    visible = [r for r in rows if "filtered" not in r["attrs"]["class"].split()]
    assert 1 <= len(visible) < len(rows) / 4
    fig = {f["id"] for f in data_of(page)["findings"] if f["rule"] == "FIG002"}
    for r in visible:
        assert fig & {int(i) for i in r["attrs"]["data-f"].split()}


@needs_browser
def test_screenshot(report):
    tmp, out, _ = report
    shot = tmp / "report.png"
    p = chrome("--window-size=1400,2000", f"--screenshot={shot}", out.as_uri(), cwd=tmp)
    assert shot.is_file(), p.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    keep = os.environ.get("NOTICE_LINT_ARTIFACTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / "report.png")
        shutil.copy(out, Path(keep) / "report.html")


MEASURE = """<script>
window.addEventListener("load", function () {
  var out = {};
  var pt = document.querySelector("mark.hl.pt[data-f]");
  out.badge = pt ? Math.round(pt.getBoundingClientRect().width) : -1;
  var mk = document.querySelector("tr.banner .mk");
  out.markup = mk ? getComputedStyle(mk).display : "absent";
  var minor = document.querySelector(".term.minor");
  out.minorBefore = minor ? getComputedStyle(minor).borderBottomStyle + "|" + (minor.getAttribute("title") || "") : "absent";
  var box = document.querySelector('input[name="allterms"]');
  if (box) { box.click(); }
  out.minorAfter = minor ? getComputedStyle(minor).borderBottomStyle + "|" + (minor.getAttribute("title") || "") : "absent";
  var m = document.querySelector('input[name="mk"]');
  if (m) { m.click(); }
  out.markupShown = mk ? getComputedStyle(mk).display : "absent";
  document.body.setAttribute("data-measure", JSON.stringify(out));
});
</script></body>"""


@needs_browser
def test_empty_span_badge_markup_and_term_toggles_render(tmp_path):
    """Layout the DOM alone cannot tell: an empty-span finding is a badge with a width; banner
    markup is hidden until "show markup"; ordinary glossary words are unmarked until "all terms"."""
    import json

    from lint.formatters.html import render_notice

    text = bad_text().replace("NATO\tNORTH", "\t<b>NATO</b>\tNORTH", 1)
    lines = text.splitlines(keepends=True)
    k = next(i for i, ln in enumerate(lines) if ln.startswith("- ") and i > 20)
    lines.insert(k, "-\n")
    src = tmp_path / "n.md"
    src.write_text("".join(lines), encoding="utf-8")
    results, notices, ctx = analyse([src])
    assert any(d.code == "STR005" for d in results[0].diagnostics)
    out = tmp_path / "r.html"
    out.write_text(render_notice(results[0], notices[0], ctx).replace("</body>", MEASURE, 1), encoding="utf-8")
    page = dump(tmp_path, out.as_uri())
    body = next(el for el in page.elements if el["tag"] == "body")
    got = json.loads(body["attrs"]["data-measure"])
    assert got["badge"] >= 20, got  # "▸ STR005", not a 3-pixel sliver
    assert got["markup"] == "none" and got["markupShown"] == "inline", got
    before, after = got["minorBefore"].split("|"), got["minorAfter"].split("|")
    assert before == ["none", ""], got
    assert after[0] == "dotted" and after[1].startswith("Glossary:"), got
