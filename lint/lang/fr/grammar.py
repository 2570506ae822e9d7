"""French facts for the grammar heuristics (GRM)."""

#: Words that open a direct object: after a bare past participle they show a finite verb was meant
#: ("Organisé la réception" → "Organise la réception").
OBJECT_OPENERS = frozenset(
    "le la les l un une des du ses son sa leur leurs ce cet cette ces tout toute tous toutes "
    "plusieurs chaque divers diverses certains certaines".split()
)

#: Past participles that commonly head an adjectival phrase ("Chargé(e) de …", "Placé sous …"):
#: never reported at the start of a sentence or after a subject.
ADJECTIVAL_PARTICIPLES = frozenset(
    "chargé placé appelé amené tenu doté habilité investi mandaté détaché rattaché affecté nommé "
    "recruté basé situé intéressé concerné désigné composé formé".split()
)

#: Subject pronouns (a bare participle right after one is never right).
SUBJECT_PRONOUNS = frozenset("il elle on ils elles qui".split())

#: Adjectives and participles that take a preposition before an infinitive.
ADJ_PREPOSITION = {
    "disposé": "à", "prêt": "à", "apte": "à", "habilité": "à", "enclin": "à", "amené": "à",
    "appelé": "à", "autorisé": "à", "résolu": "à", "déterminé": "à", "décidé": "à", "invité": "à",
    "capable": "de", "susceptible": "de", "chargé": "de", "désireux": "de", "tenu": "de",
}

#: Endings of French infinitives.
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")

#: Section keys whose paragraphs and items are task lists written with finite verbs.
TASK_SECTIONS = ("accountabilities",)
#: Section keys whose items are "Competency: verb …".
COMPETENCY_SECTIONS = ("competencies",)

#: Nouns of time that may follow a participle used as an adjective ("élaboré l'an dernier",
#: "le personnel employé la nuit").
TIME_NOUNS = frozenset("an ans année années mois semaine semaines jour jours veille lendemain fois nuit nuits "
                       "journée journées matin matinée soir soirée week-end".split())

#: Past participles of verbs outside the first group, with the present (3rd person singular)
#: a task is written with ("Tenu à jour" → "Tient à jour", "Mis en œuvre" → "Met en œuvre").
#: Not "conduit", "produit", "décrit", "suit": participle and present are spelt alike.
IRREGULAR_PARTICIPLES = {
    "tenu": "tient", "maintenu": "maintient", "entretenu": "entretient", "soutenu": "soutient",
    "obtenu": "obtient", "détenu": "détient", "répondu": "répond", "fourni": "fournit", "mis": "met",
    "remis": "remet", "soumis": "soumet", "transmis": "transmet", "établi": "établit", "défini": "définit",
    "garanti": "garantit", "réuni": "réunit", "rempli": "remplit", "pris": "prend", "entrepris": "entreprend",
    "suivi": "suit", "recueilli": "recueille", "accueilli": "accueille", "offert": "offre", "ouvert": "ouvre",
    "couvert": "couvre", "promu": "promeut", "élu": "élit", "rendu": "rend", "vendu": "vend",
}
#: Words after such a participle that show a task (a fixed phrase or an indirect object):
#: "Tenu à jour", "Répondu aux demandes", "Mis en œuvre".
IRREGULAR_OPENERS = frozenset({"à", "au", "aux", "en"})

#: Words that cannot end a subject: auxiliaries, infinitives of être/avoir and common adverbs. A
#: participle after one of them is a compound tense ("avoir déjà dirigé une équipe").
NOT_SUBJECT_END = frozenset(
    """
    a ai as avons avez ont avait avaient aura auront aurait auraient ait aient eu ayant avoir
    est es sommes êtes sont était étaient sera seront serait seraient soit soient été étant être
    déjà bien aussi toujours jamais souvent pas plus moins très trop encore récemment préalablement
    ne n y en se s me m te t nous vous
    """.split()
)

#: Singular subjects the notices use, inclusive forms first (regular expressions, matched without
#: regard to case): a third-person plural verb right after one is an agreement slip (GRM004).
#: Not "il ou elle", "elle et il" (a coordination may take the plural).
SINGULAR_SUBJECTS = (
    r"elle\s*/\s*il", r"il\s*/\s*elle", r"la\s*/\s*le\s+titulaire(?:\s+du\s+poste)?",
    r"le\s*/\s*la\s+titulaire(?:\s+du\s+poste)?", r"la\s+personne\s+titulaire(?:\s+du\s+poste)?",
    r"la\s+personne\s+retenue", r"la\s*/\s*le\s+candidat\(e\)\s+retenu\(e\)", r"elle", r"il",
)

#: Words that may stand before such a subject: a conjunction or relative opening its clause. Not
#: "et", "ou", "ni" (a coordinated subject takes the plural: les agents et la/le titulaire
#: travaillent), nor prepositions or verbs (les collègues de la/le titulaire travaillent).
SUBJECT_OPENERS = frozenset("que qu lorsque lorsqu quand si s puisque puisqu dont où mais donc or comme car".split())

#: Object pronouns and the negation, which may stand between the subject and its verb.
OBJECT_PRONOUNS = frozenset("le la les l lui leur y en se s ne n me m te t nous vous".split())

#: Third-person plural forms whose singular is not made by the regular endings.
PLURAL_IRREGULAR = {"sont": "est", "ont": "a", "font": "fait", "vont": "va", "savent": "sait", "valent": "vaut",
                    "peuvent": "peut", "veulent": "veut", "meurent": "meurt", "acquièrent": "acquiert",
                    "conquièrent": "conquiert", "vainquent": "vainc", "résolvent": "résout", "plaisent": "plaît"}

#: The third-person singular present from the infinitive, for verbs outside the first group:
#: ``(infinitive ending, letters cut from the infinitive, ending added)``, the longest ending
#: first; ``None`` for the letters cut: the plural's stem + e (ouvrent → ouvre). The second group
#: (finissent → finit) and the -oir verbs (doivent → doit, voient → voit) are made from the plural.
THIRD_SINGULAR = (
    ("courir", 2, "t"), ("aître", 4, "ît"), ("oindre", 3, "t"), ("indre", 3, "t"), ("ettre", 3, ""),
    ("attre", 3, ""), ("enir", 4, "ient"), ("llir", None, ""), ("frir", None, ""), ("vrir", None, ""),
    ("uire", 2, "t"), ("aire", 2, "t"), ("oire", 2, "t"), ("ire", 2, "t"), ("vre", 3, "t"), ("dre", 2, ""),
    ("ure", 2, "t"), ("tir", 3, "t"), ("mir", 3, "t"), ("vir", 3, "t"), ("uir", 1, "t"),
)
