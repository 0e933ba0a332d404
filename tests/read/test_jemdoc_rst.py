"""jemdoc and reStructuredText readers, and the sniffing that finds them in .txt files."""
from scholarscope.read import read_bytes
from scholarscope.read.detect import detect_format
from scholarscope.read.jemdoc import read as read_jemdoc
from scholarscope.read.rst import read as read_rst
from scholarscope.read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON

JEMDOC = """# jemdoc: menu{MENU}{pub.html}
= Jane Doe
# a comment line
== Journal Papers (\\* marks students)
. J. Doe, \\*R. Roe, "A title", /IEEE\\/ASME Trans./, 2015.
. *J. Doe*, [https://doi.org/10.1/x Linked title], /Nature/, $H_{\\infty}$ 2014.
- bullet with [https://x.org]
~~~
{}{img_left}{photo.jpg}{alt}
~~~
{{<b>raw</b> html}}
"""

RST = """Publications
============

.. note::

    A kept note.

.. |br| raw:: html

   <br />

Journal
-------

*   **J. Doe**, R. Roe. |br|
    A title. |br|
    *Nature*, 2019. |br|
    doi: `10.1/x <https://doi.org/10.1/x>`_

#. auto one
#. auto two

:Email: jane@example.org
"""


def nonblank(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def test_jemdoc_structure_and_markup():
    ls = nonblank(read_jemdoc(JEMDOC).text)
    assert ls[0] == "# Jane Doe"
    assert ls[1] == "## Journal Papers (* marks students)"
    assert ls[2] == f'1. J. Doe, *R. Roe, "A title", {ITAL_ON}IEEE/ASME Trans.{ITAL_OFF}, 2015.'
    assert ls[3] == f"2. {BOLD_ON}J. Doe{BOLD_OFF}, Linked title <https://doi.org/10.1/x>, {ITAL_ON}Nature{ITAL_OFF}, H_∞ 2014."
    assert ls[4] == "- bullet with https://x.org"
    assert ls[5] == f"{BOLD_ON}raw{BOLD_OFF} html"
    assert "jemdoc" not in read_jemdoc(JEMDOC).text and "img_left" not in read_jemdoc(JEMDOC).text


def test_rst_structure_and_markup():
    ls = nonblank(read_rst(RST).text)
    assert ls[0] == "# Publications" and ls[1] == "A kept note." and ls[2] == "## Journal"
    assert ls[3] == f"- {BOLD_ON}J. Doe{BOLD_OFF}, R. Roe."
    assert ls[4] == "A title."
    assert ls[5] == f"{ITAL_ON}Nature{ITAL_OFF}, 2019."
    assert ls[6] == "doi: 10.1/x <https://doi.org/10.1/x>"
    assert ls[7:9] == ["1. auto one", "2. auto two"]
    assert ls[9] == "Email: jane@example.org"
    assert "raw" not in read_rst(RST).text and "<br" not in read_rst(RST).text


def test_rst_overlined_titles_and_levels():
    src = "=====\nTitle\n=====\n\nSub\n---\n\nOther\n=====\n"
    assert nonblank(read_rst(src).text) == ["# Title", "## Sub", "### Other"]


def test_txt_files_are_sniffed():
    assert detect_format("pub.txt", JEMDOC.encode()) == "jemdoc"
    assert detect_format("pubs.txt", RST.encode()) == "rst"
    assert detect_format("cv.txt", b"\\section{Education}\n\\item x") == "tex"
    assert detect_format("page.txt", b"<!DOCTYPE html><html><body><p>x</p>") == "html"
    assert detect_format("notes.txt", b"Just some notes\n- a list") == "txt"
    assert detect_format("pub.txt", b"== Papers\n- Doe, J. [https://doi.org/1 A title], /Nature/.\n") == "jemdoc"
    assert detect_format("cv.txt", b"# Jane\n\n== not jemdoc\n- item\n") == "txt"
    assert read_bytes(RST.encode(), "pubs.txt").format == "rst"


JEMDOC_ITEMS = """= Ann Roe
~~~
{}{img_left}{images/ann.jpg}{Ann Roe}{150px}{190px}
Assistant Professor \\n
Email: [mailto:ann@example.edu ann@example.edu]
~~~
== Conference Papers
. *Deterministic Widget Cuts* \\n
  Ann Roe and [https://lee.example.org/ Bo Lee] (alphabetical order) \\n
  /Symposium on Simplicity in Algorithms (SOSA 2024)/ \\n
  \\[[papers/cuts.pdf pdf]\\] \\[[https://arxiv.org/abs/2407.1 arXiv]\\]
. *Widget Trees* \\n
  Bo Lee and Ann Roe \\n
  /ACM-SIAM Symposium on Discrete Algorithms (SODA 2019)/
"""


def test_jemdoc_multi_line_items_relative_links_and_the_text_beside_a_picture():
    import scholarscope

    t = read_jemdoc(JEMDOC_ITEMS, "x.jemdoc").text
    assert "Assistant Professor" in t and "ann@example.edu" in t  # the text beside the picture is kept
    assert "\n\n   Ann Roe" not in t  # a forced break at a line end makes no empty line
    assert "pdf <papers/cuts.pdf>" in t
    prof = scholarscope.parse_text(JEMDOC_ITEMS, format="jemdoc")
    assert [p.title for p in prof.publications] == ["Deterministic Widget Cuts", "Widget Trees"]
    first = prof.publications[0]
    assert first.authors == ["Ann Roe", "Bo Lee"] and first.venue == "SOSA" and first.year == 2024
    assert first.links == ["https://lee.example.org/", "papers/cuts.pdf", "https://arxiv.org/abs/2407.1"]
    assert prof.person.emails == ["ann@example.edu"]
