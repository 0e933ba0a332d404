"""Single entries in many citation styles (invented examples; labelled data run as tests)."""
from __future__ import annotations

import pytest

import scholarscope

CASES = [
    # text, title, authors, venue, year, type, flags, equal_marked
    ("J. Smith and A. Doe. A study of widgets. In Proceedings of ACL, pages 1–10, 2019.",
     "A study of widgets", ["J. Smith", "A. Doe"], "ACL", 2019, "conference", [], []),
    ("Smith J, Doe A. Widgets in mice. Nature. 2020;580(7801):123-127. doi:10.1038/s41586-020-1234-5",
     "Widgets in mice", ["Smith J", "Doe A"], "Nature", 2020, "journal", [], []),
    ("Deep widget networks. J. Smith, A. Doe. NeurIPS 2021.",
     "Deep widget networks", ["J. Smith", "A. Doe"], "NeurIPS", 2021, "conference", [], []),
    ("[C3] J. Smith*, A. Doe*. Learning widgets at scale. ICML 2022 (Oral).",
     "Learning widgets at scale", ["J. Smith", "A. Doe"], "ICML", 2022, "conference", ["oral"], [0, 1]),
    ('Smith, John and Alice Doe. 2021. "Widgets and Power." Journal of Political Economy 129 (3): 45–67.',
     "Widgets and Power", ["Smith, John", "Alice Doe"], "Journal of Political Economy", 2021, "journal", [], []),
    ("**J. Smith**, A. Doe, and B. Roe. “Widgets,” IEEE Trans. Pattern Anal. Mach. Intell., vol. 44, no. 2, pp. 1–12, 2022.",
     "Widgets", ["J. Smith", "A. Doe", "B. Roe"], "TPAMI", 2022, "journal", [], []),
    ("Doe A, **Smith J**. Widgets revisited. bioRxiv 2023. https://doi.org/10.1101/2023.01.01.123456",
     "Widgets revisited", ["Doe A", "Smith J"], "bioRxiv", 2023, "preprint", [], []),
    ("A. Doe, J. Smith. Robust widgets. ICLR 2023 Workshop on Trustworthy ML. (Spotlight)",
     "Robust widgets", ["A. Doe", "J. Smith"], "ICLR", 2023, "workshop", ["spotlight"], []),
    ("Gadget Learning for Widgets. Ann Lee, Bo Chan. Findings of EMNLP 2023.",
     "Gadget Learning for Widgets", ["Ann Lee", "Bo Chan"], "EMNLP", 2023, "findings", [], []),
    ("Lee, A., & Chan, B. (2020). Widget memory in adults. Psychological Science, 31(4), 400–410. https://doi.org/10.1177/0956797620901234",
     "Widget memory in adults", ["Lee, A.", "Chan, B."], "Psychological Science", 2020, "journal", [], []),
    ("J. Smith. Widget Theory. PhD thesis, Stanford University, 2018.",
     "Widget Theory", ["J. Smith"], None, 2018, "thesis", [], []),
    ("Ann Lee, Bo Chan. Widgets at scale. Under review at ICML 2025.",
     "Widgets at scale", ["Ann Lee", "Bo Chan"], None, None, None, ["under_review"], []),
    # a group that signs the paper; a group note after "et al."
    ("WIDGET Collaboration, K. Abe et al., “Search for widgets at 13 TeV,” Phys. Rev. Lett. 133, 211802 (2024).",
     "Search for widgets at 13 TeV", ["WIDGET Collaboration", "K. Abe"], "Physical Review Letters", 2024, "journal", [], []),
    ("A. Abe et al. (WIDGET Collaboration), “Calibration of a widget chamber,” Eur. Phys. J. C 83, 642 (2023).",
     "Calibration of a widget chamber", ["A. Abe"], "European Physical Journal C", 2023, "journal", [], []),
    # an author list closed by "and C," then the title after a bare comma (physics CVs without quotes)
    ("A. One, **B. Two**, and C. Three, Widget theory of coupled gadgets, Phys. Rev. B 109, 045112 (2024).",
     "Widget theory of coupled gadgets", ["A. One", "B. Two", "C. Three"], "Physical Review B", 2024, "journal", [], []),
    # Irish surname particle, Nature style
    ("Ní Bhriain, S.*, Okoro, T.* & Hartley, J. R. Widget atlas of the root tip. Nat. Plants 11, 212–227 (2025).",
     "Widget atlas of the root tip", ["Ní Bhriain, S.", "Okoro, T.", "Hartley, J. R."], "Nature Plants", 2025, "journal", [], [0, 1]),
    # a stop after an acronym, then a known journal with no punctuation after it
    ("Roe, L., **S.A. Doe.** 2014. Gadgetry: An R interface for WIDGET. Methods in Ecology & Evolution",
     "Gadgetry: An R interface for WIDGET", ["Roe, L.", "S.A. Doe"], "Methods in Ecology and Evolution", 2014, "journal", [], []),
    # a book opening in italics; its imprint city is no author
    ("*I Too Have Some Widgets: A. B. Roe and Modernism in Gadgets*. Berkeley, CA: University of California Press, 2014.",
     "I Too Have Some Widgets: A. B. Roe and Modernism in Gadgets", [], None, 2014, None, [], []),
    # a dash before the meeting's name, the meeting's place and dates after
    ("**Doe J., Roe M.:** *Widget Workflow Engine – International Workshop on Smalltalk Technologies.* Cologne, Germany; Aug 27-29th, 2019.",
     "Widget Workflow Engine", ["Doe J.", "Roe M."], None, 2019, "workshop", [], []),
    # "**Doe, S.A.**and": the bold name glued to the next word
    ("Roe, A., **Doe, S.A.**and T.E.X. Lee. 2011. Consequences of widgets for a gadget mutualism: satiation, distraction, or defense? *Oikos*.",
     "Consequences of widgets for a gadget mutualism: satiation, distraction, or defense?", ["Roe, A.", "Doe, S.A.", "T.E.X. Lee"],
     "Oikos", 2011, "journal", [], []),
    # states: a manuscript with only an arXiv link (no venue), R&R, German "submitted to" and "accepted, in press"
    ("A. Roe and B. Lee. Dynamic widget trees. Manuscript, 2025. [arXiv](https://arxiv.org/abs/2502.04417)",
     "Dynamic widget trees", ["A. Roe", "B. Lee"], None, 2025, "preprint", [], []),
    ("Roe, A. 2024. Widget banks and cocoa farmers. Revise & Resubmit at Econometrica.",
     "Widget banks and cocoa farmers", ["Roe, A."], None, 2024, "other", ["under_review"], []),
    ("Roe, A., Lee, B.: Widget alloys under load. Eingereicht bei Acta Materialia, 2025.",
     "Widget alloys under load", ["Roe, A.", "Lee, B."], None, 2025, None, ["submitted"], []),
    ("Roe, A.: Porous widget steel. Materials & Design (angenommen, im Druck), 2025.",
     "Porous widget steel", ["Roe, A."], "Materials & Design", 2025, "journal", ["to_appear"], []),
    ("A. Roe. Widget methods for gadgets. arXiv preprint arXiv:2301.00001, 2023.",
     "Widget methods for gadgets", ["A. Roe"], "arXiv", 2023, "preprint", [], []),
    # another version's venue and year are a note; a two-word title is a title; an honourable mention is an award
    ("Ann Roe. Widget connectivity. ACM Transactions on Algorithms, 17(3):22:1--22:31, 2021. Conference version in SODA 2019.",
     "Widget connectivity", ["Ann Roe"], "ACM Transactions on Algorithms", 2021, "journal", [], []),
    ("Ann Roe, Bo Lee. Widget oracles. SIAM Journal on Computing, to appear. Special issue for STOC 2024.",
     "Widget oracles", ["Ann Roe", "Bo Lee"], "SIAM Journal on Computing", None, "journal", ["to_appear"], []),
    ("Introduction for the special issue on the Widget Conference <https://example.org/x> **Journal of Economic Dynamics & Control**, 2020",
     "Introduction for the special issue on the Widget Conference", [], "Journal of Economic Dynamics and Control", 2020, "journal", [], []),
    # German (DIN 1505-like): "u. a." is et al.; a "Dissertation," with its school; a Tagungsband is proceedings
    ("Roe, J.; Lee, L.; u. a.: In-situ X-ray tomography of widget failure under cyclic compression. In: International Journal of Fatigue 163 (2022), Art. 107045.",
     "In-situ X-ray tomography of widget failure under cyclic compression", ["Roe, J.", "Lee, L."], "International Journal of Fatigue", 2022, "journal", [], []),
    ("Roe, J.: Ermüdungsverhalten laserpulverbettgeschmolzener Gitterstrukturen. Dissertation, Karlsruher Institut für Technologie (KIT), 2022. Schriftenreihe des Instituts für Angewandte Materialien, Band 104.",
     "Ermüdungsverhalten laserpulverbettgeschmolzener Gitterstrukturen", ["Roe, J."], "Karlsruher Institut für Technologie (KIT)", 2022, "thesis", [], []),
    ("Roe, L.; Lee, J.: Porosity prediction from widget monitoring data with gradient-boosted trees. In: Tagungsband Werkstoffprüfung 2023, Bad Neuenahr, 2023, S. 201–208.",
     "Porosity prediction from widget monitoring data with gradient-boosted trees", ["Roe, L.", "Lee, J."], "Werkstoffprüfung", 2023, "conference", [], []),
    # a list label, two-digit venue years, ranking tags (CCF-A) and a CVPR "Highlight"; a known meeting's workshop
    ("[C1] Ann Roe, Bo Lee, Jun Wang. Hierarchical Widget Merging for Long Video Understanding. NeurIPS'24 (CCF-A, Spotlight).",
     "Hierarchical Widget Merging for Long Video Understanding", ["Ann Roe", "Bo Lee", "Jun Wang"], "NeurIPS", 2024, "conference", ["spotlight"], []),
    ("[C2] Bo Lee, Ann Roe, Jun Wang. Temporal Widget Grounding with Sparse Queries. CVPR 2024 (CCF-A, Highlight).",
     "Temporal Widget Grounding with Sparse Queries", ["Bo Lee", "Ann Roe", "Jun Wang"], "CVPR", 2024, "conference", ["spotlight"], []),
    ("[W1] Ann Roe, Bo Lee. Widget Pruning Meets Video LLMs: An Empirical Study. ICCV'23 Workshop on Resource-Efficient Deep Learning for Computer Vision (RCV).",
     "Widget Pruning Meets Video LLMs: An Empirical Study", ["Ann Roe", "Bo Lee"], "ICCV", 2023, "workshop", ["workshop"], []),
    # Vancouver: the year before ";" is no part of the journal
    ("Roe A, Lee B. Widget cells in breast cancer. Br J Cancer 1999; 79: 927-932.",
     "Widget cells in breast cancer", ["Roe A", "Lee B"], "British Journal of Cancer", 1999, "journal", [], []),
    # Proceedings of Science name the conference in brackets
    ("A. Roe, “Radiation hardness of thin planar widget sensors,” PoS(Vertex2017)045 (2017).",
     "Radiation hardness of thin planar widget sensors", ["A. Roe"], "Vertex", 2017, "conference", [], []),
    # a patent's office is no venue; "presented at the" is no part of a meeting's name
    ("A. Roe, B. Lee. Gate driver for widget converters. U.S. Patent 11,234,567, Jan. 2022.",
     "Gate driver for widget converters", ["A. Roe", "B. Lee"], None, 2022, "other", [], []),
    ("A. Roe, B. Lee. Widget losses in SiC modules. Presented at the PCIM Europe 2021, Nuremberg, Germany.",
     "Widget losses in SiC modules", ["A. Roe", "B. Lee"], None, 2021, "conference", [], []),
    ("A. Roe, B. Lee. Widget lens for gig workers. In Proc. CHI 2024. Best Paper Honorable Mention",
     "Widget lens for gig workers", ["A. Roe", "B. Lee"], "CHI", 2024, "conference", ["award"], []),
]


def test_title_of_a_bare_reference_is_not_run_into_its_venue() -> None:
    p = scholarscope.parse_entry("Reynolds, I. and Emi, N. (2016). Residents who fled return to a ghost town. Bloomberg 20 October.")
    assert p.title == "Residents who fled return to a ghost town"


def test_a_reference_cited_without_title_has_none() -> None:
    p = scholarscope.parse_entry("Omukai K., Nishi R., 1998, ApJ, 508, 141")
    assert p.title == "" and p.venue == "ApJ" and p.year == 1998


@pytest.mark.parametrize("text, title, authors, venue, year, type_, flags, equal", CASES)
def test_entry_styles(text, title, authors, venue, year, type_, flags, equal) -> None:
    p = scholarscope.parse_entry(text)
    assert p.title == title
    assert [a.rstrip(".") for a in p.authors] == [a.rstrip(".") for a in authors]
    if venue is not None:
        assert p.venue == venue
    if year is not None:
        assert p.year == year
    if type_ is not None:
        assert p.type == type_
    assert set(flags) <= set(p.flags)
    assert p.equal_marked == equal


def test_links_and_doi_are_kept_apart_from_the_title() -> None:
    p = scholarscope.parse_entry("A. Doe. Widgets. Nature, 2020. [PDF](https://x.org/w.pdf) doi: 10.1000/xyz.12")
    assert p.title == "Widgets"
    assert p.links == ["https://x.org/w.pdf"]
    assert p.doi == "10.1000/xyz.12"


def test_a_stop_typed_for_the_comma_of_last_initial_keeps_the_list_whole() -> None:
    from scholarscope.parse.names import parse_author_list

    got = parse_author_list("Abe, G., Brzeski, Z., Czarnecka. M., Dorn, J., Ek, G.")
    assert got is not None and got[0] == ["Abe, G.", "Brzeski, Z.", "Czarnecka, M.", "Dorn, J.", "Ek, G."]


def test_title_case_title_before_a_with_line_is_the_title() -> None:
    p = scholarscope.parse_text("# Papers\n\n1. Gadget Intelligence and Widget Forecasts\n\n"
                                "   **Review of Widget Studies**, 2024\n\n   with Ann Lee\n", format="md").publications[0]
    assert p.title == "Gadget Intelligence and Widget Forecasts" and p.authors == ["Ann Lee"] and p.year == 2024


def test_a_books_imprint_gives_its_publisher_and_a_chapter_its_book() -> None:
    book = scholarscope.parse_entry("Bahn, P. G., and J. Flenley. Easter Widgets, Earth Widgets. New York: Thames and Hudson, 1992.")
    assert book.venue == "Thames and Hudson" and book.publisher == "Thames and Hudson" and book.type == "other"
    chapter = scholarscope.parse_entry("**2008** “Widget Chandar.”\n*The Oxford Anthology of Modern Widget Literature*, \n"
                                       "edited by Mehr Roe, 56–65. \nDelhi: Oxford University Press, 2008.")
    assert chapter.venue_raw == "The Oxford Anthology of Modern Widget Literature"
    assert chapter.publisher == "Oxford University Press" and chapter.type == "chapter"


def test_a_thesis_is_published_by_its_school() -> None:
    p = scholarscope.parse_entry("K. Roe, “A widget method for gadget surveys,” Ph.D. dissertation, Stanford University, March 2012.")
    assert p.type == "thesis" and p.publisher == "Stanford University"


def test_page_numbers_wrapped_to_a_line_start_do_not_make_a_numbered_list() -> None:
    text = ("Publications\n\n"
            "- Roe, A. 2018. Widget clients for gadget data. Computing in Widgets 20: 58-\n"
            "65. https://doi.org/10.1109/W.2018.28\n"
            "- Doe, B., Roe, A. 2015. Gadget packages in R. Methods in Widgets 7: 352-\n"
            "357. https://doi.org/10.1111/2041-210x.1\n"
            "- Lee F, Park TH, Kim PS, Chan N,\n"
            "Roe A et al. 2014 Lack of widget training among early-career gadgeteers. PeerJ 2:e285\n"
            "- Vamosi, J.; Roe, A.; Garcha, N.\n"
            "2014. Pollinators visit related widgets. Ecology & Evolution\n")
    titles = [p.title for p in scholarscope.parse_text(text, format="txt").publications]
    assert "Lack of widget training among early-career gadgeteers" in titles
    assert "Pollinators visit related widgets" in titles and len(titles) == 4


def test_a_bold_known_venue_ends_the_title_and_a_trailing_with_names_the_coauthors() -> None:
    p = scholarscope.parse_entry("Dissecting the Great Widget Boom <https://example.org/w.pdf> "
                                 "**Journal of Monetary Economics**, accepted with Ann Lee and Bo Chan")
    assert p.title == "Dissecting the Great Widget Boom" and p.venue == "Journal of Monetary Economics"
    assert p.authors == ["Ann Lee", "Bo Chan"] and "to_appear" in p.flags


def test_a_date_on_its_own_line_closes_each_entry() -> None:
    text = ("Publications\n\n"
            "Gender sorting among widget makers: Evidence from the NBER,\n*Economics Letters*\n2022\n"
            "Lockdown and two-sided widget uncertainty (with Arthur Grimes),\n*New Zealand Economic Papers*\n2021\n"
            "Estimating sample paths of widget processes from noisy data\n(with Ann Lee and others)\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [p.year for p in pubs] == [2022, 2021, None]
    assert pubs[1].title == "Lockdown and two-sided widget uncertainty" and pubs[1].authors == ["Arthur Grimes"]


def test_uk_single_quoted_title_and_a_report_series_before_its_publisher() -> None:
    ch = scholarscope.parse_entry("**Roe, R.** (2021) 'Peatland widgets', in Barker, S. and Ng, L. (eds) "
                                  "*The Routledge Handbook of Upland Widgets*. Abingdon: Routledge, pp. 145–167.")
    assert ch.title == "Peatland widgets" and ch.venue == "The Routledge Handbook of Upland Widgets"
    rep = scholarscope.parse_entry("Widget Agency (2020) *Working with natural widgets: evidence update*. Report SC190012. "
                                   "Bristol: Widget Agency. (Lead author: R. Roe.) Available at: https://example.org/r (Accessed: 3 March 2024).")
    assert rep.venue == "Widget Agency"


def test_poster_section_arxiv_named_and_published_online() -> None:
    text = ("Poster Abstracts\n\n"
            "1. Roe A, Lee B. Widget adherence in heart failure [abstract]. Circulation. 2023;148(Suppl 1):A123.\n"
            "2. Roe A. Gadget trials in nursing homes. Poster presented at: Widget Society Meeting; 2022; Boston, MA.\n")
    posters = scholarscope.parse_text(text, format="txt").publications
    assert [p.type for p in posters] == ["other", "other"] and all("poster" in p.flags for p in posters)
    pre = scholarscope.parse_entry("A. Roe, Widget lattices of small height, preprint (2023), arXiv:2309.04412 [math.NT], submitted.")
    assert pre.venue == "arXiv"
    online = scholarscope.parse_entry("Roe A, Lee B. Widget care after discharge. J Widget Nurs. Published online March 4, 2024.")
    assert online.venue_raw == "J Widget Nurs"


def test_lines_cut_by_a_page_width_join_again() -> None:
    # a name cut between given name and surname; a co-author line whose last surname wrapped; "May" / "2015"
    text = ("Publications\n\n"
            "1. **Widget Consensus via Trusted Gadgets**\n"
            "   Hanzheng Lyu, Shaokang Xie, **Ann Roe**, Mohammad\n"
            "   Sadoghi, Yinqian Zhang, Chen Feng\n"
            "   *International Conference on Very Large Data Bases (VLDB)*, 2026.\n\n"
            "2. The Nonlinear Effects of Widget Policy\n"
            "   **Journal of Public Economics**, accepted\n"
            "   with Pedro Brinca, Hans Holter and Valter\n"
            "   Nobrega\n\n"
            "3. A Note on Widget Disclosure and Adverse Selection, May\n"
            "   2015\n"
            "   with Joseba Martinez\n")
    a, b, c = scholarscope.parse_text(text, format="md").publications
    assert a.authors == ["Hanzheng Lyu", "Shaokang Xie", "Ann Roe", "Mohammad Sadoghi", "Yinqian Zhang", "Chen Feng"]
    assert b.authors == ["Pedro Brinca", "Hans Holter", "Valter Nobrega"]
    assert c.title == "A Note on Widget Disclosure and Adverse Selection" and c.year == 2015


def test_a_title_case_title_on_its_own_line_is_no_author_list() -> None:
    text = ("Conference Publications\n\n"
            "1. Lukasz Roe, Ann Lee, Suresh Poe\n"
            "   [Composable Asynchronous Widgets](papers/w.pdf)\n"
            "   *International Conference on Programming Language Design and Implementation (PLDI), 2011*\n"
            "   [[slides (pdf)]](slides/w.pdf) [[slides (pptx)]](slides/w.pptx)\n")
    p = scholarscope.parse_text(text, format="md").publications[0]
    assert p.title == "Composable Asynchronous Widgets" and p.authors == ["Lukasz Roe", "Ann Lee", "Suresh Poe"]
    assert p.year == 2011 and len(p.links) == 3


def test_a_quoted_title_wrapped_over_two_long_lines_is_one_entry() -> None:
    text = ("Articles\n\n"
            "**2008** “Digital Encoding of South Asian Widgets: A Contemporary\n"
            "Guide to Unicode and Gadgets.” *South Asia Widget Pedagogy and Technology* 1 (2008).\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [p.title for p in pubs] == ["Digital Encoding of South Asian Widgets: A Contemporary Guide to Unicode and Gadgets"]


def test_a_job_market_cv_in_fixed_width_text() -> None:
    text = ('JOB MARKET PAPER\n\n"Mobile Widgets and Household Resilience"\n'
            "    Abstract: I study how access to small widget credit changes the way households\n"
            "    absorb income shocks, with transaction records for 1.8 million wallets.\n"
            "    Latest version: https://example.org/jmp.pdf\n\n"
            'PUBLICATIONS\n\n"Remittance Widgets and School Enrollment" (with Ann Lee), AEA Papers and\n'
            "    Proceedings, 2023, 113: 512-516.\n\n"
            'WORK IN PROGRESS\n\n"Overdraft Widget Pricing" (with Bo Chan)\n"Local Widget Markets and Credit"\n\n'
            'POLICY WRITING\n\n"Taxing Widgets Hurts the Poorest" (with Bo Chan), VoxWidget, March 2023.\n')
    jmp, pp, w1, w2, policy = scholarscope.parse_text(text, format="txt").publications
    assert jmp.venue is None and jmp.links == ["https://example.org/jmp.pdf"]  # the abstract is no venue
    assert pp.venue == "AEA Papers and Proceedings" and pp.type == "journal" and pp.authors == ["Ann Lee"]
    assert (w1.title, w2.title) == ("Overdraft Widget Pricing", "Local Widget Markets and Credit")
    assert policy.section == "policy writing" and policy.type == "other" and "in_preparation" not in policy.flags


def test_apa_lists_cut_in_the_middle_two_word_surnames_and_urls_broken_by_the_width() -> None:
    names = ", ".join(f"{s}, {i}." for s, i in zip("Roe Lee Poe Fox Wu Ng Li Ma Xu Hu Yu Su Kim Berg Costa Dubois Eriksen Gomez Novak".split(), "ABCDEFGHIJKLMNPRS"[:19] + "TU"))
    p = scholarscope.parse_entry(f"{names}, . . . Zimmer, R. (2023). A multi-site replication of the widget effect. "
                                 "Psychological Science, 34(9), 1011–1027.")
    assert len(p.authors) == 20 and p.authors[-1].startswith("Zimmer") and p.authors_truncated
    two = scholarscope.parse_entry("Arrieta Vogel, L., & Sánchez-Moreno, I. (2016). Emotional widgets and memory for "
                                   "temporal order. Memory, 24(7), 912–925. https://d oi.org/10.1080/x.2016.1 "
                                   "<https://doi.org/10.1080/x.2016.1>")
    assert [a.rstrip(".") for a in two.authors] == ["Arrieta Vogel, L", "Sánchez-Moreno, I"] and two.links == ["https://doi.org/10.1080/x.2016.1"]


def test_a_french_cv_legend_prize_and_particles() -> None:
    text = ("Publications\n\n† : étudiant(e) encadré(e) par moi ; * : contribution égale.\n\n"
            "1. O. Roe, M. Ba† et C. d'Almeida. « Parsing widgets ». In : Actes de la 28e Conférence sur le Traitement "
            "Automatique des Langues Naturelles (TALN), Lille, France, 2021, p. 112-125. Prix du meilleur article.\n"
            "2. A. Doe*, O. Roe* et P. Nguyen. « Widgets without trees ». In : Proceedings of the Sixth Workshop on "
            "Universal Widgets (UWW 2023), Washington, D.C., 2023, p. 88-97.\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert pubs[0].authors == ["O. Roe", "M. Ba", "C. d'Almeida"] and pubs[0].equal_marked == []
    assert "best_paper" in pubs[0].flags and pubs[0].venue == "TALN"
    assert pubs[1].equal_marked == [0, 1] and pubs[1].venue == "UWW"


def test_venue_badges_in_a_column_lettered_labels_and_a_supervision_legend() -> None:
    text = ("Journal articles\n\n† equal supervision\n\n"
            "Neuron\tTheta sequences in a recurrent widget model\nAnn Roe, Bo Lee†, and Cy Doe†\nNeuron, 2025\n\n"
            "eLife\tHippocampal widgets reflect planning\nBo Lee and Ann Roe\neLife, 2022\n\n"
            "Preprints\n\n[J4] A. Roe and B. Lee. “Solvent effects on widget\ndehydrogenation”. In: Widget Lett. 12 (2024).\n"
            "[J5] B. Lee and A. Roe. “A benchmark of widgets”. In: Sci. Data 11 (2024), p. 402.\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [p.title for p in pubs] == ["Theta sequences in a recurrent widget model", "Hippocampal widgets reflect planning",
                                       "Solvent effects on widget dehydrogenation", "A benchmark of widgets"]
    assert pubs[0].equal_marked == [] and pubs[1].venue == "eLife"


def test_skills_labels_in_a_column_and_qualifiers_in_brackets() -> None:
    text = "# Skills\n\nSoftware\tR (Rcpp, Stan), Python\nLanguages\tGerman (reading), Spanish (intermediate)\n"
    assert scholarscope.parse_text(text, format="md").skills == [
        "R", "Rcpp", "Stan", "Python", "German (reading)", "Spanish (intermediate)"]


def test_a_quoted_title_running_into_a_long_line_and_a_mixed_section() -> None:
    text = ("Preprints and submitted manuscripts\n\n"
            "[P1] A. Roe and B. Lee. “Surrogate-assisted optimisation of a widget\nsynthesis loop using first-principles "
            "kinetics”. In: Proceedings of the 33rd European Symposium on Computer Aided Widget Engineering (ESCAWE 33). "
            "Ed. by C. Doe and D. Poe. Vol. 52. Elsevier, 2023, pp. 1203–1208.\n\n"
            "[P2] B. Lee and A. Roe. Gadget potentials fail for reactive interfaces. 2025. arXiv: 2503.07712.\n\n"
            "Doctoral thesis\n[T1] A. Roe. “Theoretical studies of widget stability”. PhD thesis. Widget University, 2019.\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert pubs[0].title == "Surrogate-assisted optimisation of a widget synthesis loop using first-principles kinetics"
    assert [p.flags for p in pubs] == [[], [], []]  # the section names two kinds: each entry says its own state
    assert pubs[2].type == "thesis" and pubs[1].type == "preprint"


def test_humanities_pieces_commentaries_and_book_states() -> None:
    text = ("# Education\n\n- Ph.D., Philosophy, Widget University, 2015\n\n"
            "# Books\n\n- *Perceptual Widgets* (Oxford University Press. Under contract).\n\n"
            "# Symposia, Commentaries, and Replies\n\n"
            "- 2021. Commentary on Ann Roe, “Attention and Widget Norms.” *Philosophy and Widget Research* 103(1): 233–238.\n\n"
            "# Commentaries Presented\n\n- Comments on Bo Lee, “Widgets and Agency,” Widget Society Meeting, 2023.\n\n"
            "# Theses\n\n- Roe, A. (2019). *Widget priors*. M.S. thesis, University of Widgets Urbana-Champaign.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [(p.title, p.venue, p.type) for p in pubs] == [
        ("Perceptual Widgets", "Oxford University Press", "other"),
        ("Commentary on Ann Roe, “Attention and Widget Norms”", "Philosophy and Widget Research", "journal"),
        ("Widget priors", "University of Widgets Urbana-Champaign", "thesis")]  # the comments presented are talks
    assert "Under contract" in (pubs[0].note or "")


def test_gbt7714_citations_and_chinese_author_lists() -> None:
    text = ("# 期刊论文 Journal articles\n\n注：# 表示共同第一作者（co-first authors）；\\* 表示通讯作者。\n\n"
            "[1] Chen J#, **Shao M**#, Liu Y\\*. Robust widget navigation in urban canyons[J]. ISPRS Journal of "
            "Photogrammetry and Remote Sensing, 2023, 198: 71-86.\n\n"
            "[2] 李德明, **邵明哲**, 陈静, 等. 三峡库区滑坡PS-InSAR监测[J]. 武汉大学学报, 2019, 44(11): 1607-1616.\n\n"
            "[3] SHAO M, LI D, CHAN W K. Widget change detection[C]//Proceedings of the IEEE International Geoscience "
            "and Remote Sensing Symposium (IGARSS 2023). Pasadena: IEEE, 2023: 4512-4515.\n\n"
            "[4] **邵明哲**. 多基线SAR层析成像研究[D]. 武汉: 武汉大学, 2017.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [(p.title, p.type, p.year) for p in pubs] == [
        ("Robust widget navigation in urban canyons", "journal", 2023), ("三峡库区滑坡PS-InSAR监测", "journal", 2019),
        ("Widget change detection", "conference", 2023), ("多基线SAR层析成像研究", "thesis", 2017)]
    assert pubs[0].equal_marked == [0, 1]
    assert pubs[1].authors == ["李德明", "邵明哲", "陈静"] and pubs[1].authors_truncated
    assert pubs[2].authors == ["SHAO M", "LI D", "CHAN W K"] and pubs[2].venue == "IGARSS"
    assert pubs[3].venue == "武汉大学"


def test_labelled_field_records_of_a_cv_system() -> None:
    text = ("<h4>Artículos en revistas</h4><table><tr><td>2</td><td>Autores: Roe Villaverde, C. (AC); Lee Gil, P.; "
            "Título: Marine heatwaves and widget mortality; Revista: Global Change Biology; Volumen: 29(14); "
            "Páginas: 3981-3996; Año: 2023</td></tr></table><h4>Congresos</h4><div>Título del trabajo: Heat stress "
            "memory in widgets<br>Nombre del congreso: ASLO Aquatic Sciences Meeting 2021<br>Tipo de participación: "
            "Participativo - Póster<br>Autores: Paula Lee Gil; Carmen Roe Villaverde.</div>")
    pubs = scholarscope.parse_text(text, format="html").publications
    assert [(p.title, p.authors, p.venue, p.year, p.type, p.flags) for p in pubs] == [
        ("Marine heatwaves and widget mortality", ["Roe Villaverde, C.", "Lee Gil, P."], "Global Change Biology", 2023,
         "journal", []),
        ("Heat stress memory in widgets", ["Paula Lee Gil", "Carmen Roe Villaverde"], "ASLO Aquatic Sciences Meeting",
         2021, "other", ["poster"])]


def test_numbered_groups_and_meeting_numbers_glued_to_acronyms() -> None:
    text = ("# Publications\n\n### Conference Papers\n\n"
            "2.1. Roe, A., and Lee, B. (2024). “Widget fragility.” Proc., 18th World Conf. on Widget Engineering (18WCWE), "
            "Milan, Italy.\n2.2. Lee, B., and Roe, A. (2023). “Gadget reliability.” Proc. 14th Int. Conf. on Applications of "
            "Widget Statistics (ICAWS14), Dublin.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [(p.index, p.title, p.type) for p in pubs] == [(1, "Widget fragility", "conference"),
                                                           (2, "Gadget reliability", "conference")]
    from scholarscope.parse.venues import normalise_venue

    assert normalise_venue("Proc., 18th World Conf. on Widget Engineering (18WCWE)").name == "WCWE"
    assert normalise_venue("Proc. 14th Int. Conf. on Applications of Widget Statistics (ICAWS14)").name == "ICAWS"
    assert normalise_venue("Proceedings (F1000)").name == "F1000"


def test_apa_states_questions_in_titles_and_renamed_journals() -> None:
    pubs = [scholarscope.parse_entry(t) for t in (
        "Roe, A. R., & Lee, M. L. (in press). Widget co-regulation: A conceptual review. Child Development Perspectives.",
        "Roe, A. R., & Doe, M.a (in preparation). Do widgets deplete? A registered report on gadget fatigue.",
        "Roe, T.*, & Lee, J. Brain drain or brain circulation? Widget intentions. Revise and resubmit, American "
        "Sociological Review.")]
    assert [(p.title, p.venue) for p in pubs] == [
        ("Widget co-regulation: A conceptual review", "Child Development Perspectives"),
        ("Do widgets deplete? A registered report on gadget fatigue", None),
        ("Brain drain or brain circulation? Widget intentions", None)]
    assert pubs[2].flags == ["under_review"] and "American Sociological Review" in pubs[2].note


def test_a_publication_table_with_a_type_column_and_empty_year_cells() -> None:
    text = ("### Peer-reviewed journal articles\n\n"
            "2025\tOkoye, N. A.; Roe, A.* Photocatalytic widget reduction by cobalt-\tArticle\n"
            "porphyrin frameworks under visible light. J. Am. Chem. Soc. 147 (9), 7712–\tIF 14.4\n"
            "7724. DOI: 10.1021/jacs.4c17781\n"
            "Lindberg, J.; Roe, A.* Defect engineering in zirconium widgets for selective hydrolysis.\tArticle\n"
            "Chem. Sci. 16, 2231–2243.\tIF 7.6\n\ncontinued on next page\n\n### Year\tCitation\tType / Impact\n\n"
            "2023\tRoe, A.*; Gagnon, L. Thermally robust widget frameworks for luminescent thermometry.\tCommunication\n"
            "Angew. Chem. Int. Ed. 62 (41), e202309877.\tIF 16.6; Hot Paper\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [(p.title, p.year, p.section) for p in pubs] == [
        ("Photocatalytic widget reduction by cobalt-porphyrin frameworks under visible light", 2025,
         "peer-reviewed journal articles"),
        ("Defect engineering in zirconium widgets for selective hydrolysis", 2025, "peer-reviewed journal articles"),
        ("Thermally robust widget frameworks for luminescent thermometry", 2023, "peer-reviewed journal articles")]


def test_bst_style_lists_ending_in_initials_or_et_al() -> None:
    text = ("Refereed journal articles\n\n"
            "[1] Roe, E., Lee, I., Doe, P. and Poe, A., Coherent amplitude modes in a widget system, revisited, Phys. Rev. B\n"
            "103 (2021) 125108.\n\n[2] Lee, H., Roe, E., Doe, L. et al., Orbital-selective widget physics out of equilibrium,\n"
            "npj Quantum Mater. 7 (2022) 88.\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [(p.title, p.authors[-1], p.authors_truncated) for p in pubs] == [
        ("Coherent amplitude modes in a widget system, revisited", "Poe, A.", False),
        ("Orbital-selective widget physics out of equilibrium", "Doe, L.", True)]


def test_vancouver_chapters_posters_and_book_titles_holding_a_journal_name() -> None:
    pubs = [scholarscope.parse_entry(t) for t in (
        "Roe A, Lee B. Widget ventilation [poster]. Presented at: American Thoracic Society International Conference; "
        "2019 May 17-22; Dallas, TX.",
        "Roe A. Ventilator widgets. In: Lee B, Doe C, editors. Principles of Pulmonary Widgets. 7th ed. Philadelphia: "
        "Elsevier; 2019. p. 101-12.",
        "Roe A, Lee B. Sedation and widgets. In: Doe C, editors. Massachusetts General Hospital Handbook of Critical "
        "Care Medicine. 7th ed. Philadelphia: Wolters Kluwer; 2020. p. 44-58.")]
    assert "poster" in pubs[0].flags and pubs[0].venue == "American Thoracic Society International Conference"
    assert pubs[1].venue == "Principles of Pulmonary Widgets" and pubs[1].type == "chapter"
    assert pubs[2].venue != "Critical Care Medicine" and pubs[2].type == "chapter"
    from scholarscope.parse.dates import find_range

    assert find_range("NeurIPS 2023 Top Reviewer")[3] == (8, 12)  # "To" of "Top" is no "to" of a range


def test_a_section_naming_several_kinds_leaves_the_type_to_each_entry() -> None:
    """'Journal Articles, Book Chapters and Thesis': the heading lists kinds, so neither 'thesis' nor 'chapters'
    types every entry; an abbreviated journal the venue table lacks is still a journal by its numbers."""
    text = ("Ann Roe\n\n## Journal Articles, Book Chapters and Thesis\n\n"
            "1.\tRoe A, Lee B. Widget carriage on admission to a gadget hospital. Widg Gadg Rep. 2024;28(3):140-7.\n\n"
            "2.\tRoe A. Widgets in people with gadgets. In: Poe C, editor. Handbook of Widgets. 5th ed. Oxford: "
            "Gadget Press; 2020. p. 211-34.\n\n"
            "3.\tRoe A. Diagnosis of widget disease [dissertation]. London: Gadget School; 2018.\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [p.type for p in pubs] == ["journal", "chapter", "thesis"]


def test_a_vancouver_title_opening_with_capitals_keeps_its_first_words() -> None:
    """'…, Poe C. Xpert MTB/RIF on widgets': the title's first words look like a Vancouver name ('Xpert MTB'); the
    model that runs them into the author list loses to the rules' reading, whose names all parse."""
    text = ("Ann Roe\n\n## Papers\n\n1.\tRoe A, Lee B, Poe C. Xpert MTB/RIF Ultra on stool for diagnosing widget "
            "disease in adults: a diagnostic accuracy study. Lancet HIV. 2025;12(2):e101-e10.\n")
    pub = scholarscope.parse_text(text, format="md").publications[0]
    assert pub.title.startswith("Xpert MTB/RIF Ultra on stool") and len(pub.authors) == 3


def test_apa_advance_online_publication_and_a_longer_journal_holding_a_known_name() -> None:
    """'Journal. Advance online publication.' is published (the phrase is a note, not part of the venue); 'European
    Journal of Developmental Psychology' is another journal than 'Developmental Psychology'."""
    text = ("Ann Roe\n\n# Publications\n\n"
            "Lee, B., & Roe, A. (2025). Widget sleep in preschoolers: An actigraphy study. *Widget Health*. Advance "
            "online publication. https://doi.org/10.1000/wh.2025.01.004\n\n"
            "Roe, A., & Poe, C. (2018). Gadget stress in toddlers. *European Journal of Developmental Psychology*, "
            "*15*(6), 678–694. https://doi.org/10.1080/17405629.2017.1342311\n")
    first, second = scholarscope.parse_text(text, format="md").publications
    assert first.venue == "Widget Health" and first.year == 2025 and "to_appear" not in first.flags
    assert "Advance online publication" in (first.note or "")
    assert second.venue == "European Journal of Developmental Psychology"


def test_vancouver_poster_presented_at_and_an_acronym_journal() -> None:
    """'Poster presented at: 33rd Congress … (ECCMID); 2023 Apr 15-18; City.' flags a poster whose venue is the
    labelled meeting; 'AIDS. 2019;33(9):1453-61.' is a journal (year; volume(issue)), not a meeting's acronym."""
    text = ("Ann Roe\n\n## Publications\n\n"
            "Lee B, Roe A. Widget genes in gadget isolates from adult wards. Poster presented at: 33rd European Congress "
            "of Widget Microbiology & Gadget Diseases (ECWMID); 2023 Apr 15-18; Copenhagen, Denmark.\n\n"
            "Roe A, Lee B, Poe C. Stool-based widget tests in adults with gadgets. AIDS. 2019;33(9):1453-61.\n")
    poster, paper = scholarscope.parse_text(text, format="md").publications
    assert poster.flags == ["poster"] and poster.venue == "ECWMID" and poster.type == "other"
    assert paper.type == "journal" and paper.venue == "AIDS"


def test_a_known_venue_opening_in_lower_case_ends_the_title_sentence() -> None:
    """NLM style 'Title. npj Quantum Materials. 2023 March 3; 8(1):15.', 'Title. bioRxiv. https://…', 'Title. arXiv.
    2024 November 4;': a journal or server whose name opens in lower case still follows the title's full stop."""
    text = ("Ann Roe\n\n# Products\n\n"
            "1. Lee B, Roe A. Machine-learned widget Hamiltonians from diffuse gadget scattering. npj Quantum Materials. "
            "2023 March 3; 8(1):15. Available from: https://doi.org/10.1038/s41535-023-00547-2\n\n"
            "2. Roe A, Lee B. Thermal Hall effect of widgets in a frustrated gadget. arXiv. 2024 November 4; Available "
            "from: https://arxiv.org/abs/2411.02318\n\n"
            "3. **Roe A**, Lee B. 2025. Dormancy of widget cells after gadget pulses. bioRxiv. "
            "https://doi.org/10.1101/2025.01.14.632871\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [p.title for p in pubs] == ["Machine-learned widget Hamiltonians from diffuse gadget scattering",
                                       "Thermal Hall effect of widgets in a frustrated gadget",
                                       "Dormancy of widget cells after gadget pulses"]
    assert [p.venue for p in pubs] == ["npj Quantum Materials", "arXiv", "bioRxiv"]
    assert [p.type for p in pubs] == ["journal", "preprint", "preprint"]


def test_a_data_set_or_software_tag_makes_the_work_other() -> None:
    """'Title [Dataset]. Repository; 2023.' and APA's '[Computer software]': the bracketed medium says the work is no
    paper, whatever its venue looks like; a '[Code]' link label after a paper is no medium."""
    text = ("Ann Roe\n\n# Products\n\n"
            "1. Roe A, Lee B. Inelastic widget scattering data for gadget crystals (CNCS, 2 K) [Dataset]. Widget "
            "National Laboratory (WNL); 2023. Available from: https://doi.org/10.14461/widget.data/2237120\n\n"
            "2. Lee, B., & Roe, A. (2023). WidgetFit: Fitting gadget models [Computer software]. Zenodo. "
            "https://doi.org/10.5281/zenodo.8123456\n\n"
            "3. Roe A, Lee B. Widget sampling at scale. Physical Review Letters. 2022;128(3):036702. "
            "[Code](https://github.com/roe/widgets)\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    assert [p.type for p in pubs] == ["other", "other", "journal"]
    assert pubs[0].title == "Inelastic widget scattering data for gadget crystals (CNCS, 2 K)"
    assert "[Dataset]" in (pubs[0].note or "")


def test_a_title_with_a_question_and_no_venue_keeps_its_second_sentence() -> None:
    text = ("Ann Roe\n\n## Manuscripts under review\n\n"
            "Roe, Ann, and Bo Lee. Brain drain or widget circulation? Return intentions of gadget physicians. "
            "Under review at Widget Studies.\n")
    pub = scholarscope.parse_text(text, format="md").publications[0]
    assert pub.title == "Brain drain or widget circulation? Return intentions of gadget physicians"


def test_a_link_cell_right_of_the_venue_and_an_italic_workshop_with_its_host() -> None:
    """A class that sets 'paper <url>' right of the venue line (a tab cell) gives the entry its link, however short
    the cell; '*TyDe 2022* (workshop co-located with ICFP 2022)': the italic name is a workshop of the host meeting."""
    text = ("Ann Roe\n\n## Papers\n\n"
            "- [J1] Logical widgets for higher-order gadgets, mechanised: extended version.\nA. Roe, B. Lee.\n"
            "*ACM Trans. Program. Lang. Syst. (TOPLAS)* 45(3):14, 2023.\tpaper <https://doi.org/10.1145/3594731>\n\n"
            "- [W1] Property-based testing of widget type checkers.\nB. Lee, A. Roe.\n"
            "*TyDe 2022* (workshop co-located with ICFP 2022).\n")
    paper, workshop = scholarscope.parse_text(text, format="md").publications
    assert paper.links == ["https://doi.org/10.1145/3594731"]
    assert (workshop.venue, workshop.type) == ("ICFP", "workshop")


def test_web_records_with_question_titles_state_lines_chapters_and_year_headings() -> None:
    html = """<html><body><h1>Ada Roe</h1><h1>Publications</h1>
<h2>2025</h2>
<div><p>Lee, B., &amp; <b>Roe, A.</b> (in press).</p><p>Do widgets fade? Evidence from a gadget panel</p>
<p><i>Psychological Science</i>.</p><p><a href="https://osf.io/abc">[OSF]</a></p></div>
<h2>2023</h2>
<div><p><b>Roe, A.</b> (2023).</p><p>Widgets and memory</p>
<p>In M. Kay &amp; P. Poe (Eds.), <i>The handbook of gadgets</i> (Vol. 2, pp. 11&ndash;34). Widget Press.</p>
<p><a href="/papers/roe_2023.pdf">[PDF]</a></p></div>
<div><p>Kay, M., &amp; <b>Roe, A.</b> (2023).</p><p>Gadget drift in adults</p><p><i>Cognition</i>, 230, 105-118.</p></div>
<h2>Under review</h2>
<div><p>Poe, P., &amp; <b>Roe, A.</b></p><p>Does gadget load bind memory? Evidence from a large online sample</p>
<p>Manuscript under review.</p><p><a href="https://osf.io/preprints/psyarxiv/xyz">[Preprint]</a></p></div>
</body></html>"""
    pubs = scholarscope.parse_text(html, format="html").publications
    got = [(p.title, p.venue_raw, p.year, p.type, p.links) for p in pubs]
    assert got == [
        ("Do widgets fade? Evidence from a gadget panel", "Psychological Science", 2025, "journal",
         ["https://osf.io/abc"]),  # no year of its own ("in press"): the year heading above gives it
        ("Widgets and memory", "The handbook of gadgets", 2023, "chapter", ["/papers/roe_2023.pdf"]),
        ("Gadget drift in adults", "Cognition", 2023, "journal", []),
        ("Does gadget load bind memory? Evidence from a large online sample", None, None, "other",
         ["https://osf.io/preprints/psyarxiv/xyz"])]
    assert pubs[3].flags == ["under_review"]


def test_europass_rows_dated_by_day_with_dash_separated_names_and_venues() -> None:
    text = ("### PUBLICATIONS\n\n"
            "18/01/2025\tGadget microgels for widget dressings with a title long enough\nto wrap onto a second line\n"
            "Roe F., Lee G., van der Berg M. – WDT, 160, 110789\n\n"
            "15/03/2021\tMicroencapsulation of widgets\n"
            "Roe F., Kay A. – In: Poe P. (Ed.), Widgets in Foods.\nGadget Press, London, pp. 117–142\n\n"
            "15/02/2025\tConsumer acceptance of widget pasta\n"
            "Lee G., Roe F. – Submitted to Widget Quality and Preference\n\n"
            "### CONFERENCES AND SEMINARS\n\n"
            "06/11/2024\tInvited talk: “Upcycled widgets as emulsifiers”\nWidget International Conference 2024, Bruges\n\n"
            "15/09/2023\tOral presentation: “Plant-based gadgets”\nGadget Congress, Parma (Italy)\n")
    pubs = scholarscope.parse_text(text, format="md").publications
    got = [(p.title, p.authors, p.venue, p.year, p.type) for p in pubs]
    assert got == [
        ("Gadget microgels for widget dressings with a title long enough to wrap onto a second line",
         ["Roe F.", "Lee G.", "van der Berg M."], "WDT", 2025, "journal"),  # the day's date gives the year
        ("Microencapsulation of widgets", ["Roe F.", "Kay A."], "Widgets in Foods", 2021, "chapter"),
        ("Consumer acceptance of widget pasta", ["Lee G.", "Roe F."], None, 2025, "preprint")]
    # the talks under "Conferences and seminars" are no publications


def test_a_co_edited_with_sentence_before_a_book_names_the_co_editor() -> None:
    p = scholarscope.parse_entry("Co-edited with Marco Roe. Ports of Widgets: Health, Trade, and Gadgets in the Early "
                                 "Modern Sea. Leiden: Brill, 2020.")
    assert (p.title, p.authors, p.venue, p.year) == (
        "Ports of Widgets: Health, Trade, and Gadgets in the Early Modern Sea", ["Marco Roe"], "Brill", 2020)


def test_a_word_hyphenated_at_a_line_end_is_joined_and_a_compound_keeps_its_hyphen() -> None:
    from scholarscope.parse.entry_lines import unwrap
    assert unwrap(["Roe, A. Widget MOFs for luminescent ther-", "mometry and a ki-", "netic study of cobalt-",
                   "porphyrin data-", "driven gadgets."]) == [
        "Roe, A. Widget MOFs for luminescent thermometry and a kinetic study of cobalt-porphyrin data-driven gadgets."]


def test_an_abbreviated_journal_cut_at_its_periods_is_put_back_together() -> None:
    got = [scholarscope.parse_entry(s) for s in (
        "Real widgets of very effective gadgets (with M. Roe). Algebr.\n     Geom. Topol. 17 (2017), no. 2, 721-766.",
        "Equivariant widget cohomology of quadrics. J. Pure Appl. Algebra 216\n     (2012), no. 4, 880-902. MR2864862",
        "Norms in widget theory revisited. Proc.\n     Amer. Math. Soc. 146 (2018), no. 9, 3671-3685.")]
    assert [(p.title, p.authors, p.venue) for p in got] == [
        ("Real widgets of very effective gadgets", ["M. Roe"], "Algebraic & Geometric Topology"),
        ("Equivariant widget cohomology of quadrics", [], "Journal of Pure and Applied Algebra"),
        ("Norms in widget theory revisited", [], "Proceedings of the American Mathematical Society")]


def test_aas_entries_with_the_title_last_a_bibcode_line_and_the_owner_hidden_by_et_al() -> None:
    got = [scholarscope.parse_entry(s) for s in (
        "Ashworth, R., Bell, T. J., Carrillo, N., et al. (incl. Roe, A. K.) 2023, Nature, 620, 292, “A cloudy "
        "widget atmosphere for the hot Saturn WASP-91 b”\n2023Natur.620..292A",
        "Lee, B., & Roe, A. K. 2023, Research Notes of the AAS, 7, 214, “An updated ephemeris for TOI-1468 c”\n"
        "2023RNAAS...7..214D",
        "Lee, B., Roe, A. K., & Kay, S. 2025, MNRAS, under review, “Flare rates of TESS widget hosts”")]
    assert [(p.title, p.authors, p.venue, p.year, p.type) for p in got] == [
        ("A cloudy widget atmosphere for the hot Saturn WASP-91 b", ["Ashworth, R.", "Bell, T. J.", "Carrillo, N."],
         "Nature", 2023, "journal"),
        ("An updated ephemeris for TOI-1468 c", ["Lee, B.", "Roe, A. K."], "Research Notes of the AAS", 2023, "journal"),
        ("Flare rates of TESS widget hosts", ["Lee, B.", "Roe, A. K.", "Kay, S."], None, 2025, "other")]
    assert got[0].authors_truncated and got[2].flags == ["under_review"]  # MNRAS is where it was sent (P5)


def test_dblp_editorships_list_pointers_and_a_title_ending_in_a_word_after_a_comma() -> None:
    ed = scholarscope.parse_entry("Ada Roe, Bo Lee (eds.): Proceedings of the 4th ACM Workshop on Widget Proofs, WP 2025, "
                                  "Denver, CO, USA, January 20-21, 2025. ACM 2025")
    assert (ed.title, ed.authors, ed.venue, ed.year, ed.type) == (
        "Proceedings of the 4th ACM Workshop on Widget Proofs, WP 2025, Denver, CO, USA, January 20-21, 2025",
        ["Ada Roe", "Bo Lee"], "ACM", 2025, "other")  # the editors' volume: the publisher is the venue
    p = scholarscope.parse_entry("Ada Roe, Bo Lee: Stack Safety for Widget Handlers, Formally. ITP 2022: 11:1-11:19")
    assert (p.title, p.venue) == ("Stack Safety for Widget Handlers, Formally", "ITP")
    q = scholarscope.parse_entry("A. Roe and B. Lee, *Monomial bases of widget modules*, Proc. Amer. Math. Soc. 143 "
                                 "(2015), no. 11, 4671–4684.")
    assert (q.title, q.venue) == ("Monomial bases of widget modules", "Proceedings of the American Mathematical Society")
    text = ("PUBLICATIONS\n  Member of the WIDGET Collaboration since 2017 (author on 61 collaboration papers).\n"
            "  Selected papers below; full list at https://inspirehep.net/authors/1\n\n"
            "  [1] A. Roe, B. Lee, \"Widget flux at a 12 m baseline,\" Phys. Rev. Lett. 131, 081801 (2023).\n")
    pubs = scholarscope.parse_text(text, format="txt").publications
    assert [p.title for p in pubs] == ["Widget flux at a 12 m baseline"]


def test_abstracts_presented_orally_or_as_posters_say_so() -> None:
    oral, poster = (scholarscope.parse_entry(s) for s in (
        "Roe AL, Lee C. Statin widgets in cirrhosis [abstract]. Hepatology. 2017;66(S1):112A. Oral presentation, "
        "The Liver Meeting, Washington, DC, October 2017.",
        "Lee E, Roe AL. Who qualifies for widgets? Estimates from primary care. Poster presented at: Digestive "
        "Disease Week (DDW); May 21-24, 2022; San Diego, CA."))
    assert oral.flags == ["oral"] and oral.venue == "Hepatology"
    assert poster.flags == ["poster"] and poster.title == "Who qualifies for widgets? Estimates from primary care"
    assert poster.venue_raw == "Digestive Disease Week (DDW)" and poster.year == 2022


def test_title_and_journal_in_cells_then_names_and_year_in_cells() -> None:
    """Awesome-CV sets a paper as '**Title**<TAB>*Journal* vol, pages' over 'Authors<TAB>*year*': a styled
    field beside a right-aligned cell is two fields, a line whose right cell is its year too; an italic
    journal with its volume and article number ('*Sci. Kites* *5*, eabc1234') is the venue line even when
    the journal is unknown; a venue moved down from the title line does not run into the year cell."""
    from scholarscope.parse.publication import EntryContext, build_publication
    from scholarscope.read.text import BOLD_OFF as b, BOLD_ON as B, ITAL_OFF as i, ITAL_ON as I

    ctx = EntryContext(section="research articles", index=1, equal_symbols="#")
    p = build_publication(f"{B}Gadget flows in paper kites{b}\t{I}Sci. Kites{i} {I}5{i}, eabc1234\n"
                          f"Lee, A.#, and Roe, B.#\t{I}2020{i}", ctx)
    assert (p.title, p.authors, p.venue_raw, p.year, p.equal_marked) == (
        "Gadget flows in paper kites", ["Lee, A.", "Roe, B."], "Sci. Kites", 2020, [0, 1])
    p = build_publication(f"{B}A screen for kite genes{b}\t{I}bioRxiv{i}\nLee, A., and Roe, B.\t{I}2025{i}", ctx)
    assert (p.title, p.venue, p.year, p.type) == ("A screen for kite genes", "bioRxiv", 2025, "preprint")


def test_a_type_badge_beside_the_title_says_the_type_and_a_written_the_is_kept() -> None:
    """'Title<TAB>PhD Thesis' (a reference manager's type badge set beside the title) is no part of the title
    but says the work is a thesis; a type badge hidden behind a status cell goes too; a journal written with
    its 'The' gets the table's one name, as written without it."""
    from scholarscope.parse.publication import EntryContext, build_publication

    ctx = EntryContext(section="2019", index=1)
    p = build_publication("Ann Lee\nLearning to Fly Kites from Wind Data\tPhD Thesis\nWindy University, 2019.", ctx)
    assert (p.title, p.type, p.year) == ("Learning to Fly Kites from Wind Data", "thesis", 2019)
    p = build_publication("Ann Lee; Bo Roe-Smith\nActive Kite Control with Vision Priors\tProceedings Article\tForthcoming\n"
                          "In: Proceedings of Robotics: Science and Systems (RSS), 2025.", ctx)
    assert (p.title, p.authors, p.venue, p.flags) == (
        "Active Kite Control with Vision Priors", ["Ann Lee", "Bo Roe-Smith"], "RSS", ["to_appear"])
    p = build_publication("Ann Lee, Bo Roe. Kite dynamics. The International Journal of Robotics Research, 42(9), 2023.", ctx)
    assert p.venue == "International Journal of Robotics Research"  # one venue, one name: the table's
    assert scholarscope.parse_entry("A. Lee. Kite dynamics. International Journal of Robotics Research, 2023.").venue == \
        "International Journal of Robotics Research"


def test_a_copernicus_discussion_paper_is_a_preprint_of_the_journal() -> None:
    p = scholarscope.parse_entry("Roe, A. and Lee, B.: Kites over cold glaciers, The Cryosphere Discuss. [preprint], "
                                 "https://doi.org/10.5194/tc-2024-1, 2024.")
    assert (p.title, p.venue, p.type) == ("Kites over cold glaciers", "The Cryosphere Discussions", "preprint")
