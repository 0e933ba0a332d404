"""Citation and CV conventions of other countries and styles (each on invented text): semicolon author lists
with full given names, repeated-author dashes, Portuguese/German headings, list numbers in their own cell,
CJK dates, compound surnames cited in part, bilingual name headings, notes nested under a citation."""
import scholarscope
from scholarscope.parse.dates import find_range
from scholarscope.parse.names import parse_author_list, same_person


def test_semicolons_separate_names_whose_given_names_are_written_out() -> None:
    got = parse_author_list("ROE, A. M.; SOUZA, PATRÍCIA HELENA ; LEE-LIMA, T. ; TEIXEIRA NETO, J. B.")
    assert got[0] == ["ROE, A. M.", "SOUZA, PATRÍCIA HELENA", "LEE-LIMA, T.", "TEIXEIRA NETO, J. B."]
    # a title running on after the initials is not a given name
    assert parse_author_list("Roe, C.; Pelletier, R.* Copper")[0] != ["Roe, C.", "Pelletier, R.* Copper"]


def test_an_inverted_first_author_with_a_middle_initial() -> None:
    assert parse_author_list("Duarte, Helena V., and Marco Bianchi")[0] == ["Duarte, Helena V.", "Marco Bianchi"]
    assert parse_author_list("Wei, Q. Leng, and A. Roe")[0] == ["Wei", "Q. Leng", "A. Roe"]


def test_a_repeated_author_dash_stands_for_the_authors_above() -> None:
    text = ("# Publications\n\n"
            "Roe, Ann B., and Carl Lee. 2021. “Widgets in the Wild.” *Journal of Widgets* 3 (2): 1–20.\n\n"
            "———. 2023. “Widgets at Home.” *Widget Review* 5 (1): 20–41.\n\n"
            "Roe, Ann B. 2019. “Widgets Alone.” *Journal of Widgets* 1 (1): 1–9.\n\n"
            "— (2020). „Widgets abroad“. In: *Widget Letters* 2, S. 3–9.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [p.authors for p in pubs] == [["Roe, Ann B.", "Carl Lee"], ["Roe, Ann B.", "Carl Lee"],
                                         ["Roe, Ann B."], ["Roe, Ann B."]]
    assert pubs[1].title == "Widgets at Home" and pubs[3].year == 2020


def test_portuguese_and_german_headings_and_numbers_in_their_own_cell() -> None:
    text = ("Ana Roe\n\n# Formação acadêmica/titulação\n\n2012 - 2016\nDoutorado em Ciência Animal.\n"
            "Universidade Federal de Minas Gerais, UFMG, Brasil.\n\n# Produções\n\n"
            "Artigos completos publicados em periódicos\n1.\nROE, A.; LEE, C. . Widgets in cattle herds. "
            "Revista Brasileira de Zootecnia, v. 52, p. 1-9, 2023.\n2.\nLEE, C.; ROE, ANA . Widgets in sheep. "
            "Zygote, v. 25, n. 2, p. 210-219, 2017.\n\nArtigos aceitos para publicação\n1.\nROE, A. . Widgets "
            "at dawn. Theriogenology, 2025.\n\n# Beruflicher Werdegang\n\nseit 2021\tAkademische Rätin, "
            "Universität Freiburg\n")
    prof = scholarscope.parse_text(text, format="txt")
    assert [(p.index, p.title) for p in prof.publications] == [(1, "Widgets in cattle herds"), (2, "Widgets in sheep"),
                                                               (1, "Widgets at dawn")]
    assert prof.publications[1].authors == ["LEE, C.", "ROE, ANA"] and prof.publications[1].self_index == 1
    assert prof.publications[2].flags == ["to_appear"]
    assert [e.degree for e in prof.education] and prof.positions


def test_chinese_and_japanese_dates() -> None:
    assert find_range("2020年4月 - 現在")[:2] == ("2020-04", "present")
    assert find_range("2014年4月 – 2016年3月")[:2] == ("2014-04", "2016-03")
    assert find_range("2021.12 – 至今")[:2] == ("2021-12", "present")
    assert find_range("2018 - Atual")[:2] == ("2018", "present")


def test_a_compound_surname_cited_whole_or_in_part_is_the_owner() -> None:
    owner = "Catalina Restrepo Vélez"
    assert same_person(owner, "Restrepo Vélez C") and same_person(owner, "Restrepo C")
    assert same_person(owner, "Restrepo Vélez, Catalina")
    assert not same_person(owner, "Restrepo J") and not same_person("Ann Lee", "Kim A")


def test_a_bilingual_name_heading_gives_the_latin_name_and_a_post_is_no_name() -> None:
    text = "# 森本 健二 / Kenji MORIMOTO\n\n京都大学 准教授\nAssociate Professor, Kyoto University\n\n## Publications\n\n"
    assert scholarscope.parse_text(text + "1. K. Morimoto. Widgets. Nature, 2020.\n", format="md").person.name == "Kenji Morimoto"
    text = "Associate Professor, Department of Widgets\n\n# Publications\n\n1. K. Roe. Widgets. Nature, 2020.\n"
    assert scholarscope.parse_text(text, format="md").person.name != "Associate Professor"


def test_bullets_nested_under_a_citation_are_notes_not_entries() -> None:
    text = ("# Books\n\n-   Roe, Ann. 2023. *Painted Widgets: Altarpieces and Confraternities in Valencia,\n"
            "    1480–1560*. University Park: Penn State University Press.\n"
            "    -   Winner, Widget Book Award, Society for Widget Studies,\n        2024\n"
            "    -   Reviewed in *The Widget Magazine* 166 (2024): 512–13\n"
            "-   Roe, Ann. 2018. *Widgets Alone*. New Haven: Yale University Press.\n\n"
            "# Papers\n\n- 2023\n    - A. Roe. Widgets in the wild and elsewhere. Nature, 2023.\n"
            "    - A. Roe. Widgets at home and abroad. Science, 2023.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [p.title for p in pubs if p.section == "books"] == ["Painted Widgets: Altarpieces and Confraternities in "
                                                                "Valencia, 1480–1560", "Widgets Alone"]
    assert len([p for p in pubs if p.section == "papers"]) >= 2


def test_icon_glyphs_and_letters_before_headings() -> None:
    from scholarscope.parse.sections import categorise, normalise_heading
    assert normalise_heading("l EXPERIENCE") == "EXPERIENCE" and categorise("[ PUBLICATIONS") == "publications"
    assert categorise("C. Contributions to Science") == "publications" and categorise("Beruflicher Werdegang") == "positions"


def test_nih_biosketch_contributions_list_their_papers_under_prose() -> None:
    prose = ("Memory widgets that never leave the liver were long suspected but hard to study, because circulating "
             "widgets contaminate every preparation. As a postdoctoral fellow I combined two methods to show that one "
             "population is retained for months, and that this population alone suffices for protection. I led these "
             "studies.")
    text = ("NAME: Roe, Ann Beth\n\n**C. Contributions to Science**\n\n"
            f"1. **Defining liver widgets.** {prose}\n"
            "- Roe AB, Lee C. Widgets mark a liver-resident population in mice. Immunity. 2015;43(6):1089-1101.\n"
            "- Roe AB, Poe E. Staining distinguishes resident widgets. J Immunol. 2014;412:1-9.\n\n"
            f"2. **Widgets in people.** {prose}\n"
            "- Roe AB. Peptide density and the fate of widgets [dissertation]. Baltimore (MD): Johns Hopkins "
            "University; 2011.\n")
    prof = scholarscope.parse_text(text, format="md")
    assert prof.person.name == "Ann Beth Roe"
    assert [p.title for p in prof.publications] == ["Widgets mark a liver-resident population in mice",
                                                    "Staining distinguishes resident widgets",
                                                    "Peptide density and the fate of widgets"]
    assert [p.self_index for p in prof.publications] == [0, 0, 0] and prof.publications[2].type == "thesis"


def test_a_sharp_s_in_the_owner_name() -> None:
    assert same_person("Jonas Weißenfels", "Weißenfels, J.") and same_person("Jonas Weissenfels", "J. Weißenfels")


def test_pubmed_translated_title_in_brackets_and_a_letter_titled_re() -> None:
    p = scholarscope.parse_entry("Roe C, Lee L, Poe B. [Heat waves and all-cause mortality in Lisbon, Portugal, 2008-2017]. "
                                 "Rev Panam Salud Publica. 2019 Jul 2;43:e58. Spanish.")
    assert p.title == "Heat waves and all-cause mortality in Lisbon, Portugal, 2008-2017" and p.year == 2019
    p = scholarscope.parse_entry('Roe C, Poe B. Re: "Temperature and widgets: a meta-analysis of time-series studies". '
                                 "Am J Epidemiol. 2021 Oct 1;190(10):2238-2239.")
    assert p.authors == ["Roe C", "Poe B."] or p.authors == ["Roe C", "Poe B"]
    assert p.title == 'Re: "Temperature and widgets: a meta-analysis of time-series studies"'


def test_editors_of_a_volume_are_its_names() -> None:
    assert parse_author_list("Roe, Ann, and Carl Lee-Whitfield, eds")[0] == ["Roe, Ann", "Carl Lee-Whitfield"]
    assert parse_author_list("A. Roe and B. Lee (Eds.)")[0] == ["A. Roe", "B. Lee"]


def test_german_quotes_and_lines_that_go_on_keep_an_entry_whole() -> None:
    text = ("# Publikationen\n\n"
            "Roe, A. und C. Lee (2024). „Psychoakustische Bewertung von Abrollgeräuschen elektrischer\n"
            "Fahrzeuge“. In: *Acta Acustica* 8, S. 14. doi: 10.1051/aacus/2024009.\n\n"
            "Lee, C., A. Roe und H. Poe (2019). „Binaural widget path synthesis for vehicle interior noise“. In:\n"
            "*Proceedings of the 23rd International Congress on Acoustics (ICA 2019)*. Aachen, S. 4120–4127.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [p.title for p in pubs] == ["Psychoakustische Bewertung von Abrollgeräuschen elektrischer Fahrzeuge",
                                       "Binaural widget path synthesis for vehicle interior noise"]
    assert [p.year for p in pubs] == [2024, 2019]


def test_copernicus_abstract_and_an_abstracts_section() -> None:
    text = ("# Conference abstracts (selected)\n\n1. Roe, A. and Lee, R.: Tracing englacial flow paths with fluorescent "
            "dyes and widgets, EGU General Assembly 2023, Vienna, Austria, 23–28 Apr 2023, EGU23-10452, 2023.\n")
    p = scholarscope.parse_text(text, format="md").publications[0]
    assert p.title == "Tracing englacial flow paths with fluorescent dyes and widgets"
    assert p.venue == "EGU General Assembly" and p.type == "other"


def test_a_signing_dateline_and_a_document_title_heading_are_not_entries() -> None:
    text = ("# Dr. Ann Roe\n\n## Lebenslauf und Publikationsverzeichnis\n\nLehrstuhl für Widgets, Universität Freiburg, "
            "Hauptstraße 15, 79098 Freiburg\n\n## Publikationen\n\nRoe, A. und C. Lee (2024). „Widgets im Alltag“. In: "
            "*Acta Acustica* 8, S. 14.\n\nGarching, im Januar 2025\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [p.title for p in pubs] == ["Widgets im Alltag"]


def test_a_mixed_thesis_patent_and_preprint_section_types_each_entry() -> None:
    text = ("# Dissertation, Patent und Preprint\n\n"
            "Roe, A. und L. Lee (2025). *Virtual widgets for active road noise control: a benchmark*. arXiv: 2501.09321 "
            "[eess.AS].\n\n"
            "Roe, A. und T. Poe (2022). „Verfahren zur aktiven Widgetminderung im Fahrzeuginnenraum“. Dt. Pat. "
            "DE 10 2021 115 342 A1. Bayerische Motoren Werke AG.\n\n"
            "Roe, A. (2020). „Transferpfadanalyse von Widgets in Elektrofahrzeugen“. Diss. Aachen: RWTH Aachen University.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [(p.type, p.venue) for p in pubs] == [("preprint", "arXiv"), ("other", None), ("thesis", "RWTH Aachen University")]


def test_a_book_period_stays_in_its_title_and_two_surnames_before_a_given_name() -> None:
    p = scholarscope.parse_entry("———. 2021. \"Devotion for Sale: Confraternities and Their Images.\" In *The Routledge "
                                 "Companion to Iberian Art, 1400–1700*, edited by Laura Bass and Felipe Ortiz, 118–34. "
                                 "New York: Routledge.")
    assert p.venue == "The Routledge Companion to Iberian Art, 1400–1700"
    assert parse_author_list("Sanchis Guarner, Joan")[0] == ["Sanchis Guarner, Joan"]


def test_japanese_name_orders_and_legend() -> None:
    assert parse_author_list("FUJISAWA Sho, MORIMOTO Kenji*, KANAZAWA Hiroshi")[0] == [
        "FUJISAWA Sho", "MORIMOTO Kenji*", "KANAZAWA Hiroshi"]
    assert parse_author_list("森本 健二*, 藤沢 翔, 金沢 博")[0] == ["森本 健二*", "藤沢 翔", "金沢 博"]
    assert parse_author_list("NATURE Communications") is None
    from scholarscope.parse.document import equal_symbols
    assert equal_symbols("† 同等貢献 equal contribution　* 責任著者 corresponding author") == "†"


def test_collaboration_tags_degree_marks_and_latex_indices() -> None:
    assert parse_author_list("R. Aalders et al. [LHCb]")[:3:2] == (["R. Aalders"], True)
    assert parse_author_list("Ferraresi, L.*, Bianchi, T.°, & Kowalczyk, M.")[1] == ["*", "°", ""]
    from scholarscope.read.latex_util import math_text
    assert math_text(r"\phi_s") == "φₛ" and math_text(r"J/\psi K^+K^-") == "J/ψK⁺K⁻" and math_text(r"10^{-2}") == "10⁻²"


def test_labels_and_document_titles_are_not_the_owner() -> None:
    text = "# cv\n\n### General Information\n\nFull Name\tNadia Roe\nEmail\tnadia@example.org\n\n### Publications\n\n"
    assert scholarscope.parse_text(text + "1. N. Roe. Widgets. Nature, 2020.\n", format="md").person.name == "Nadia Roe"
    text = "CURRICULUM VITAE ET STUDIORUM\n\nLucia Roe\n\nDepartment of Widgets, University of Padova\n\nPUBLICATIONS\n\n"
    assert scholarscope.parse_text(text + "1. L. Roe. Widgets. Nature, 2020.\n", format="txt").person.name == "Lucia Roe"


def test_apa_thesis_brackets_more_authors_and_site_relative_links() -> None:
    p = scholarscope.parse_entry("Roe, L. (2016). Attentional capture by emotional widgets across the lifespan "
                                 "[Doctoral dissertation, University of Padova]. Padua Research Archive.")
    assert (p.title, p.venue, p.type) == ("Attentional capture by emotional widgets across the lifespan",
                                          "University of Padova", "thesis")
    assert parse_author_list("Kofi Asante, Nadia Roe, and 4 more authors")[::2] == (["Kofi Asante", "Nadia Roe"], True)
    p = scholarscope.parse_entry("N. Roe and L. Lee. Widgets in the wild. In Findings of ACL 2024. "
                                 "PDF <https://aclanthology.org/x.pdf> Slides </assets/pdf/acl24_slides.pdf>")
    assert "/assets/pdf/acl24_slides.pdf" in p.links


def test_under_submission_and_an_artifact_award() -> None:
    p = scholarscope.parse_entry("A. Roe and B. Lee. Isolation for eBPF Widget Extensions. Under submission.")
    assert "submitted" in p.flags and p.venue is None
    p = scholarscope.parse_entry("A. Roe and B. Lee. 2024. Widget Storage. In Proceedings of EuroSys 2024. "
                                 "Distinguished Artifact Award.")
    assert "award" in p.flags


def test_a_quoted_working_paper_without_authors_or_year_is_kept() -> None:
    text = ("# Working Papers\n\n1. “Austerity Memory and Electoral Turnout” (with Marco Lee). Revise and resubmit, "
            "*American Journal of Political Science*.\n2. “Vote Buying in the Shadow of Audits” (with Sofia Roe). Under "
            "review.\n3. “Widgets and Elections in Portugal” (with Ann Poe), 2023.\n4. “The Geography of Patronage Jobs”. "
            "Draft available on request.\n")
    assert len(scholarscope.parse_text(text, format="md").publications) == 4


def test_ieee_short_names_and_a_data_sets_heading() -> None:
    from scholarscope.parse.venues import normalise_venue
    assert normalise_venue("IEEE Trans. Robot.").name == "IEEE T-RO"
    assert normalise_venue("IEEE Transactions on Wireless Communications").name == "IEEE TWC"
    from scholarscope.parse.sections import categorise
    assert categorise("Data sets") == "publications"


def test_pubmed_group_author_and_erratum_notice() -> None:
    p = scholarscope.parse_entry("Roe C, Lee D, Harrow B; MCC-LatAm Collaborative Network. Heat and widgets in "
                                 "tropical cities. Am J Epidemiol. 2023 Nov 15;192(11):1843-1855. Erratum in: Am J "
                                 "Epidemiol. 2024 Feb 5;193(2):412.")
    assert p.authors == ["Roe C", "Lee D", "Harrow B", "MCC-LatAm Collaborative Network"] and p.year == 2023


def test_pos_proceedings_written_without_brackets() -> None:
    from scholarscope.parse.venues import normalise_venue
    assert normalise_venue("PoS ICHEP2022").name == "ICHEP" and normalise_venue("PoS(ICHEP2022)583").name == "ICHEP"


def test_a_venue_badge_above_a_line_per_field_entry() -> None:
    text = ("# Publications\n\n## 2022\n\n1.\nWANLP\nMorphological Segmentation with Character-Level Widgets for Arabic Dialects\n"
            "**Nadia Roe** and Youssef Lee\n*In Proceedings of the Seventh Arabic Natural Language Processing Workshop "
            "(WANLP)*, Dec 2022\n")
    p = scholarscope.parse_text(text, format="md").publications[0]
    assert p.title == "Morphological Segmentation with Character-Level Widgets for Arabic Dialects"


def test_a_note_about_the_list_is_no_entry() -> None:
    text = ("# Publications\n\nExported from NCBI My Bibliography (Summary, text), 15 January 2025; 41 items in PubMed, "
            "selected items below. Full list: https://www.ncbi.nlm.nih.gov/myncbi/ann.roe.1/bibliography/public/\n\n"
            "1. Roe A, Lee B. Widgets in tropical cities. Am J Epidemiol. 2023;192(11):1843-1855.\n")
    assert [p.title for p in scholarscope.parse_text(text, format="md").publications] == ["Widgets in tropical cities"]


def test_box_drawing_frames_and_letter_number_labels() -> None:
    text = ("╔════════════════════╗\n║  CURRICULUM VITAE  ║\n║  Ann Roe-Hale      ║\n╚════════════════════╝\n\n"
            "━━━━━━━━━━━━━━━━━━━━\n PUBLICATIONS\n━━━━━━━━━━━━━━━━━━━━\n\n"
            "  ┌─ Refereed Journal Articles ────────┐\n\n"
            "  J2.  A. Roe-Hale and L. Brandt, “Thermal widgets from magnon-phonon hybridization,”\n"
            "       Phys. Rev. Lett. 133, 116701 (2024).\n\n"
            "  J1.  A. Roe-Hale, “Widget scaling in heavy-fermion compounds,” Phys. Rev. B 108, 245132 (2023).\n")
    prof = scholarscope.parse_text(text, format="txt")
    assert prof.person.name == "Ann Roe-Hale"
    assert [(p.index, p.title) for p in prof.publications] == [
        (2, "Thermal widgets from magnon-phonon hybridization"), (1, "Widget scaling in heavy-fermion compounds")]


def test_a_lab_page_with_authors_title_and_venue_in_paragraphs_of_their_own() -> None:
    html = ("<h1>Publications</h1><p>Lab members in underline. † = shared first authorship. Open materials badges.</p>"
            "<h2>2025</h2><p>Nguyen, T. L., &amp; Roe, A. (2025).</p><p>Emotional arousal sharpens widget memory</p>"
            "<p><i>Journal of Experimental Psychology: General, 154</i>(2), 311–329.</p>"
            "<p><a href='/papers/x.pdf'>[PDF]</a> <a href='https://osf.io/7hq4x/'>[OSF]</a></p>"
            "<p>Castillo, M.†, Whitaker, J.†, &amp; Roe, A. (in press).</p>"
            "<p>Reconsolidation or retrieval-induced forgetting? A multi-site registered widget report</p>"
            "<p><i>Psychological Science</i>.</p><p><a href='https://osf.io/r9c3t/'>[OSF]</a></p>")
    pubs = scholarscope.parse_text(html, format="html").publications
    assert [(p.authors[0], p.year) for p in pubs] == [("Nguyen, T. L.", 2025), ("Castillo, M.", 2025)]  # "in press" under "2025"
    assert pubs[1].title == "Reconsolidation or retrieval-induced forgetting? A multi-site registered widget report"


def test_a_resume_entry_with_its_venue_flush_right_and_a_button_cell() -> None:
    text = ("# Publications\n\n[C4] **Tail-Latency-Aware Batching for Retrieval-Augmented Widgets**\t*EuroSys 2025*\n"
            "J. Whitfield, D. Roe, P. Ramaswamy\tPaper <https://arxiv.org/abs/2411.06652> | Code "
            "<https://github.com/x/tlab>\n")
    p = scholarscope.parse_text(text, format="md").publications[0]
    assert p.title == "Tail-Latency-Aware Batching for Retrieval-Augmented Widgets"
    assert p.authors == ["J. Whitfield", "D. Roe", "P. Ramaswamy"] and p.venue == "EuroSys" and p.year == 2025


def test_the_wrapped_tail_of_a_styled_title() -> None:
    from scholarscope.parse.entry_lines import unwrap
    assert unwrap(["\ue000Speculative Decoding with Adaptive Draft Trees for Serving LLMs\ue001", "at Scale",
                   "D. Roe, P. Lee"]) == ["\ue000Speculative Decoding with Adaptive Draft Trees for Serving LLMs\ue001 at Scale",
                                          "D. Roe, P. Lee"]


def test_a_dblp_record_authors_colon_title_venue_year_pages() -> None:
    text = ("== Publications\n\n=== 2024\n"
            "- \\[c13\\] Tomasz Widget, Anna Roe, Wei Chen 0012: Sound Borrow Checking for Async Widgets. CAV (1) 2024: 88-111\n"
            "- \\[j6\\] Anna Roe, Tomasz Widget: Verified Compilation of Widget Handlers. Proc. ACM Program. Lang. 8(POPL): "
            "1021-1050 (2024)\n"
            "- \\[c12\\] Hyeon Park, Anna Roe: Property-Based Testing of Widget Specifications. TyDe@ICFP 2024: 14-26\n"
            "- \\[c6\\] Anna Roe: Gradual Verification of Widget Invariants. SPLASH (Companion) 2020: 31-33\n"
            "- \\[c1\\] Anna Roe, Rahul Kulkarni: A Study of Wakelock Misuse in Widget Apps. ISEC 2014: 1-10\n")
    pubs = scholarscope.parse_text(text, format="jemdoc").publications
    assert [p.authors for p in pubs] == [["Tomasz Widget", "Anna Roe", "Wei Chen"], ["Anna Roe", "Tomasz Widget"],
                                         ["Hyeon Park", "Anna Roe"], ["Anna Roe"], ["Anna Roe", "Rahul Kulkarni"]]
    assert pubs[0].title == "Sound Borrow Checking for Async Widgets" and pubs[0].venue == "CAV"
    assert (pubs[1].venue, pubs[1].type) == ("POPL", "conference")  # a PACMPL issue is the conference's proceedings
    assert (pubs[2].venue, pubs[2].type) == ("ICFP", "workshop")  # "TyDe@ICFP": a workshop at ICFP
    assert pubs[3].venue == "SPLASH" and (pubs[4].venue, pubs[4].type) == ("ISEC", "conference")


def test_an_erc_track_record_bulleted_capitals_and_numbered_list_headings() -> None:
    text = ("Section b: Curriculum Vitae\n\n• PERSONAL INFORMATION\nFamily name, First name: Roe, Annelies\n\n"
            "• EDUCATION\n2012\tPhD in Biology, Widget University, Belgium\n\n"
            "1. Ten representative publications as main or senior author (since 2016)\n"
            "1. Roe A#, De Wolf K (2023) Parallel widget adaptation in water fleas. Evolution 7: 1123–1135.\n"
            "2. Lee P, Park J, (. . . ), Roe A# (2021) A resurrection atlas of widgets. Nature Communications 12: 5511.\n"
            "2. Research monographs and contributions to collective volumes\n"
            "1. Roe A (2022) Detecting widget adaptation. In: Mertens P, Okafor A (eds) Widget Genomics, 2nd edn. "
            "Methods in Molecular Biology, vol 2590. Humana, New York, pp 211–236.\n"
            "2. Roe A (2019) Resurrection ecology. In: Lind P (ed) Encyclopedia of Widgets, 2nd edn. Academic Press, "
            "Oxford, pp 45–53.\n")
    doc = scholarscope.parse_text(text, format="txt")
    assert doc.person.name == "Annelies Roe" and [e.degree for e in doc.education] == ["Ph.D."]
    pubs = doc.publications
    assert [p.index for p in pubs] == [1, 2, 1, 2] and pubs[1].authors == ["Lee P", "Park J", "Roe A"]
    assert pubs[1].authors_truncated and pubs[1].self_index == 2
    assert [(p.type, p.venue) for p in pubs[2:]] == [("chapter", "Widget Genomics"),
                                                     ("chapter", "Encyclopedia of Widgets")]


def test_a_resume_template_with_one_card_per_entry_under_small_headings() -> None:
    text = ("Research Experience {data-icon=laptop}\n-----------------------------------\n\n### Postdoctoral Fellow\n\n"
            "Widget Biology Laboratory (WBL)\n\nHeidelberg, Germany\n\nCurrent - 2021\n\n- Supervisor: Dr. A. Roe\n\n"
            "Peer-Reviewed Publications {data-icon=book}\n-----------------------------------\n\n::: aside\n"
            "<sup>#</sup> co-first authors.\n:::\n\n"
            "### Joint inference of widget accessibility and gene expression trajectories\n\nNature Methods\n\nN/A\n\n"
            "2024\n\n- Wen L<sup>#</sup>, **Benali S**<sup>#</sup>, Petrakis N\n- 21(8):1432–1443.\n\n"
            "### scWidget: differential abundance testing on neighbour graphs\n\n"
            "Bioinformatics (ISMB/ECCB 2023 Proceedings)\n\nLyon, France\n\n2023\n\n- **Benali S**, Roe T, Lee M\n"
            "- 39(Suppl 1):i402–i410.\n")
    doc = scholarscope.parse_text(text, format="md")
    assert [(p.title, p.start, p.end) for p in doc.positions] == [("Postdoctoral Fellow", "2021", "present")]
    assert doc.positions[0].org == "Widget Biology Laboratory (WBL)"
    got = [(p.title[:20], p.authors, p.venue, p.year) for p in doc.publications]
    assert got == [("Joint inference of w", ["Wen L", "Benali S", "Petrakis N"], "Nature Methods", 2024),
                   ("scWidget: differenti", ["Benali S", "Roe T", "Lee M"], "ISMB", 2023)]
    assert doc.publications[0].equal_marked == [0, 1]


def test_a_range_written_end_first() -> None:
    from scholarscope.parse.dates import find_range
    assert find_range("2020 - 2016")[:2] == ("2016", "2020")
    assert find_range("Current - 2021")[:2] == ("2021", "present")


def test_an_italian_cv_lettered_lists_states_and_labels() -> None:
    text = ("CURRICULUM VITAE\n\nNome e cognome:            Giulia Rossi\nE-mail:                    g.rossi@example.it\n\n"
            "ELENCO DELLE PUBBLICAZIONI\n\n(*) = autore corrispondente.\n\n"
            "A. Articoli su riviste internazionali con revisione paritaria\n\n"
            "[A1]  Bianchi M., Rossi G. (*), Verdi R. (2023). Liquefaction-induced settlements of widget\n"
            "      foundations. Soil Dynamics and Earthquake Engineering, 170, 107901.\n\n"
            "[A2]  Rossi G., Bianchi M. (2025). Machine-learning prediction of widget resistance.\n"
            "      Engineering Geology, in corso di stampa.\n\n"
            "E. Capitoli di libro\n\n[E1]  Rossi G. (2021). Risposta sismica locale. In: Verdi R. (a cura di), Manuale di\n"
            "      Geotecnica Sismica. Hoepli, Milano, pp. 101-140.\n\n"
            "F. Tesi di dottorato\n\n[F1]  Rossi G. (2018). Widget liquefaction. Tesi di Dottorato, Sapienza Università di Roma.\n\n"
            "G. Lavori sottomessi o in revisione\n\n[G1]  Rossi G., Verdi R. Regional widget amplification models for Italy.\n"
            "      Sottomesso a Earthquake\n      Spectra.\n")
    doc = scholarscope.parse_text(text, format="txt")
    assert doc.person.name == "Giulia Rossi"
    pubs = doc.publications
    assert pubs[0].authors == ["Bianchi M.", "Rossi G.", "Verdi R."] and pubs[0].equal_marked == []
    assert "to_appear" in pubs[1].flags
    assert (pubs[2].type, pubs[2].venue, pubs[3].type) == ("chapter", "Manuale di Geotecnica Sismica", "thesis")
    assert pubs[4].venue is None and "submitted" in pubs[4].flags


def test_under_a_submitted_heading_the_journal_is_where_it_was_sent() -> None:
    html = ("<h2>Intellectual Contributions</h2><h3>Refereed Journal Articles</h3><h4>Published</h4>"
            "<p>Roe, D. R. (2019). Widget fees and audit quality. <i>Accounting Horizons, 33</i>(3), 45-63.</p>"
            "<h4>Submitted</h4><p>Hollis, J., Roe, D. R. Audit committee expertise and widget risk disclosure. "
            "<i>Journal of Accounting and Economics</i>.</p>")
    pubs = scholarscope.parse_text(html, format="html").publications
    assert (pubs[0].venue, pubs[0].type) == ("Accounting Horizons", "journal")
    assert (pubs[1].venue, pubs[1].type, pubs[1].flags) == (None, "other", ["submitted"])
    assert "Journal of Accounting and Economics" in pubs[1].note


def test_an_appendix_is_no_part_of_the_section_above_and_an_apa_date_with_days() -> None:
    text = ("# Section 7. Honors and Awards\n\n2024\tFellow of the Widget College\n\n"
            "## Appendix A. Cumulative Refereed Publications Prior to 2024\n\n"
            "1. Roe, T. R., & Lee, R. J. (2023). Muscle widgets as a marker of training status: A narrative review. "
            "Sports Medicine, 53(4), 811–829.\n"
            "2. Roe, T. R., Lin, S. (2024, May 28–31). Widget deoxygenation during sprint exercise in hypoxia "
            "[Poster presentation]. ACSM Annual Meeting, Boston, MA, United States.\n")
    doc = scholarscope.parse_text(text, format="md")
    assert [p.title for p in doc.publications] == [
        "Muscle widgets as a marker of training status: A narrative review",
        "Widget deoxygenation during sprint exercise in hypoxia"]
    assert len(doc.awards) == 1


def test_a_europass_publication_a_dated_wrapped_title_then_names_dash_venue() -> None:
    text = ("18/01/2025\tPickering emulsions stabilised by widget protein microgels\nfor salad dressings "
            "<https://doi.org/10.1016/j.foodhyd.2024.110789>\nLo Presti F., Ferrante G., van der Sluis M. – Food Hydrocolloids, "
            "160, 110789")
    p = scholarscope.parse_entry(text)
    assert p.title == "Pickering emulsions stabilised by widget protein microgels for salad dressings"
    assert p.authors == ["Lo Presti F.", "Ferrante G.", "van der Sluis M."] and p.venue == "Food Hydrocolloids"


def test_an_aas_reference_journal_volume_page_then_the_quoted_title() -> None:
    p = scholarscope.parse_entry("Roe, H. K., Alvarez, M., & Lee, P. 2020, A&A, 641, A128, “Ground-based optical "
                                 "transmission spectroscopy of WIDGET-26 b”\n2020A&A...641A.128R")
    assert (p.title, p.venue, p.year) == ("Ground-based optical transmission spectroscopy of WIDGET-26 b", "A&A", 2020)


def test_an_acs_author_list_ending_in_a_bold_owner_and_a_mark() -> None:
    p = scholarscope.parse_entry("Tranh, V. Q.; \ue000Roe, P.\ue001* Kinetic Control of Linker Exchange in Widget "
                                 "Frameworks. \ue002Inorg. Chem.\ue003 \ue0002024\ue001, \ue00263\ue003, 15022–15031.")
    assert (p.authors, p.title) == (["Tranh, V. Q.", "Roe, P."], "Kinetic Control of Linker Exchange in Widget Frameworks")


def test_a_japanese_achievements_table_one_cell_per_line_with_labelled_coauthors() -> None:
    text = ("1. Proton trapping at widget boundaries revealed by atom probe tomography\n共著\n2024年3月\n"
            "Journal of Materials Chemistry A, Vol. 12, No. 9, pp. 5120–5131\n"
            "アトムプローブ分析により、粒界におけるプロトントラップの相関を明らかにした。\n"
            "共著者：K. Roe, R. Ishida, M. Chen\n（本人担当部分：研究計画、データ解析、論文執筆）")
    p = scholarscope.parse_entry(text)
    assert p.title == "Proton trapping at widget boundaries revealed by atom probe tomography"
    assert p.authors == ["K. Roe", "R. Ishida", "M. Chen"] and p.year == 2024
    assert p.venue == "Journal of Materials Chemistry A"


def test_a_meeting_named_by_its_acronym_and_number_in_the_series() -> None:
    from scholarscope.parse.venues import normalise_venue
    assert [normalise_venue(v).name for v in ("SSI-22", "PBD-III", "COVID-19")] == ["SSI", "PBD", "COVID-19"]


def test_a_mark_after_the_semicolon_and_a_just_accepted_manuscript() -> None:
    from scholarscope.parse.names import parse_author_list
    names = parse_author_list("Dahl, M. R.;‡ Roe, P.‡")[0]
    assert names == ["Dahl, M. R.‡", "Roe, P.‡"]  # the mark stays with Dahl
    p = scholarscope.parse_entry("Dahl, M. R.; Roe, P. Widget Frameworks for Capture. J. Am. Chem. Soc. 2025, 147, 1–9. "
                                 "Just Accepted Manuscript.")
    assert "to_appear" in p.flags


def test_pandoc_fenced_divs_and_dutch_headings_and_states() -> None:
    md = ("## Publications\n\n::: {.pub}\nNdlovu, Thandiwe, and Ann Roe. 2024. \"Widget Politics in Transition.\" "
          "*Comparative Widget Studies* 57 (3): 311–40.\n:::\n")
    p = scholarscope.parse_text(md, format="md").publications[0]
    assert p.authors[0] == "Ndlovu, Thandiwe" and p.title == "Widget Politics in Transition"
    from scholarscope.parse.sections import categorise
    assert [categorise(h) for h in ("WERKERVARING", "OPLEIDING", "PUBLICATIES", "PRIJZEN EN BEURZEN")] == [
        "positions", "education", "publications", "awards"]
    p = scholarscope.parse_entry("Roe, A. (2025). Widget governance in Dutch municipalities. Bestuurskunde, 34(1). (in druk)")
    assert "to_appear" in p.flags


def test_moderncv_list_titles_with_leaders_and_references_one_per_line_first_names_first() -> None:
    text = ("\ue000Conference proceedings\ue001" + "." * 40 + "\n"
            "Mairi Roe and Leena Lee. Laryngeal timing in Gaelic widget stops. In \ue002Proceedings of the 20th\ue003\n"
            "\ue002International Congress of Phonetic Sciences (ICPhS)\ue003, pages 1877–1881, Prague, Czech Republic, 2023.\n"
            "Leena Lee and Rosa Elizondo. Tonal crowding under widget contrast. In \ue002Proceedings of Interspeech\ue003\n"
            "\ue0022021\ue003, pages 2786–2790, Brno, Czech Republic, 2021.\n"
            "\ue000Book chapters and thesis\ue001" + "." * 40 + "\n"
            "Leena Lee. Timing and tone in the Finnish widget system. PhD thesis, University of Helsinki, 2018.\n")
    doc = scholarscope.parse_text(text, format="txt")
    assert [(p.section, p.title) for p in doc.publications] == [
        ("conference proceedings", "Laryngeal timing in Gaelic widget stops"),
        ("conference proceedings", "Tonal crowding under widget contrast"),
        ("book chapters and thesis", "Timing and tone in the Finnish widget system")]


def test_dutch_initials_with_the_particle_after_them() -> None:
    from scholarscope.parse.names import parse_author_list
    assert parse_author_list("Jansen, P., Dijk, M.E. van, & Bakker, R.")[0] == ["Jansen, P.", "Dijk, M.E. van", "Bakker, R."]


def test_student_markers_named_in_a_legend_are_no_equal_contribution() -> None:
    from scholarscope.parse.document import equal_symbols

    assert equal_symbols("* graduate student co-author   † undergraduate co-author") == ""
    assert equal_symbols("* equal contribution; † undergraduate mentee") == "*∗"


def test_a_star_legend_at_a_line_start_is_no_bullet_and_a_wrapped_review_target_stays_whole() -> None:
    """'* graduate student co-author' opening a line of plain text is the star's legend (a Markdown reader would
    take it for a bullet and lose the star); 'under review at Journal of Kite' / 'Studies.' keeps the whole name."""
    text = ("PUBLICATIONS\n* graduate student co-author   † undergraduate co-author\n\n"
            "Roe, A., Lee, B.*, & Day, C.† (2024). Kites in the wind. Journal of Kites, 3(1), 1–9.\n\n"
            "Roe, A., & Lee, B.* (2025). Kites at night. Manuscript under review at Journal of Kite\n    Studies.\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [p.equal_marked for p in pubs] == [[], []]
    assert (pubs[1].venue, pubs[1].flags, pubs[1].type) == (None, ["under_review"], "other")
    from scholarscope.read.markdown import _block_line
    assert _block_line("* Students supervised: A. Roe", {}).startswith("- ")
