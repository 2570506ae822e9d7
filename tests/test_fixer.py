"""Fixes: non-overlapping edits applied from the end, diffs, atomic writes that keep the encoding,
and idempotence (a second --fix run changes nothing) on copies of the corpus."""
from __future__ import annotations

import os

import pytest

from lint.checks import run_checks
from lint.diagnostic import Diagnostic, Edit, Fix
from lint.fixer import apply_fixes, unified_diff, write_atomic
from lint.parse import parse_notice
from lint.registry import load_catalog
from lint.source import read_source
from notices import corpus_files, needs_corpus


def _diag(start: int, end: int, content: str, applicability: str = "safe", code: str = "TYP004", path: str = "x") -> Diagnostic:
    return Diagnostic(code=code, name="n", level="warning", message=f"m{start}", path=path, line=1, column=1,
                      end_line=1, end_column=1, fix=Fix("f", (Edit(path, start, end, content),), applicability))


def test_applies_edits_from_the_end_and_counts_them():
    text = "a  b  c"
    new, n = apply_fixes(text, [_diag(1, 3, " "), _diag(4, 6, " ")])
    assert new == "a b c" and n == 2


def test_overlapping_edits_take_the_first_only():
    text = "abcdef"
    new, n = apply_fixes(text, [_diag(1, 4, "X"), _diag(2, 5, "Y")])
    assert new == "aXef" and n == 1


def test_two_insertions_at_one_point_conflict_but_adjacent_edits_do_not():
    new, n = apply_fixes("ab", [_diag(1, 1, "X"), _diag(1, 1, "Y", code="TYP002")])
    assert n == 1 and new in ("aXb", "aYb")
    new, n = apply_fixes("abcd", [_diag(0, 2, "X"), _diag(2, 4, "Y")])
    assert new == "XY" and n == 2


def test_only_allowed_applicability_is_applied():
    text = "a  b"
    assert apply_fixes(text, [_diag(1, 3, " ", "unsafe")]) == (text, 0)
    assert apply_fixes(text, [_diag(1, 3, " ", "unsafe")], ("safe", "unsafe")) == ("a b", 1)
    assert apply_fixes(text, [_diag(1, 3, " ", "display-only")], ("safe", "unsafe")) == (text, 0)


def test_edits_out_of_range_or_for_another_file_are_ignored():
    assert apply_fixes("ab", [_diag(1, 9, "")]) == ("ab", 0)
    assert apply_fixes("a  b", [_diag(1, 3, " ", path="other")], path="x") == ("a  b", 0)


def test_unified_diff():
    assert unified_diff("f.md", "same\n", "same\n") == ""
    d = unified_diff("f.md", "a :\nb\n", "a\u00a0:\nb\n")
    assert d.startswith("--- a/f.md\n+++ b/f.md\n")
    assert "-a :\n" in d and "+a\u00a0:\n" in d


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8-sig", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe")])
def test_write_atomic_keeps_encoding_bom_and_line_endings(tmp_path, encoding, bom):
    p = tmp_path / "n.md"
    p.write_bytes(b"old")
    text = "Ligne\u00a0:\r\nsuite\r\n"
    write_atomic(str(p), text, encoding)
    data = p.read_bytes()
    assert data.startswith(bom) if bom else not data.startswith(b"\xef\xbb\xbf")
    enc = {"utf-8-sig": "utf-8"}.get(encoding, encoding)
    assert data[len(bom):].decode(enc) == text
    assert [f for f in os.listdir(tmp_path)] == ["n.md"]  # no temporary file left behind


def test_write_atomic_keeps_cp1252(tmp_path):
    p = tmp_path / "n.txt"
    write_atomic(str(p), "Résumé :", "cp1252")
    assert p.read_bytes() == "Résumé :".encode("cp1252")
    assert read_source(str(p)).text == "Résumé :"


def _fix_file(path: str, rules) -> int:
    src = read_source(path)
    diags = run_checks(parse_notice([src]), rules, {})
    new, n = apply_fixes(src.text, diags)
    if n:
        write_atomic(path, new, src.encoding)
    return n


@needs_corpus
@pytest.mark.parametrize("crlf", [False, True])
def test_fix_is_idempotent_on_corpus_copies(tmp_path, crlf):
    rules = [r for r in load_catalog().rules.values() if r.fix_safety == "safe"]
    assert {r.code for r in rules} >= {"TYP001", "TYP002", "TYP003", "TYP004"}
    for f in corpus_files():
        dst = tmp_path / f.name
        data = f.read_bytes()
        if crlf:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        dst.write_bytes(data)
        first = _fix_file(str(dst), rules)
        assert first > 0, f.name  # every corpus notice lacks its French no-break spaces
        after = read_source(str(dst))
        # the fix only turned spaces into no-break spaces (or removed/inserted spaces)
        assert after.text.replace("\u00a0", " ").replace("\u202f", " ") == data.decode("utf-8").replace("\u00a0", " ")
        assert after.text.count("\r\n") == data.count(b"\r\n")
        assert _fix_file(str(dst), rules) == 0, f.name  # second run: nothing left to fix
        findings = run_checks(parse_notice([after]), [r for r in rules if r.code == "TYP001"], {})
        assert not findings


def test_unified_diff_names_absolute_paths_as_they_are(tmp_path):
    p = str(tmp_path / "n.md")
    d = unified_diff(p, "x\n", "y\n")
    assert d.startswith(f"--- {p}\n+++ {p}\n")


def test_a_fix_the_file_encoding_cannot_hold_is_skipped_and_never_half_written(tmp_path):
    text = "Horaire ; plein"
    d = _diag(7, 8, "\u202f")
    assert apply_fixes(text, [d], encoding="cp1252") == (text, 0)
    assert apply_fixes(text, [d], encoding="utf-8")[1] == 1
    p = tmp_path / "n.txt"
    p.write_bytes(text.encode("cp1252"))
    with pytest.raises(ValueError, match="cannot be written in cp1252"):
        write_atomic(str(p), "Horaire\u202f; plein", "cp1252")
    assert p.read_bytes() == text.encode("cp1252") and os.listdir(tmp_path) == ["n.txt"]


@pytest.mark.parametrize("before,after", [
    ("«  fonds  »", "«\u00a0fonds\u00a0»"),            # doubled spaces inside guillemets
    ("fonds \u00a0: et", "fonds\u00a0: et"),             # a plain space next to a no-break one
    ("fonds\u00a0 ; et", "fonds\u00a0; et"),
    ("des  fonds", "des fonds"),
])
def test_fix_of_doubled_spaces_next_to_french_marks_converges_in_one_run(tmp_path, before, after):
    from notices import halves, template_text

    rules = [r for r in load_catalog().rules.values() if r.fix_safety == "safe"]
    en, fr = halves(template_text())
    marker = "Planifie le programme annuel"
    assert marker in fr
    fr = fr.replace(marker, f"Tient le catalogue des {before} à jour. " + marker, 1)
    path = tmp_path / "n.md"
    path.write_text(en + fr, encoding="utf-8")
    assert _fix_file(str(path), rules) > 0
    assert f"des {after} à jour" in path.read_text(encoding="utf-8")
    assert _fix_file(str(path), rules) == 0  # nothing left for a second run
