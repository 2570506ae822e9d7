"""French facts used by the notice parser: function words, header labels, section headings."""

STOPWORDS = frozenset(
    """
    le la les l de du des d un une et à au aux en dans par pour sur avec est sont être
    il elle ils elles on qui que qu ce cette ces son sa ses leur leurs se s ne pas
    ou où mais donc ainsi aussi entre sous vers chez lors dont tout tous toute toutes
    afin notamment selon auprès été avoir doit peut sera
    """.split()
)

HEADER_LABELS = {
    "location": ["Emplacement principal", "Lieu d'affectation", "Lieu de travail", "Emplacement"],
    "body": ["Organisation", "Organisme OTAN", "Organisme de l'OTAN", "Organisme"],
    "schedule": ["Horaire", "Horaire de travail", "Régime de travail"],
    "deadline": [
        "Date de retrait",
        "Date limite de dépôt des candidatures",
        "Date limite de candidature",
        "Date limite",
        "Date de clôture",
    ],
    "salary": ["Salaire (Base de paie)", "Salaire", "Traitement de base", "Base de paie"],
    "grade": ["Grade", "Grade OTAN"],
    "clearance": [
        "Niveau de l'habilitation de sécurité",
        "Niveau d'habilitation de sécurité",
        "Habilitation de sécurité",
        "Niveau d'habilitation",
    ],
    "posts": ["Nombre de postes", "Postes"],
    "reference": ["Référence", "Numéro de référence", "Numéro de l'avis de vacance"],
    "contract_type": ["Type de contrat"],
    "division": ["Division"],
    "directorate": ["Direction"],
    "description": ["Description", "Description du poste"],
}

BODY_LABELS = {
    "direct_reports": [
        "Nombre de subordonné(e)s direct(e)s",
        "Nombre de subordonnés directs",
        "Subordonné(e)s direct(e)s",
        "Subordonnés directs",
    ],
    "indirect_reports": [
        "Nombre de subordonné(e)s indirect(e)s",
        "Nombre de subordonnés indirects",
        "Subordonné(e)s indirect(e)s",
        "Subordonnés indirects",
    ],
}

SECTION_HEADINGS = {
    1: ("summary", ["RÉSUMÉ", "RÉSUMÉ DU POSTE"]),
    2: ("qualifications", ["QUALIFICATIONS ET EXPÉRIENCE", "QUALIFICATIONS", "QUALIFICATIONS ET EXPÉRIENCE PROFESSIONNELLE"]),
    3: ("accountabilities", ["RESPONSABILITÉS PRINCIPALES", "PRINCIPALES RESPONSABILITÉS", "RESPONSABILITÉS"]),
    4: ("interrelationships", ["STRUCTURE ET LIAISONS", "LIAISONS", "RELATIONS DE TRAVAIL"]),
    5: ("competencies", ["COMPÉTENCES"]),
    6: ("contract", ["CONTRAT", "TYPE DE CONTRAT"]),
    7: (
        "recruitment",
        [
            "INFORMATIONS UTILES CONCERNANT LA PROCÉDURE DE CANDIDATURE ET DE RECRUTEMENT",
            "PROCESSUS DE RECRUTEMENT",
            "PROCÉDURE DE RECRUTEMENT",
            "PROCÉDURE DE CANDIDATURE ET DE RECRUTEMENT",
        ],
    ),
    8: ("additional", ["INFORMATIONS COMPLÉMENTAIRES", "AUTRES INFORMATIONS"]),
}

SUBHEADINGS = {
    "essential": ["ACQUIS ESSENTIELS", "ESSENTIEL", "ESSENTIELS", "CONDITIONS ESSENTIELLES"],
    "desirable": ["ACQUIS SOUHAITABLES", "SOUHAITABLE", "SOUHAITABLES", "ATOUTS"],
    "contract_clause": ["Clause contractuelle applicable", "Clause contractuelle"],
}

BANNER_WORDS = ("NOTIFICATION DE LA VACANCE", "ORGANISATION DU TRAITÉ", "SECRÉTARIAT INTERNATIONAL")

#: Abbreviations whose full stop does not end a sentence (« M. Dupont », « p. ex. »).
SENTENCE_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "me", "dr", "pr", "st", "ste", "n°", "no",
                                    "p", "ex", "p.ex", "cf", "etc", "env", "art", "par", "chap", "éd", "vol"})
