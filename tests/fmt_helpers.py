"""Shared helpers for the output-format, report and reader tests (synthetic notices only)."""
from __future__ import annotations

import re
from pathlib import Path

from notices import template_text

#: The French salary of the template, whatever space separates the thousands.
FR_SALARY = re.compile(r"6[\s\u00a0\u202f]112,50")


def bad_text(text: str | None = None) -> str:
    """The template (or ``text``) with the French salary changed: a FIG002 salary mismatch."""
    text = template_text() if text is None else text
    new, n = FR_SALARY.subn("6\u00a0121,50", text, count=1)
    assert n == 1, "the template's French salary was not found"
    return new


def write(folder: Path, name: str, text: str) -> Path:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


def analyse(paths, select=None, root=None):
    """Run the checks; return (results, notices, FormatContext)."""
    from lint import __version__
    from lint.formatters import FormatContext
    from lint.runner import Runner, Settings

    runner = Runner(Settings(select=select, isolated=True))
    pairs = runner.analyse([str(p) for p in paths])
    ctx = FormatContext(rules=runner.catalog.rules, version=__version__, root=str(root) if root else ".")
    return [r for r, _ in pairs], [n for _, n in pairs], ctx


# ----------------------------------------------------------------------------------------------
# Word and HTML documents written by the tests themselves
# ----------------------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LIST = re.compile(r"^\s*[-•]\s+(.*)$")


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs(text: str) -> str:
    """A paragraph's text as Word writes it: several runs, tabs as <w:tab/>, a run split in the
    middle of a word (as after an edit)."""
    out = []
    for k, part in enumerate(text.split("\t")):
        if k:
            out.append("<w:r><w:tab/></w:r>")
        if len(part) > 12:
            cut = len(part) // 2
            out.append(f'<w:r><w:t xml:space="preserve">{_xml(part[:cut])}</w:t></w:r>')
            out.append(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_xml(part[cut:])}</w:t></w:r>')
        elif part:
            out.append(f'<w:r><w:t xml:space="preserve">{_xml(part)}</w:t></w:r>')
    return "".join(out)


def docx_from_text(text: str) -> bytes:
    """A minimal but valid .docx: one Word paragraph per line of ``text``; "- " lines become
    bulleted list paragraphs (numbering.xml), the rest plain paragraphs."""
    import io
    import zipfile

    paras = []
    for line in text.splitlines():
        m = _LIST.match(line)
        if m:
            paras.append('<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                         f"</w:numPr></w:pPr>{_runs(m.group(1))}</w:p>")
        else:
            paras.append(f"<w:p>{_runs(line)}</w:p>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}"><w:body>'
                + "".join(paras) + '<w:sectPr/></w:body></w:document>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{_W}">'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 '<w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        z.writestr("word/numbering.xml", numbering)
    return buf.getvalue()


def html_from_text(text: str) -> str:
    """A web page of ``text``: <p> per line, <ul><li> lists, bold labels, entities for the
    no-break spaces, a comment, a script and a style that must be skipped. One line of HTML per
    line of text after the <body> line, so a finding's HTML line is predictable."""
    import html as _html

    out = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Vacancy</title>'
           "<style>p { margin: 0 }</style><script>var x = '<p>not text</p>';</script></head><body>"]
    in_list = False
    for line in text.splitlines():
        m = _LIST.match(line)
        if m:
            body = _html.escape(m.group(1), quote=False).replace("\u00a0", "&nbsp;")
            out.append(("<ul>" if not in_list else "") + f"<li>{body}</li>")
            in_list = True
            continue
        close = "</ul>" if in_list else ""
        in_list = False
        body = _html.escape(line, quote=False).replace("\u00a0", "&nbsp;")
        label = re.match(r"^([^:]{2,40}?)(\s?:\s)(.*)$", body)
        if label and not body.startswith(("http", "<")):
            body = f"<b>{label.group(1)}</b>{label.group(2)}{label.group(3)}"
        out.append(close + (f"<p>{body}</p>" if line.strip() else "<!-- blank -->"))
    out.append(("</ul>" if in_list else "") + "</body></html>")
    return "\n".join(out) + "\n"


def inject_salary_mismatch(text: str) -> str | None:
    """Change the first digit of the French salary line of a notice (None if there is none)."""
    lines = text.splitlines(keepends=True)
    for k, line in enumerate(lines):
        if re.match(r"\W*(Salaire|Traitement)\b", line) and re.search(r"\d", line):
            lines[k] = re.sub(r"\d", lambda m: str((int(m.group(0)) + 1) % 10), line, count=1)
            return "".join(lines)
    return None
