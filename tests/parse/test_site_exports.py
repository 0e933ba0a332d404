"""Profiles exported or printed from research-profile sites (each on invented text): a Google Scholar page
copied as text and printed to PDF, an ORCID record, a LinkedIn "Save to PDF" export."""
import scholarscope
from scholarscope.parse.document import parse_document
from scholarscope.read.text import Text

_SCHOLAR_TOP = ("Google Scholar\nGet my own profile\nCited by\tVIEW ALL\n\tAll\tSince 2020\nCitations\t310\t200\n"
                "h-index\t7\t6\ni10-index\t5\t4\n2021\t2022\t2023\nAnna Q. Roe\n"
                "Professor of Widgetry, Example University\nVerified email at example.edu - Homepage\n"
                "Widgets\tGadgets\nFOLLOW\nArticles\tCited by\tPublic access\tCo-authors\n")


def test_a_scholar_page_copied_as_text() -> None:
    text = (_SCHOLAR_TOP + "TITLE\nCITED BY\tCITED BY\nYEAR\n"
            "Widgets in the wild: a field study\nAQ Roe, B Lee, C Moss, ...\n"
            "Journal of Widget Studies 12 (3), 101-120\t150 *\t2021\n"
            "Gadget theory\nAQ Roe\nExample University\t40\t2019\n"
            "Small widgets\nD Park, A Roe\nHandbook of Widgetry, 33-58\t\t2020\n"
            "A widget data set\nAQ Roe, B Lee\n\t\t\n"
            "Show more\nCo-authors\nBen Lee\nExample University\nHelp Privacy Terms\n")
    prof = scholarscope.parse_text(text)
    assert prof.kind == "profile_page" and prof.person.name == "Anna Q. Roe"
    assert prof.person.emails == []  # "Verified email at example.edu" names a domain, not an address
    assert prof.summary_metrics == {"citations": 310, "h_index": 7, "i10_index": 5}
    pubs = prof.publications
    assert [p.title for p in pubs] == ["Widgets in the wild: a field study", "Gadget theory", "Small widgets",
                                       "A widget data set"]
    assert pubs[0].authors == ["AQ Roe", "B Lee", "C Moss"] and pubs[0].authors_truncated
    assert (pubs[0].venue, pubs[0].year, pubs[0].type, pubs[0].self_index) == ("Journal of Widget Studies", 2021, "journal", 0)
    assert pubs[1].type == "thesis"  # a university as the only venue of a single-author work
    assert (pubs[2].venue, pubs[2].type, pubs[2].year, pubs[2].self_index) == ("Handbook of Widgetry", "chapter", 2020, 1)
    assert (pubs[3].venue, pubs[3].year, pubs[3].type) == (None, None, "other")


def test_a_scholar_page_printed_to_pdf() -> None:
    u1, u2 = "https://scholar.example/c?v=1", "https://scholar.example/c?v=2"
    body = ("## Google Scholar\n\n# Anna Q. Roe\n\nProfessor of Widgetry, Example\nUniversity\n"
            "Verified email at example.edu - Homepage <https://roe.example.edu>\n\n### FOLLOW\n\n"
            "### TITLE\tCITED BY\tYEAR\n\n"
            f"### Widgets in the wild: a field <{u1}>\t150 <https://scholar.example/cites=1>*\t2021 study of widgets <{u1}>\n\n"
            "AQ Roe, B Lee, C Moss, D\nPark, ...\nJournal of Widget Studies 12 (3), 101-\n120\n\n"
            "https://scholar.example/citations?user=x\t2/3\n\n"
            f"### Meeting notes on gadgets <{u2}>\t2022 <{u2}>\n\nAQ Roe\n"
            "EGU General Assembly Conference Abstracts,\nEGU22-1234\n\nSHOW MORE\tArticles 1–2\n")
    head = ("Cited by\tVIEW ALL\n\nCitations\t310\t200\n\nh-index\t7\t6\n\ni10-index\t5\t4\n\n")
    prof = parse_document(Text(head + body, "pdf", "roe.pdf"))
    assert prof.person.name == "Anna Q. Roe" and prof.person.homepages == ["https://roe.example.edu"]
    a, b = prof.publications
    assert a.title == "Widgets in the wild: a field study of widgets" and a.links == [u1]
    assert a.authors == ["AQ Roe", "B Lee", "C Moss", "D Park"] and a.authors_truncated
    assert (a.venue, a.year, a.type, a.note) == ("Journal of Widget Studies", 2021, "journal", "12 (3), 101-120; cited by 150*")
    assert (b.title, b.year, b.type, b.venue) == ("Meeting notes on gadgets", 2022, "other", "EGU General Assembly")


_ORCID = ("Ana Roe\n\nORCID iD\nhttps://orcid.org/0000-0000-0000-0000\n\nEmails\nana.roe@example.edu\n\n"
          "Websites & social links\nWidget Lab: https://widgetlab.example.edu\n"
          "Google Scholar: https://scholar.google.com/citations?user=abc\n\nKeywords\nwidgets; gadgets\n\n"
          "Employment (2)\n\nExample University: Springfield, ST, US\n2020-03-01 to present | Associate Professor "
          "(Department of Widgetry)\nEmployment\nSource: Ana Roe\n\nGadget Institute: Shelbyville, US\n"
          "2016-09 to 2020-02-29 | Postdoctoral Fellow (Gadgets)\nEmployment\nSource: Ana Roe\n\n"
          "Education and qualifications (1)\n\nOther University: Capital City, US\n2011 to 2016 | PhD (Widget Science)\n"
          "Education\nSource: Ana Roe\n\nWorks (3)\n\nSort\n\nWidgets at scale\nJournal of Widget Studies\n"
          "2024-05-02 | Journal article\nDOI: 10.1234/jws.2024.1\nPart of ISSN: 1234-5678\n"
          "Contributors: Lee, Ben; Roe, Ana\nSource: Crossref\nPreferred source (of 2)\n\n"
          "A widget data set\nZenodo\n2023 | Data set\nURL: https://zenodo.example/1\nSource: Ana Roe\n\n"
          "Gadgets in the field\nProceedings of the 3rd Gadget Congress\n2022-07 | Conference paper\n"
          "Contributors: Ana Roe; Ben Lee\nSource: Ana Roe\n\n"
          "Peer review (4 reviews for 2 publications/grants)\n\nReview activity for:\nWidget Letters (3)\n")


def test_an_orcid_record() -> None:
    prof = scholarscope.parse_text(_ORCID)
    assert prof.kind == "cv" and prof.person.name == "Ana Roe"
    assert prof.person.emails == ["ana.roe@example.edu"] and prof.person.homepages == ["https://widgetlab.example.edu"]
    assert [(p.org, p.title, p.start, p.end, p.location) for p in prof.positions] == [
        ("Example University", "Associate Professor", "2020-03", "present", "Springfield, ST, US"),
        ("Gadget Institute", "Postdoctoral Fellow", "2016-09", "2020-02", "Shelbyville, US")]
    edu = prof.education[0]
    assert (edu.institution, edu.degree, edu.field, edu.start, edu.end) == ("Other University", "Ph.D.", "Widget Science", "2011", "2016")
    a, b, c = prof.publications  # the peer-review block holds no works
    assert (a.section, a.title, a.venue, a.year, a.type, a.doi) == ("works (3)", "Widgets at scale", "Journal of Widget Studies", 2024, "journal", "10.1234/jws.2024.1")
    assert a.authors == ["Lee, Ben", "Roe, Ana"] and a.self_index == 1
    assert (b.type, b.venue, b.authors, b.self_index, b.links) == ("other", "Zenodo", [], None, ["https://zenodo.example/1"])
    assert (c.type, c.venue, c.self_index) == ("conference", "Gadget Congress", 0)


def test_a_linkedin_save_to_pdf_export() -> None:
    text = ("### Contact\n\n+1 555 010 0199\n(Mobile)\n\nana.roe@example.com\n\n(LinkedIn)\n\nanaroe.example\n(Personal)\n\n"
            "### Top Skills\n\nWidget\nEngineering\n\nGadgets\n\n### Languages\n\nSpanish (Native or\nBilingual)\n\n"
            "### Honors-Awards\n\nWidget Prize for Best\nThesis\n\n### Publications\n\nWidgets at scale in the\nfactory\n\n"
            "# Ana Roe\n\n### Lead Widget Engineer at Acme\n\n## Experience\n\n### Acme Widgets\n\n3 years 2 months\n\n"
            "### Lead Engineer\n\nJanuary 2023 - Present (2 years 3 months)\nSpringfield, Some County, Freedonia\n"
            "Leads the widget team.\n\n### Engineer\n\nFebruary 2022 - January 2023 (1 year)\n\nPage 1 of 2\n\n"
            "www.linkedin.com/in/anaroe\n\nShelbyville, Freedonia\n\n## Education\n\n### Example University\n\n"
            "Doctor of Philosophy - PhD, Widget Science · (2016 - 2021)\n\nPage 2 of 2\n\n"
            "Gadgets in the field: a\nsurvey\n\nSmall widgets\n\n### Patents\n\nA widget with two\ncogs\n")
    prof = parse_document(Text(text, "pdf", "roe.pdf"))
    assert prof.kind == "cv" and prof.person.name == "Ana Roe"
    assert prof.person.homepages == ["https://anaroe.example"] and prof.person.emails == ["ana.roe@example.com"]
    assert prof.skills == ["Widget Engineering", "Gadgets", "Spanish (Native or Bilingual)"]
    assert [a.name for a in prof.awards] == ["Widget Prize for Best Thesis"]
    # the sidebar's list runs on after the last page's footer
    assert [(p.section, p.index, p.title) for p in prof.publications] == [
        ("publications", 1, "Widgets at scale in the factory"), ("publications", 2, "Gadgets in the field: a survey"),
        ("publications", 3, "Small widgets"), ("patents", 1, "A widget with two cogs")]
    assert [(p.org, p.title, p.start, p.end, p.location) for p in prof.positions] == [
        ("Acme Widgets", "Lead Engineer", "2023-01", "present", "Springfield, Some County, Freedonia"),
        ("Acme Widgets", "Engineer", "2022-02", "2023-01", "Shelbyville, Freedonia")]
    edu = prof.education[0]
    assert (edu.institution, edu.degree, edu.field, edu.start, edu.end) == ("Example University", "Ph.D.", "Widget Science", "2016", "2021")


def test_an_orcid_record_printed_from_the_site() -> None:
    text = ("3/1/25, 9:00 AM\n\nEmails\nana.roe@example.\nedu\n\nWebsites & social links\nLab <https://lab.example.edu>\n"
            "Bluesky <https://bsky.app/profile/anaroe>\n\nAna Roe (0000-0000-0000-0000) - ORCID\n\n"
            "## Employment (1)\n\nExample University: Springfield, US\n2020-03-01 to present | Professor (Widgetry)\n"
            "Employment\n\nSource: Ana Roe\n\n## Invited positions and distinctions (2)\n\nGadget Institute: Shelbyville, US\n"
            "2018-02-01 to 2018-05-31 | Guest Investigator (Gadgets)\nInvited position\n\nSource: Ana Roe\n\n"
            "Widget Society: Capital City, US\n2021-04-20 | Widget Award (Early\nCareer)\nDistinction\n\nSource: Ana Roe\n\n"
            "1/2\n\n# Ana Roe\n\nhttps://orcid.org/0000-0000-0000-0000\n\n## Works (2)\n\n"
            "Widgets at scale\nJournal of Widget Studies\n2024-05-02 | Journal article\n"
            "DOI: 10.1234/jws.1 <https://doi.org/10.1234/jws.1>\nContributors: Ben Lee; Ana Roe; Carl\nMoss\n\n"
            "Gadgets in the\nfield\nWidget Letters\n2023 | Journal article\nSource: Crossref\n")
    prof = parse_document(Text(text, "pdf", "roe.pdf"))
    assert prof.kind == "profile_page" and prof.person.name == "Ana Roe"
    assert prof.person.emails == ["ana.roe@example.edu"] and prof.person.homepages == ["https://lab.example.edu"]
    assert [(p.org, p.title) for p in prof.positions] == [("Example University", "Professor"), ("Gadget Institute", "Guest Investigator")]
    assert [(a.name, a.date) for a in prof.awards] == [("Widget Award (Early Career)", "2021-04")]
    a, b = prof.publications
    assert a.authors == ["Ben Lee", "Ana Roe", "Carl Moss"] and a.self_index == 1
    assert (a.doi, a.links) == ("10.1234/jws.1", ["https://doi.org/10.1234/jws.1"])
    assert (b.title, b.venue, b.authors) == ("Gadgets in the field", "Widget Letters", [])
