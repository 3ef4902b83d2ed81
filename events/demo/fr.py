"""Events demo content in French; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEX = {
    "title": "Événements",
    "slug": "evenements",
    "intro": (
        "Rencontres de réseau, séminaires et ateliers des partenaires de Primacenters : rencontrez employeurs, "
        "services de l'emploi et associations qui accompagnent les travailleurs et travailleuses migrant·es dans "
        "l'agriculture, la pêche et la sylviculture. Inscrivez-vous aux prochains événements et lisez les comptes "
        "rendus "
        "des précédents."
    ),
}

SECTIONS = {
    "coordinator": {
        "title": "Coordination du projet",
        "intro": "Les événements de tout le réseau Primacenters, organisés par l'équipe de coordination du projet.",
    },
    "kmop": {"intro": "Les événements organisés par KMOP en Grèce et en ligne."},
    "cardet": {"intro": "Les événements organisés par CARDET à Chypre."},
    "land-impresa-sociale": {"intro": "Les événements organisés par LAND Impresa Sociale en Italie."},
    "headway": {"intro": "Les événements organisés par HEADWAY en Belgique et en ligne depuis Bruxelles."},
    "region-of-peloponnese": {"intro": "Les événements organisés par la Région du Péloponnèse."},
}

EVENTS = {
    "cyprus-networking": {
        "title": "Rencontre de réseau à Chypre : un recrutement équitable dans l'agriculture et la pêche",
        "slug": "rencontre-reseau-chypre",
        "summary": (
            "La première rencontre de réseau de Primacenters : conseillers et conseillères en emploi, employeurs de "
            "l'agriculture et de la pêche et associations de migrant·es examinent comment les travailleurs sont "
            "recrutés et où un centre local peut aider."
        ),
        "body": [
            ("paragraph", (
                "CARDET invite les conseillers en emploi, les employeurs de l'agriculture et de la pêche, les services "
                "publics et les associations de migrant·es à la première rencontre de réseau du projet Primacenters."
            )),
            ("paragraph", (
                "Les participant·es compareront la manière dont les saisonniers et les travailleurs à l'année sont "
                "recrutés aujourd'hui, les difficultés des employeurs à trouver du personnel et les obstacles que "
                "rencontrent les travailleurs migrants, de la langue à la reconnaissance de leurs compétences."
            )),
        ],
        "venue_name": "CARDET, salle de réunion",
        "venue_address": "",
        "venue_city": "Nicosie",
        "interpretation": "grec–anglais",
        "speakers": [
            {"name": "Maria Georgiou", "affiliation": "Guichet de l'emploi rural de Limassol"},
        ],
        "programme": [],
        "report": {
            "title": "Compte rendu : rencontre de réseau à Chypre",
            "slug": "compte-rendu",
            "summary": (
                "Employeurs, conseillers et associations se sont accordés : un centre local doit être le point de "
                "contact unique pour un recrutement équitable dans l'agriculture et la pêche."
            ),
            "participant_profile": (
                "Conseillers et conseillères en emploi, employeurs de l'agriculture, de l'aquaculture et de la pêche, "
                "services publics, syndicats et associations de migrant·es."
            ),
            "key_takeaways": [
                "Les employeurs veulent un point de contact unique pour recruter.",
                "Le soutien linguistique est nécessaire sur le lieu de travail, pas seulement en classe.",
                "Les associations de migrant·es sont essentielles pour atteindre les demandeurs d'emploi.",
            ],
            "speakers": "Maria Georgiou (Guichet de l'emploi rural de Limassol) ; un chercheur de l'Institut du "
                        "travail de Chypre (PEO) ; un formateur en aquaculture ; CARDET.",
            "body": [
                ("paragraph", (
                    "La matinée s'est ouverte sur des chiffres concernant les travailleurs migrants dans l'agriculture "
                    "et la pêche chypriotes, suivis d'un échange entre employeurs et conseillers sur les façons dont "
                    "les travailleurs sont recrutés aujourd'hui."
                )),
                ("heading", "Un point de contact unique"),
                ("paragraph", (
                    "Les employeurs ont demandé un lieu unique capable de présélectionner les candidats, d'expliquer "
                    "les règles et de suivre les placements. C'est le rôle des centres locaux pour l'emploi que le "
                    "projet met en place."
                )),
            ],
        },
    },
    "sicily-round-tables": {
        "title": "Tables rondes en Sicile : transport, logement et recrutement équitable",
        "slug": "tables-rondes-sicile",
        "summary": (
            "Deux jours de tables rondes avec des producteurs, des syndicats, des communes et des travailleurs "
            "migrants sur le transport, le logement et la lutte contre les intermédiaires illégaux."
        ),
        "body": [
            ("paragraph", (
                "LAND Impresa Sociale organise deux jours de tables rondes dans la province de Raguse avec des "
                "producteurs, des syndicats, des communes, des travailleurs migrants et les organisations qui les "
                "accompagnent."
            )),
            ("paragraph", (
                "Chaque table ronde part d'une pratique qui fonctionne sur place, comme le minibus partagé vers les "
                "serres, et se demande ce qu'il faudrait pour l'étendre."
            )),
        ],
        "venue_name": "Cooperativa Sociale Serra Aperta, salle de réunion",
        "venue_address": "",
        "venue_city": "Raguse",
        "interpretation": "",
        "speakers": [
            {"name": "Salvatore Greco", "affiliation": "Associazione Ponte dei Braccianti"},
        ],
        "programme": [],
        "report": {
            "title": "Compte rendu : tables rondes en Sicile",
            "slug": "compte-rendu",
            "summary": (
                "Producteurs, syndicats, communes et travailleurs se sont accordés : le transport vers les champs "
                "vient en premier, et le travail saisonnier doit mener à des emplois stables."
            ),
            "participant_profile": (
                "Producteurs et leurs coopératives, délégués syndicaux, services sociaux communaux, médiateurs "
                "culturels et travailleurs migrants."
            ),
            "key_takeaways": [
                "Le transport vers les champs est la première condition d'un recrutement équitable.",
                "Les communes peuvent aider les travailleurs à déclarer leur résidence.",
                "Le travail saisonnier doit mener à des emplois stables, pas à une impasse.",
            ],
            "speakers": "LAND Impresa Sociale ; Cooperativa Sociale Serra Aperta ; Associazione Ponte dei Braccianti.",
            "body": [
                ("paragraph", (
                    "Le premier jour, les tables rondes ont traité du transport et du logement ; le second, des "
                    "contrats et du rôle du centre local pour l'emploi dans la mise en relation des offres et des "
                    "travailleurs."
                )),
            ],
        },
    },
    "brussels-online-event": {
        "title": "Rencontre de réseau en ligne depuis Bruxelles : des pratiques qui voyagent",
        "slug": "rencontre-en-ligne-bruxelles",
        "summary": (
            "Professionnel·les, employeurs et société civile de plusieurs pays partagent de bonnes pratiques pour un "
            "travail décent des femmes et des hommes migrants dans l'agriculture, la pêche et la sylviculture."
        ),
        "body": [
            ("paragraph", (
                "HEADWAY organise depuis Bruxelles la rencontre de réseau en ligne du projet Primacenters. Les "
                "intervenant·es présentent des pratiques des pays partenaires et discutent avec les participant·es de "
                "la manière de les adapter ailleurs."
            )),
        ],
        "venue_name": "",
        "venue_address": "",
        "venue_city": "",
        "interpretation": "",
        "speakers": [
            {"name": "Els Vermeulen", "affiliation": "Akkerbrug vzw"},
        ],
        "programme": [],
        "report": {
            "title": "Compte rendu : rencontre de réseau en ligne depuis Bruxelles",
            "slug": "compte-rendu",
            "summary": (
                "Quarante-deux participant·es des services de l'emploi, des organisations d'employeurs, des syndicats "
                "et de la société civile ont discuté de pratiques transposables d'une région à l'autre."
            ),
            "participant_profile": (
                "Services de l'emploi, organisations d'employeurs, syndicats et organisations de la société civile de "
                "Belgique, de Grèce, d'Espagne, d'Italie et de Chypre."
            ),
            "key_takeaways": [
                "Les bonnes pratiques voyagent bien quand elles viennent avec des contacts et des documents.",
                "Les professionnel·les veulent de courts modules de formation à suivre à leur rythme.",
            ],
            "speakers": "Le mentorat entre pairs à Huelva ; la formation linguistique en emploi en arboriculture ; "
                        "Els Vermeulen (Akkerbrug vzw).",
            "body": [
                ("paragraph", (
                    "Les intervenant·es ont présenté le mentorat entre pairs pour les saisonnières et la formation "
                    "linguistique sur le lieu de travail en arboriculture fruitière, puis répondu aux questions sur "
                    "les coûts, les partenaires et les résultats."
                )),
            ],
        },
    },
    "peloponnese-event": {
        "title": "Rencontre de clôture dans le Péloponnèse : le bilan de la première saison de récolte",
        "slug": "rencontre-cloture-peloponnese",
        "summary": (
            "Producteurs, coopératives et services publics font le bilan de la première saison de récolte avec le "
            "centre local pour l'emploi et préparent la suivante."
        ),
        "body": [
            ("paragraph", (
                "La Région du Péloponnèse et KMOP, coordinateur de Primacenters, clôturent la série de rencontres de "
                "réseau du printemps 2025 avec des producteurs, des coopératives agricoles, des services publics et "
                "des "
                "associations qui accompagnent les migrant·es."
            )),
            ("paragraph", (
                "Le centre local pour l'emploi présente sa première saison : des offres recueillies avant la récolte, "
                "des candidat·es informé·es de leurs droits dans leur langue et un contrat écrit pour chaque placement."
            )),
        ],
        "venue_name": "Région du Péloponnèse, salle de conférence",
        "venue_address": "",
        "venue_city": "Tripoli",
        "interpretation": "",
        "speakers": [],
        "programme": [],
        "report": {
            "title": "Compte rendu : rencontre de clôture dans le Péloponnèse",
            "slug": "compte-rendu",
            "summary": (
                "Les contrats écrits ont aidé à garder les travailleurs toute la saison ; les producteurs demandent de "
                "prévoir plus tôt le logement et le transport."
            ),
            "participant_profile": (
                "Producteurs d'olives et d'agrumes, coopératives agricoles, services publics de la Région et "
                "associations qui accompagnent les migrant·es."
            ),
            "key_takeaways": [
                "Les contrats écrits ont aidé à garder les travailleurs pendant toute la saison.",
                "Les producteurs demandent de prévoir plus tôt le logement des travailleurs.",
            ],
            "speakers": "La Région du Péloponnèse ; KMOP ; la responsable du centre local de Kalamata.",
            "body": [
                ("paragraph", (
                    "Producteurs et coopératives ont demandé de commencer la préparation dès l'été, surtout pour le "
                    "logement et le transport, et d'étendre le service à d'autres cultures."
                )),
            ],
        },
    },
    "brussels-seminar": {
        "title": "Séminaire du matin : un premier emploi dans une ferme belge",
        "slug": "seminaire-premier-emploi-ferme-belge",
        "summary": (
            "Une matinée avec les services publics de l'emploi, des centres de formation et des associations sur "
            "l'accès au travail agricole pour les personnes nouvellement arrivées en Belgique, avec interprétation en "
            "français, en néerlandais et en anglais."
        ),
        "body": [
            ("paragraph", (
                "Les arboriculteurs et les maraîchers belges cherchent des travailleurs à chaque saison, tandis que de "
                "nombreuses personnes nouvellement arrivées cherchent un premier emploi. Ce séminaire réunit celles et "
                "ceux qui les aident à se rencontrer."
            )),
            ("paragraph", "Café servi dès 9 h. Les places sont limitées : merci d'arriver à l'heure."),
        ],
        "venue_name": "Centre de rencontre du Quartier Nord",
        "venue_address": "Quartier Nord de Bruxelles",
        "venue_city": "Bruxelles",
        "interpretation": "français–néerlandais–anglais",
        "speakers": [
            {"name": "Julie Renard", "affiliation": "Sillons d'Avenir asbl"},
        ],
        "programme": [
            {"title": "Café d'accueil", "speakers": "", "description": ""},
            {"title": "Ouverture", "speakers": "HEADWAY", "description": ""},
            {"title": "Le travail saisonnier dans l'arboriculture belge", "speakers": "Marieke Van den Broeck",
             "description": "Formation sur le tas et néerlandais au travail dans les vergers du Limbourg."},
            {"title": "Les emplois agricoles au service public de l'emploi", "speakers": "Actiris", "description": ""},
            {"title": "Pause", "speakers": "", "description": ""},
            {"title": "Table ronde : mentorat et soutien linguistique vers l'emploi",
             "speakers": "DUO for a JOB, Collectif des Femmes, Le Monde des Possibles, Sillons d'Avenir asbl",
             "description": "Ce qui aide une personne nouvellement arrivée à garder un premier emploi, et ce que les "
                            "employeurs peuvent faire."},
            {"title": "Conclusions", "speakers": "Province du Brabant flamand", "description": ""},
        ],
        "report": None,
    },
}

UPCOMING = {
    "hybrid-workshop": {
        "title": "Atelier hybride : bien accueillir les saisonniers à la ferme",
        "slug": "atelier-hybride-accueil-saisonniers-{date}",
        "summary": (
            "Un atelier pratique pour les producteurs et les conseillers sur les premiers jours d'un travailleur "
            "saisonnier : contrat, logement, sécurité et langue. À Bruxelles et en ligne."
        ),
        "body": [
            ("paragraph", (
                "Producteurs, conseillers en emploi et formateurs partagent des listes de contrôle et des exemples "
                "pour "
                "bien démarrer à la ferme. Rejoignez-nous à Bruxelles ou en ligne : le lien est envoyé aux personnes "
                "inscrites."
            )),
        ],
        "venue_name": "Centre de rencontre du Quartier Nord",
        "venue_address": "Quartier Nord de Bruxelles",
        "venue_city": "Bruxelles",
        "interpretation": "français–néerlandais–anglais",
        "speakers": [],
        "programme": [
            {"title": "Accueil et présentations", "speakers": "", "description": ""},
            {"title": "La première semaine à la ferme : une liste de contrôle", "speakers": "Marieke Van den Broeck",
             "description": ""},
            {"title": "Questions et échanges", "speakers": "", "description": ""},
        ],
    },
    "peloponnese-forum": {
        "title": "Forum régional sur la prochaine saison de récolte dans le Péloponnèse",
        "slug": "forum-regional-prochaine-recolte-peloponnese-{date}",
        "summary": (
            "Producteurs, coopératives, communes et centre local pour l'emploi préparent la prochaine récolte : offres "
            "d'emploi, logement et transport des travailleurs."
        ),
        "body": [
            ("paragraph", (
                "Le forum fait suite aux engagements pris lors de la rencontre de clôture de 2025. Les inscriptions "
                "sont "
                "gérées par la Région du Péloponnèse."
            )),
        ],
        "venue_name": "Centre Primacenters de Kalamata",
        "venue_address": "",
        "venue_city": "Kalamata",
        "interpretation": "",
        "speakers": [],
        "programme": [],
    },
    "online-cafe": {
        "title": "Café en ligne des conseillers et conseillères en emploi",
        "slug": "cafe-en-ligne-conseillers-emploi-{date}",
        "summary": (
            "Une heure en ligne pour les conseillers des centres locaux pour l'emploi : partager des situations et des "
            "questions avec leurs collègues des cinq pays."
        ),
        "body": [
            ("paragraph", "Sans inscription : suivez le lien à l'heure de la rencontre."),
        ],
        "venue_name": "",
        "venue_address": "",
        "venue_city": "",
        "interpretation": "",
        "speakers": [],
        "programme": [],
    },
}

GENERATED = {
    "title": "Événement d'exemple {n}",
    "slug": "evenement-exemple-{n}",
    "summary": "Un événement généré pour mesurer les listes et les calendriers d'événements avec de nombreux "
               "événements.",
}
