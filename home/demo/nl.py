"""Demo content in Dutch; mirrors en.py item by item."""

PAGES = {
    "home": {
        "title": "Waardig werk in de primaire sector",
        "slug": "home",
        "intro": (
            "Primacenters is een netwerk van lokale werkgelegenheidscentra in België, Griekenland, Spanje, "
            "Italië en Cyprus die migrantenvrouwen en -mannen helpen om waardig werk te vinden in de "
            "landbouw, de visserij en de bosbouw."
        ),
        "hero_image_alt": "Rijen gewassen onder een opkomende zon, getekend als eenvoudige illustratie",
        "body": [
            ("heading", "Wat het netwerk doet"),
            ("paragraph", (
                "De lokale centra brengen vacatures bij landbouwers, coöperaties en visserijbedrijven in "
                "kaart, informeren werkzoekenden over hun rechten en opleidingsmogelijkheden, en verwijzen "
                "hen door naar diensten voor huisvesting, taallessen en de erkenning van kwalificaties."
            )),
            ("paragraph", (
                "Beroepskrachten wisselen goede praktijken en opleidingsmodules uit, zodat wat in de ene "
                "regio werkt, in een andere kan worden overgenomen. Werkgevers vinden partners die de lokale "
                "arbeidsmarkt en de werkzoekenden kennen."
            )),
            ("quote", "Seizoenswerk moet een eerste stap zijn, geen doodlopende weg.",
             "Deelnemer aan een rondetafelgesprek, Sicilië, mei 2025"),
            ("heading", "Wie we zijn"),
            ("paragraph", (
                "Het project wordt gecoördineerd door KMOP in Griekenland, samen met CARDET in Cyprus, LAND "
                "Impresa Sociale in Italië, HEADWAY in België en de Regio Peloponnesos. Het wordt "
                "medegefinancierd door de Europese Unie."
            )),
        ],
    },
    "about": {
        "title": "Over het project",
        "slug": "over-het-project",
        "intro": (
            "Primacenters brengt vijf partners samen om lokale werkgelegenheidscentra op te bouwen die "
            "werken voor arbeidsmigranten en voor de plattelandseconomieën die hen nodig hebben."
        ),
        "body": [
            ("heading", "Waarom de primaire sector"),
            ("paragraph", (
                "Landbouw, visserij en bosbouw zijn steeds meer afhankelijk van arbeidsmigranten, maar veel "
                "van deze banen zijn seizoensgebonden, informeel of slecht beschermd. Vooral "
                "migrantenvrouwen kampen met isolement en hebben weinig mogelijkheden om stabiel werk te "
                "vinden."
            )),
            ("heading", "Onze aanpak"),
            ("paragraph", (
                "Elk centrum combineert het in kaart brengen van banen en vacatures, het koppelen van vraag "
                "en aanbod en doorverwijzing met informatie over rechten, opleiding en taalondersteuning. De "
                "centra werken samen met werkgevers, vakbonden, openbare diensten voor arbeidsbemiddeling en "
                "het maatschappelijk middenveld, zodat een vacature ook eerlijke arbeidsvoorwaarden biedt."
            )),
            ("heading", "Netwerkevenementen in 2025"),
            ("paragraph", (
                "De partners ontmoetten beroepskrachten en werkgevers in Cyprus op 31 maart, hielden "
                "rondetafelgesprekken op Sicilië op 22 en 23 mei, brachten vanuit Brussel op 28 mei 42 "
                "deelnemers online samen en kwamen op 2 juni bijeen in de Peloponnesos."
            )),
            ("heading", "Partnerorganisaties"),
            ("paragraph", (
                "KMOP (coördinator, Griekenland), CARDET (Cyprus), LAND Impresa Sociale (Italië), HEADWAY "
                "(België) en de Regio Peloponnesos (Griekenland)."
            )),
        ],
    },
    "privacy": {
        "title": "Privacyverklaring",
        "slug": "privacyverklaring",
        "intro": "Hoe dit portaal met persoonsgegevens omgaat en welke rechten u daarover hebt.",
        "body": [
            ("heading", "Wie is verantwoordelijk"),
            ("paragraph", (
                "Het portaal wordt beheerd door KMOP, de projectcoördinator, namens de partners van "
                "Primacenters. U kunt ons bereiken via het contactadres in de voettekst van elke pagina."
            )),
            ("heading", "Wat we verzamelen"),
            ("paragraph", (
                "Om het portaal te raadplegen hoeft u zich niet te registreren, en er worden geen cookies "
                "geplaatst om u te volgen. We bewaren alleen de gegevens die u ons via een formulier "
                "verstrekt, bijvoorbeeld bij een inschrijving op de nieuwsbrief of een aanmelding voor een "
                "evenement, en alleen voor het doel en de termijn die op dat formulier vermeld staan."
            )),
            ("heading", "Uw rechten"),
            ("paragraph", (
                "U kunt vragen om uw gegevens in te zien, te verbeteren of te wissen, en u kunt uw "
                "toestemming op elk moment intrekken. U kunt ook een klacht indienen bij uw nationale "
                "gegevensbeschermingsautoriteit."
            )),
        ],
    },
    "accessibility": {
        "title": "Toegankelijkheidsverklaring",
        "slug": "toegankelijkheidsverklaring",
        "intro": (
            "We willen dat iedereen dit portaal kan gebruiken, ongeacht apparaat, taal of mogelijkheden."
        ),
        "body": [
            ("heading", "Nalevingsstatus"),
            ("paragraph", (
                "Het portaal streeft ernaar te voldoen aan de Richtlijnen voor Toegankelijkheid van "
                "Webcontent (WCAG) 2.1 op niveau AA. Elke pagina wordt in alle zes talen automatisch "
                "gecontroleerd, en daarnaast handmatig met een toetsenbord en een schermlezer."
            )),
            ("heading", "Reacties"),
            ("paragraph", (
                "Stuit u op een drempel op het portaal? Laat het ons weten via het contactadres in de "
                "voettekst. We antwoorden binnen tien werkdagen."
            )),
        ],
    },
    "legal": {
        "title": "Juridische kennisgeving",
        "slug": "juridische-kennisgeving",
        "intro": "Wie dit portaal uitgeeft en onder welke voorwaarden de inhoud mag worden hergebruikt.",
        "body": [
            ("heading", "Uitgever"),
            ("paragraph", (
                "Dit portaal wordt uitgegeven door KMOP, Centrum voor Sociale Actie en Innovatie, Athene, "
                "Griekenland, als coördinator van het project Primacenters."
            )),
            ("heading", "Hergebruik van inhoud"),
            ("paragraph", (
                "Tenzij anders vermeld, mogen de teksten op dit portaal voor niet-commerciële doeleinden "
                "worden hergebruikt, mits de bron wordt vermeld. Logo's en foto's blijven eigendom van de "
                "respectieve rechthebbenden."
            )),
        ],
    },
}

FOOTER = {
    "name": "Hoofdvoettekst",
    "contact": "Project Primacenters, gecoördineerd door KMOP, Athene, Griekenland.",
    "funding_disclaimer": (
        "Gefinancierd door de Europese Unie. De hier geuite standpunten en meningen zijn echter alleen die "
        "van de auteur(s) en geven niet noodzakelijk die van de Europese Unie of de subsidieverlenende "
        "instantie weer. Noch de Europese Unie, noch de subsidieverlenende instantie kan ervoor "
        "verantwoordelijk worden gehouden."
    ),
}
