"""English facts used by the notice parser: function words, header labels, section headings."""

#: Frequent function words; used to tell the two halves apart.
STOPWORDS = frozenset(
    """
    the of and to in an is are be for with by as at or from this that which who will
    must have has been its their his her it they we our you your not can may should would
    such these those all any other into within under over about through than also both
    each more most only including between during after before while where when how
    """.split()
)

#: Header field labels, by canonical key. Matching ignores case, accents, ``**`` and a colon.
HEADER_LABELS = {
    "location": ["Primary Location", "Location", "Duty Location", "Duty Station", "Place of work"],
    "body": ["NATO Body", "NATO Organisation", "NATO Organization", "Organisation", "Organization"],
    "schedule": ["Schedule", "Working Schedule", "Work Schedule"],
    "deadline": ["Application Deadline", "Closing Date", "Deadline", "Closing date for applications"],
    "salary": ["Salary (Pay Basis)", "Salary", "Basic Salary", "Pay Basis"],
    "grade": ["Grade", "NATO Grade"],
    "clearance": ["Clearance Level", "Security Clearance", "Security Clearance Level"],
    "posts": ["Number of Posts", "Number of positions", "Posts"],
    "reference": ["Reference", "Reference Number", "Job ID", "Vacancy Number", "Requisition ID"],
    "contract_type": ["Contract Type", "Type of Contract"],
    "division": ["Division"],
    "directorate": ["Directorate"],
    "description": ["Description", "Job Description"],
}

#: Labels of key/value lines inside the body (section 4), by canonical key.
BODY_LABELS = {
    "direct_reports": ["Direct reports", "Direct report", "Number of direct reports"],
    "indirect_reports": ["Indirect reports", "Indirect report", "Number of indirect reports"],
}

#: Numbered section headings: number → (key, variants).
SECTION_HEADINGS = {
    1: ("summary", ["SUMMARY", "JOB SUMMARY", "POST SUMMARY"]),
    2: ("qualifications", ["QUALIFICATIONS AND EXPERIENCE", "QUALIFICATIONS", "QUALIFICATIONS & EXPERIENCE"]),
    3: ("accountabilities", ["MAIN ACCOUNTABILITIES", "ACCOUNTABILITIES", "MAIN RESPONSIBILITIES"]),
    4: ("interrelationships", ["INTERRELATIONSHIPS", "INTER-RELATIONSHIPS", "REPORTING LINES"]),
    5: ("competencies", ["COMPETENCIES", "COMPETENCES"]),
    6: ("contract", ["CONTRACT", "CONTRACT TYPE"]),
    7: (
        "recruitment",
        [
            "USEFUL INFORMATION REGARDING APPLICATION AND RECRUITMENT PROCESS",
            "RECRUITMENT PROCESS",
            "APPLICATION AND RECRUITMENT PROCESS",
            "HOW TO APPLY",
        ],
    ),
    8: ("additional", ["ADDITIONAL INFORMATION", "OTHER INFORMATION"]),
}

#: Sub-headings with a canonical key (others are recognised by shape).
SUBHEADINGS = {
    "essential": ["ESSENTIAL", "ESSENTIAL REQUIREMENTS", "ESSENTIAL QUALIFICATIONS"],
    "desirable": ["DESIRABLE", "DESIRABLE REQUIREMENTS", "DESIRABLE QUALIFICATIONS"],
    "contract_clause": ["Contract clause applicable", "Contract clause"],
}

#: The lines that open the notice (bilingual banner); never a half's title.
BANNER_WORDS = ("VACANCY NOTIFICATION", "NORTH ATLANTIC TREATY ORGANIZATION", "INTERNATIONAL STAFF")

#: Abbreviations whose full stop does not end a sentence ("Mr. Smith", "e.g. NATO").
SENTENCE_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "e.g", "i.e", "etc", "vs",
                                    "cf", "approx", "dept", "jr", "sr", "fig", "art", "para"})
