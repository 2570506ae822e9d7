"""``notice-lint glossary …`` through click's test runner (the command object itself)."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from lint import glossary as G
from lint.commands.glossary import command
from notices import corpus_dir, needs_corpus, template_text


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no project configuration around
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()

    def invoke(*args):
        return runner.invoke(command, [str(a) for a in args], catch_exceptions=False)

    return invoke


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return p


def test_validate_builtin_is_clean(run):
    res = run("validate")
    assert res.exit_code == 0, res.output
    assert "0 error(s)" in res.stderr and f"{len(G.load_glossary())} entries" in res.stderr


def test_validate_reports_problems_with_file_and_line(run, tmp_path):
    bad = write(tmp_path, "bad.yaml", """
        entries:
          - id: pc
            en: Political Committee
            fr: Comité politique
            forbidden: [Comité de sécurité]
          - id: sc
            en: Security Committee
            fr: Comité de sécurité
            status: maybe
    """)
    res = run("validate", bad)
    assert res.exit_code == 1
    assert f"{bad}:9: error: status must be" in res.stdout
    assert "forbidden variant 'Comité de sécurité' of 'pc' is an approved term of 'sc'" in res.stdout


def test_validate_uses_the_configuration(run, tmp_path):
    write(tmp_path, "team.yaml", """
        entries:
          - en: NATO Office of Security
            fr: Office de sécurité de l'OTAN
    """)
    write(tmp_path, ".notice-lint.yaml", "glossaries: [team.yaml]\n")
    res = run("validate")
    assert res.exit_code == 1
    assert "team.yaml" in res.stdout and "conflict: English term 'NATO Office of Security'" in res.stdout


def test_validate_missing_file_is_an_input_error(run, tmp_path):
    res = run("validate", tmp_path / "nope.yaml")
    assert res.exit_code == 2
    assert "nope.yaml:0: error: no such glossary file" in res.stderr


def test_lookup_finds_acronym_french_form_and_forbidden_variant(run):
    res = run("lookup", "EMI")
    assert res.exit_code == 0 and res.stdout.startswith("international-military-staff")
    assert "fr: État-major militaire international" in res.stdout
    res = run("lookup", "bureau des badges")
    assert res.exit_code == 0 and res.stdout.startswith("pass-office")
    res = run("lookup", "--json", "secretariat internationaux")
    data = json.loads(res.stdout)
    assert data[0]["id"] == "international-staff" and data[0]["acronyms"] == {"en": ["IS"], "fr": ["SI"]}


def test_lookup_nothing_found_exits_1(run):
    res = run("lookup", "--exact", "zzqxw")
    assert res.exit_code == 1 and "no glossary entry matches" in res.stderr


def test_lookup_bad_user_glossary_is_one_line_exit_2(run, tmp_path):
    bad = write(tmp_path, "bad.yaml", "entries:\n  - en: X\n")
    res = run("lookup", "X", bad)
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and f"{bad}:" in res.stderr and "fr is required" in res.stderr


def test_tbx_export_then_import_round_trip(run, tmp_path):
    tbx = tmp_path / "out.tbx"
    res = run("export-tbx", "-o", tbx)
    assert res.exit_code == 0 and tbx.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    out = tmp_path / "back.yaml"
    res = run("import-tbx", tbx, "-o", out, "--id", "back")
    assert res.exit_code == 0, res.stderr
    back = G.load_glossary([out])
    assert len(back) == len(G.load_glossary())
    assert back.get("international-staff").acronyms == {"en": ("IS",), "fr": ("SI",)}
    assert run("validate", out).exit_code == 0


def test_import_tbx_to_stdout_and_bad_input(run, tmp_path):
    tbx = write(tmp_path, "cat.tbx", """
        <tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
          <conceptEntry id="c1">
            <langSec xml:lang="en"><termSec><term>Archives Unit</term></termSec></langSec>
            <langSec xml:lang="fr"><termSec><term>Unité Archives</term></termSec></langSec>
          </conceptEntry></body></text></tbx>
    """)
    res = run("import-tbx", tbx)
    assert res.exit_code == 0 and "en: Archives Unit" in res.stdout and "fr: Unité Archives" in res.stdout
    res = run("import-tbx", write(tmp_path, "broken.tbx", "<tbx><text>"))
    assert res.exit_code == 2 and "not well-formed XML" in res.stderr and res.stderr.count("\n") == 1
    res = run("import-tbx", tmp_path / "missing.tbx")
    assert res.exit_code == 2 and "no such file" in res.stderr


def test_suggest_mines_new_pairs_from_aligned_halves(run, tmp_path):
    text = template_text()
    text = text.replace("requests from delegations and researchers.",
                        "requests from delegations and researchers. It reports to the Records Board (RB).")
    text = text.replace("demandes des délégations et des chercheurs.",
                        "demandes des délégations et des chercheurs. Elle relève du Conseil des dossiers (RB).")
    (tmp_path / "n.md").write_text(text, encoding="utf-8")
    res = run("suggest", tmp_path / "n.md")
    assert res.exit_code == 0, res.stderr
    doc = __import__("yaml").safe_load(res.stdout)
    entries = {e["en"]: e for e in doc["entries"]}
    assert entries["Records Board"]["fr"] == "Conseil des dossiers"
    assert entries["Records Board"]["status"] == "unverified" and entries["Records Board"]["acronym"] == {"en": "RB", "fr": "RB"}
    # the output is a glossary that loads
    out = tmp_path / "cand.yaml"
    assert run("suggest", tmp_path / "n.md", "-o", out).exit_code == 0
    assert G.load_glossary([out]).get("records-board") is not None


@needs_corpus
def test_suggest_on_the_corpus_knows_every_pair_already(run):
    res = run("suggest", corpus_dir())
    assert res.exit_code == 0
    res_all = run("suggest", "--all", corpus_dir())
    doc = __import__("yaml").safe_load(res_all.stdout)
    names = {e["en"] for e in doc["entries"]}
    assert "Security Processes Section" in names or "Enterprise Security Branch" in names


def test_suggest_missing_path_is_exit_2(run, tmp_path):
    res = run("suggest", tmp_path / "nope.md")
    assert res.exit_code == 2


def test_validate_without_files_keeps_the_extend_and_override_roles(run, tmp_path):
    write(tmp_path, "ext.yaml", """
        entries:
          - id: nato-office-of-security
            en: NATO Office of Security
            fr: Bureau de la sécurité de l'OTAN
            source: house style
    """)
    write(tmp_path, "ovr.yaml", """
        entries:
          - en: Private Office
            fr: Bureau privé du secrétaire général
            domain: office
            source: house style
    """)
    write(tmp_path, ".notice-lint.yaml", "glossary:\n  extend: [ext.yaml]\n  override: [ovr.yaml]\n")
    res = run("validate")
    assert res.exit_code == 0, res.stdout
    assert "duplicate" not in res.stdout and "conflict" not in res.stdout


def test_lookup_of_a_short_query_or_an_exact_hit_has_no_unrelated_fuzzy_results(run):
    res = run("lookup", "--json", "CAN")
    assert [x["id"] for x in json.loads(res.stdout)] == ["north-atlantic-council"]
    res = run("lookup", "--json", "Private Office")
    assert [x["id"] for x in json.loads(res.stdout)] == ["private-office"]
    res = run("lookup", "--json", "Joint Inteligence and Security Divison")  # near misses still found
    assert json.loads(res.stdout)[0]["id"] == "jisd"


def test_suggest_pairs_different_acronyms_through_the_glossary_and_long_forms_start_on_words(run, tmp_path):
    text = template_text()
    text = text.replace("requests from delegations and researchers.",
                        "requests from delegations and researchers. It serves the International Staff (IS), the "
                        "International Military Staff (IMS) and the Defence Investment Division (DI).")
    text = text.replace("demandes des délégations et des chercheurs.",
                        "demandes des délégations et des chercheurs. Elle sert le Secrétariat international (SI), "
                        "l'État-major militaire international (EMI) et la Division Investissement de défense (DI).")
    (tmp_path / "n.md").write_text(text, encoding="utf-8")
    res = run("suggest", "--all", tmp_path / "n.md")
    doc = __import__("yaml").safe_load(res.stdout)
    got = {(e["en"], e["fr"]) for e in doc["entries"]}
    assert ("International Staff", "Secrétariat international") in got
    assert ("International Military Staff", "État-major militaire international") in got
    assert ("Defence Investment Division", "Division Investissement de défense") in got
    assert not any(en == "Division" for en, _ in got)
