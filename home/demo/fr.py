"""Demo content in French; mirrors en.py item by item."""

PAGES = {
    "home": {
        "title": "Un travail décent dans le secteur primaire",
        "slug": "home",
        "intro": (
            "Primacenters est un réseau de centres locaux pour l'emploi en Belgique, en Grèce, en Espagne, "
            "en Italie et à Chypre, qui aident les femmes et les hommes migrants à trouver un travail décent "
            "dans l'agriculture, la pêche et la sylviculture."
        ),
        "hero_image_alt": "Rangées de cultures sous un soleil levant, en illustration simple",
        "body": [
            ("heading", "Ce que fait le réseau"),
            ("paragraph", (
                "Les centres locaux recensent les offres d'emploi auprès des agriculteurs, des coopératives "
                "et des entreprises de pêche, informent les demandeurs d'emploi sur leurs droits et les "
                "formations accessibles, et les orientent vers des services de logement, des cours de langue "
                "et la reconnaissance des qualifications."
            )),
            ("paragraph", (
                "Les professionnels partagent bonnes pratiques et modules de formation, afin que ce qui "
                "fonctionne dans une région puisse être adapté dans une autre. Les employeurs trouvent des "
                "partenaires qui connaissent le marché du travail local et les personnes en recherche "
                "d'emploi."
            )),
            ("quote", "Le travail saisonnier devrait être un premier pas, pas une impasse.",
             "Participant à une table ronde, Sicile, mai 2025"),
            ("heading", "Qui sommes-nous"),
            ("paragraph", (
                "Le projet est coordonné par KMOP en Grèce, avec CARDET à Chypre, LAND Impresa Sociale en "
                "Italie, HEADWAY en Belgique et la Région du Péloponnèse. Il est cofinancé par l'Union "
                "européenne."
            )),
        ],
    },
    "about": {
        "title": "À propos du projet",
        "slug": "a-propos",
        "intro": (
            "Primacenters réunit cinq partenaires pour créer des centres locaux pour l'emploi au service des "
            "travailleuses et travailleurs migrants comme des économies rurales qui ont besoin d'eux."
        ),
        "body": [
            ("heading", "Pourquoi le secteur primaire"),
            ("paragraph", (
                "L'agriculture, la pêche et la sylviculture dépendent de plus en plus des travailleurs "
                "migrants, mais nombre de ces emplois sont saisonniers, informels ou mal protégés. Les "
                "femmes migrantes, en particulier, sont confrontées à l'isolement et disposent de peu de "
                "voies d'accès à un emploi stable."
            )),
            ("heading", "Notre approche"),
            ("paragraph", (
                "Chaque centre associe le recensement des emplois et des offres, la mise en relation et "
                "l'orientation à une information sur les droits, la formation et l'accompagnement "
                "linguistique. Les centres travaillent avec les employeurs, les syndicats, les services "
                "publics de l'emploi et la société civile, afin que chaque offre d'emploi s'accompagne de "
                "conditions équitables."
            )),
            ("heading", "Rencontres de mise en réseau en 2025"),
            ("paragraph", (
                "Les partenaires ont rencontré des professionnels et des employeurs à Chypre le 31 mars, "
                "organisé des tables rondes en Sicile les 22 et 23 mai, réuni 42 participants en ligne "
                "depuis Bruxelles le 28 mai, et se sont retrouvés dans le Péloponnèse le 2 juin."
            )),
            ("heading", "Partenaires"),
            ("paragraph", (
                "KMOP (coordinateur, Grèce), CARDET (Chypre), LAND Impresa Sociale (Italie), HEADWAY "
                "(Belgique) et la Région du Péloponnèse (Grèce)."
            )),
        ],
    },
    "privacy": {
        "title": "Politique de confidentialité",
        "slug": "politique-de-confidentialite",
        "intro": (
            "Comment ce portail traite les données personnelles, et les droits dont vous disposez à leur "
            "égard."
        ),
        "body": [
            ("heading", "Responsable du traitement"),
            ("paragraph", (
                "Le portail est géré par KMOP, coordinateur du projet, pour le compte des partenaires de "
                "Primacenters. Vous pouvez nous joindre à l'adresse de contact indiquée au bas de chaque "
                "page."
            )),
            ("heading", "Données collectées"),
            ("paragraph", (
                "La consultation du portail ne nécessite aucun compte et ne dépose aucun cookie de traçage. "
                "Nous ne conservons que les données que vous nous transmettez au moyen d'un formulaire, par "
                "exemple pour vous abonner à la lettre d'information ou vous inscrire à un événement, et "
                "uniquement pour la finalité et la durée indiquées sur ce formulaire."
            )),
            ("heading", "Vos droits"),
            ("paragraph", (
                "Vous pouvez demander à accéder à vos données, à les rectifier ou à les effacer, et retirer "
                "votre consentement à tout moment. Vous pouvez également introduire une réclamation auprès "
                "de votre autorité nationale de protection des données."
            )),
        ],
    },
    "accessibility": {
        "title": "Déclaration d'accessibilité",
        "slug": "declaration-d-accessibilite",
        "intro": (
            "Nous voulons que chacun puisse utiliser ce portail, quels que soient son appareil, sa langue ou "
            "ses capacités."
        ),
        "body": [
            ("heading", "État de conformité"),
            ("paragraph", (
                "Le portail vise la conformité aux Règles pour l'accessibilité des contenus Web (WCAG) 2.1, "
                "niveau AA. Chaque page est vérifiée automatiquement dans les six langues, ainsi que "
                "manuellement au clavier et avec un lecteur d'écran."
            )),
            ("heading", "Signaler un problème"),
            ("paragraph", (
                "Si vous rencontrez un obstacle sur le portail, merci de nous le signaler à l'adresse de "
                "contact indiquée au bas de la page. Nous répondons dans un délai de dix jours ouvrables."
            )),
        ],
    },
    "legal": {
        "title": "Mentions légales",
        "slug": "mentions-legales",
        "intro": "Qui édite ce portail et à quelles conditions son contenu peut être réutilisé.",
        "body": [
            ("heading", "Éditeur"),
            ("paragraph", (
                "Ce portail est édité par KMOP, Centre d'action sociale et d'innovation, Athènes (Grèce), en "
                "sa qualité de coordinateur du projet Primacenters."
            )),
            ("heading", "Réutilisation des contenus"),
            ("paragraph", (
                "Sauf mention contraire, les textes de ce portail peuvent être réutilisés à des fins non "
                "commerciales, à condition d'en citer la source. Les logos et les photographies restent la "
                "propriété de leurs détenteurs."
            )),
        ],
    },
}

FOOTER = {
    "name": "Pied de page principal",
    "contact": "Projet Primacenters, coordonné par KMOP, Athènes (Grèce).",
    "funding_disclaimer": (
        "Financé par l'Union européenne. Les points de vue et avis exprimés n'engagent toutefois que leur(s) "
        "auteur(s) et ne reflètent pas nécessairement ceux de l'Union européenne ou de l'autorité octroyant "
        "la subvention. Ni l'Union européenne ni l'autorité octroyant la subvention ne sauraient en être "
        "tenues pour responsables."
    ),
}
