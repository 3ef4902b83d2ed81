"""Directory demo content in French; mirrors en.py (same keys, same paragraphs in the same order)."""

DIRECTORY = {
    "title": "Annuaire",
    "slug": "annuaire",
    "intro": (
        "Trouvez les centres locaux pour l'emploi, les associations d'accompagnement, les syndicats, les employeurs "
        "et les services publics qui aident les femmes et les hommes migrants à trouver un travail décent dans "
        "l'agriculture, la pêche et la sylviculture en Belgique, en Grèce, en Espagne, en Italie et à Chypre. Filtrez "
        "la liste, ouvrez la carte ou triez par distance depuis votre ville."
    ),
}

PLACES = {
    # Villes
    "Almería": "Almería",
    "Amaliada": "Amaliáda",
    "Argos": "Argos",
    "Athens": "Athènes",
    "Brussels": "Bruxelles",
    "El Ejido": "El Ejido",
    "Foggia": "Foggia",
    "Ghent": "Gand",
    "Huelva": "Huelva",
    "Ioannina": "Ioannina",
    "Kalamata": "Kalamata",
    "Larnaca": "Larnaca",
    "Latina": "Latina",
    "Leuven": "Louvain",
    "Liège": "Liège",
    "Limassol": "Limassol",
    "Louvain-la-Neuve": "Louvain-la-Neuve",
    "Mazara del Vallo": "Mazara del Vallo",
    "Murcia": "Murcie",
    "Namur": "Namur",
    "Nicosia": "Nicosie",
    "Paphos": "Paphos",
    "Ragusa": "Raguse",
    "Rome": "Rome",
    "Sint-Truiden": "Saint-Trond",
    "Sparta": "Sparte",
    "Tripoli": "Tripoli",
    "Vigo": "Vigo",
    # Régions
    "Andalusia": "Andalousie",
    "Apulia": "Pouilles",
    "Attica": "Attique",
    "Brussels-Capital Region": "Région de Bruxelles-Capitale",
    "East Flanders": "Flandre-Orientale",
    "Epirus": "Épire",
    "Flemish Brabant": "Brabant flamand",
    "Galicia": "Galice",
    "Larnaca District": "District de Larnaca",
    "Lazio": "Latium",
    "Liège Province": "Province de Liège",
    "Limassol District": "District de Limassol",
    "Limburg": "Limbourg",
    "Namur Province": "Province de Namur",
    "Nicosia District": "District de Nicosie",
    "Paphos District": "District de Paphos",
    "Peloponnese": "Péloponnèse",
    "Region of Murcia": "Région de Murcie",
    "Sicily": "Sicile",
    "Walloon Brabant": "Brabant wallon",
    "Western Greece": "Grèce-Occidentale",
}

ORGANISATIONS = {
    "kmop": {
        "description": [
            "KMOP – Centre d'action sociale et d'innovation est une organisation à but non lucratif basée à Athènes, "
            "active dans l'inclusion sociale, l'emploi et l'égalité des chances. Elle coordonne le projet "
            "Primacenters et accompagne les centres locaux pour l'emploi du réseau par des méthodes, des formations "
            "et l'évaluation.",
        ],
    },
    "cardet": {
        "description": [
            "CARDET est un centre indépendant de recherche et de développement basé à Nicosie, actif dans "
            "l'éducation, la formation et l'inclusion sociale. Dans Primacenters, il contribue aux modules de "
            "formation destinés aux conseillers, aux employeurs et aux demandeurs d'emploi et organise les activités "
            "du projet à Chypre.",
        ],
    },
    "land-impresa-sociale": {
        "description": [
            "LAND Impresa Sociale est une entreprise sociale italienne active dans l'inclusion sociale, le travail et "
            "le développement local. Dans Primacenters, elle apporte l'expérience des territoires agricoles italiens "
            "et organise les activités du projet avec les acteurs locaux en Italie.",
        ],
    },
    "headway": {
        "description": [
            "HEADWAY est le partenaire belge de Primacenters, basé à Bruxelles. Il relie le projet aux organisations "
            "belges et européennes actives dans l'emploi et les migrations et organise les activités du projet en "
            "Belgique.",
        ],
    },
    "region-of-peloponnese": {
        "title": "Région du Péloponnèse",
        "slug": "region-du-peloponnese",
        "description": [
            "La Région du Péloponnèse est l'autorité régionale du sud de la Grèce continentale, avec son siège à "
            "Tripoli. Oliveraies, vergers d'agrumes et cultures maraîchères sont au cœur de son économie. Dans "
            "Primacenters, elle accueille un centre local pour l'emploi qui travaille avec les producteurs et les "
            "travailleurs migrants.",
        ],
    },
    "cyprus-labour-institute": {
        "title": "Institut du travail de Chypre (PEO)",
        "slug": "institut-du-travail-de-chypre-peo",
        "description": [
            "L'Institut du travail de Chypre est l'institut de recherche de la Fédération panchypriote du travail "
            "(PEO). Il étudie l'emploi, les salaires et les conditions de travail à Chypre et partage ses résultats "
            "avec les syndicats, les décideurs politiques et le public.",
        ],
    },
    "collectif-des-femmes": {
        "description": [
            "Le Collectif des Femmes est une association sans but lucratif de Louvain-la-Neuve qui travaille avec des "
            "femmes, dont beaucoup sont d'origine étrangère. Il propose des formations, des cours de langue et des "
            "activités collectives qui ouvrent la voie vers l'emploi et la participation sociale.",
        ],
    },
    "assembly-of-european-regions": {
        "title": "Assemblée des Régions d'Europe",
        "slug": "assemblee-des-regions-d-europe",
        "description": [
            "L'Assemblée des Régions d'Europe est un réseau de régions de toute l'Europe. Elle favorise la coopération "
            "entre autorités régionales et l'échange d'expériences en matière de politique régionale.",
        ],
    },
    "aeidl": {
        "description": [
            "L'AEIDL, Association européenne pour l'information sur le développement local, est une organisation sans "
            "but lucratif basée à Bruxelles. Elle soutient le développement local et l'innovation sociale par la "
            "communication, la mise en réseau et l'évaluation.",
        ],
    },
    "province-of-flemish-brabant": {
        "title": "Province du Brabant flamand",
        "slug": "province-du-brabant-flamand",
        "description": [
            "La Province du Brabant flamand est l'autorité provinciale de la province néerlandophone qui entoure "
            "Bruxelles, avec son siège à Louvain. Ses missions comprennent l'agriculture, l'horticulture et le "
            "développement des zones rurales.",
        ],
    },
    "actiris": {
        "description": [
            "Actiris est le service public de l'emploi de la Région de Bruxelles-Capitale. Il aide les demandeurs "
            "d'emploi à trouver un travail ou une formation et accompagne les employeurs qui recrutent.",
        ],
    },
    "duo-for-a-job": {
        "description": [
            "DUO for a JOB est une association sans but lucratif belge qui forme des binômes entre des jeunes "
            "demandeurs d'emploi issus de l'immigration et des bénévoles de plus de 50 ans. Chaque binôme se "
            "rencontre régulièrement pendant six mois pour avancer dans la recherche d'emploi du jeune.",
        ],
    },
    "irfam": {
        "description": [
            "L'IRFAM, Institut de recherche, formation et action sur les migrations, est une association sans but "
            "lucratif de Liège. Il travaille sur les migrations, les relations interculturelles et la lutte contre les "
            "discriminations par la recherche, la formation et l'appui aux professionnels.",
        ],
    },
    "cepag": {
        "description": [
            "Le CEPAG est un mouvement d'éducation populaire wallon lié au mouvement syndical. Il organise des "
            "formations et des activités de sensibilisation sur le travail, les droits sociaux et la citoyenneté.",
        ],
    },
    "le-monde-des-possibles": {
        "description": [
            "Le Monde des Possibles est une association sans but lucratif de Liège qui accompagne des personnes "
            "d'origine étrangère. Elle propose des cours de français, des formations aux compétences numériques et "
            "un appui sur le chemin de l'emploi.",
        ],
    },
    "centro-primacenters-almeria": {
        "description": [
            "Centre local pour l'emploi du réseau Primacenters au service des exploitations sous serre de la province "
            "d'Almería. Les conseillers rapprochent offres et demandeurs d'emploi, vérifient les contrats avant toute "
            "orientation et expliquent les droits des travailleurs en plusieurs langues.",
        ],
    },
    "asociacion-arenal": {
        "description": [
            "Association de travailleuses saisonnières des champs de fruits rouges de Huelva. Des travailleuses "
            "expérimentées accompagnent les nouvelles venues comme mentores, tiennent une ligne téléphonique pendant "
            "la saison et se rendent avec elles dans les services publics.",
        ],
    },
    "vega-abierta": {
        "description": [
            "Organisme de formation aux métiers agricoles dans la Région de Murcie. Il propose des formations courtes "
            "sur la sécurité au travail dans les vergers et les serres, la conduite d'engins agricoles et la "
            "manipulation des denrées, avec des cours d'espagnol en parallèle.",
        ],
    },
    "fundacion-surcos-solidarios": {
        "description": [
            "Fondation qui soutient les ouvriers agricoles de l'ouest d'Almería par des conseils juridiques, une aide "
            "pour trouver un logement décent et des cours d'espagnol. Elle aide aussi les travailleurs à faire "
            "reconnaître leurs compétences et leurs diplômes.",
        ],
    },
    "escuela-ria-abierta": {
        "description": [
            "École de formation à la pêche et à l'aquaculture à Vigo. Elle prépare les équipages aux certificats de "
            "sécurité de base exigés en mer et propose des formations à la conchyliculture et à la pisciculture pour "
            "les nouveaux venus dans le secteur.",
        ],
    },
    "centro-primacenters-latina": {
        "description": [
            "Centre local pour l'emploi du réseau Primacenters dans la plaine pontine, où de nombreux travailleurs "
            "d'origine indienne sont employés dans les exploitations maraîchères et laitières. Il recense les offres "
            "des exploitations, oriente les demandeurs d'emploi et les informe sur les contrats et les salaires.",
        ],
    },
    "cooperativa-serra-aperta": {
        "description": [
            "Coopérative sociale qui travaille avec les producteurs sous serre et les services locaux autour de "
            "Raguse. Elle organise un transport sûr vers les exploitations, aide les travailleurs à trouver un "
            "logement décent et donne des cours d'italien le soir.",
        ],
    },
    "ponte-dei-braccianti": {
        "description": [
            "Association qui informe et conseille juridiquement les ouvriers agricoles de la province de Foggia, "
            "surtout pendant la récolte des tomates. Son guichet mobile se rend sur les lieux de vie des travailleurs "
            "et les oriente vers le service public de l'emploi.",
        ],
    },
    "pescatori-nuova-rotta": {
        "description": [
            "Coopérative d'armateurs de pêche de Mazara del Vallo, où de nombreux membres d'équipage viennent de "
            "Tunisie. Elle travaille avec des centres de formation pour que les nouveaux marins obtiennent leurs "
            "certificats de sécurité et un contrat écrit avant de prendre la mer.",
        ],
    },
    "centre-kalamata": {
        "title": "Centre Primacenters de Kalamata",
        "slug": "centre-primacenters-de-kalamata",
        "description": [
            "Centre local pour l'emploi du réseau Primacenters au service des producteurs d'olives et d'agrumes de "
            "Messénie. Avant chaque récolte, il recense les besoins des producteurs, vérifie les offres d'emploi et "
            "reçoit les demandeurs d'emploi dans leur propre langue.",
        ],
    },
    "evrotas-producers": {
        "title": "Groupement de producteurs Récolte verte de l'Eurotas",
        "slug": "groupement-de-producteurs-recolte-verte-de-l-eurotas",
        "description": [
            "Groupement de producteurs d'olives et d'agrumes de la vallée de l'Eurotas. Ses membres recrutent leurs "
            "saisonniers par l'intermédiaire du centre local pour l'emploi et partagent le transport vers les "
            "vergers.",
        ],
    },
    "argolida-network": {
        "title": "Réseau d'accueil des nouveaux arrivants d'Argolide",
        "slug": "reseau-d-accueil-des-nouveaux-arrivants-d-argolide",
        "description": [
            "Réseau de bénévoles à Argos qui soutient les travailleurs migrants et leurs familles. Il propose des "
            "cours de grec, une aide pour les titres de séjour et les permis de travail et des conseils juridiques en "
            "cas de litige du travail.",
        ],
    },
    "pindos-forest-cooperative": {
        "title": "Coopérative forestière Crête du Pinde",
        "slug": "cooperative-forestiere-crete-du-pinde",
        "description": [
            "Coopérative forestière qui réalise des éclaircies, des replantations et des travaux de prévention des "
            "incendies dans les montagnes d'Épire. Elle forme ses nouveaux ouvriers, dont des réfugiés installés dans "
            "la région, et leur fournit l'équipement de protection.",
        ],
    },
    "western-greece-advice-centre": {
        "title": "Centre de conseil aux ouvriers agricoles de Grèce-Occidentale",
        "slug": "centre-de-conseil-aux-ouvriers-agricoles-de-grece-occidentale",
        "description": [
            "Centre de conseil pour les ouvriers agricoles des champs de fraises et de légumes de l'Élide. Il explique "
            "les droits des travailleurs, aide à porter plainte pour salaires impayés et accompagne les travailleurs à "
            "l'inspection du travail.",
        ],
    },
    "limassol-employment-desk": {
        "title": "Guichet de l'emploi rural de Limassol",
        "slug": "guichet-de-l-emploi-rural-de-limassol",
        "description": [
            "Guichet de l'emploi pour les villages du district de Limassol, en lien avec les vignobles, les "
            "exploitations maraîchères et les élevages. Il aide les employeurs à rédiger des offres conformes à la loi "
            "et les travailleurs à comprendre leur contrat et leurs droits.",
        ],
    },
    "paphos-women-farmers": {
        "title": "Cercle des agricultrices de Paphos",
        "slug": "cercle-des-agricultrices-de-paphos",
        "description": [
            "Cercle d'agricultrices et d'ouvrières agricoles du district de Paphos, d'ici et d'ailleurs. Ses membres "
            "se réunissent chaque mois, échangent des conseils sur le travail et la formation et organisent des "
            "formations courtes à la transformation alimentaire.",
        ],
    },
    "larnaca-marine-skills": {
        "title": "Centre des métiers de la mer de Larnaca",
        "slug": "centre-des-metiers-de-la-mer-de-larnaca",
        "description": [
            "Centre de formation professionnelle à la pêche et à la pisciculture sur la côte de Larnaca. Il évalue "
            "les compétences acquises sur le terrain par les pêcheurs et les ouvriers piscicoles migrants et les "
            "prépare à des certificats reconnus.",
        ],
    },
    "mesaoria-welcome": {
        "title": "Association d'accueil des nouveaux arrivants de la Mésorée",
        "slug": "association-d-accueil-des-nouveaux-arrivants-de-la-mesoree",
        "description": [
            "Association qui accueille les migrants et réfugiés nouvellement arrivés dans le district de Nicosie. "
            "Elle donne des cours de grec et d'anglais, aide les familles à trouver un logement et met les demandeurs "
            "d'emploi en relation avec des exploitations et des entreprises alimentaires.",
        ],
    },
    "akkerbrug": {
        "description": [
            "Organisation sans but lucratif gantoise qui oriente les nouveaux arrivants vers les métiers de "
            "l'horticulture et du maraîchage. Elle organise des stages dans les exploitations autour de la ville, "
            "avec des cours de néerlandais centrés sur le travail.",
        ],
    },
    "bloesem-en-boomgaard": {
        "description": [
            "Centre de formation à l'arboriculture fruitière en Hesbaye. Ses formations associent les techniques de "
            "taille et de cueillette à la sécurité au travail et au néerlandais professionnel, pour que les "
            "saisonniers puissent se voir confier des tâches qualifiées.",
        ],
    },
    "sillons-d-avenir": {
        "description": [
            "Association sans but lucratif liégeoise qui accompagne les personnes migrantes souhaitant travailler "
            "dans l'agriculture et le maraîchage en Hesbaye et au Pays de Herve. Elle propose un accompagnement, de "
            "courts stages en exploitation et des activités collectives.",
        ],
    },
    "foret-solidaire": {
        "description": [
            "Organisme de formation sans but lucratif à Namur qui prépare des demandeurs d'emploi, dont des réfugiés, "
            "aux métiers de la forêt en Ardenne. Ses formations portent sur l'abattage en sécurité, l'usage de la "
            "tronçonneuse et l'entretien forestier.",
        ],
    },
}

PEOPLE = {
    "nadia-benali": {
        "role": "Conseillère emploi",
        "expertise": "Contrats saisonniers dans l'horticulture sous serre ; accompagnement des demandeurs d'emploi en "
                     "arabe, en français et en espagnol.",
    },
    "lucia-ortega": {
        "role": "Coordinatrice des mentores",
        "expertise": "Mentorat entre pairs pour les travailleuses saisonnières ; prévention et signalement du "
                     "harcèlement au travail.",
    },
    "giulia-ferrante": {
        "role": "Chargée de la mise en relation",
        "expertise": "Recensement des offres d'emploi des exploitations maraîchères et laitières et vérification de "
                     "leur conformité à la convention collective.",
    },
    "harpreet-sandhu": {
        "role": "Médiatrice interculturelle",
        "expertise": "Médiation entre travailleurs agricoles et employeurs ; interprétariat en pendjabi.",
    },
    "eleni-markopoulou": {
        "role": "Responsable du centre local",
        "expertise": "Préparation de la récolte avec les producteurs ; partenariats avec les communes et les "
                     "coopératives.",
    },
    "samir-haddad": {
        "role": "Conseiller juridique",
        "expertise": "Titres de séjour et permis de travail ; litiges du travail pour salaires impayés.",
    },
    "andreas-charalambous": {
        "role": "Formateur en pisciculture",
        "expertise": "Évaluation des compétences acquises sur le terrain ; sécurité dans les fermes piscicoles et "
                     "sur les bateaux de pêche.",
    },
    "marieke-van-den-broeck": {
        "role": "Coordinatrice des formations",
        "expertise": "Formation sur le lieu de travail en arboriculture fruitière ; néerlandais professionnel.",
    },
    "karim-diallo": {
        "role": "Animateur socioculturel",
        "expertise": "Stages dans les fermes et le maraîchage ; activités collectives pour les nouveaux arrivants.",
    },
    "sofia-christodoulou": {
        "role": "Coordinatrice des bénévoles",
        "expertise": "Formations à la transformation alimentaire ; accueil des femmes qui débutent dans "
                     "l'agriculture à Chypre.",
    },
}

GENERATED = {
    "title": "Organisation d'exemple {n}",
    "slug": "organisation-exemple-{n}",
    "description": "Une organisation générée, utilisée pour mesurer l'annuaire avec de nombreuses fiches.",
}
