"""HTML reader: structure to light markup, hidden content never in the text."""
from scholarscope.read.html import read
from scholarscope.read.text import BOLD_OFF, BOLD_ON, ITAL_OFF, ITAL_ON


def lines(src: str) -> list[str]:
    return [ln for ln in read(src).text.split("\n") if ln.strip()]


def test_headings_lists_and_inline_markup():
    src = """<html><head><title>Jane Doe</title><style>p{color:red}</style></head><body>
<h1>Jane Doe</h1><h2>Publications</h2>
<ol><li><b>J. Doe</b>, R. Roe. <a href="https://doi.org/10.1/x">A title</a>. <em>Nature</em>, 2020.</li>
<li>Second<sup>*</sup> entry</li></ol>
<ul><li>bullet</li></ul></body></html>"""
    ls = lines(src)
    assert ls[0] == "# Jane Doe" and ls[1] == "## Publications"
    assert ls[2] == f"1. {BOLD_ON}J. Doe{BOLD_OFF}, R. Roe. A title <https://doi.org/10.1/x>. {ITAL_ON}Nature{ITAL_OFF}, 2020."
    assert ls[3] == "2. Second* entry"
    assert ls[4] == "- bullet"


def test_title_used_only_without_h1():
    assert lines("<title>Page T</title><h2>Sec</h2>")[:2] == ["# Page T", "## Sec"]
    assert lines("<title>Page T</title><h1>Name</h1>")[0] == "# Name"
    assert "Page T" not in read("<title>Page T</title><h1>Name</h1>").text


def test_reversed_and_start_lists():
    assert lines("<ol reversed><li>a</li><li>b</li><li>c</li></ol>") == ["3. a", "2. b", "1. c"]
    assert lines('<ol start="5"><li>a</li><li>b</li></ol>') == ["5. a", "6. b"]
    assert lines('<ol reversed start="10"><li>a</li><li>b</li></ol>') == ["10. a", "9. b"]


def test_tables_entities_breaks():
    src = "<table><tr><th>Year</th><td>Degree &amp; school &eacute;t&eacute;</td></tr><tr><td>2010</td><td>PhD&nbsp;X</td></tr></table>a<br>b"
    assert lines(src) == ["Year\tDegree & school été", "2010\tPhD X", "a", "b"]


def test_scripts_comments_hidden_dropped():
    src = """<body><script>alert("xss")</script><!-- secret comment -->
<p>Visible<noscript>nojs</noscript></p><div hidden><pre>@article{hidden}</pre></div>
<div style="display: none">gone</div><nav>Menu</nav><footer>foot</footer>
<p onclick="evil()">ok <button onclick="x()">BibTeX</button></p></body>"""
    t = read(src).text
    for bad in ("alert", "xss", "secret", "nojs", "hidden", "gone", "Menu", "foot", "evil", "BibTeX"):
        assert bad not in t
    assert "Visible" in t and "ok" in t


def test_links_placeholders_and_bare_urls():
    src = '<p><a href="#top">Top</a> <a href="https://x.org">https://x.org</a> <a href="mailto:a@b.c"><i class="fa"></i>Email</a></p>'
    assert lines(src) == ["Top https://x.org Email <mailto:a@b.c>"]


def test_barron_template_tags_and_anchors():
    src = "<name>Qi Ma</name>\n<heading>Research</heading>\n<p>Entry <strong>Qi Ma</strong></p>"
    t = read(src)
    assert t.text.split("\n")[0] == "# Qi Ma"
    assert "## Research" in t.text
    k = t.text.index("Entry")
    assert src[t.source_offset(k):].startswith("<p>Entry")


def test_malformed_html_does_not_fail():
    t = read("<ul><li>one<li>two</ul></b></i><p>x<td>y</table><a href='u'>dangling")
    assert "- one" in t.text and "- two" in t.text and "dangling" in t.text


def test_table_cells_of_word_html_stay_one_row():
    src = ("<p class=Heading1>Widget Training</p><table><tr><td><p class=MsoNormal>06/11-06/12</p></td>"
           "<td><p class=MsoNormal>Intern</p></td><td><p class=MsoNormal>Gadget Hospital</p></td></tr>"
           "<tr><td></td><td><p>Resident</p></td><td><p>Gadget Hospital</p></td></tr>"
           "<tr><td><p>2020</p><p>2021</p></td><td>Fellow</td></tr></table>")
    assert lines(src) == ["# Widget Training", "06/11-06/12\tIntern\tGadget Hospital",
                          "\tResident\tGadget Hospital",  # an empty cell keeps its column
                          "2020", "2021", "Fellow"]  # a cell of two paragraphs: the row is not one line


PLUGIN = """<h2>Publications</h2><h3>2024</h3>
<div class="pub"><div class="pub-info">
<p class="author">Ann Lee; Bo Roe</p>
<p class="title">Kites in the wind <span class="type">Journal Article</span> <span class="state">Forthcoming</span></p>
<p class="more">Journal of Kites, vol. 3, 2024.</p>
<p class="menu"><a onclick="toggle('1')">Links</a></p>
<div class="links" style="display:none;"><a href="https://doi.org/10.1/k">doi:10.1/k</a></div>
</div></div>
<div class="pub"><div class="pub-info">
<p class="author">Bo Roe</p>
<p class="title">Kites at night</p>
<p class="more"><i>Kite Letters</i> 2, 2023. <span class="award">Best Paper Award</span></p>
</div></div>
<div class="pub"><div class="pub-info">
<p class="author">Ann Lee and <span class="more-authors">4 more authors</span></p>
<p class="title">Kites by day</p>
<div class="abstract hidden"><p>We fly kites.</p></div>
</div></div>"""


def test_repeated_records_are_blocks_and_their_labels_cells():
    """Entries a plugin writes as repeated containers of short paragraphs are one block each; a classed
    label set straight after the title is a cell of its own, a label the sentence runs into is not; a
    record's hidden links are its links; class "hidden" hides an element."""
    text = read(PLUGIN).text
    blocks = [b.strip().split("\n") for b in text.split("\n\n") if "Ann Lee" in b or "Bo Roe" in b]
    assert blocks[0] == ["Ann Lee; Bo Roe", "Kites in the wind\tJournal Article\tForthcoming",
                         "Journal of Kites, vol. 3, 2024.", "Links", "<https://doi.org/10.1/k>"]
    assert blocks[1][2] == f"{ITAL_ON}Kite Letters{ITAL_OFF} 2, 2023. Best Paper Award"
    assert blocks[2] == ["Ann Lee and 4 more authors", "Kites by day"]
    assert "We fly kites" not in text


def test_a_page_section_that_repeats_its_class_is_no_record():
    src = "".join(f'<div class="col"><h2>Part {n}</h2><p>One.</p><p>Two.</p></div>' for n in range(3))
    assert "\n\n" in read(src).text.split("# Part 0")[1].split("# Part 1")[0]
