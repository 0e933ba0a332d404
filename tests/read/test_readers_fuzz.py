"""Every text reader returns a Text for any input, never raising."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scholarscope.read import html, jemdoc, latex, rst
from scholarscope.read.text import Text

MARKUP = st.sampled_from(["\\", "{", "}", "$", "%", "&", "#", "^", "_", "~", "[", "]", "<", ">", "/", "*",
                          "`", "'", "\n", "\n\n", " ", "|", "=", "-", ".", ":", "\\item ", "\\begin{itemize}",
                          "\\end{itemize}", "\\textbf{", "\\href{", "\\newcommand{\\x}[1]{#1\\x{#1}}", "\\x{a}",
                          "\\def\\y{\\y}", "\\y", "\\iffalse", "\\fi", "<li>", "<ol reversed>", "</ol>", "<a href='",
                          "<script>", "</script>", "<!--", "-->", "&amp;", "&#", "== ", "~~~\n", "{{", "}}",
                          ".. x::", "\n=====\n", "**", "`t <u>`_", "\\'", "\\v", "$^\\ast$", "\\\\[2pt]",
                          ".. [J1] ", ".. [#] ", ".. list-table::\n", "   * - ", "     - ", ".. |b| raw:: html\n   <br>",
                          "|b|", ".. _t: http://x", "t_", ":doi:`1`", ".. csv-table::\n   :header: \"a", "\\begin{rubric}{",
                          "\\entry*[", "\\subrubric{", "\\end{rubric}", "\\leftheader{"])
DOCS = st.lists(st.one_of(MARKUP, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCS)
def test_readers_never_raise(doc: str) -> None:
    for module in (latex, html, jemdoc, rst):
        t = module.read(doc, "fuzz")
        assert isinstance(t, Text) and isinstance(t.text, str)
        assert "\x01" not in t.text and "\x02" not in t.text  # internal placeholders never leak
        assert "\ue020" not in t.text and "\ue021" not in t.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_readers_accept_any_unicode(doc: str) -> None:
    for module in (latex, html, jemdoc, rst):
        assert isinstance(module.read(doc).text, str)
