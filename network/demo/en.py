"""Directory demo content in English, written for Primacenters Portal.

The other languages mirror this module: the same keys, and for each organisation the same number of description
paragraphs in the same order. Texts are paired with their English originals by position (network.demo.seed). An
organisation's name and slug are the same in every language unless a language gives its own (names with an exonym,
and the descriptive names of the Greek and Cypriot local organisations). City and region names come from PLACES,
which every language maps from the English name. Facts that are the same in every language (type, coordinates,
codes, website) appear only here, under "facts".

The fifteen first organisations are the project's partners and the organisations named in its events: their
descriptions stay with their publicly known general role. The local organisations after them and all the people
are invented for the demo.
"""

DIRECTORY = {
    "title": "Directory",
    "slug": "directory",
    "intro": (
        "Find local employment centres, support organisations, trade unions, employers and public services that help "
        "migrant women and men find decent work in agriculture, fisheries and forestry in Belgium, Greece, Spain, "
        "Italy and Cyprus. Filter the list, open the map, or sort by distance from your town."
    ),
}

# City and region names, as written in English (the key) and in this language (the value).
PLACES = {
    # Cities
    "Almería": "Almería",
    "Amaliada": "Amaliada",
    "Argos": "Argos",
    "Athens": "Athens",
    "Brussels": "Brussels",
    "El Ejido": "El Ejido",
    "Foggia": "Foggia",
    "Ghent": "Ghent",
    "Huelva": "Huelva",
    "Ioannina": "Ioannina",
    "Kalamata": "Kalamata",
    "Larnaca": "Larnaca",
    "Latina": "Latina",
    "Leuven": "Leuven",
    "Liège": "Liège",
    "Limassol": "Limassol",
    "Louvain-la-Neuve": "Louvain-la-Neuve",
    "Mazara del Vallo": "Mazara del Vallo",
    "Murcia": "Murcia",
    "Namur": "Namur",
    "Nicosia": "Nicosia",
    "Paphos": "Paphos",
    "Ragusa": "Ragusa",
    "Rome": "Rome",
    "Sint-Truiden": "Sint-Truiden",
    "Sparta": "Sparta",
    "Tripoli": "Tripoli",
    "Vigo": "Vigo",
    # Regions
    "Andalusia": "Andalusia",
    "Apulia": "Apulia",
    "Attica": "Attica",
    "Brussels-Capital Region": "Brussels-Capital Region",
    "East Flanders": "East Flanders",
    "Epirus": "Epirus",
    "Flemish Brabant": "Flemish Brabant",
    "Galicia": "Galicia",
    "Larnaca District": "Larnaca District",
    "Lazio": "Lazio",
    "Liège Province": "Liège Province",
    "Limassol District": "Limassol District",
    "Limburg": "Limburg",
    "Namur Province": "Namur Province",
    "Nicosia District": "Nicosia District",
    "Paphos District": "Paphos District",
    "Peloponnese": "Peloponnese",
    "Region of Murcia": "Region of Murcia",
    "Sicily": "Sicily",
    "Walloon Brabant": "Walloon Brabant",
    "Western Greece": "Western Greece",
}


def facts(org_type, country, region, city, lat, lon, sectors=(), services=(), languages=(), partner=False,
          website=""):
    return {
        "type": org_type, "partner": partner, "country": country, "region": region, "city": city, "lat": lat,
        "lon": lon, "sectors": list(sectors), "services": list(services), "languages": list(languages),
        "website": website,
    }


ORGANISATIONS = {
    # Project partners ---------------------------------------------------------------------------------
    "kmop": {
        "title": "KMOP",
        "slug": "kmop",
        "description": [
            "KMOP – Social Action and Innovation Centre is a non-profit organisation in Athens working on social "
            "inclusion, employment and equal opportunities. It coordinates the Primacenters project and supports the "
            "local employment centres of the network with methods, training and evaluation.",
        ],
        "facts": facts(
            "civil-society", "GR", "Attica", "Athens", "37.983810", "23.727539", partner=True,
            sectors=["agriculture", "fisheries", "forestry"], services=["guidance", "training", "job-matching"],
            languages=["el", "en"], website="https://www.kmop.gr/",
        ),
    },
    "cardet": {
        "title": "CARDET",
        "slug": "cardet",
        "description": [
            "CARDET is an independent research and development centre in Nicosia working on education, training and "
            "social inclusion. In Primacenters it contributes to the training modules for counsellors, employers and "
            "job seekers and organises the project's activities in Cyprus.",
        ],
        "facts": facts(
            "research", "CY", "Nicosia District", "Nicosia", "35.185566", "33.382276", partner=True,
            sectors=["agriculture", "fisheries", "aquaculture"], services=["training", "guidance"],
            languages=["el", "en"], website="https://cardet.org/",
        ),
    },
    "land-impresa-sociale": {
        "title": "LAND Impresa Sociale",
        "slug": "land-impresa-sociale",
        "description": [
            "LAND Impresa Sociale is an Italian social enterprise working on social inclusion, work and local "
            "development. In Primacenters it brings the experience of Italian farming areas and organises the "
            "project's activities with local stakeholders in Italy.",
        ],
        "facts": facts(
            "civil-society", "IT", "Lazio", "Rome", "41.902782", "12.496366", partner=True,
            sectors=["agriculture", "agri-food"], services=["guidance", "training", "community"],
            languages=["it", "en"],
        ),
    },
    "headway": {
        "title": "HEADWAY",
        "slug": "headway",
        "description": [
            "HEADWAY is the Belgian partner of Primacenters, based in Brussels. It connects the project with Belgian "
            "and European organisations working on employment and migration and organises the project's activities "
            "in Belgium.",
        ],
        "facts": facts(
            "civil-society", "BE", "Brussels-Capital Region", "Brussels", "50.846557", "4.351697", partner=True,
            sectors=["agriculture"], services=["guidance", "community"], languages=["en", "fr", "nl"],
        ),
    },
    "region-of-peloponnese": {
        "title": "Region of Peloponnese",
        "slug": "region-of-peloponnese",
        "description": [
            "The Region of Peloponnese is the regional authority of the southern Greek mainland, with its seat in "
            "Tripoli. Olive groves, citrus orchards and vegetable farms are central to its economy. In Primacenters "
            "it hosts a local employment centre that works with growers and migrant workers.",
        ],
        "facts": facts(
            "local-authority", "GR", "Peloponnese", "Tripoli", "37.510136", "22.372644", partner=True,
            sectors=["agriculture", "livestock", "agri-food"], services=["job-matching", "guidance"],
            languages=["el", "en"], website="https://www.ppel.gov.gr/",
        ),
    },
    # Organisations named in the project's events ------------------------------------------------------
    "cyprus-labour-institute": {
        "title": "Cyprus Labour Institute (PEO)",
        "slug": "cyprus-labour-institute-peo",
        "description": [
            "The Cyprus Labour Institute is the research institute of the Pancyprian Federation of Labour (PEO). It "
            "studies employment, pay and working conditions in Cyprus and shares its findings with trade unions, "
            "policy makers and the public.",
        ],
        "facts": facts(
            "research", "CY", "Nicosia District", "Nicosia", "35.185566", "33.382276",
            sectors=["agriculture"], languages=["el", "en"],
        ),
    },
    "collectif-des-femmes": {
        "title": "Collectif des Femmes",
        "slug": "collectif-des-femmes",
        "description": [
            "Collectif des Femmes is a non-profit association in Louvain-la-Neuve working with women, many of them "
            "of migrant origin. It offers training, language courses and community activities that open the way to "
            "work and to social participation.",
        ],
        "facts": facts(
            "civil-society", "BE", "Walloon Brabant", "Louvain-la-Neuve", "50.668081", "4.611675",
            services=["training", "language-courses", "community"], languages=["fr", "en"],
        ),
    },
    "assembly-of-european-regions": {
        "title": "Assembly of European Regions",
        "slug": "assembly-of-european-regions",
        "description": [
            "The Assembly of European Regions is a network of regions from across Europe. It promotes cooperation "
            "between regional authorities and the exchange of experience on regional policy.",
        ],
        "facts": facts(
            "international", "BE", "Brussels-Capital Region", "Brussels", "50.846557", "4.351697",
            languages=["en", "fr"], website="https://aer.eu/",
        ),
    },
    "aeidl": {
        "title": "AEIDL",
        "slug": "aeidl",
        "description": [
            "AEIDL, the European Association for Information on Local Development, is a non-profit organisation "
            "based in Brussels. It supports local development and social innovation through communication, "
            "networking and evaluation work.",
        ],
        "facts": facts(
            "civil-society", "BE", "Brussels-Capital Region", "Brussels", "50.846557", "4.351697",
            languages=["en", "fr"], website="https://www.aeidl.eu/",
        ),
    },
    "province-of-flemish-brabant": {
        "title": "Province of Flemish Brabant",
        "slug": "province-of-flemish-brabant",
        "description": [
            "The Province of Flemish Brabant is the provincial authority of the Dutch-speaking province around "
            "Brussels, with its seat in Leuven. Its work includes agriculture and horticulture and the development of "
            "the countryside.",
        ],
        "facts": facts(
            "local-authority", "BE", "Flemish Brabant", "Leuven", "50.879844", "4.700518",
            sectors=["agriculture"], languages=["nl", "en", "fr"], website="https://www.vlaamsbrabant.be/",
        ),
    },
    "actiris": {
        "title": "Actiris",
        "slug": "actiris",
        "description": [
            "Actiris is the public employment service of the Brussels-Capital Region. It helps job seekers find work "
            "or training and supports employers who are recruiting.",
        ],
        "facts": facts(
            "public-employment-service", "BE", "Brussels-Capital Region", "Brussels", "50.846557", "4.351697",
            services=["job-matching", "guidance", "training"], languages=["fr", "nl", "en"],
            website="https://www.actiris.brussels/",
        ),
    },
    "duo-for-a-job": {
        "title": "DUO for a JOB",
        "slug": "duo-for-a-job",
        "description": [
            "DUO for a JOB is a Belgian non-profit association that pairs young job seekers with a migrant background "
            "with volunteers aged over 50. Each pair meets regularly for six months to work on the young person's "
            "search for a job.",
        ],
        "facts": facts(
            "civil-society", "BE", "Brussels-Capital Region", "Brussels", "50.846557", "4.351697",
            services=["guidance", "community"], languages=["fr", "nl", "en"], website="https://www.duoforajob.be/",
        ),
    },
    "irfam": {
        "title": "IRFAM",
        "slug": "irfam",
        "description": [
            "IRFAM, the Institute for Research, Training and Action on Migration, is a non-profit organisation in "
            "Liège. It works on migration, intercultural relations and the fight against discrimination through "
            "research, training and support for professionals.",
        ],
        "facts": facts(
            "research", "BE", "Liège Province", "Liège", "50.632557", "5.579666",
            services=["training"], languages=["fr", "en"],
        ),
    },
    "cepag": {
        "title": "CEPAG",
        "slug": "cepag",
        "description": [
            "CEPAG is a popular education movement in Wallonia linked to the trade union movement. It runs training "
            "courses and awareness activities on work, social rights and citizenship.",
        ],
        "facts": facts(
            "civil-society", "BE", "Namur Province", "Namur", "50.465421", "4.867222",
            services=["training", "community"], languages=["fr"],
        ),
    },
    "le-monde-des-possibles": {
        "title": "Le Monde des Possibles",
        "slug": "le-monde-des-possibles",
        "description": [
            "Le Monde des Possibles is a non-profit association in Liège that supports people of foreign origin. It "
            "offers French courses, digital skills training and help on the way to work.",
        ],
        "facts": facts(
            "civil-society", "BE", "Liège Province", "Liège", "50.632557", "5.579666",
            services=["language-courses", "training", "guidance"], languages=["fr", "en"],
        ),
    },
    # Local organisations (invented for the demo) ------------------------------------------------------
    "centro-primacenters-almeria": {
        "title": "Centro Primacenters Almería",
        "slug": "centro-primacenters-almeria",
        "description": [
            "A local employment centre of the Primacenters network serving the greenhouse farms of the province of "
            "Almería. Counsellors match job offers with job seekers, check contracts before referring anyone and "
            "explain workers' rights in several languages.",
        ],
        "facts": facts(
            "local-employment-centre", "ES", "Andalusia", "Almería", "36.834047", "-2.463713",
            sectors=["agriculture", "agri-food"], services=["job-matching", "guidance", "legal-advice"],
            languages=["es", "ar", "fr", "ro", "wo", "en"],
        ),
    },
    "asociacion-arenal": {
        "title": "Asociación Arenal de Mujeres Temporeras",
        "slug": "asociacion-arenal-mujeres-temporeras",
        "description": [
            "An association of women seasonal workers in the berry fields of Huelva. Experienced workers act as peer "
            "mentors for newcomers, run a telephone line during the season and go with women to public services.",
        ],
        "facts": facts(
            "civil-society", "ES", "Andalusia", "Huelva", "37.261421", "-6.944722",
            sectors=["agriculture"], services=["guidance", "community", "legal-advice"],
            languages=["es", "ro", "bg", "ar", "fr"],
        ),
    },
    "vega-abierta": {
        "title": "Vega Abierta Formación Agraria",
        "slug": "vega-abierta-formacion-agraria",
        "description": [
            "A training provider for farm work in the Region of Murcia. It runs short courses on safe work in "
            "orchards and greenhouses, driving farm machinery and handling food, with Spanish classes alongside.",
        ],
        "facts": facts(
            "training-provider", "ES", "Region of Murcia", "Murcia", "37.992240", "-1.130654",
            sectors=["agriculture", "agri-food"], services=["training", "language-courses"],
            languages=["es", "ar", "en"],
        ),
    },
    "fundacion-surcos-solidarios": {
        "title": "Fundación Surcos Solidarios",
        "slug": "fundacion-surcos-solidarios",
        "description": [
            "A foundation supporting farmworkers in the west of Almería with legal advice, help in finding decent "
            "housing and Spanish classes. It also helps workers to have their skills and diplomas recognised.",
        ],
        "facts": facts(
            "civil-society", "ES", "Andalusia", "El Ejido", "36.776335", "-2.814634",
            sectors=["agriculture"], services=["legal-advice", "housing", "language-courses", "recognition"],
            languages=["es", "ar", "fr", "wo", "en"],
        ),
    },
    "escuela-ria-abierta": {
        "title": "Escuela de Pesca Ría Abierta",
        "slug": "escuela-de-pesca-ria-abierta",
        "description": [
            "A training school for fishing and aquaculture in Vigo. It prepares crews for the basic safety "
            "certificates required at sea and runs courses on shellfish and fish farming for newcomers to the sector.",
        ],
        "facts": facts(
            "training-provider", "ES", "Galicia", "Vigo", "42.240599", "-8.720727",
            sectors=["fisheries", "aquaculture"], services=["training", "recognition"], languages=["es", "pt", "en"],
        ),
    },
    "centro-primacenters-latina": {
        "title": "Centro Primacenters Latina",
        "slug": "centro-primacenters-latina",
        "description": [
            "A local employment centre of the Primacenters network in the Pontine plain, where many workers of Indian "
            "origin are employed on vegetable and dairy farms. It records job offers from farms, refers job seekers "
            "and informs them about contracts and pay.",
        ],
        "facts": facts(
            "local-employment-centre", "IT", "Lazio", "Latina", "41.467567", "12.903597",
            sectors=["agriculture", "livestock"], services=["job-matching", "guidance", "legal-advice"],
            languages=["it", "pa", "en"],
        ),
    },
    "cooperativa-serra-aperta": {
        "title": "Cooperativa Sociale Serra Aperta",
        "slug": "cooperativa-sociale-serra-aperta",
        "description": [
            "A social cooperative working with greenhouse growers and local services around Ragusa. It organises safe "
            "transport to the farms, helps workers find decent housing and runs Italian classes in the evening.",
        ],
        "facts": facts(
            "civil-society", "IT", "Sicily", "Ragusa", "36.926927", "14.725513",
            sectors=["agriculture"], services=["housing", "language-courses", "community"],
            languages=["it", "ro", "ar", "fr", "en"],
        ),
    },
    "ponte-dei-braccianti": {
        "title": "Associazione Ponte dei Braccianti",
        "slug": "associazione-ponte-dei-braccianti",
        "description": [
            "An association giving information and legal advice to farmworkers in the province of Foggia, above all "
            "during the tomato harvest. Its mobile desk visits the places where workers live and refers them to the "
            "public employment service.",
        ],
        "facts": facts(
            "civil-society", "IT", "Apulia", "Foggia", "41.462198", "15.544630",
            sectors=["agriculture"], services=["legal-advice", "guidance", "job-matching"],
            languages=["it", "fr", "en", "wo", "ar"],
        ),
    },
    "pescatori-nuova-rotta": {
        "title": "Cooperativa Pescatori Nuova Rotta",
        "slug": "cooperativa-pescatori-nuova-rotta",
        "description": [
            "A cooperative of fishing boat owners in Mazara del Vallo, where many crew members come from Tunisia. It "
            "works with training centres so that new crew members get their safety certificates and a written "
            "contract before going to sea.",
        ],
        "facts": facts(
            "employer", "IT", "Sicily", "Mazara del Vallo", "37.651592", "12.587585",
            sectors=["fisheries"], services=["job-matching", "training"], languages=["it", "ar", "fr"],
        ),
    },
    "centre-kalamata": {
        "title": "Primacenters Centre Kalamata",
        "slug": "primacenters-centre-kalamata",
        "description": [
            "A local employment centre of the Primacenters network serving the olive and citrus growers of Messinia. "
            "Before each harvest it records growers' needs, checks job offers and interviews job seekers in their own "
            "language.",
        ],
        "facts": facts(
            "local-employment-centre", "GR", "Peloponnese", "Kalamata", "37.038300", "22.114200",
            sectors=["agriculture", "agri-food"], services=["job-matching", "guidance"],
            languages=["el", "en", "sq", "ar", "ur", "bg"],
        ),
    },
    "evrotas-producers": {
        "title": "Evrotas Green Harvest Producers' Group",
        "slug": "evrotas-green-harvest-producers-group",
        "description": [
            "A group of olive and citrus producers in the Evrotas valley. Its members recruit seasonal workers through "
            "the local employment centre and share transport to the groves.",
        ],
        "facts": facts(
            "employer", "GR", "Peloponnese", "Sparta", "37.073550", "22.429720",
            sectors=["agriculture"], services=["job-matching"], languages=["el", "en"],
        ),
    },
    "argolida-network": {
        "title": "Argolida Newcomers' Support Network",
        "slug": "argolida-newcomers-support-network",
        "description": [
            "A volunteer network in Argos supporting migrant workers and their families. It offers Greek classes, "
            "help with residence and work permits and legal advice on labour disputes.",
        ],
        "facts": facts(
            "civil-society", "GR", "Peloponnese", "Argos", "37.633333", "22.733333",
            sectors=["agriculture"], services=["language-courses", "legal-advice", "guidance"],
            languages=["el", "en", "ar", "fa", "ur"],
        ),
    },
    "pindos-forest-cooperative": {
        "title": "Pindos Ridge Forest Cooperative",
        "slug": "pindos-ridge-forest-cooperative",
        "description": [
            "A forest cooperative carrying out thinning, replanting and fire prevention work in the mountains of "
            "Epirus. It trains new crew members, including refugees living in the region, and provides protective "
            "equipment.",
        ],
        "facts": facts(
            "employer", "GR", "Epirus", "Ioannina", "39.665028", "20.853746",
            sectors=["forestry"], services=["training", "job-matching"], languages=["el", "en", "ar", "fa"],
        ),
    },
    "western-greece-advice-centre": {
        "title": "Western Greece Farmworkers' Advice Centre",
        "slug": "western-greece-farmworkers-advice-centre",
        "description": [
            "An advice centre for farmworkers in the strawberry and vegetable fields of Ilia. It explains workers' "
            "rights, helps with complaints about unpaid wages and goes with workers to the labour inspectorate.",
        ],
        "facts": facts(
            "civil-society", "GR", "Western Greece", "Amaliada", "37.796260", "21.350640",
            sectors=["agriculture"], services=["legal-advice", "guidance"], languages=["el", "bn", "ur", "en"],
        ),
    },
    "limassol-employment-desk": {
        "title": "Limassol Rural Employment Desk",
        "slug": "limassol-rural-employment-desk",
        "description": [
            "An employment desk for the villages of the Limassol district, working with vineyards, vegetable farms and "
            "livestock farms. It helps employers prepare lawful job offers and helps workers understand their "
            "contract and their rights.",
        ],
        "facts": facts(
            "local-employment-centre", "CY", "Limassol District", "Limassol", "34.707130", "33.022617",
            sectors=["agriculture", "livestock"], services=["job-matching", "guidance"],
            languages=["el", "en", "ru", "uk", "ro", "bn"],
        ),
    },
    "paphos-women-farmers": {
        "title": "Paphos Women Farmers' Circle",
        "slug": "paphos-women-farmers-circle",
        "description": [
            "A circle of women farmers and farmworkers in the Paphos district, local and migrant alike. Members meet "
            "every month, share advice on work and training and organise short courses on food processing.",
        ],
        "facts": facts(
            "civil-society", "CY", "Paphos District", "Paphos", "34.772015", "32.429737",
            sectors=["agriculture", "agri-food"], services=["community", "training"],
            languages=["el", "en", "bg", "ro"],
        ),
    },
    "larnaca-marine-skills": {
        "title": "Larnaca Marine Skills Centre",
        "slug": "larnaca-marine-skills-centre",
        "description": [
            "A vocational training centre for fishing and fish farming on the Larnaca coast. It assesses the skills "
            "that migrant fishers and fish farm workers have gained on the job and prepares them for recognised "
            "certificates.",
        ],
        "facts": facts(
            "training-provider", "CY", "Larnaca District", "Larnaca", "34.916667", "33.633333",
            sectors=["fisheries", "aquaculture"], services=["training", "recognition"],
            languages=["el", "en", "ar", "bn"],
        ),
    },
    "mesaoria-welcome": {
        "title": "Mesaoria Newcomers' Welcome Association",
        "slug": "mesaoria-newcomers-welcome-association",
        "description": [
            "An association welcoming newly arrived migrants and refugees in the Nicosia district. It runs Greek and "
            "English classes, helps families find housing and introduces job seekers to farms and food businesses.",
        ],
        "facts": facts(
            "civil-society", "CY", "Nicosia District", "Nicosia", "35.185566", "33.382276",
            sectors=["agriculture", "agri-food"], services=["language-courses", "housing", "guidance"],
            languages=["el", "en", "ar", "fa", "so", "ti"],
        ),
    },
    "akkerbrug": {
        "title": "Akkerbrug vzw",
        "slug": "akkerbrug-vzw",
        "description": [
            "A non-profit organisation in Ghent that guides newcomers towards jobs in horticulture and vegetable "
            "growing. It arranges work placements on farms around the city, with Dutch lessons focused on the "
            "workplace.",
        ],
        "facts": facts(
            "civil-society", "BE", "East Flanders", "Ghent", "51.054342", "3.717424",
            sectors=["agriculture"], services=["job-matching", "language-courses", "guidance"],
            languages=["nl", "en", "fr", "ar", "ti"],
        ),
    },
    "bloesem-en-boomgaard": {
        "title": "Opleidingscentrum Bloesem & Boomgaard",
        "slug": "opleidingscentrum-bloesem-boomgaard",
        "description": [
            "A training centre for fruit growing in Haspengouw. Its courses combine pruning and picking techniques "
            "with safety at work and Dutch for the workplace, so that seasonal workers can take on skilled tasks.",
        ],
        "facts": facts(
            "training-provider", "BE", "Limburg", "Sint-Truiden", "50.816540", "5.186540",
            sectors=["agriculture"], services=["training", "language-courses"], languages=["nl", "en", "ro", "bg"],
        ),
    },
    "sillons-d-avenir": {
        "title": "Sillons d'Avenir asbl",
        "slug": "sillons-d-avenir-asbl",
        "description": [
            "A non-profit association in Liège supporting migrants who wish to work in farming and market gardening "
            "in the Hesbaye and the Pays de Herve. It offers guidance, short placements on farms and community "
            "activities.",
        ],
        "facts": facts(
            "civil-society", "BE", "Liège Province", "Liège", "50.632557", "5.579666",
            sectors=["agriculture", "livestock"], services=["guidance", "job-matching", "community"],
            languages=["fr", "en", "ar"],
        ),
    },
    "foret-solidaire": {
        "title": "Forêt Solidaire asbl",
        "slug": "foret-solidaire-asbl",
        "description": [
            "A non-profit training provider in Namur preparing job seekers, including refugees, for forestry work in "
            "the Ardennes. Its courses cover safe tree felling, the use of chainsaws and forest maintenance.",
        ],
        "facts": facts(
            "training-provider", "BE", "Namur Province", "Namur", "50.465421", "4.867222",
            sectors=["forestry"], services=["training", "job-matching"], languages=["fr", "en", "ar", "fa"],
        ),
    },
}

# People of the demo: invented, each working in one of the invented local organisations. Consent to be shown
# publicly: the date it was given, or None (never asked).
PEOPLE = {
    "nadia-benali": {
        "role": "Employment counsellor",
        "expertise": "Seasonal contracts in greenhouse horticulture; guidance for job seekers in Arabic, French and "
                     "Spanish.",
        "facts": {"name": "Nadia Benali", "organisation": "centro-primacenters-almeria",
                  "languages": ["es", "ar", "fr"], "consent": "2025-02-12"},
    },
    "lucia-ortega": {
        "role": "Coordinator of the peer mentors",
        "expertise": "Peer mentoring for women seasonal workers; preventing and reporting harassment at work.",
        "facts": {"name": "Lucía Ortega Marín", "organisation": "asociacion-arenal",
                  "languages": ["es", "ro"], "consent": "2025-03-04"},
    },
    "giulia-ferrante": {
        "role": "Job matching officer",
        "expertise": "Recording job offers from vegetable and dairy farms and checking them against the collective "
                     "agreement.",
        "facts": {"name": "Giulia Ferrante", "organisation": "centro-primacenters-latina",
                  "languages": ["it", "en"], "consent": "2025-02-20"},
    },
    "harpreet-sandhu": {
        "role": "Cultural mediator",
        "expertise": "Mediation between farm workers and employers; interpreting in Punjabi.",
        "facts": {"name": "Harpreet Kaur Sandhu", "organisation": "centro-primacenters-latina",
                  "languages": ["pa", "it", "en"], "consent": None},
    },
    "eleni-markopoulou": {
        "role": "Head of the local centre",
        "expertise": "Planning the harvest with growers; partnerships with municipalities and cooperatives.",
        "facts": {"name": "Eleni Markopoulou", "organisation": "centre-kalamata",
                  "languages": ["el", "en"], "consent": "2025-01-28"},
    },
    "samir-haddad": {
        "role": "Legal adviser",
        "expertise": "Residence and work permits; labour disputes over unpaid wages.",
        "facts": {"name": "Samir Haddad", "organisation": "argolida-network",
                  "languages": ["ar", "el", "en"], "consent": None},
    },
    "andreas-charalambous": {
        "role": "Trainer in fish farming",
        "expertise": "Assessing skills gained on the job; safety on fish farms and fishing boats.",
        "facts": {"name": "Andreas Charalambous", "organisation": "larnaca-marine-skills",
                  "languages": ["el", "en"], "consent": "2025-03-18"},
    },
    "marieke-van-den-broeck": {
        "role": "Training coordinator",
        "expertise": "Training on the job in fruit growing; Dutch for the workplace.",
        "facts": {"name": "Marieke Van den Broeck", "organisation": "bloesem-en-boomgaard",
                  "languages": ["nl", "en", "fr"], "consent": "2025-02-05"},
    },
    "karim-diallo": {
        "role": "Community worker",
        "expertise": "Placements on farms and market gardens; community activities for newcomers.",
        "facts": {"name": "Karim Diallo", "organisation": "sillons-d-avenir",
                  "languages": ["fr", "wo", "en"], "consent": None},
    },
    "sofia-christodoulou": {
        "role": "Volunteer coordinator",
        "expertise": "Courses on food processing; welcoming women who are new to farming in Cyprus.",
        "facts": {"name": "Sofia Christodoulou", "organisation": "paphos-women-farmers",
                  "languages": ["el", "en", "bg"], "consent": None},
    },
}

# Texts of the organisations that `seed_demo --scale N` generates for benchmarks ({n}: the number).
GENERATED = {
    "title": "Sample organisation {n}",
    "slug": "sample-organisation-{n}",
    "description": "A generated organisation, used to measure the directory with many entries.",
}
