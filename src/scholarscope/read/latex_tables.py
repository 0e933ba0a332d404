"""Tables of the LaTeX reader: accents, symbols, macros to drop, argument shapes, environments."""
from __future__ import annotations

import re

_DIMEN = re.compile(r"\s*=?\s*[-+]?\s*(?:\d*\.?\d*)\s*(?:\\[a-zA-Z@]+|pt|em|ex|in|cm|mm|bp|sp|pc|dd|cc|mu|fill?l?|true\s*\w\w)"
                    r"(?:\s*(?:plus|minus)\s*[-+]?\d*\.?\d*\s*(?:pt|em|ex|fill?l?|in|cm|mm))*")
HFILL = "\x01"  # right-aligned column: a tab unless it ends up at a line edge
ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
           ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
           "r": "\u030a", "d": "\u0323", "b": "\u0331", "t": "\u0361"}
ESCAPES = {"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", "\n": " ",
           "\t": " ", ",": " ", ";": " ", ":": " ", "!": "", "-": "", "/": "", "@": "", "*": "", "|": "|"}
SYMBOLS = {"phi": "φ", "ldots": "…", "dots": "…", "textbullet": "•", "textendash": "–", "textemdash": "—",
           "textasciitilde": "~", "textbar": "|", "textbackslash": "\\", "S": "§", "P": "¶", "copyright": "©",
           "textcopyright": "©", "dag": "†", "ddag": "‡", "textdagger": "†", "textdaggerdbl": "‡", "LaTeX": "LaTeX",
           "TeX": "TeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "o": "ø", "O": "Ø", "l": "ł", "L": "Ł", "aa": "å",
           "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "ss": "ß", "i": "ı", "j": "ȷ", "quad": " ",
           "qquad": " ", "enspace": " ", "thinspace": " ", "enskip": " ", "space": " ", "nobreakspace": " ",
           "slash": "/", "textregistered": "®", "texttrademark": "™", "pounds": "£", "euro": "€", "EUR": "€",
           "textdegree": "°", "textless": "<", "textgreater": ">", "textunderscore": "_", "textquoteright": "’",
           "textquoteleft": "‘", "textquotedblleft": "“", "textquotedblright": "”", "textperiodcentered": "·",
           "cdot": "·", "ast": "*", "textasteriskcentered": "*", "star": "*", "guillemotleft": "«",
           "guillemotright": "»", "textemdash*": "—", "checkmark": "✓", "textsterling": "£", "dj": "đ", "DJ": "Đ"}
NO_SYMBOL = {"today", "thepage", "fill"}
DROP = set("""small footnotesize scriptsize tiny large Large LARGE huge Huge normalsize centering raggedright
raggedleft noindent indent sffamily rmfamily ttfamily scshape upshape mdseries normalfont leavevmode strut
medskip bigskip smallskip vfill vfil hfil newpage clearpage pagebreak nopagebreak maketitle makecvtitle
tableofcontents today flushleft flushright reversemarginpar normalmarginpar hrulefill titlerule makeatletter
makeatother selectfont relax protect null hline toprule midrule bottomrule fi else or hss vss allowbreak
displaystyle textstyle unskip ignorespaces frenchspacing sloppy fussy raggedbottom kern hskip vskip moveleft
moveright raise lower hangindent parindent parskip itemsep topsep baselineskip mkern mskip hangafter
smallbreak medbreak bigbreak noalign addlinespace footnoterule onehalfspacing singlespacing doublespacing
nobreak filbreak goodbreak appendix mainmatter frontmatter backmatter""".split())
DIMEN_CMDS = {"kern", "hskip", "vskip", "moveleft", "moveright", "raise", "lower", "hangindent", "parindent",
              "parskip", "itemsep", "topsep", "baselineskip", "mkern", "mskip", "hangafter"}
ARGS = {"vspace": "sm", "setlength": "mm", "addtolength": "mm", "settowidth": "mm", "setcounter": "mm",
        "addtocounter": "mm", "stepcounter": "m", "refstepcounter": "m", "color": "om", "definecolor": "mmm",
        "colorlet": "mm", "pagecolor": "om", "usepackage": "om", "RequirePackage": "om", "documentclass": "om",
        "pagestyle": "m", "thispagestyle": "m", "label": "m", "ref": "m", "pageref": "m", "eqref": "m",
        "cite": "om", "citep": "oom", "citet": "oom", "nocite": "m", "includegraphics": "om", "fontsize": "mm",
        "usefont": "mmmm", "fontfamily": "m", "addfontfeature": "m", "addfontfeatures": "m", "setmainfont": "om",
        "setsansfont": "om", "setmonofont": "om", "fancyhead": "om", "fancyfoot": "om", "lhead": "om",
        "chead": "om", "rhead": "om", "lfoot": "om", "cfoot": "om", "rfoot": "om", "fancyhf": "om",
        "markright": "m", "markboth": "mm", "hypersetup": "m", "geometry": "m", "newcolumntype": "mom",
        "setlist": "om", "titleformat": "mommmo", "titlespacing": "mmmmo", "rule": "omm", "linespread": "m",
        "newlength": "m", "newcounter": "mo", "bibliographystyle": "m", "bibliography": "m",
        "addbibresource": "om", "input": "m", "include": "m", "moderncvstyle": "m", "moderncvcolor": "m",
        "moderncvtheme": "om", "firstname": "m", "familyname": "m", "email": "m", "phone": "om",
        "homepage": "m", "social": "om", "photo": "oom", "extrainfo": "m", "setmainlanguage": "om",
        "selectlanguage": "m", "hyphenation": "m", "enlargethispage": "m", "phantom": "m", "hphantom": "m",
        "vphantom": "m", "faIcon": "om", "end": "m", "textcolor": "omM", "colorbox": "omM",
        "fcolorbox": "ommM", "mbox": "M", "hbox": "M", "vbox": "M", "vtop": "M", "fbox": "M", "framebox": "ooM",
        "makebox": "ooM", "parbox": "ooomM", "raisebox": "mooM", "textsc": "M", "textup": "M", "textrm": "M",
        "textsf": "M", "texttt": "M", "textnormal": "M", "textmd": "M", "uppercase": "M", "MakeUppercase": "M",
        "lowercase": "M", "MakeLowercase": "M", "underline": "M", "uline": "M", "footnote": "oM",
        "textsubscript": "M", "hyperlink": "mM", "hypertarget": "mM", "nolinkurl": "M", "resizebox": "mmM",
        "scalebox": "moM", "rotatebox": "omM", "multicolumn": "mmM", "multirow": "ommM", "address": "MMM",
        "sethlcolor": "m", "hl": "M", "ul": "M", "sout": "M", "cmidrule": "om", "date": "m",
        "makerubric": "m", "prefix": "m", "subtitle": "m", "makecvheader": "o", "makecvfooter": "mmm",
        "makecvfooter*": "mmm"}
HEADING_HINT = re.compile(r"\\(?:section|subsection|chapter|marginpar|large|Large|LARGE|huge|Huge|scshape|textsc|"
                          r"MakeUppercase|uppercase|titlerule|hrule|rule|hrulefill)(?![a-zA-Z])")
MATH_MARK = re.compile(r"\^\s*\{?\s*(\\ast|\*|\\star|\\dagger|\\dag|\\ddagger|\\ddag|\\prime|\\circ)(?![a-zA-Z])\s*\}?")
MARKS = {"\\ast": "*", "*": "*", "\\star": "*", "\\dagger": "†", "\\dag": "†", "\\ddagger": "‡", "\\ddag": "‡",
         "\\prime": "′", "\\circ": "°"}
SECTION_LEVELS = {"part": 1, "chapter": 1, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4,
                  "subparagraph": 4, "cvsection": 1, "cvsubsection": 2, "sectiontitle": 1,
                  "subrubric": 2, "ecvsection": 1}  # curve, europecv/europasscv
# environments whose first argument is a section title: curve's rubric, currvita's cv (the name) and cvlist
SECTION_ENVS = {"rubric": 1, "cv": 1, "cvlist": 1}
LIST_ENVS = re.compile(r"item|enum|list|desc|etaremune|outline|bibliography|benumerate", re.I)
TABLE_ENVS = {"tabular": "om", "tabular*": "mom", "tabularx": "mom", "tabulary": "mom", "longtable": "om",
              "supertabular": "om", "xtabular": "om", "tabu": "om", "array": "om", "tblr": "om", "longtblr": "oom"}
ENV_ARGS = {"minipage": "ooom", "adjustwidth": "mm", "adjustwidth*": "mm", "multicols": "mo", "multicols*": "mo",
            "wrapfigure": "oomom", "changemargin": "mm", "spacing": "m", "textblock": "mo", "textblock*": "mo",
            "tcolorbox": "o", "figure": "o", "table": "o", "thebibliography": "m"}
DROP_ENVS = {"comment", "tikzpicture", "pspicture", "picture", "filecontents", "filecontents*"}
VERBATIM_ENVS = {"verbatim", "verbatim*", "lstlisting", "minted", "Verbatim"}
MATH_ENVS = {"equation", "equation*", "align", "align*", "displaymath", "math", "eqnarray", "gather", "multline"}
DEF_CMDS = {"newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "def", "gdef", "edef",
            "xdef", "let", "newenvironment", "renewenvironment", "NewDocumentCommand"}
PREAMBLE_CMD = re.compile(r"\\(newcommand|renewcommand|providecommand|DeclareRobustCommand|def|gdef|edef|xdef|let|"
                          r"newenvironment|renewenvironment|NewDocumentCommand|author|title|name|email|phone|mobile|homepage|"
                          r"leftheader|rightheader|ecvname|ecvemail|ecvtelephone|ecvmobile|ecvhomepage)(?![a-zA-Z@])\*?")
HANDLERS = {"item": "_h_item", "bibitem": "_h_item", "begin": "_h_begin", "href": "_h_href", "url": "_h_url",
            "textbf": "_h_style", "emph": "_h_style", "textit": "_h_style", "textsl": "_h_style",
            "bf": "_h_decl", "bfseries": "_h_decl", "it": "_h_decl", "itshape": "_h_decl", "em": "_h_decl",
            "sl": "_h_decl", "slshape": "_h_decl", "\\": "_h_break", "newline": "_h_break",
            "linebreak": "_h_break", "tabularnewline": "_h_break", "cr": "_h_break", "par": "_h_par",
            "endgraf": "_h_par", "hfill": "_h_hfill", "hfilll": "_h_hfill", "dotfill": "_h_hfill",
            "hspace": "_h_hspace", "centerline": "_h_block", "leftline": "_h_block", "rightline": "_h_block",
            "cventry": "_h_cventry", "cvitem": "_h_cvitem", "cvline": "_h_cvitem", "cvitemwithcomment": "_h_cvitem",
            "cvlistitem": "_h_cvlist", "cvdoubleitem": "_h_cvitem", "cvlistdoubleitem": "_h_cvlist",
            "ecvitem": "_h_cvitem", "ecvbigitem": "_h_cvitem", "ecvblueitem": "_h_cvitem", "ecvtitle": "_h_cvitem",
            "entry": "_h_entry", "leftheader": "_h_header", "rightheader": "_h_header",
            "makeheaders": "_h_makeheaders", "ce": "_h_ce", "cf": "_h_ce", "cvhonor": "_h_cvhonor",
            "cvskill": "_h_cvskill",
            "iffalse": "_h_iffalse", "textsuperscript": "_h_sup", "ensuremath": "_h_sup", "(": "_h_math",
            "[": "_h_math", "hrule": "_h_rule", "vrule": "_h_rule", "verb": "_h_verb", "marginpar": "_h_marginpar",
            **{k: "_h_section" for k in SECTION_LEVELS}, **{k: "_h_define" for k in DEF_CMDS}}
