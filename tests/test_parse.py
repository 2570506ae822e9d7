"""The notice model: halves, title, header fields, sections, blocks and their positions."""
from __future__ import annotations

import pytest

from lint.parse import parse_notice, read_lines
from lint.source import InputError, SourceText, decode_bytes
from notices import corpus_dir, corpus_files, halves, needs_corpus, parse_text, template_text

SECTION_KEYS = ["summary", "qualifications", "accountabilities", "interrelationships", "competencies",
                "contract", "recruitment", "additional"]


def test_template_structure():
    n = parse_text(template_text())
    assert n.order == ("en", "fr")
    for h in n.halves:
        assert [s.key for s in h.sections] == SECTION_KEYS
        assert [s.number for s in h.sections] == list(range(1, 9))
        assert {f.key for f in h.fields} >= {"location", "body", "schedule", "deadline", "salary", "grade",
                                            "clearance", "description", "direct_reports", "indirect_reports"}
    assert n.en.title.text == "Officer, Archive Services (990001)"
    assert n.fr.field("salary").value.text == "6\u00a0112,50Euro (EUR) Mensuelle"
    assert n.en.field("deadline").value.text == "14-Mar-2026, 11:59:00 PM"
    assert [b.text for b in n.banner][0].startswith("NATO")


def test_positions_map_back_to_the_file():
    text = template_text()
    n = parse_text(text)
    f = n.fr.field("salary")
    line, col = f.value.position()
    src_line = text.splitlines()[line - 1]
    assert src_line[col - 1:].startswith("6\u00a0112,50Euro")
    loc = f.value.location(0, 8)
    assert (loc.line, loc.column, loc.end_column) == (line, col, col + 8)


def test_french_first_order_and_crlf_and_bom():
    en, fr = halves(template_text())
    text = "\ufeff" + (fr + "\n" + en).replace("\n", "\r\n")
    src = SourceText.from_string(text, "x.md")
    n = parse_notice([src])
    assert n.order == ("fr", "en")
    assert n.en.title.text.startswith("Officer, Archive Services")
    # columns count code points on the right line despite CRLF
    seg = n.en.field("grade").value
    line, col = seg.position()
    assert src.line_text(line)[col - 1:].startswith("NATO Grade G15")


def test_markdown_and_inline_html():
    text = template_text()
    text = text.replace("1. SUMMARY", "## **1. SUMMARY**").replace("Primary Location: ", "**Primary Location** ")
    text = text.replace("Officer, Archive Services (990001)", "### <b>Officer</b>, Archive Services (990001)")
    text = text.replace("www.nato.int/recruitment\n\n8.", "[www.nato.int/recruitment](http://www.nato.int/recruitment)\n\n8.")
    n = parse_text(text)
    assert n.en.title.text == "Officer, Archive Services (990001)"
    assert n.en.field("location").value.text == "Belgium-Brussels"
    assert n.en.sections[0].heading.text == "1. SUMMARY"
    para = n.en.section("recruitment").blocks[-1]
    assert para.text.endswith("www.nato.int/recruitment")
    # the clean text still maps to the bold label's value in the source
    line, col = n.en.field("location").value.position()
    assert text.splitlines()[line - 1][col - 1:] == "Belgium-Brussels"


def test_page_break_split_is_repaired():
    text = template_text().replace(
        "The incumbent runs the daily work of the reading room and plans",
        "The incumbent runs the daily work of the reading room and\n\n\nplans",
    )
    n = parse_text(text)
    paras = [b for b in n.en.section("summary").blocks]
    assert len(paras) == 2
    assert "reading room and plans the digitisation" in paras[1].text


@pytest.mark.parametrize("number", ["2", "- 2 -", "Page 2 of 5", "2/5"])
def test_page_number_left_inside_a_page_break_split_is_dropped(number):
    text = template_text().replace(
        "The incumbent runs the daily work of the reading room and plans",
        f"The incumbent runs the daily work of the reading room and\n\n{number}\n\nplans",
    )
    n = parse_text(text)
    paras = [b for b in n.en.section("summary").blocks]
    assert len(paras) == 2
    assert "reading room and plans the digitisation" in paras[1].text
    assert number not in paras[1].text


def test_a_lone_number_line_that_splits_nothing_is_kept():
    text = template_text().replace("The incumbent runs the daily work", "2\n\nThe incumbent runs the daily work")
    paras = parse_text(text).en.section("summary").blocks
    assert [b.text for b in paras][1] == "2"


def test_heading_split_over_two_lines_and_merged_subheading():
    en, fr = halves(template_text())
    en = en.replace("3. MAIN ACCOUNTABILITIES", "3. MAIN\nACCOUNTABILITIES")
    fr = fr.replace("2. QUALIFICATIONS ET EXPÉRIENCE\n\nACQUIS ESSENTIELS", "2. QUALIFICATIONS ET EXPÉRIENCE ACQUIS ESSENTIELS")
    n = parse_text(en + fr)
    assert [s.key for s in n.en.sections] == SECTION_KEYS
    q = n.fr.section("qualifications")
    assert q.heading.text == "2. QUALIFICATIONS ET EXPÉRIENCE"
    assert q.blocks[0].kind == "subheading" and q.blocks[0].key == "essential"


def test_slightly_off_heading_still_recognised():
    n = parse_text(template_text().replace("4. INTERRELATIONSHIPS", "4. INTERELATIONSHIPS"))
    assert n.en.sections[3].key == "interrelationships"


@pytest.mark.parametrize("style", ["SECTION {n} – {h}", "Section {n}: {t}", "{n}) {h}", "{n} - {h}"])
def test_section_headings_in_other_numbering_styles(style):
    import re

    def restyle(m):
        n, h = m.group(1), m.group(2)
        return style.format(n=n, h=h, t=h.capitalize())

    text = re.sub(r"(?m)^(\d)\. ([A-ZÀ-Ý ,'’]+)$", restyle, template_text())
    n = parse_text(text)
    for h in n.halves:
        assert [s.key for s in h.sections] == SECTION_KEYS, style
        assert [s.number for s in h.sections] == list(range(1, 9))


def test_an_unknown_header_label_is_neither_the_title_nor_lost():
    text = template_text().replace("Emplacement principal\u00a0: Belgique-Bruxelles",
                                   "Localisation principale\u00a0: Belgique-Bruxelles")
    text = text.replace("Emplacement principal : Belgique-Bruxelles", "Localisation principale : Belgique-Bruxelles")
    n = parse_text(text)
    assert n.fr.title.text.startswith("Administratrice/Administrateur")
    loc = n.fr.field("location")
    assert loc is not None and loc.label.text == "Localisation principale" and loc.value.text == "Belgique-Bruxelles"
    assert n.alignment.field("location").en is not None


def test_header_fields_in_a_markdown_table():
    en, fr = halves(template_text())
    en = en.replace("Primary Location: Belgium-Brussels\nNATO Body: NATO International Staff (NATO IS)",
                    "| Field | Value |\n|---|---|\n| Primary Location | Belgium-Brussels |\n"
                    "| NATO Body | NATO International Staff (NATO IS) |")
    n = parse_text(en + fr)
    assert n.en.title.text == "Officer, Archive Services (990001)"
    loc = n.en.field("location")
    assert loc.label.text == "Primary Location" and loc.value.text == "Belgium-Brussels"
    assert n.en.source.text[loc.value.span()[0]:loc.value.span()[1]] == "Belgium-Brussels"
    assert n.en.field("body").value.text == "NATO International Staff (NATO IS)"


def test_header_fields_written_as_a_bulleted_list():
    """``- **Grade:** G20`` in the header is a field (in either half, and for the split into
    halves); a list item of a section that starts with a label's word stays an item."""
    en, fr = halves(template_text())

    en = en.replace("\nGrade: NATO Grade G15", "\n- **Grade:** NATO Grade G15")
    en = en.replace("\nClearance Level: NS", "\n- **Clearance Level**: NS")
    fr_lines = []
    for ln in fr.split("\n"):
        if ln.startswith(("Grade", "Niveau de l")):
            lab, _, val = ln.partition(":")
            ln = f"- **{lab.rstrip()} :** {val.strip()}"
        fr_lines.append(ln)
    fr = "\n".join(fr_lines)
    n = parse_text(en + fr)
    assert n.en.field("grade").value.text == "NATO Grade G15"
    assert n.en.field("clearance").value.text == "NS"
    assert n.fr.field("grade") is not None and n.fr.field("clearance").value.text == "NS"
    assert not any(b.text.startswith("Grade") for b in n.en.preamble)
    # a section's list item that begins with a label's word is not a header field
    text = template_text().replace("- have at least 4 years of experience in records management;",
                                   "- Schedule: keep to the weekly plan of the reading room;")
    n = parse_text(text)
    assert any(b.kind == "item" and b.text.startswith("Schedule:") for s in n.en.sections for b in s.blocks)


def test_a_line_break_tag_separates_words():
    from lint.parse import clean_inline
    from lint.source import SourceText

    src = SourceText.from_string("call the desk<br/>or write to <b>NATO</b>")
    seg, _ = clean_inline(src, 0, len(src.text))
    assert seg.text == "call the desk or write to NATO"


def test_a_soft_hyphen_does_not_split_a_word():
    from lint.parse import clean_inline
    from lint.source import SourceText

    src = SourceText.from_string("la statis\u00adtique et la sécu&shy;rité")
    seg, _ = clean_inline(src, 0, len(src.text))
    assert seg.text == "la statistique et la sécurité"
    i = seg.text.index("sécurité")
    assert src.text[seg.span(i, i + 8)[0]:seg.span(i, i + 8)[1]] == "sécu&shy;rité"


def test_lists_and_empty_item():
    text = template_text().replace("- knowledge of a third language.", "- knowledge of a third language.\n-")
    n = parse_text(text)
    items = [b for b in n.en.section("qualifications").blocks if b.kind == "item"]
    assert len(items) == 6
    assert items[-1].text == "" and items[-1].line == items[-2].line + 1
    assert len({b.list_id for b in items}) == 2


def test_two_files():
    en, fr = halves(template_text())
    n = parse_notice([SourceText.from_string(en, "x.en.md"), SourceText.from_string(fr, "x.fr.md")])
    assert n.en.title.path == "x.en.md" and n.fr.title.path == "x.fr.md"
    assert n.fr.field("grade").value.text == "NATO Grade G15"
    assert n.fr.title.line == 1


@pytest.mark.parametrize("text,problem", [
    ("Officer (1)\n\nPrimary Location: Belgium\n\n1. SUMMARY\n\nThe unit keeps the records of the staff and "
     "answers the requests of the delegations in the morning.\n\nIt is the place where the work is done.\n", "no French half"),
    ("Titre\n\n1. RÉSUMÉ\n\nL'unité conserve les dossiers du personnel et répond aux demandes des délégations "
     "dans la matinée.\n\nC'est le lieu où le travail se fait pour les agents de la Division.\n", "no English half"),
])
def test_one_language_only(text, problem):
    with pytest.raises(InputError) as exc:
        parse_text(text)
    assert problem in str(exc.value)


def test_not_a_notice():
    text = ("The weather was fine and the team walked to the river to see the boats.\n\n"
            "Le temps était beau et l'équipe est allée voir les bateaux sur la rivière avec les enfants.\n")
    with pytest.raises(InputError) as exc:
        parse_text(text + text)
    assert "notice" in str(exc.value) or "half" in str(exc.value)


def test_decoding_fallback_and_binary():
    text, enc, note = decode_bytes("Résumé".encode("cp1252"), "a.txt")
    assert text == "Résumé" and enc == "cp1252" and "Windows-1252" in note
    with pytest.raises(InputError):
        decode_bytes(b"\x00\x01\x02binary\x00", "b.bin")


def test_alignment_pairs_every_block_of_the_template():
    n = parse_text(template_text())
    a = n.alignment
    for key, p in a.pairs():
        assert p.complete, (key, p.en, p.fr)
    en_para = n.en.section("summary").blocks[1]
    assert a.counterpart(en_para) is n.fr.section("summary").blocks[1]


def test_alignment_survives_a_missing_block():
    en, fr = halves(template_text())
    fr = fr.replace("La/Le titulaire du poste dirige le travail quotidien de la salle de lecture et planifie le "
                    "programme de numérisation.\n\n", "")
    fr = fr.replace("- une expérience des projets de numérisation\u00a0;\n", "")
    n = parse_text(en + fr)
    a = n.alignment
    summ = a.section("summary")
    assert [p.complete for p in summ.pairs] == [True, False]
    qual = a.section("qualifications")
    missing = [p.en.text for p in qual.pairs if p.fr is None]
    assert missing == ["experience with digitisation projects;"]
    # the later item still pairs with its own translation
    last = [p for p in qual.pairs if p.en is not None and p.en.text.startswith("knowledge of a third")][0]
    assert last.fr.text.startswith("la connaissance d'une troisième langue")


def test_alignment_a_dropped_list_item_does_not_pair_the_intro_with_an_item():
    en, fr = halves(template_text())
    en = en.replace("5. COMPETENCIES\n\n", "5. COMPETENCIES\n\nThe incumbent must demonstrate:\n\n"
                    "- Achievement: Sets and works to meet challenging goals;\n"
                    "- Conceptual Thinking: Applies learned concepts;\n")
    fr = fr.replace("5. COMPÉTENCES\n\n", "5. COMPÉTENCES\n\nLa/Le titulaire du poste doit faire preuve des "
                    "compétences suivantes\u00a0:\n\n- Recherche de l'excellence\u00a0: se fixe des objectifs "
                    "ambitieux et s'emploie à les atteindre\u00a0;\n")  # "Conceptual Thinking" left out
    comp = parse_text(en + fr).alignment.section("competencies")
    assert comp.pairs[0].complete and comp.pairs[0].en.kind == comp.pairs[0].fr.kind == "paragraph"
    missing = [p.en.text for p in comp.pairs if p.fr is None]
    assert missing == ["Conceptual Thinking: Applies learned concepts;"]


def test_alignment_an_added_whole_paragraph_is_not_merged_into_its_neighbour():
    en, fr = halves(template_text())
    extra = "Le contrat prend effet à la date que fixe l'Organisation, après une période d'essai de six mois."
    fr = fr.replace("de durée indéterminée.\n\n7.", f"de durée indéterminée.\n\n{extra}\n\n7.")
    contract = parse_text(en + fr).alignment.section("contract")
    assert [p.fr.text for p in contract.pairs if p.en is None] == [extra]
    assert all(not p.fr_more and not p.en_more for p in contract.pairs)


# --- corpus -----------------------------------------------------------------------------------

@needs_corpus
@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_corpus_notice_structure(path):
    from lint.source import read_source

    n = parse_notice([read_source(str(path))])
    assert n.order == ("en", "fr")
    for h in n.halves:
        assert [s.number for s in h.sections] == list(range(1, 9)), h.lang
        assert [s.key for s in h.sections] == SECTION_KEYS
        for key in ("location", "body", "schedule", "deadline", "salary", "grade"):
            assert h.field(key) is not None and h.field(key).value.text, (h.lang, key)
    # every block's text is found on its line in the file (positions are exact)
    src = n.sources[0]
    for b in n.blocks():
        if not b.text:
            continue
        line, col = b.seg.position()
        assert src.line_text(line)[col - 1:].replace("**", "").startswith(b.text[:1])


# Figures read by hand in each corpus notice (reference, salary, deadline, grade).
HAND_READ = {
    "notice-241436.txt": ("241436", "7,540.44Euro (EUR) Monthly", "7 540,44Euro (EUR) Mensuelle",
                          "03-Nov-2024, 11:59:00 PM", "03-nov.-2024, 23:59:00", "NATO Grade G17"),
    "notice-250048.txt": ("250048", "9,253.21Euro (EUR) Monthly", "9 253,21Euro (EUR) Mensuelle",
                          "23-Feb-2025", "23-févr.-2025", "NATO Grade G20"),
    "notice-250655.txt": ("250655", "4,565.36Euro (EUR) Monthly", "4 565,36Euro (EUR) Mensuelle",
                          "07-May-2025", "07-mai-2025", "NATO Grade G10"),
}


@needs_corpus
@pytest.mark.parametrize("name", sorted(HAND_READ))
def test_corpus_header_text_read_by_hand(name):
    from lint.source import read_source

    path = corpus_dir() / name
    if not path.exists():
        pytest.skip("not in this corpus")
    ref, sal_en, sal_fr, dl_en, dl_fr, grade = HAND_READ[name]
    n = parse_notice([read_source(str(path))])
    assert ref in n.en.title.text and ref in n.fr.title.text
    assert n.en.field("salary").value.text == sal_en
    assert n.fr.field("salary").value.text == sal_fr
    assert n.en.field("deadline").value.text == dl_en
    assert n.fr.field("deadline").value.text == dl_fr
    assert n.en.field("grade").value.text == grade


def test_read_lines_handles_tabs_and_markers():
    src = SourceText.from_string("\t<b>NATO</b>\tTitle\n- item one\n* item two\n-\n", "t.md")
    lines = read_lines(src)
    assert lines[0].text == "NATO\tTitle"
    assert [ln.marker for ln in lines[1:4]] == ["-", "*", "-"]
    assert lines[3].text == "" and not lines[3].blank
