"""Resume text to profile: skills, sections, contact, education and experience on small resumes."""

from __future__ import annotations

import io
import time
from datetime import date

import docx
import pytest

from lib.resume.document_text import clean
from lib.resume.documents import read_document
from lib.resume.education import degree_level, extract_education
from lib.resume.experience import extract_experience, find_ranges, span
from lib.resume.extract import extract_profile
from lib.resume.sections import recover_lines, split_sections
from lib.resume.taxonomy import Taxonomy, canonical, find_skills, load_taxonomy, normalise, stem

TODAY = date(2024, 6, 1)

RESUME = """Priya Sharma
Bengaluru, Karnataka | priya.sharma@example.com | +91 98450 12345
linkedin.com/in/priya-sharma | https://github.com/priyasharma

PROFESSIONAL SUMMARY
Backend engineer who builds APIs in Java and Python.

WORK EXPERIENCE
Senior Software Engineer
Infosys Limited - Bengaluru
Jan 2020 - Present
• Built services with Spring Boot, Kafka, PostgreSQL and k8s.

Software Engineer, Wipro Technologies, 03/2017 to 06/2020
• Maintained C# and ASP.NET applications.

EDUCATION
B.Tech in Computer Science
National Institute of Technology, Trichy
2013 - 2017, CGPA: 8.4/10

Class XII, Kendriya Vidyalaya, Chennai, 2013, 92%

TECHNICAL SKILLS
Languages: Java, Python, C++, SQL
Tools: Git, Jenkins, Docker

PROJECTS
Project Title: Ride sharing backend
Certifications
AWS Certified Solutions Architect – Associate
"""


@pytest.fixture(scope="module")
def profile():
    return extract_profile(RESUME, today=TODAY)


def surfaces(text: str, taxonomy: Taxonomy | None = None) -> list[tuple[str, str]]:
    mentions = taxonomy.find(text) if taxonomy else find_skills(text)
    return [(m.name, m.surface) for m in mentions]


# ------------------------------------------------------------------ taxonomy matcher

SMALL = Taxonomy.from_records(
    [
        {"name": "C", "category": "languages", "aliases": ["C language"], "case_sensitive": True},
        {"name": "C++", "category": "languages", "aliases": ["CPP"]},
        {"name": "C#", "category": "languages", "aliases": ["C Sharp"]},
        {"name": ".NET", "category": "frameworks", "aliases": ["dotnet"]},
        {"name": "ASP.NET", "category": "frameworks", "aliases": []},
        {"name": "Node.js", "category": "frameworks", "aliases": ["NodeJS"]},
        {"name": "R", "category": "languages", "aliases": [], "case_sensitive": True},
        {"name": "Go", "category": "languages", "aliases": ["Golang"], "case_sensitive": True},
        {"name": "Java", "category": "languages", "aliases": ["Java 8"]},
        {"name": "Python", "category": "languages", "aliases": ["Python 3"]},
        {"name": "HTML", "category": "languages", "aliases": ["HTML5"]},
        {"name": "Information Technology", "category": "data", "aliases": ["IT"]},
        {"name": "Identity and Access Management", "category": "cloud", "aliases": ["IAM"]},
        {"name": "Machine Learning", "category": "data", "aliases": ["ML"]},
        {"name": "Spring Framework", "category": "frameworks", "aliases": [], "case_sensitive_aliases": ["Spring"]},
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C, C++ and C#", [("C", "C"), ("C++", "C++"), ("C#", "C#")]),
        (".NET and ASP.NET", [(".NET", ".NET"), ("ASP.NET", "ASP.NET")]),
        ("ASP .NET", [("ASP.NET", "ASP .NET")]),
        ("node js, Node.js, nodejs, NodeJS", [("Node.js", s) for s in ("node js", "Node.js", "nodejs", "NodeJS")]),
        ("Python 3.8 and HTML5", [("Python", "Python 3.8"), ("HTML", "HTML5")]),
        ("Java 1.8 since 2012; Python 2012", [("Java", "Java 1.8"), ("Python", "Python")]),
        ("Machine\nlearning", [("Machine Learning", "Machine\nlearning")]),
    ],
)
def test_matcher_unifies_spellings_and_keeps_punctuation(text, expected):
    assert surfaces(text, SMALL) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Javanese cuisine",  # Java inside a word
        "C-level executives in R&D",  # short names glued to words
        "it is what it is",  # "IT" only in capitals
        "Go to market; go home",  # case-sensitive "Go" as a verb
        "I am here",  # not IAM
        "Spring 2019 semester",  # a season, not the framework
        "see https://example.com/java/python.html",  # inside an address
        "Machine\n\nlearning",  # a blank line ends a phrase
    ],
)
def test_matcher_refuses_words_that_are_not_skills(text):
    assert surfaces(text, SMALL) == []


def test_case_sensitive_short_names_match_as_written():
    assert surfaces("R, Go, golang and IT", SMALL) == [
        ("R", "R"),
        ("Go", "Go"),
        ("Go", "golang"),
        ("Information Technology", "IT"),
    ]


def test_mentions_carry_offsets_into_the_text():
    text = "Skills: C++, Java"
    found = SMALL.find(text)
    assert [(text[m.start : m.end], m.category) for m in found] == [("C++", "languages"), ("Java", "languages")]


def test_shipped_taxonomy_is_large_and_resolves_aliases():
    taxonomy = load_taxonomy()
    assert len(taxonomy.skills) >= 1600
    assert canonical("k8s") == "Kubernetes"
    assert canonical("nodejs") == canonical("Node JS") == "Node.js"
    assert canonical("not a skill at all") is None
    assert [(m.name, m.surface) for m in find_skills("Deployed on k8s")] == [("Kubernetes", "k8s")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Skills of trades beyond software: networks, enterprise suites, engineering, teaching, care, law.
        ("Configured GLBP, DMVPN and DHCP snooping on Cisco ISR routers", {"GLBP", "DMVPN", "DHCP Snooping"}),
        ("Built SAP Web Dynpro screens and BAdIs", {"SAP Web Dynpro"}),
        (
            "Prepared the bar bending schedule and ran static timing analysis",
            {"Bar Bending Schedule", "Static Timing Analysis"},
        ),
        ("Used differentiated instruction and IEP goal writing", {"Differentiated Instruction"}),
        ("Performed phlebotomy and wound care", {"Phlebotomy", "Wound Care"}),
        ("Charted in Epic; ACLS certified", {"Epic Systems", "CPR"}),
        ("Drafted non-disclosure agreements", {"Non-Disclosure Agreements"}),
    ],
)
def test_shipped_taxonomy_knows_trades_beyond_software(text, names):
    assert names <= {m.name for m in find_skills(text)}


def test_spanish_skill_phrases_name_their_skills_and_spanish_words_name_none():
    found = {m.name for m in find_skills("Gestión de proyectos con metodologías ágiles y atención al cliente")}
    assert {"Project Management", "Agile", "Customer Service"} <= found
    assert not find_skills("Reporte de mis tareas cada mes, con conocimientos de la spa")


def test_an_acronym_that_is_also_a_word_counts_only_in_capitals():
    assert "YUM Package Manager" in {m.name for m in find_skills("Installed the packages with YUM")}
    assert not find_skills("the cake was yum")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("EXPERIENCIA LABORAL", "experience"),
        ("Formación académica", "education"),
        ("EDUCACION", "education"),  # written without its accent
        ("Habilidades técnicas:", "skills"),
        ("IDIOMAS", "languages"),
        ("कार्य अनुभव", "experience"),
        ("शिक्षा", "education"),
        ("कौशल", "skills"),
    ],
)
def test_spanish_and_hindi_headings_open_their_sections(heading, kind):
    assert [s.kind for s in split_sections(f"Lucía Pérez\n{heading}\nTexto\n")] == ["header", kind]


def test_a_spanish_job_header_gives_title_company_and_dates():
    jobs, _ = extract_experience(
        "EXPERIENCIA\nJefe de ventas, Banco Santander — mayo 2017 a diciembre 2019\n", today=date(2024, 1, 1)
    )
    assert [(j.title, j.company, j.start, j.end) for j in jobs] == [
        ("Jefe de ventas", "Banco Santander", "2017-05", "2019-12")
    ]


@pytest.mark.parametrize(
    ("line", "degree", "field", "institution", "level"),
    [
        ("Máster en Ciencia de Datos, Universitat de Barcelona, 2020", "Máster", "Ciencia de Datos",
         "Universitat de Barcelona", "master"),
        ("Ingeniería en Sistemas, Instituto Tecnológico de Monterrey, 2016", "Ingeniería", "Sistemas",
         "Instituto Tecnológico de Monterrey", "bachelor"),
        ("Técnico Superior en Desarrollo de Aplicaciones Web, 2014", "Técnico Superior",
         "Desarrollo de Aplicaciones Web", None, "diploma"),
    ],
)  # fmt: skip
def test_spanish_degrees_and_institutions(line, degree, field, institution, level):
    (entry,) = extract_education(f"FORMACIÓN\n{line}", [(0, 1)])
    assert (entry.degree, entry.field, entry.institution, entry.level) == (degree, field, institution, level)


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("सॉफ्टवेयर इंजीनियर, इंफोसिस — जनवरी 2020 – वर्तमान", "2020-01", "present"),
        ("सॉफ्टवेयर इंजीनियर, इंफोसिस — जुलाई 2017 – दिसम्बर 2019", "2017-07", "2019-12"),
        ("सॉफ्टवेयर इंजीनियर, इंफोसिस — 2017 से 2019 तक", "2017", "2019"),
        ("सॉफ्टवेयर इंजीनियर, इंफोसिस — मार्च 2018 से अब तक", "2018-03", "present"),
        # फ़ typed as one code point (U+095E) or as फ and a nukta: the same month
        ("सॉफ्टवेयर इंजीनियर, इंफोसिस — \u095eरवरी 2015 - मई 2016", "2015-02", "2016-05"),
        ("सॉफ्टवेयर इंजीनियर, इंफोसिस — \u092b\u093cरवरी 2015 - मई 2016", "2015-02", "2016-05"),
    ],
)
def test_a_hindi_job_header_gives_title_company_and_dates(header, start, end):
    jobs, _ = extract_experience(f"कार्य अनुभव\n{header}\n", today=date(2024, 1, 1))
    assert [(j.title, j.company, j.start, j.end) for j in jobs] == [("सॉफ्टवेयर इंजीनियर", "इंफोसिस", start, end)]


@pytest.mark.parametrize(
    ("line", "degree", "field", "institution", "level", "grade"),
    [
        ("बी.टेक (कंप्यूटर विज्ञान), दिल्ली विश्वविद्यालय, 2017, 8.1 सीजीपीए", "बी.टेक", "कंप्यूटर विज्ञान",
         "दिल्ली विश्वविद्यालय", "bachelor", "8.1 सीजीपीए"),
        ("स्नातकोत्तर डिप्लोमा (प्रबंधन), भारतीय प्रबंधन संस्थान, 2021", "स्नातकोत्तर डिप्लोमा", "प्रबंधन",
         "भारतीय प्रबंधन संस्थान", "master", None),
        ("12वीं, केंद्रीय विद्यालय, 2013, 91%", "12वीं", None, "केंद्रीय विद्यालय", "school", "91%"),
        ("B.Tech, Pune University, 2015, 7.9 CGPA", "B.Tech", None, "Pune University", "bachelor", "7.9 CGPA"),
    ],
)  # fmt: skip
def test_hindi_degrees_institutions_and_grades_written_after_the_number(line, degree, field, institution, level, grade):
    (entry,) = extract_education(f"शिक्षा\n{line}", [(0, 1)])
    assert (entry.degree, entry.field, entry.institution, entry.level, entry.grade) == (
        degree, field, institution, level, grade
    )  # fmt: skip


def test_a_hindi_name_and_city_head_the_contact_details():
    profile = extract_profile("राहुल शर्मा\nrahul@example.com | +91 98765 43210 | नई दिल्ली\n")
    assert (profile.contact.name, profile.contact.location) == ("राहुल शर्मा", "नई दिल्ली")


def test_normalise_makes_one_key_per_spelling():
    assert normalise("Node.js") == normalise("nodejs") == "nodejs"
    assert normalise(".NET") == ".net"
    assert normalise("C++") == "c++" != normalise("C")


@pytest.mark.parametrize(
    ("words", "stemmed"),
    [
        (["managing", "managed", "management", "manager"], "manag"),
        (["develop", "developing", "developed", "development"], "develop"),
        (["caresses"], "caress"),
        (["relational"], "relat"),
    ],
)
def test_stem_groups_word_forms(words, stemmed):
    assert {stem(word) for word in words} == {stemmed}


# ------------------------------------------------------------------ sections


def test_sections_are_split_on_decorated_headings():
    text = "Jane Doe\n== WORK EXPERIENCE ==\nDeveloper\nEducation:\nBSc\n1. Technical Skills\nJava\nHobbies\nChess"
    kinds = [(s.kind, s.start_line, s.end_line) for s in split_sections(text)]
    assert kinds == [("header", 0, 0), ("experience", 1, 2), ("education", 3, 4), ("skills", 5, 6), ("interests", 7, 8)]


def test_a_job_title_in_capitals_is_not_a_heading():
    kinds = [s.kind for s in split_sections("EXPERIENCE\nPROJECT MANAGER\nAcme\nSKILLS\nJira")]
    assert kinds == ["experience", "skills"]


def test_flattened_text_gets_its_line_breaks_back_without_moving_offsets():
    flat = "Jane Doe  jane@x.org  Objective  Build things.  Education  2010-2014 BSc, Kent University"
    recovered = recover_lines(flat)
    assert len(recovered) == len(flat)
    assert [s.kind for s in split_sections(recovered)] == ["header", "summary", "education"]
    running = "Jane Doe jane@x.org Objective Build things. Education 2010-2014 BSc, Kent University"
    assert [s.kind for s in split_sections(recover_lines(running))] == ["header", "summary", "education"]


# ------------------------------------------------------------------ profile


def test_contact_details(profile):
    contact = profile.contact
    assert contact.name == "Priya Sharma"
    assert contact.emails == ("priya.sharma@example.com",)
    assert contact.phones == ("+91 98450 12345",)
    assert contact.linkedin == "linkedin.com/in/priya-sharma"
    assert contact.github == "https://github.com/priyasharma"
    assert contact.location == "Bengaluru, Karnataka"


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Call (555) 123-4567 or 022-2345 6789", ("(555) 123-4567", "022-2345 6789")),
        ("Mobile: 9845012345", ("9845012345",)),
        ("Worked 2016-2019 2019-2021", ()),
    ],
)
def test_phone_numbers_are_told_from_dates(text, phones):
    assert extract_profile(text, today=TODAY).contact.phones == phones


def test_skills_are_grouped_with_sections_and_surfaces(profile):
    by_name = {skill.name: skill for skill in profile.skills}
    assert {"Java", "Python", "C++", "Kubernetes", "C#", "ASP.NET", "Git", "Docker"} <= set(by_name)
    assert "Java" in profile.skills_by_category["languages"]
    assert [m.surface for m in by_name["Kubernetes"].mentions] == ["k8s"]
    assert by_name["Kubernetes"].sections == ("experience",)
    assert "skills" in by_name["Java"].sections and "summary" in by_name["Java"].sections


def test_education_entries(profile):
    entries = [(e.degree, e.field, e.institution, e.year, e.grade) for e in profile.education]
    assert entries == [
        ("B.Tech", "Computer Science", "National Institute of Technology", 2017, "CGPA: 8.4/10"),
        ("Class XII", None, "Kendriya Vidyalaya", 2013, "92%"),
    ]
    assert [e.level for e in profile.education] == ["bachelor", "school"]


@pytest.mark.parametrize(
    ("text", "degree", "field", "institution"),
    [
        ("Bachelor of Science in Physics, University of Mumbai, 2012", "Bachelor of Science", "Physics",
         "University of Mumbai"),
        ("MBA (Finance) - IIM Ahmedabad 2015", "MBA", "Finance", "IIM Ahmedabad"),
        ("Ph.D. in Economics\nThe Johns Hopkins University, 1983", "Ph.D.", "Economics",
         "The Johns Hopkins University"),
        ("M.Sc., Mathematics\nSt. Xavier's College", "M.Sc.", "Mathematics", "St. Xavier's College"),
    ],
)  # fmt: skip
def test_degrees_take_their_field_and_nearest_institution(text, degree, field, institution):
    entry = extract_education(text)[0]
    assert (entry.degree, entry.field, entry.institution) == (degree, field, institution)


def test_ms_office_is_not_a_masters_degree():
    assert extract_education("Skills: MS Office, MS Excel") == []


def test_experience_entries_and_dates(profile):
    jobs = [(j.title, j.company, j.start, j.end, j.months) for j in profile.experience]
    assert jobs == [
        ("Senior Software Engineer", "Infosys Limited", "2020-01", "present", 54),
        ("Software Engineer", "Wipro Technologies", "2017-03", "2020-06", 40),
    ]
    # March 2017 to June 2024 once, months inclusive: the overlap in 2020 is not counted twice.
    assert profile.experience_months == 88
    assert profile.experience_years == 7.3


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Jan 2018 - Mar 2018", 3),
        ("2016 – 2019", 36),
        ("03/2017 to 06/2019", 28),
        ("January 2018 to Present", 78),
        ("June 2015\nto\nAugust 2015", 3),
        ("Summer 2015 - Fall 2016", 16),
        ("September 2017 onwards", 82),
        ("since 2020", 54),
        # Spanish
        ("enero 2020 a la actualidad", 54),
        ("junio de 2018 - diciembre de 2019", 19),
        ("sept. 2016 hasta ago. 2017", 12),
        ("marzo 2019 – actualmente", 64),
    ],
)
def test_date_range_formats(text, months):
    (found,) = find_ranges(text)
    interval = span(found, TODAY)
    assert interval is not None and interval[1] - interval[0] == months


def test_total_experience_is_the_union_of_ranges():
    text = "Analyst, Acme Ltd, Jan 2010 - Dec 2012\nLead, Beta Inc, Jan 2012 - Dec 2013\nConsultant, Gamma, 2016 - 2017"
    jobs, months = extract_experience(text, today=TODAY)
    assert [job.months for job in jobs] == [36, 24, 12]
    assert months == 48 + 12


def test_a_projects_section_of_sentences_lists_them_shortened():
    long = (
        "Built a streaming pipeline in Python and Apache Spark that processes 40 TB a day for the fraud and payments"
        " teams."
    )
    profile = extract_profile(f"Asha Rao\nPROJECTS\n• Open-source contributor to a data quality library.\n• {long}\n")
    shortened = "Built a streaming pipeline in Python and Apache Spark that processes 40 TB a day for the fraud and…"
    assert profile.projects == ("Open-source contributor to a data quality library.", shortened)


def test_projects_and_certifications(profile):
    assert profile.projects == ("Ride sharing backend",)
    assert any("AWS Certified Solutions Architect" in c for c in profile.certifications)


def test_profile_is_deterministic():
    assert extract_profile(RESUME, today=TODAY) == extract_profile(RESUME, today=TODAY)


def test_long_hostile_text_stays_fast():
    text = ("SURNAME FIRST NAME DATE OF BIRTH IDENTITY NUMBER " * 400) + ("Java, C++ " * 500) + "2019 - " * 500
    started = time.perf_counter()
    extract_profile(text, today=TODAY)
    assert time.perf_counter() - started < 2.0


def _surfaces(text: str) -> set[str]:
    return {m.surface for skill in extract_profile(text, today=TODAY).skills for m in skill.mentions}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("SKILLS\nOperating Systems: Windows, Linux\nJava, SQL", {"Windows", "Linux"}, {"Operating Systems"}),
        ("Miss R Williams, Head of Sales\nSkills: Python, C, R\nScience (C)", {"Python", "C", "R"}, set()),
        ("Worked with Lisa R. Hirschhorn on the survey.", set(), {"R"}),
        ("Contact\nLinkedIn: https://www.linkedin.com/in/someone", set(), {"LinkedIn"}),
        ("Published in Spring, 2015 and Spring20XX.", set(), {"Spring"}),
        ("Helped students write their own CVs.\nTools: CVS, Git", {"CVS", "Git"}, {"CVs"}),
        ("Experienced in design of databases.\nTools: In Design, Photoshop", {"In Design"}, {"in design"}),
        ("Used MySQL databases daily in production support work.", {"MySQL"}, set()),
        ("Information Technology Manager at Acme\nSkills: Sales, Marketing", {"Sales", "Marketing"}, set()),
        ("Office: Word, Excel, Access\nAccess to the General Curriculum (2005)", {"Word", "Excel", "Access"}, set()),
    ],
)
def test_skill_context_rules(text, kept, dropped):
    surfaces = _surfaces(text)
    assert kept <= surfaces
    assert not dropped & surfaces


def test_everyday_words_are_skills_only_as_list_items():
    text = "PUBLICATIONS\nAccess to What? Mission Differentiation.\nAWARDS\nSales Excellence Award 2019"
    assert not {"Access", "Sales"} & _surfaces(text)
    assert "Information Technology" not in _surfaces("Masters from the College of Information Technology, Lahore")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Master of Science (M.S.) in Physics, MIT 2011", ["Master of Science (M.S.) in Physics"]),
        ("BE Computer Science, Anna University 2010", ["BE Computer Science"]),
        ("MBA Finance, XYZ University 2012", ["MBA Finance"]),
        ("B.Tech Anna University 2010", ["B.Tech"]),
        ("Victorian Certificate of Education (VCE), 2004", ["Victorian Certificate of Education (VCE)"]),
        ("National Certificate in Motor Industry, ABC College 2003", ["National Certificate in Motor Industry"]),
        ("Bachelor's in Computer Science, Stanford University, 2015", ["Bachelor's in Computer Science"]),
        ("Post Graduate Diploma in Management, ABC Institute 2009", ["Post Graduate Diploma in Management"]),
    ],
)
def test_more_degree_forms(text, written):
    assert [e.written for e in extract_education(text, [(0, 0)])] == written


def test_school_certificates_are_school_level():
    (entry,) = extract_education("Victorian Certificate of Education (VCE), 2004", [(0, 0)])
    assert entry.level == "school"


def test_lower_case_everyday_words_count_only_in_a_skills_list():
    prose = "EXPERIENCE\nHandled monitoring, troubleshooting and training of new staff."
    assert not {"monitoring", "training"} & _surfaces(prose)
    listed = "SKILLS\nsales, marketing, negotiation"
    assert {"sales", "marketing"} <= _surfaces(listed)


# ------------------------------------------------------------------ skills judged in context


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # Names that are everyday words count in a list or a skills section only.
        ("Student Teacher, Spring 2016 at Silver Spring High School", set(), {"Spring"}),
        ("Frameworks: Spring, Hibernate, Struts", {"Spring", "Hibernate"}, set()),
        ("Published by Sage Publications in 2015.", set(), {"Sage"}),
        # A list's name is not one of its items, wherever a colon marks it.
        ("SKILLS\nDatabases Oracle, MySQL\nOperating Systems Windows, Linux", {"Oracle", "Windows"}, {"Databases"}),
        ("Tools: Eclipse, Photoshop Operating Systems: Windows XP", {"Windows XP"}, {"Operating Systems"}),
        # Claimed by the words before it, or among named technologies on its line.
        ("Good experience in data mining and reporting.", {"data mining"}, set()),
        (
            "Built the portal in Java and Python with continuous integration on Jenkins.",
            {"continuous integration"},
            set(),
        ),
        # A capitalised platform inside a sentence is a name.
        ("Managed user accounts on Unix servers for the bank.", {"Unix"}, set()),
        # A field of study or an industry is the setting, unless the skills list names it.
        ("Taught Special Education classes for the district.", set(), {"Special Education"}),
        ("SKILLS\nSpecial Education, Lesson Planning", {"Special Education"}, set()),
        ("Member, Computer Science Society (ACM chapter)", set(), {"Computer Science"}),
        ("Bachelor of Science in\nComputer Science, 2012", set(), {"Computer Science"}),
        # Spaced-out capitals are a heading, not the C language.
        ("E D U C A T I O N\nBSc Physics", set(), {"C"}),
        # The summary is where the candidate sums up what they do: its phrases are claims; the
        # same phrase in the story of a job is not.
        ("SUMMARY\nFive years of payroll processing for mid-size firms.", {"payroll processing"}, set()),
        (
            "EXPERIENCE\nClerk, Acme Ltd\nHelped the team with payroll processing for mid-size firms.",
            set(),
            {"payroll processing"},
        ),
    ],
)
def test_skills_are_judged_in_context(text, kept, dropped):
    surfaces = _surfaces(text)
    assert kept <= surfaces
    assert not dropped & surfaces


def test_business_words_in_a_technical_resume_count_only_in_the_skills_list():
    tools = ", ".join(
        ["Java", "Python", "C++", "Go", "Rust", "Scala", "Kotlin", "Swift", "Ruby", "Perl", "PHP", "Haskell",
         "Git", "Jira", "Eclipse", "IntelliJ IDEA", "Postman", "Django", "Flask", "Angular", "React", "Vue.js"]
    )  # fmt: skip
    prose = f"EXPERIENCE\nBuilt trading software for the Real Estate Sales team.\nTools: {tools}"
    assert "Real Estate Sales" not in _surfaces(prose)
    listed = f"SKILLS\nReal Estate Sales, Negotiation\nTools: {tools}"
    assert "Real Estate Sales" in _surfaces(listed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Weblogic8.1, SQL2000 and JReport4.5.0", [("Oracle WebLogic", "Weblogic8.1"), ("SQL", "SQL2000"),
                                                  ("JReport", "JReport4.5.0")]),
        ("C/C++ and Unix/Linux", [("C", "C"), ("C++", "C++"), ("Unix", "Unix"), ("Linux", "Linux")]),
        ("Windows Server 2008 R2 on Amazon S3", [("Windows Server", "Windows Server 2008 R2"),
                                                 ("Amazon S3", "Amazon S3")]),
    ],
)  # fmt: skip
def test_versions_glued_to_names_and_pairs_written_as_one(text, expected):
    assert [(m.name, m.surface) for m in find_skills(text)] == expected


def test_word_domain_and_list_name_flags_come_from_the_taxonomy():
    taxonomy = Taxonomy.from_records(
        [
            {
                "name": "Spring Framework",
                "category": "frameworks",
                "aliases": ["Spring Boot"],
                "word_aliases": ["Spring"],
            },
            {"name": "Retail", "category": "business", "aliases": [], "domain": True},
            {"name": "Databases", "category": "data", "aliases": ["database"], "list_name": True},
        ]
    )
    found = {m.surface: m for m in taxonomy.find("Spring Boot, Spring, spring, SPRING; Retail; Databases")}
    assert found["Spring"].word and found["SPRING"].word and not found["Spring Boot"].word
    assert "spring" not in found  # a word alias is matched as written
    assert found["Retail"].domain and not found["Retail"].word
    assert found["Databases"].list_name


# ------------------------------------------------------------------ sections and education, more forms


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Jane Doe\nTECHNICAL\nSKILLS Languages: Java, C\nEXPERIENCE\nDeveloper", ["header", "skills", "experience"]),
        ("Jane Doe\nSKILLS______ Java, Photoshop\nEDUCATION Bachelor of Science, Kent University",
         ["header", "skills", "education"]),
        ("Jane Doe\nSKILLS &amp; ABILITIES:\nJava", ["header", "skills"]),
        ("EXPERIENCE\nSOFTWARE ENGINEER Acme Corp\nPROJECT (Support): 1", ["experience"]),
    ],
)  # fmt: skip
def test_headings_broken_over_lines_or_leading_a_line(text, kinds):
    assert [s.kind for s in split_sections(text)] == kinds


def test_certificates_in_the_education_section_are_entries():
    text = "EDUCATION\nB.Ed., Kent State University, 1990\nTeaching Certificate, K-12, State of Ohio\nCPR Certification"
    entries = extract_profile(text, today=TODAY).education
    assert [e.written for e in entries] == ["B.Ed.", "Teaching Certificate", "CPR Certification"]
    assert [e.level for e in entries] == ["bachelor", "diploma", "diploma"]
    assert extract_education("Eligible for certification in 2019", [(0, 0)]) == []


@pytest.mark.parametrize(
    ("text", "written", "fields"),
    [
        ("B.A., Major: History, Kent University, 2010", ["B.A., Major: History"], ["History"]),
        ("MBA with an emphasis in International Business", ["MBA with an emphasis in International Business"],
         ["International Business"]),
        ("Bachelor of Science, Kent University, 2010\nMajor: Special Education",
         ["Bachelor of Science", "Major: Special Education"], ["Special Education", "Special Education"]),
    ],
)  # fmt: skip
def test_majors_complete_their_degree_or_stand_alone(text, written, fields):
    entries = extract_education(text, [(0, text.count("\n"))])
    assert [e.written for e in entries] == written
    assert [e.field for e in entries] == fields
    assert all(e.degree is None for e in entries if e.written and e.written.startswith("Major"))


@pytest.mark.parametrize(
    ("degree", "level"),
    [
        ("Microsoft Certified Professional", "diploma"),
        ("Teaching Certificate", "diploma"),
        ("Graduate Certificate", "diploma"),
        ("Certificate of Secondary Education", "school"),
        ("Master of Science", "master"),
        ("Post Graduate Diploma", "master"),
    ],
)
def test_degree_levels_of_certificates(degree, level):
    assert degree_level(degree) == level


def test_column_gaps_typed_with_spaces_survive_reading():
    assert clean("Java    SQL  Git", keep_gaps=True) == "Java    SQL  Git"
    assert clean("Java    SQL  Git") == "Java SQL Git"
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    document.add_paragraph("EXPERIENCE    Software Engineer    Acme Corp")
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document(buffer.getvalue(), "resume.docx", max_bytes=1 << 20).text
    assert "Software Engineer    Acme Corp" in text
    lines = [line.strip() for line in recover_lines(text).split("\n")]  # the gaps become line breaks
    assert lines[-3:] == ["EXPERIENCE", "Software Engineer", "Acme Corp"]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("B.A. May 1987 Social Science Field Major (Interdisciplinary)", ["B.A. May 1987 Social Science Field Major"]),
        ("Ph.D. 1991 Economics, Stanford University", ["Ph.D. 1991 Economics"]),
        ("M.A. December 1988, Kent University", ["M.A."]),
        ("M.L.S., North Carolina Central University", ["M.L.S."]),
        ("BCL Law and French (grade 2.1)", ["BCL Law and French"]),
        ("Diplomado State Contracts, Universidad Externado", ["Diplomado State Contracts"]),
        ("Baccalauréat Professionnel Systèmes Numériques, 2009", ["Baccalauréat Professionnel Systèmes Numériques"]),
        ("Licenciatura en Derecho, Universidad de Chile", ["Licenciatura en Derecho"]),
    ],
)  # fmt: skip
def test_degrees_with_a_date_before_their_field_and_other_languages(text, written):
    assert [e.written for e in extract_education(text, [(0, 0)])] == written


def test_a_month_after_a_degree_is_not_its_field():
    (entry,) = extract_education("B.A. May 1987 Social Science Field Major", [(0, 0)])
    assert (entry.degree, entry.field, entry.year) == ("B.A.", "Social Science Field Major", 1987)
    (entry,) = extract_education("M.A. December", [(0, 0)])
    assert entry.field is None


@pytest.mark.parametrize(
    ("degree", "level"),
    [
        ("Baccalauréat", "school"),
        ("Matriculation", "school"),
        ("Licenciatura", "bachelor"),
        ("Diplôme", "diploma"),
        ("Diplomado", "diploma"),
        ("M.L.S.", "master"),
        ("BCL", "bachelor"),
    ],
)
def test_degree_levels_of_other_forms(degree, level):
    assert degree_level(degree) == level


def test_fields_on_lines_of_their_own_in_the_education_section():
    text = "EDUCATION\nPhD., University of California, Santa Barbara.\nComputer Science\n2008\nElectrical engineering"
    entries = extract_education(text, [(0, 4)])
    assert [(e.degree, e.field, e.written) for e in entries] == [
        ("PhD.", "Computer Science", "PhD."),
        (None, "Computer Science", "Computer Science"),
        (None, "Electrical engineering", "Electrical engineering"),
    ]


def test_fields_after_an_institution_and_before_a_year():
    text = (
        "EDUCATION\nStanford University: Education (Higher Education Administration & Policy Analysis), 1987\n"
        "Colgate University: Philosophy, 1980, Magna cum laude\nSyracuse University, 2001, Counselor Education"
    )
    entries = extract_education(text, [(0, 3)])
    assert [(e.field, e.institution, e.year) for e in entries] == [
        ("Education", "Stanford University", 1987),
        ("Philosophy", "Colgate University", 1980),
        ("Counselor Education", "Syracuse University", 2001),
    ]
    assert entries[0].written == "Education (Higher Education Administration & Policy Analysis)"


@pytest.mark.parametrize(
    "text",
    [
        "EDUCATION\nB.Sc., Kent University, 2010\nRelevant coursework\nData Structures\nSoftware Engineering",
        "EDUCATION\nB.Sc., Kent University, 2010\nCourses: Employment Law, European Law,\nConsumer Law",
        "EDUCATION\nB.Sc., Kent University, 2010\nTechnology Committee\n\nMember, Science Club",
        "EDUCATION\nB.Sc., 2010\nBulletin of the Polish Academy of Sciences: Technical Sciences, 59(1)",
        "SKILLS\nSoftware Engineering\n\nEXPERIENCE\nMarketing",
    ],
)
def test_course_lists_organisations_and_other_sections_are_not_fields(text):
    entries = extract_profile(text, today=TODAY).education
    assert not [e.field for e in entries if e.degree is None and e.field]


def test_specializations_complete_their_degree():
    text = "Bachelor of Engineering, 1996\nSpecializations: Computer Systems and Telecommunications"
    entries = extract_education(text, [(0, 1)])
    assert [e.written for e in entries] == [
        "Bachelor of Engineering",
        "Specializations: Computer Systems and Telecommunications",
    ]
    assert entries[0].field == "Computer Systems and Telecommunications"


def test_a_bracketed_emphasis_closes_its_bracket():
    text = "Ph.D. August 1991 Political Science (emphasis in Public Policy)"
    (entry,) = extract_education(text, [(0, 0)])
    assert entry.written == text


def test_a_field_line_completes_the_degree_above_and_leaves_it_its_school():
    text = "EDUCATION\nBA (Hons)\nMarketing\nKent University 2005 - 2008"
    entries = extract_education(text, [(0, 3)])
    assert [(e.degree, e.field, e.institution, e.year) for e in entries] == [
        ("BA", "Marketing", "Kent University", 2008),
        (None, "Marketing", None, None),
    ]


def test_a_one_letter_language_ending_a_list_line_counts_but_an_initial_does_not():
    profile = extract_profile("Asha Rao\nSKILLS\nJava, Python and C.\nR. Williams, referee\n")
    names = {skill.name for skill in profile.skills}
    assert "C" in names and "R" not in names


def test_a_candidates_name_is_not_a_skill_and_a_line_of_skills_is_not_a_name():
    named = extract_profile("Mark Jenkins\nmark@example.com\nSUMMARY\nBackend developer.\n")
    assert named.contact.name == "Mark Jenkins" and "Jenkins" not in {s.name for s in named.mentioned}
    assert extract_profile("Digital Marketing\nSUMMARY\nSEO and content.\n").contact.name is None
    assert extract_profile("SOCIAL MEDIA MANAGER\nAsha Rao\n").contact.name == "Asha Rao"


def test_a_result_in_the_job_above_is_not_the_grade_of_a_degree():
    text = "Asha Rao\nEXPERIENCE\n- Cut report time by 35%\nEDUCATION\nB.Sc in Physics, Delhi University\n"
    profile = extract_profile(text)
    assert [(e.degree, e.institution, e.grade) for e in profile.education] == [("B.Sc", "Delhi University", None)]


def test_study_years_are_no_job_in_a_resume_without_headings():
    text = "Asha Rao\nB.Tech in Computer Science, IIT Delhi, 2015 - 2019\nData Analyst, Acme Ltd, Jan 2020 - Dec 2021\n"
    profile = extract_profile(text, today=TODAY)
    assert [(job.title, job.company) for job in profile.experience] == [("Data Analyst", "Acme Ltd")]
    assert profile.experience_months == 24
