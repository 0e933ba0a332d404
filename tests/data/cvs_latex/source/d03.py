"""03: tabular CV with a left date column (longtable), APA 7 references, psychology."""
from common import tx, pub, edu, pos, gold

STEM = "03_valdes-psychology-tabular"
OWN = "Valdés, T."
SA, SP, SR = "peer-reviewed articles", "in press", "manuscripts under review"
EQ = "* equal contribution (legend above the list)"

# (authors, eq, year, title, journal, volinfo, doi)
ART = [
    (["Valdés, T.", "Kowalczyk, M.", "O’Neill, R. J."], [], 2024, "Rumination and sleep disruption in late adolescence: A daily diary study",
     "Journal of Abnormal Psychology", "133(2), 201–214", "10.1037/abn0000901"),
    (["Haugland, S. E.", "Valdés, T."], [0, 1], 2024, "Affective inertia predicts relapse after cognitive therapy for depression",
     "Clinical Psychological Science", "12(1), 77–93", "10.1177/21677026239011"),
    (["Valdés, T.", "Nørgaard, L.", "Ferrante, G.", "Kowalczyk, M."], [], 2023, "Efficacy of a brief self-compassion intervention for first-year university students: A randomized controlled trial",
     "Behaviour Research and Therapy", "167, Article 104352", "10.1016/j.brat.2023.904352"),
    (["Brenner, A.", "Valdés, T.", "Mbeki, Z."], [], 2023, "Difficulties in emotion regulation and suicidal ideation: A meta-analytic review",
     "Psychological Bulletin", "149(5–6), 311–345", "10.1037/bul0000911"),
    (["Valdés, T.", "O’Neill, R. J."], [], 2022, "Reassessing the factor structure of the Ruminative Responses Scale across five countries",
     "Psychological Assessment", "34(9), 851–866", "10.1037/pas0001911"),
    (["Ferrante, G.", "Valdés, T.", "Haugland, S. E.", "Nørgaard, L.", "Müller-Lindenberg, K.", "O’Neill, R. J."], [], 2022, "Official and unofficial diagnoses: Who gets referred for adolescent depression treatment?",
     "Journal of Consulting and Clinical Psychology", "90(3), 240–252", "10.1037/ccp0000912"),
    (["Valdés, T.", "Kowalczyk, M."], [], 2021, "Self-efficacy, worry, and fluctuations in perceived stress",
     "Cognitive Therapy and Research", "45(6), 1102–1115", "10.1007/s10608-021-90231-7"),
    (["Kowalczyk, M.", "Valdés, T.", "Brenner, A."], [], 2020, "Differential effects of social media use on loneliness in emerging adults",
     "Journal of Social and Clinical Psychology", "39(8), 655–678", "10.1521/jscp.2020.39.8.655"),
    (["Valdés, T.", "O’Neill, R. J."], [], 2019, "Attentional bias modification for social anxiety: Failure to replicate",
     "Journal of Anxiety Disorders", "62, 1–9", "10.1016/j.janxdis.2019.90.003"),
    (["Valdés, T."], [], 2018, "The influence of affective forecasting on help-seeking",
     "Cognition and Emotion", "32(4), 812–820", "10.1080/02699931.2018.9011204"),
]
PRESS = [
    (["Valdés, T.", "Mbeki, Z.", "Haugland, S. E."], "Ecological momentary assessment of shame in eating disorders", "Journal of Clinical Psychology"),
    (["Nørgaard, L.", "Valdés, T."], "Transdiagnostic mechanisms of emotional disorders: A network perspective", "Clinical Psychology Review"),
]
REV = [
    (["Valdés, T.", "Brenner, A.", "Ferrante, G."], "Diffuse versus focal worry: Two forms of repetitive negative thinking", "Emotion"),
    (["Mbeki, Z.", "Valdés, T.", "Kowalczyk, M."], "A fine-grained look at the official efficacy claims of mental health apps", "Behavior Therapy"),
]

EDU = [
    edu("Universidad Autónoma de Madrid", "Ph.D.", "Clinical Psychology", "2014", "2018", advisor="Dr. Ronan J. O’Neill", location="Madrid, Spain"),
    edu("Universidad de Granada", "M.Sc.", "Clinical and Health Psychology", "2012", "2014", location="Granada, Spain"),
    edu("Universidad de Granada", "B.A.", "Psychology", "2008", "2012", location="Granada, Spain"),
]
POS = [
    pos("University of Bergen", "Associate Professor", "2022", "present", "job", location="Bergen, Norway"),
    pos("Karolinska Institutet", "Postdoctoral Researcher", "2018", "2022", "research", location="Stockholm, Sweden", supervisor="Prof. Magdalena Kowalczyk"),
    pos("Hospital Universitario La Paz", "Clinical Psychology Intern", "2016", "2017", "internship", location="Madrid, Spain"),
]
AWARDS = [("APA Dissertation Research Award", None), ("Early Career Award, Spanish Society of Clinical Psychology", None)]
SKILLS = ["R", "Mplus", "SPSS", "Spanish (native)", "English (fluent)", "Norwegian (intermediate)"]


def auth(au, eq):
    out = []
    for i, a in enumerate(au):
        t = tx(a)
        if a == OWN:
            t = r"\textbf{" + t + "}"
        if i in eq:
            t += r"$^*$"
        out.append(t)
    if len(out) == 1:
        return out[0]
    return ", ".join(out[:-1]) + r", \& " + out[-1]


def row(left, right):
    return f"{left} & {right} \\\\[4pt]\n"


def build():
    pubs = []
    tex = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage[a4paper,left=2cm,right=2cm,top=2cm,bottom=2.2cm]{geometry}
\usepackage{array,longtable}
\usepackage{xcolor}
\usepackage[colorlinks=true,urlcolor=teal,linkcolor=black]{hyperref}
\setlength{\parindent}{0pt}
\newcommand{\cvsection}[1]{\vspace{8pt}{\large\textsc{#1}}\\[-6pt]\rule{\textwidth}{0.4pt}\vspace{2pt}}
\begin{document}
\begin{center}
{\LARGE Teresa Vald\'es, Ph.D.}\\[4pt]
Department of Clinical Psychology, University of Bergen, Norway\\
\href{mailto:teresa.valdes@uib.example.no}{teresa.valdes@uib.example.no} $\cdot$ +47 55 55 01 23
\end{center}

\cvsection{Academic Positions}
\begin{longtable}{@{}p{2.6cm}p{13.2cm}@{}}
2022--present & \textbf{Associate Professor}, University of Bergen, Bergen, Norway \\[4pt]
2018--2022 & \textbf{Postdoctoral Researcher}, Karolinska Institutet, Stockholm, Sweden\newline Supervisor: Prof. Magdalena Kowalczyk \\[4pt]
2016--2017 & \textbf{Clinical Psychology Intern}, Hospital Universitario La Paz, Madrid, Spain \\
\end{longtable}

\cvsection{Education}
\begin{longtable}{@{}p{2.6cm}p{13.2cm}@{}}
2014--2018 & \textbf{Ph.D., Clinical Psychology}, Universidad Aut\'onoma de Madrid, Madrid, Spain\newline Dissertation advisor: Dr. Ronan J. O'Neill \\[4pt]
2012--2014 & \textbf{M.Sc., Clinical and Health Psychology}, Universidad de Granada, Granada, Spain \\[4pt]
2008--2012 & \textbf{B.A., Psychology}, Universidad de Granada, Granada, Spain \\
\end{longtable}

\cvsection{Honors}
\begin{longtable}{@{}p{2.6cm}p{13.2cm}@{}}
2019 & APA Dissertation Research Award \\
2021 & Early Career Award, Spanish Society of Clinical Psychology \\
\end{longtable}

\cvsection{Publications}
{\small Bold: CV author. $^*$ These authors contributed equally.}

\medskip\textbf{Peer-Reviewed Articles}
\begin{longtable}{@{}p{2.6cm}p{13.2cm}@{}}
"""
    for n, (au, eq, y, ti, j, vol, doi) in enumerate(ART, 1):
        s = rf"{auth(au, eq)} ({y}). {tx(ti)}. \emph{{{tx(j)}}}, {tx(vol)}. \href{{https://doi.org/{doi}}}{{https://doi.org/{tx(doi)}}}"
        tex += row(str(y), s)
        pubs.append(pub(SA, n, ti, au, au.index(OWN), j, j, y, "journal", eq=eq, links=[f"https://doi.org/{doi}"], doi=doi,
                        note=EQ if eq else None))
    tex += "\\end{longtable}\n\n\\textbf{In Press}\n\\begin{longtable}{@{}p{2.6cm}p{13.2cm}@{}}\n"
    for n, (au, ti, j) in enumerate(PRESS, 1):
        tex += row("in press", rf"{auth(au, [])} (in press). {tx(ti)}. \emph{{{tx(j)}}}.")
        pubs.append(pub(SP, n, ti, au, au.index(OWN), j, j, None, "journal", flags=["to_appear"]))
    tex += "\\end{longtable}\n\n\\textbf{Manuscripts Under Review}\n\\begin{longtable}{@{}p{2.6cm}p{13.2cm}@{}}\n"
    for n, (au, ti, j) in enumerate(REV, 1):
        tex += row("2025", rf"{auth(au, [])} (2025). \emph{{{tx(ti)}}} [Manuscript under review at \emph{{{tx(j)}}}].")
        pubs.append(pub(SR, n, ti, au, au.index(OWN), None, None, 2025, "other", flags=["under_review"], note=f"Manuscript under review at {j}"))
    tex += r"""\end{longtable}

\cvsection{Skills}
\begin{longtable}{@{}p{2.6cm}p{13.2cm}@{}}
Statistics & R, Mplus, SPSS \\
Languages & Spanish (native), English (fluent), Norwegian (intermediate) \\
\end{longtable}
\end{document}
"""
    person = {"name": "Teresa Valdés", "emails": ["teresa.valdes@uib.example.no"], "phones": ["+47 55 55 01 23"], "homepages": []}
    return tex, None, gold(STEM + ".pdf", person, EDU, POS, pubs, AWARDS, SKILLS)
