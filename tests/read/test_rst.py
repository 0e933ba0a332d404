"""reStructuredText explicit markup: directives, citations, tables, substitutions and roles (invented text)."""
import scholarscope
from scholarscope.read.rst import read
from scholarscope.read.text import ITAL_OFF, ITAL_ON


def nonblank(src: str) -> list[str]:
    return [ln for ln in read(src).text.split("\n") if ln.strip()]


CITATIONS = """Papers
======

.. [A2] P. Quill and R. Moss, "Folding paper boats," *Journal of
   Harbour Craft*, vol. 3, 2021.
   :doi:`10.9999/jhc.2021.3`

.. [A1] P. Quill, "Kites," 2019.
.. [#] An auto-numbered note.
.. [#second] Another one.
.. [*] A symbol footnote.
"""


def test_citations_and_footnotes_are_items_carrying_their_label():
    ls = nonblank(CITATIONS)
    assert ls[1] == (f'[A2] P. Quill and R. Moss, "Folding paper boats," {ITAL_ON}Journal of{ITAL_OFF} '
                     f"{ITAL_ON}Harbour Craft{ITAL_OFF}, vol. 3, 2021. doi:10.9999/jhc.2021.3")
    assert ls[2] == '[A1] P. Quill, "Kites," 2019.'
    assert ls[3:] == ["[1] An auto-numbered note.", "[2] Another one.", "- A symbol footnote."]


def test_a_wrapped_item_is_one_line_anchored_per_source_line():
    t = read(CITATIONS)
    at = t.text.index("Harbour Craft")
    assert CITATIONS[t.source_offset(at):].startswith("Harbour Craft")


TABLES = """.. list-table:: Positions
   :widths: 20 80
   :header-rows: 0

   * - 2019 -- now
     - **Lecturer**, Dept. of Kites,
       Windy University
   * - 2015 -- 2019
     - Research Assistant

.. csv-table::
   :header: "Year", "Prize"

   2020, "Best Kite, Gold"
"""


def test_list_table_and_csv_table_rows_become_tab_separated_lines():
    ls = nonblank(TABLES)
    assert ls[0] == "Positions"
    assert ls[1].split("\t") == ["2019 – now", "\ue000Lecturer\ue001, Dept. of Kites, Windy University"]
    assert ls[2].split("\t") == ["2015 – 2019", "Research Assistant"]
    assert ls[3:] == ["Year\tPrize", "2020\tBest Kite, Gold"]
    assert "widths" not in read(TABLES).text


BOXES = """:orphan:

.. _top:

.. sidebar:: Reach me

   | Dept. of Kites
   | :email:`pq@example.org`

.. note:: Kept inline note
   and its second line.

.. container:: fancy

   Kept container text.

.. This is a comment
   spanning two lines.

..
   An empty comment's block.

.. contents::
   :local:

.. image:: photo.png
   :alt: not text

.. code-block:: python

   print("not prose")

.. rubric:: Informal Heading

:download:`the PDF <cv.pdf>`, :ref:`Talks <talks>`
"""


def test_directive_content_is_kept_and_non_prose_blocks_dropped():
    ls = nonblank(BOXES)
    assert ls[:3] == ["Reach me", "Dept. of Kites", "pq@example.org"]
    assert ls[3:5] == ["Kept inline note", "and its second line."]
    assert ls[5] == "Kept container text."
    assert ls[6] == "# Informal Heading"
    assert ls[7] == "the PDF, Talks"
    text = read(BOXES).text
    for dropped in ("orphan", "top", "comment", "empty", "local", "photo", "not text", "print"):
        assert dropped not in text


SUBSTITUTIONS = """.. |br| raw:: html

   <br />

.. |Org| replace:: Windy University
.. |copy| unicode:: 0xA9 .. the copyright sign

First part |br| second part at |Org| |copy| 2024 |undefined|.

See `the kite page`_ and Gallery_.

.. _the kite page: https://kites.example.org/
.. _Gallery: https://kites.example.org/gallery
"""


def test_substitutions_and_named_targets_are_resolved():
    ls = nonblank(SUBSTITUTIONS)
    assert ls[0] == "First part"
    assert ls[1] == "second part at Windy University © 2024."
    assert ls[2] == "See the kite page <https://kites.example.org/> and Gallery <https://kites.example.org/gallery>."


def test_malformed_explicit_markup_does_not_break_reading():
    for src in (".. list-table::\n   * -\n   * - a\n     -", ".. [", ".. [#]", ".. csv-table::\n   \"a,", "..\n..",
                ".. |x| unicode:: U+ZZZZ 99999999999", ".. |b| replace::", ".. note::"):
        assert isinstance(read(src).text, str)


SPHINX_CV = """================================
Ada Quill -- Curriculum Vitae
================================

.. sidebar:: Contact

   | ada.quill@example.org
   | +44 20 5550 1234
   | https://aquill.example.org

Education
=========

.. list-table::

   * - 2010 -- 2014
     - **Ph.D.** in Computer Science, University of Leeds, Leeds, UK

Publications
============

Journal Articles
----------------

.. [J2] A. Quill and B. Stone, "Sorting pebbles quickly," *Journal of
   Algorithms*, vol. 12, pp. 1--10, 2021.

.. [J1] A. Quill, "Counting pebbles," *Information Letters*, vol. 4, 2019.
"""


def test_a_sphinx_cv_parses_into_entries_education_and_contacts():
    prof = scholarscope.parse_text(SPHINX_CV, format="rst")
    assert prof.person.name == "Ada Quill"
    assert prof.person.phones == ["+44 20 5550 1234"] and prof.person.homepages == ["https://aquill.example.org"]
    assert [(p.index, p.title) for p in prof.publications] == [(2, "Sorting pebbles quickly"), (1, "Counting pebbles")]
    assert prof.publications[0].year == 2021 and prof.publications[0].authors == ["A. Quill", "B. Stone"]
    assert [(e.degree, e.start, e.end) for e in prof.education] == [("Ph.D.", "2010", "2014")]
