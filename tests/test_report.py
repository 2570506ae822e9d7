"""``notice-lint report``: the HTML report for translators (content, escaping, self-containment)."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from fmt_helpers import analyse, bad_text, write
from notices import corpus_files, needs_corpus, template_text

FAST = "FIG,STR"
VOID = {"meta", "br", "img", "input", "col", "link", "hr", "wbr", "source", "area", "base", "embed"}
XSS_EN = 'The incumbent <script>alert("pwned")</script> and <img src=x onerror=alert(2)> runs the daily work'


class Page(HTMLParser):
    """A small DOM: every element with its attributes and text content."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[dict] = []
        self.stack: list[dict] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        el = {"tag": tag, "attrs": dict(attrs), "text": []}
        self.elements.append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_endtag(self, tag):
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k]["tag"] == tag:
                del self.stack[k:]
                break

    def handle_data(self, data):
        for el in self.stack:
            el["text"].append(data)

    def text(self, el) -> str:
        return "".join(el["text"])

    def find(self, tag=None, cls=None, **attrs):
        out = []
        for el in self.elements:
            if tag and el["tag"] != tag:
                continue
            if cls and cls not in (el["attrs"].get("class") or "").split():
                continue
            if any(el["attrs"].get(k.replace("_", "-")) != v for k, v in attrs.items()):
                continue
            out.append(el)
        return out

    def by_id(self, id_):
        found = [el for el in self.elements if el["attrs"].get("id") == id_]
        return found[0] if found else None


def report(tmp_path: Path, *notices: Path, out: str = "out", extra=()) -> tuple[int, Path, str]:
    from lint.cli import main

    target = tmp_path / out
    r = CliRunner().invoke(main, ["report", "--isolated", "--select", FAST, *extra, *map(str, notices), "-o", str(target)],
                           catch_exceptions=False)
    return r.exit_code, target, r.output


@pytest.fixture(scope="module")
def bad_page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("report")
    text = bad_text().replace("The incumbent runs the daily work", XSS_EN, 1)
    src = write(tmp, "bad.md", text)
    code, out, log = report(tmp, src, out="bad.html")
    assert code == 0, log
    html = out.read_text(encoding="utf-8")
    results, _, _ = analyse([src], select=FAST.split(","))
    return html, Page(html), results[0], src


def data_of(page: Page) -> dict:
    el = page.by_id("report-data")
    return json.loads(page.text(el))


def finding_id(page: Page, code: str) -> int:
    return next(f["id"] for f in data_of(page)["findings"] if f["rule"] == code)


# ---- escaping ------------------------------------------------------------------------------

def test_notice_markup_is_shown_as_text_never_run(bad_page):
    html, page, _, _ = bad_page
    # only our own two scripts (data + filters), neither loads anything
    scripts = page.find("script")
    assert len(scripts) == 2 and all("src" not in s["attrs"] for s in scripts)
    assert not any("onerror" in el["attrs"] for el in page.elements)
    assert not page.find("img")
    assert "pwned" not in "".join(page.text(s) for s in scripts)
    # the notice's markup is visible text in the English block
    block = [el for el in page.find("div", cls="blk") if "daily work" in page.text(el)]
    assert block, "the injected paragraph is missing"
    shown = page.text(block[0])
    assert '<script>alert("pwned")</script>' in shown
    assert "<img src=x onerror=alert(2)>" in shown
    assert "&lt;script&gt;" in html and "<script>alert" not in html


def test_script_data_cannot_close_its_element():
    from lint.formatters.html import _json_script

    out = str(_json_script({"m": "</script><b>&"}))
    assert "</" not in out and "<" not in out and "&" not in out
    assert json.loads(out) == {"m": "</script><b>&"}


# ---- content -------------------------------------------------------------------------------

def test_finding_highlighted_at_its_exact_span_in_both_halves(bad_page):
    _, page, result, _ = bad_page
    d = next(x for x in result.diagnostics if x.code == "FIG002")
    fid = finding_id(page, "FIG002")
    mark = page.by_id(f"f-{fid}")
    assert mark["tag"] == "mark" and "lv-error" in mark["attrs"]["class"]
    assert str(fid) in mark["attrs"]["data-f"].split()
    assert d.text.startswith(page.text(mark)) and d.text.startswith("6\u00a0121,50")
    # the highlight may be cut in pieces (a glossary term inside it): together they are the span
    pieces = [el for el in page.find("mark", cls="hl") if str(fid) in el["attrs"].get("data-f", "").split()]
    assert "".join(page.text(el) for el in pieces) == d.text
    assert "FIG002" in mark["attrs"]["title"]
    # the English counterpart is marked too
    rel = [el for el in page.find("mark", cls="rel") if str(fid) in el["attrs"].get("data-r", "").split()]
    assert rel and "".join(page.text(el) for el in rel) == d.related[0].text
    # the two marks sit in the two cells of the same row
    row = [el for el in page.find("tr", cls="pair") if str(fid) in (el["attrs"].get("data-f") or "").split()]
    assert row
    # the rule, message and suggestion are listed under the pair
    notes = [el for el in page.find("li", cls="finding") if el["attrs"].get("data-f") == str(fid)]
    assert len(notes) == 2  # summary list + under the block
    assert all("Salary" in page.text(n) for n in notes)


def test_side_by_side_sections_and_blocks(bad_page):
    _, page, _, _ = bad_page
    secs = page.find("tr", cls="sec")
    heads = [[page.text(th) for th in page.elements[page.elements.index(s) + 1: page.elements.index(s) + 3]] for s in secs]
    assert ["1. SUMMARY", "1. RÉSUMÉ"] in heads
    assert len(secs) >= 9  # header + sections 1-8
    pairs = page.find("tr", cls="pair")
    assert len(pairs) > 30
    cells = page.find("td", lang="en") + page.find("td", lang="fr")
    assert len(page.find("td", lang="en")) == len(page.find("td", lang="fr"))
    # a list item and its translation share a row
    for el in pairs:
        i = page.elements.index(el)
        tds = [e for e in page.elements[i + 1:] if e["tag"] == "td"][:2]
        if "university degree in history" in page.text(tds[0]):
            assert "diplôme universitaire" in page.text(tds[1])
            break
    else:
        pytest.fail("list item row not found")
    assert cells


def test_header_field_table_compares_parsed_values(bad_page):
    _, page, _, _ = bad_page
    table = page.find("table", cls="fields")[0]
    start = page.elements.index(table)
    trs = [el for el in page.elements[start:] if el["tag"] == "tr" and (el["attrs"].get("class") or "").startswith("agree-")]
    by_field = {}
    for tr in trs:
        th = page.elements[page.elements.index(tr) + 1]
        by_field[page.text(th)] = tr
    salary = by_field["Salary"]
    assert salary["attrs"]["class"] == "agree-differ"
    txt = page.text(salary)
    assert "6\u2009112.50 EUR / month" in txt and "6\u2009121.50 EUR / month" in txt
    assert "✗ differ" in txt and "FIG002" in txt
    assert by_field["Grade"]["attrs"]["class"] == "agree-agree"
    assert "✓ agree" in page.text(by_field["Deadline"])
    assert "2026-03-14 23:59" in page.text(by_field["Deadline"])


def test_glossary_terms_are_marked(bad_page):
    _, page, _, _ = bad_page
    terms = [t for t in page.find("span", cls="term") if "title" in t["attrs"]]  # (not the legend)
    assert len(terms) > 10
    assert any(page.text(t) == "International Staff" for t in terms)
    assert all(t["attrs"]["title"].startswith("Glossary:") for t in terms)


def test_summary_filters_and_jump_links(bad_page):
    html, page, result, _ = bad_page
    data = data_of(page)
    assert len(data["findings"]) == len(result.diagnostics)
    by_rule = page.find("table", cls="by-rule")
    assert by_rule and "FIG002" in page.text(by_rule[0])
    assert [b["attrs"]["value"] for b in page.find("input", name="level")] == ["error", "warning", "info"]
    assert "FIG002" in [b["attrs"]["value"] for b in page.find("input", name="rule")]
    assert "figures" in [b["attrs"]["value"] for b in page.find("input", name="category")]
    # every jump link lands on an element of the page
    targets = {el["attrs"]["href"][1:] for el in page.find("a") if el["attrs"].get("href", "").startswith("#f-")}
    assert targets and all(page.by_id(t) is not None for t in targets)
    sec_links = [el["attrs"]["href"][1:] for el in page.find("a") if el["attrs"].get("href", "").startswith("#s-")]
    assert sec_links and all(page.by_id(t) is not None for t in sec_links)
    assert "@media print" in html
    # the level badges in the header link to filters
    assert page.find("a", href="#level=error")


def test_report_is_self_contained(bad_page):
    html, page, _, _ = bad_page
    for el in page.elements:
        for attr in ("href", "src", "action", "srcset", "data", "poster"):
            v = (el["attrs"].get(attr) or "").strip().lower()
            assert not re.match(r"^(https?:|//|ftp:|file:)", v), (el["tag"], attr, v)
    assert not page.find("link") and not page.find("iframe")
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I)
    assert not re.search(r"@import", html)


# ---- the command ---------------------------------------------------------------------------

def test_report_folder_with_index_and_a_bad_file(tmp_path):
    a = write(tmp_path, "a.md", bad_text())
    b = write(tmp_path, "b.md", template_text())
    missing = tmp_path / "missing.md"
    code, out, log = report(tmp_path, a, b, missing, out="site")
    assert code == 2  # one input could not be read; the others are still reported
    assert "missing.md" in log
    assert sorted(p.name for p in out.iterdir()) == ["a.html", "b.html", "index.html"]
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    links = [el["attrs"]["href"] for el in index.find("a")]
    assert links == ["a.html", "b.html"]
    assert "could not be checked" in "".join(index.text(el) for el in index.find("td"))
    page_a = Page((out / "a.html").read_text(encoding="utf-8"))
    assert page_a.find("a", href="index.html")


def test_report_single_file_output(tmp_path):
    a = write(tmp_path, "a.md", template_text())
    code, out, log = report(tmp_path, a, out="one.html")
    assert code == 0, log
    assert out.is_file() and not (tmp_path / "index.html").exists()
    page = Page(out.read_text(encoding="utf-8"))
    assert "No finding" in page.text(page.by_id("summary"))


def test_report_of_a_word_document(tmp_path):
    from fmt_helpers import docx_from_text

    p = tmp_path / "n.docx"
    p.write_bytes(docx_from_text(bad_text()))
    code, out, log = report(tmp_path, p, out="n.html")
    assert code == 0, log
    page = Page(out.read_text(encoding="utf-8"))
    fid = finding_id(page, "FIG002")
    assert page.text(page.by_id(f"f-{fid}")).startswith("6\u00a0121,50")
    # the list gives the Word paragraph: the French salary is paragraph 81 of the document
    item = [el for el in page.find("li", cls="finding") if el["attrs"].get("data-f") == str(fid)][0]
    assert "paragraph 81," in page.text(item)


@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_notice_report(tmp_path, path):
    from lint.formatters.html import render_notice

    results, notices, ctx = analyse([path])
    html = render_notice(results[0], notices[0], ctx)
    page = Page(html)
    data = data_of(page)
    assert len(data["findings"]) == len(results[0].diagnostics)
    # every finding is listed; those inside aligned text have an anchor on the page
    listed = {int(el["attrs"]["data-f"]) for el in page.find("li", cls="finding")}
    assert listed == {f["id"] for f in data["findings"]}
    assert len(page.find("tr", cls="sec")) >= 9
    assert len(html) < 1_500_000


def test_report_of_a_web_page_numbers_blocks_by_html_line(tmp_path):
    from fmt_helpers import html_from_text

    page_src = html_from_text(bad_text())
    p = write(tmp_path, "n.html", page_src)
    code, out, log = report(tmp_path, p, out="r.html")
    assert code == 0, log
    page = Page(out.read_text(encoding="utf-8"))
    fid = finding_id(page, "FIG002")
    mark = page.by_id(f"f-{fid}")
    assert page.text(mark).startswith("6\u00a0121,50")
    block = [el for el in page.find("div", cls="blk") if "Salaire" in page.text(el)][0]
    gutter = page.elements[page.elements.index(block) + 1]
    assert gutter["attrs"]["class"] == "ln"
    html_line = page_src.splitlines()[int(page.text(gutter)) - 1]
    assert "Salaire" in html_line and "6&nbsp;121,50" in html_line


def test_crlf_and_bom_notice_highlights_the_same_span(tmp_path):
    p = tmp_path / "crlf.md"
    p.write_bytes(b"\xef\xbb\xbf" + bad_text().replace("\n", "\r\n").encode("utf-8"))
    code, out, log = report(tmp_path, p, out="c.html")
    assert code == 0, log
    page = Page(out.read_text(encoding="utf-8"))
    fid = finding_id(page, "FIG002")
    pieces = [el for el in page.find("mark", cls="hl") if str(fid) in el["attrs"].get("data-f", "").split()]
    assert "".join(page.text(el) for el in pieces).startswith("6\u00a0121,50")
    assert "\r" not in "".join(page.text(el) for el in pieces)


# ---- layout details ------------------------------------------------------------------------

def _visible(html: str, el_id: str) -> str:
    """The text of the element with ``el_id`` as the page shows it: without the hidden markup
    spans (``.mk`` is ``display: none`` unless "show markup" is on) and without tags."""
    import html as _html

    start = html.index(f'id="{el_id}"')
    start = html.rindex("<", 0, start)
    end = html.index("</div>", start)
    frag = re.sub(r'<span class="mk"[^>]*>.*?</span>', "", html[start:end], flags=re.S)
    frag = re.sub(r'<span class="ln"[^>]*>.*?</span>', "", frag, flags=re.S)
    return _html.unescape(re.sub(r"<[^>]+>", "", frag))


@pytest.fixture(scope="module")
def banner_page(tmp_path_factory):
    """The template with HTML bold markup in its banner lines (as some notices are written)."""
    tmp = tmp_path_factory.mktemp("banner")
    text = template_text().replace("NATO\tNORTH", "\t<b>NATO</b>\tNORTH", 1).replace("OTAN\tORG", "\t<b>OTAN</b>\tORG", 1)
    lines = text.splitlines(keepends=True)
    k = next(i for i, ln in enumerate(lines) if ln.startswith("- ") and i > 20)
    lines.insert(k, "-\n")  # an empty list item: a finding with an empty span
    src = write(tmp, "n.md", "".join(lines))
    code, out, log = report(tmp, src, out="n.html")
    assert code == 0, log
    html = out.read_text(encoding="utf-8")
    return html, Page(html)


def test_page_ids_are_unique(banner_page):
    _, page = banner_page
    ids = [el["attrs"]["id"] for el in page.elements if "id" in el["attrs"]]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_banner_lines_sit_in_their_language_column_without_markup(banner_page):
    html, page = banner_page
    [row] = page.find("tr", cls="banner")
    i = page.elements.index(row)
    tds = [el for el in page.elements[i + 1:] if el["tag"] == "td"][:2]
    by_lang = {td["attrs"]["lang"]: page.text(td) for td in tds}
    assert "NORTH ATLANTIC TREATY ORGANIZATION" in by_lang["en"] and "OTAN" not in by_lang["en"]
    assert "ORGANISATION DU TRAITÉ" in by_lang["fr"] and "NORTH ATLANTIC" not in by_lang["fr"]
    blocks = [el["attrs"]["id"] for el in page.find("div", cls="banner")]
    shown = [_visible(html, b) for b in blocks]
    assert shown[0] == "NATO\tNORTH ATLANTIC TREATY ORGANIZATION INTERNATIONAL STAFF"
    assert not any("<b>" in s or "</b>" in s for s in shown)
    # the markup is kept, hidden, for "show markup"
    assert page.find("span", cls="mk") and ".mk { display: none" in html and "body.show-mk .mk" in html
    assert page.find("input", name="mk")


def test_empty_span_finding_has_a_visible_badge(banner_page):
    html, page = banner_page
    fid = finding_id(page, "STR005")
    mark = page.by_id(f"f-{fid}")
    assert mark["tag"] == "mark" and "pt" in mark["attrs"]["class"].split()
    assert mark["attrs"]["data-label"] == "STR005" and page.text(mark) == ""  # the label is CSS, not text
    assert "mark.hl.pt::after { content: attr(data-label); }" in html


def test_glossary_marks_names_by_default_and_every_term_on_demand(bad_page):
    from lint.formatters.html import NAME_DOMAINS

    _, page, _, _ = bad_page
    terms = [t for t in page.find("span", cls="term") if "title" in t["attrs"] or "data-tip" in t["attrs"]]
    marked = [t for t in terms if "minor" not in t["attrs"]["class"].split()]
    minor = [t for t in terms if "minor" in t["attrs"]["class"].split()]
    assert marked and minor
    assert all("title" in t["attrs"] and "data-tip" not in t["attrs"] for t in marked)
    # ordinary glossary words carry no tooltip until "all glossary terms" is ticked
    assert all("title" not in t["attrs"] and t["attrs"]["data-tip"].startswith("Glossary:") for t in minor)
    assert {"organisation", "post", "section"} <= NAME_DOMAINS and "policy" not in NAME_DOMAINS
    assert "International Staff" in {page.text(t) for t in marked}
    assert page.find("input", name="allterms")


@needs_corpus
def test_glossary_marks_are_not_dense_on_a_corpus_notice():
    from lint.formatters.html import render_notice

    results, notices, ctx = analyse([corpus_files()[0]])
    page = Page(render_notice(results[0], notices[0], ctx))
    terms = page.find("span", cls="term")
    marked = [t for t in terms if "title" in t["attrs"]]
    assert len(marked) < 160 and len(marked) * 2 < len(terms)
    ordinary = {"development", "policy", "risk", "projects", "développement", "politique", "risque", "projets"}
    assert not ordinary & {page.text(t).lower() for t in marked}


def test_level_badges_are_plural(tmp_path):
    a = write(tmp_path, "a.md", bad_text())
    b = write(tmp_path, "b.md", bad_text().replace("Officer, Archive", "Officer, Records", 1))
    code, out, _ = report(tmp_path, a, b, out="site", extra=["--select", "FIG,STR,TYP001"])
    index = Page((out / "index.html").read_text(encoding="utf-8"))
    badges = [index.text(el) for el in index.find("span", cls="badge")]
    assert badges[0] == "2 errors", badges
    page = Page((out / "a.html").read_text(encoding="utf-8"))
    top = [page.text(el) for el in page.find("a", cls="badge")]
    assert top[0] == "1 error" and top[1].endswith(("warnings", " 1 warning")), top


def test_findings_without_a_position_are_listed_not_placed(tmp_path):
    from dataclasses import replace

    from lint.diagnostic import Diagnostic
    from lint.formatters.html import position_text, render_notice

    src = write(tmp_path, "n.md", bad_text())
    results, notices, ctx = analyse([src], select=["FIG"])
    extra = Diagnostic("XYZ001", "whole-notice", "warning", "a finding about the whole notice", str(src), 0, 0, 0, 0)
    result = replace(results[0], diagnostics=results[0].diagnostics + (extra,))
    page = Page(render_notice(result, notices[0], ctx))
    fid = finding_id(page, "XYZ001")
    assert page.by_id(f"f-{fid}") is None  # not anchored at the top of the file
    item = [el for el in page.find("li", cls="finding") if el["attrs"].get("data-f") == str(fid)][0]
    assert "line 0" not in page.text(item) and "col 0" not in page.text(item)
    assert position_text(0, 0) == "" and position_text(4, 0) == "line 4" and position_text(4, 2, "paragraph") == "paragraph 4, col 2"


def test_header_field_without_a_count_reads_none(bad_page):
    _, page, _, _ = bad_page
    row = [el for el in page.find("tr") if (el["attrs"].get("class") or "").startswith("agree-")
           and "Indirect reports" in page.text(el)]
    assert row and "none" in [page.text(td) for td in page.find("td", cls="parsed") if td in page.elements[
        page.elements.index(row[0]):page.elements.index(row[0]) + 12]]
