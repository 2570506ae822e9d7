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
