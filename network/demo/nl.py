"""Directory demo content in Dutch; mirrors en.py (same keys, same paragraphs in the same order)."""

DIRECTORY = {
    "title": "Organisatiegids",
    "slug": "organisatiegids",
    "intro": (
        "Vind lokale werkgelegenheidscentra, ondersteunende organisaties, vakbonden, werkgevers en openbare diensten "
        "die migrantenvrouwen en -mannen helpen om fatsoenlijk werk te vinden in de landbouw, de visserij en de "
        "bosbouw in België, Griekenland, Spanje, Italië en Cyprus. Filter de lijst, open de kaart of sorteer op "
        "afstand van uw gemeente."
    ),
}

PLACES = {
    # Steden
    "Almería": "Almería",
    "Amaliada": "Amaliada",
    "Argos": "Argos",
    "Athens": "Athene",
    "Brussels": "Brussel",
    "El Ejido": "El Ejido",
    "Foggia": "Foggia",
    "Ghent": "Gent",
    "Huelva": "Huelva",
    "Ioannina": "Ioannina",
    "Kalamata": "Kalamata",
    "Larnaca": "Larnaca",
    "Latina": "Latina",
    "Leuven": "Leuven",
    "Liège": "Luik",
    "Limassol": "Limassol",
    "Louvain-la-Neuve": "Louvain-la-Neuve",
    "Mazara del Vallo": "Mazara del Vallo",
    "Murcia": "Murcia",
    "Namur": "Namen",
    "Nicosia": "Nicosia",
    "Paphos": "Paphos",
    "Ragusa": "Ragusa",
    "Rome": "Rome",
    "Sint-Truiden": "Sint-Truiden",
    "Sparta": "Sparta",
    "Tripoli": "Tripoli",
    "Vigo": "Vigo",
    # Regio's
    "Andalusia": "Andalusië",
    "Apulia": "Apulië",
    "Attica": "Attika",
    "Brussels-Capital Region": "Brussels Hoofdstedelijk Gewest",
    "East Flanders": "Oost-Vlaanderen",
    "Epirus": "Epirus",
    "Flemish Brabant": "Vlaams-Brabant",
    "Galicia": "Galicië",
    "Larnaca District": "District Larnaca",
    "Lazio": "Lazio",
    "Liège Province": "Provincie Luik",
    "Limassol District": "District Limassol",
    "Limburg": "Limburg",
    "Namur Province": "Provincie Namen",
    "Nicosia District": "District Nicosia",
    "Paphos District": "District Paphos",
    "Peloponnese": "Peloponnesos",
    "Region of Murcia": "Regio Murcia",
    "Sicily": "Sicilië",
    "Walloon Brabant": "Waals-Brabant",
    "Western Greece": "West-Griekenland",
}

ORGANISATIONS = {
    "kmop": {
        "description": [
            "KMOP – Centrum voor Sociale Actie en Innovatie is een organisatie zonder winstoogmerk in Athene die "
            "werkt rond sociale inclusie, werkgelegenheid en gelijke kansen. Ze coördineert het project Primacenters "
            "en ondersteunt de lokale werkgelegenheidscentra van het netwerk met methoden, opleiding en evaluatie.",
        ],
    },
    "cardet": {
        "description": [
            "CARDET is een onafhankelijk centrum voor onderzoek en ontwikkeling in Nicosia dat werkt rond onderwijs, "
            "opleiding en sociale inclusie. Binnen Primacenters draagt het bij aan de opleidingsmodules voor "
            "begeleiders, werkgevers en werkzoekenden en organiseert het de activiteiten van het project op Cyprus.",
        ],
    },
    "land-impresa-sociale": {
        "description": [
            "LAND Impresa Sociale is een Italiaanse sociale onderneming die werkt rond sociale inclusie, werk en "
            "lokale ontwikkeling. Binnen Primacenters brengt ze de ervaring van Italiaanse landbouwgebieden in en "
            "organiseert ze de activiteiten van het project met lokale partners in Italië.",
        ],
    },
    "headway": {
        "description": [
            "HEADWAY is de Belgische partner van Primacenters, gevestigd in Brussel. Het brengt het project in "
            "contact met Belgische en Europese organisaties die werken rond werkgelegenheid en migratie en "
            "organiseert de activiteiten van het project in België.",
        ],
    },
    "region-of-peloponnese": {
        "title": "Regio Peloponnesos",
        "slug": "regio-peloponnesos",
        "description": [
            "De Regio Peloponnesos is het regionale bestuur van het zuiden van het Griekse vasteland, met zetel in "
            "Tripoli. Olijfgaarden, citrusboomgaarden en groenteteelt staan centraal in de economie van de regio. "
            "Binnen Primacenters huisvest ze een lokaal werkgelegenheidscentrum dat samenwerkt met telers en "
            "migrantenwerknemers.",
        ],
    },
    "cyprus-labour-institute": {
        "title": "Cypriotisch Arbeidsinstituut (PEO)",
        "slug": "cypriotisch-arbeidsinstituut-peo",
        "description": [
            "Het Cypriotisch Arbeidsinstituut is het onderzoeksinstituut van de Pancypriotische Federatie van de "
            "Arbeid (PEO). Het bestudeert werkgelegenheid, lonen en arbeidsomstandigheden op Cyprus en deelt zijn "
            "bevindingen met vakbonden, beleidsmakers en het publiek.",
        ],
    },
    "collectif-des-femmes": {
        "description": [
            "Collectif des Femmes is een vereniging zonder winstoogmerk in Louvain-la-Neuve die werkt met vrouwen, "
            "van wie velen een migratieachtergrond hebben. Ze biedt opleidingen, taallessen en "
            "gemeenschapsactiviteiten die de weg openen naar werk en maatschappelijke deelname.",
        ],
    },
    "assembly-of-european-regions": {
        "title": "Vergadering van Europese Regio's",
        "slug": "vergadering-van-europese-regios",
        "description": [
            "De Vergadering van Europese Regio's is een netwerk van regio's uit heel Europa. Ze bevordert de "
            "samenwerking tussen regionale overheden en de uitwisseling van ervaringen over regionaal beleid.",
        ],
    },
    "aeidl": {
        "description": [
            "AEIDL, de Europese Vereniging voor Informatie over Lokale Ontwikkeling, is een organisatie zonder "
            "winstoogmerk in Brussel. Ze ondersteunt lokale ontwikkeling en sociale innovatie met communicatie, "
            "netwerking en evaluatie.",
        ],
    },
    "province-of-flemish-brabant": {
        "title": "Provincie Vlaams-Brabant",
        "slug": "provincie-vlaams-brabant",
        "description": [
            "De Provincie Vlaams-Brabant is het provinciebestuur van de Nederlandstalige provincie rond Brussel, met "
            "zetel in Leuven. Haar werk omvat onder meer land- en tuinbouw en de ontwikkeling van het platteland.",
        ],
    },
    "actiris": {
        "description": [
            "Actiris is de openbare dienst voor arbeidsbemiddeling van het Brussels Hoofdstedelijk Gewest. Het helpt "
            "werkzoekenden werk of een opleiding te vinden en ondersteunt werkgevers die aanwerven.",
        ],
    },
    "duo-for-a-job": {
        "description": [
            "DUO for a JOB is een Belgische vereniging zonder winstoogmerk die jonge werkzoekenden met een "
            "migratieachtergrond koppelt aan vrijwilligers ouder dan 50. Elk duo komt zes maanden lang geregeld samen "
            "om te werken aan de zoektocht naar werk van de jongere.",
        ],
    },
    "irfam": {
        "description": [
            "IRFAM, het Instituut voor Onderzoek, Opleiding en Actie rond Migratie, is een vereniging zonder "
            "winstoogmerk in Luik. Het werkt rond migratie, interculturele relaties en de strijd tegen discriminatie, "
            "met onderzoek, opleiding en ondersteuning van professionals.",
        ],
    },
    "cepag": {
        "description": [
            "CEPAG is een Waalse beweging voor volksopvoeding die verbonden is met de vakbondsbeweging. Ze organiseert "
            "opleidingen en sensibiliseringsactiviteiten over werk, sociale rechten en burgerschap.",
        ],
    },
    "le-monde-des-possibles": {
        "description": [
            "Le Monde des Possibles is een vereniging zonder winstoogmerk in Luik die mensen van buitenlandse "
            "herkomst ondersteunt. Ze biedt lessen Frans, opleidingen in digitale vaardigheden en hulp op de weg naar "
            "werk.",
        ],
    },
    "centro-primacenters-almeria": {
        "description": [
            "Een lokaal werkgelegenheidscentrum van het Primacenters-netwerk voor de serrebedrijven in de provincie "
            "Almería. Begeleiders brengen vacatures en werkzoekenden samen, controleren contracten voordat ze iemand "
            "doorverwijzen en leggen de rechten van werknemers uit in verschillende talen.",
        ],
    },
    "asociacion-arenal": {
        "description": [
            "Een vereniging van vrouwelijke seizoenarbeiders op de bessenvelden van Huelva. Ervaren arbeidsters "
            "begeleiden nieuwkomers als mentor, houden tijdens het seizoen een telefoonlijn open en gaan met vrouwen "
            "mee naar openbare diensten.",
        ],
    },
    "vega-abierta": {
        "description": [
            "Een opleidingsverstrekker voor landbouwwerk in de Regio Murcia. Het organiseert korte opleidingen over "
            "veilig werken in boomgaarden en serres, het besturen van landbouwmachines en het omgaan met "
            "voedingsmiddelen, met lessen Spaans ernaast.",
        ],
    },
    "fundacion-surcos-solidarios": {
        "description": [
            "Een stichting die landarbeiders in het westen van Almería ondersteunt met juridisch advies, hulp bij het "
            "vinden van fatsoenlijke huisvesting en lessen Spaans. Ze helpt werknemers ook om hun vaardigheden en "
            "diploma's te laten erkennen.",
        ],
    },
    "escuela-ria-abierta": {
        "description": [
            "Een opleidingsschool voor visserij en aquacultuur in Vigo. Ze bereidt bemanningen voor op de "
            "basisveiligheidscertificaten die op zee verplicht zijn en geeft cursussen schelpdier- en viskweek voor "
            "nieuwkomers in de sector.",
        ],
    },
    "centro-primacenters-latina": {
        "description": [
            "Een lokaal werkgelegenheidscentrum van het Primacenters-netwerk in de Pontijnse vlakte, waar veel "
            "werknemers van Indiase herkomst werken op groente- en melkveebedrijven. Het registreert vacatures van "
            "bedrijven, verwijst werkzoekenden door en informeert hen over contracten en lonen.",
        ],
    },
    "cooperativa-serra-aperta": {
        "description": [
            "Een sociale coöperatie die samenwerkt met serretelers en lokale diensten rond Ragusa. Ze organiseert "
            "veilig vervoer naar de bedrijven, helpt werknemers fatsoenlijke huisvesting te vinden en geeft 's avonds "
            "lessen Italiaans.",
        ],
    },
    "ponte-dei-braccianti": {
        "description": [
            "Een vereniging die landarbeiders in de provincie Foggia informatie en juridisch advies geeft, vooral "
            "tijdens de tomatenoogst. Haar mobiele loket gaat naar de plaatsen waar werknemers wonen en verwijst hen "
            "door naar de openbare dienst voor arbeidsbemiddeling.",
        ],
    },
    "pescatori-nuova-rotta": {
        "description": [
            "Een coöperatie van eigenaars van vissersboten in Mazara del Vallo, waar veel bemanningsleden uit Tunesië "
            "komen. Ze werkt samen met opleidingscentra zodat nieuwe bemanningsleden hun veiligheidscertificaten en "
            "een schriftelijk contract hebben voordat ze uitvaren.",
        ],
    },
    "centre-kalamata": {
        "title": "Primacenters-centrum Kalamata",
        "slug": "primacenters-centrum-kalamata",
        "description": [
            "Een lokaal werkgelegenheidscentrum van het Primacenters-netwerk voor de olijf- en citrustelers van "
            "Messenië. Voor elke oogst brengt het de behoeften van de telers in kaart, controleert het vacatures en "
            "spreekt het werkzoekenden in hun eigen taal.",
        ],
    },
    "evrotas-producers": {
        "title": "Producentengroep Groene Oogst Evrotas",
        "slug": "producentengroep-groene-oogst-evrotas",
        "description": [
            "Een groep olijf- en citrusproducenten in de vallei van de Evrotas. De leden werven seizoenarbeiders aan "
            "via het lokale werkgelegenheidscentrum en delen het vervoer naar de boomgaarden.",
        ],
    },
    "argolida-network": {
        "title": "Ondersteuningsnetwerk voor nieuwkomers in Argolis",
        "slug": "ondersteuningsnetwerk-voor-nieuwkomers-in-argolis",
        "description": [
            "Een vrijwilligersnetwerk in Argos dat migrantenwerknemers en hun gezinnen ondersteunt. Het biedt lessen "
            "Grieks, hulp bij verblijfs- en arbeidsvergunningen en juridisch advies bij arbeidsconflicten.",
        ],
    },
    "pindos-forest-cooperative": {
        "title": "Boscoöperatie Pindoskam",
        "slug": "boscooperatie-pindoskam",
        "description": [
            "Een boscoöperatie die dunningen, herbebossing en brandpreventie uitvoert in de bergen van Epirus. Ze "
            "leidt nieuwe ploegleden op, onder wie vluchtelingen die in de regio wonen, en zorgt voor "
            "beschermingsmiddelen.",
        ],
    },
    "western-greece-advice-centre": {
        "title": "Adviescentrum voor landarbeiders West-Griekenland",
        "slug": "adviescentrum-voor-landarbeiders-west-griekenland",
        "description": [
            "Een adviescentrum voor landarbeiders op de aardbeien- en groentevelden van Elis. Het legt werknemers hun "
            "rechten uit, helpt bij klachten over onbetaald loon en gaat met werknemers mee naar de "
            "arbeidsinspectie.",
        ],
    },
    "limassol-employment-desk": {
        "title": "Loket voor plattelandswerk Limassol",
        "slug": "loket-voor-plattelandswerk-limassol",
        "description": [
            "Een werkloket voor de dorpen van het district Limassol, dat samenwerkt met wijngaarden, groentebedrijven "
            "en veehouderijen. Het helpt werkgevers wettige vacatures op te stellen en helpt werknemers hun contract "
            "en hun rechten te begrijpen.",
        ],
    },
    "paphos-women-farmers": {
        "title": "Kring van boerinnen van Paphos",
        "slug": "kring-van-boerinnen-van-paphos",
        "description": [
            "Een kring van boerinnen en landarbeidsters in het district Paphos, zowel uit de streek als met een "
            "migratieachtergrond. De leden komen elke maand samen, wisselen advies uit over werk en opleiding en "
            "organiseren korte cursussen voedselverwerking.",
        ],
    },
    "larnaca-marine-skills": {
        "title": "Centrum voor maritieme vaardigheden Larnaca",
        "slug": "centrum-voor-maritieme-vaardigheden-larnaca",
        "description": [
            "Een beroepsopleidingscentrum voor visserij en viskweek aan de kust van Larnaca. Het beoordeelt de "
            "vaardigheden die migrantenvissers en werknemers van viskwekerijen op het werk hebben opgedaan en bereidt "
            "hen voor op erkende certificaten.",
        ],
    },
    "mesaoria-welcome": {
        "title": "Onthaalvereniging voor nieuwkomers Mesaoria",
        "slug": "onthaalvereniging-voor-nieuwkomers-mesaoria",
        "description": [
            "Een vereniging die pas aangekomen migranten en vluchtelingen in het district Nicosia verwelkomt. Ze geeft "
            "lessen Grieks en Engels, helpt gezinnen een woning te vinden en brengt werkzoekenden in contact met "
            "landbouw- en voedingsbedrijven.",
        ],
    },
    "akkerbrug": {
        "description": [
            "Een organisatie zonder winstoogmerk in Gent die nieuwkomers begeleidt naar banen in de tuinbouw en de "
            "groenteteelt. Ze regelt werkstages op bedrijven rond de stad, met lessen Nederlands gericht op de "
            "werkvloer.",
        ],
    },
    "bloesem-en-boomgaard": {
        "description": [
            "Een opleidingscentrum voor fruitteelt in Haspengouw. De opleidingen combineren snoei- en pluktechnieken "
            "met veiligheid op het werk en Nederlands voor de werkvloer, zodat seizoenarbeiders geschoolde taken "
            "kunnen opnemen.",
        ],
    },
    "sillons-d-avenir": {
        "description": [
            "Een vereniging zonder winstoogmerk in Luik die migranten ondersteunt die willen werken in de landbouw en "
            "de groenteteelt in Haspengouw en het Land van Herve. Ze biedt begeleiding, korte stages op bedrijven en "
            "gemeenschapsactiviteiten.",
        ],
    },
    "foret-solidaire": {
        "description": [
            "Een opleidingsverstrekker zonder winstoogmerk in Namen die werkzoekenden, onder wie vluchtelingen, "
            "voorbereidt op boswerk in de Ardennen. De opleidingen gaan over veilig bomen vellen, het gebruik van de "
            "kettingzaag en bosonderhoud.",
        ],
    },
}

PEOPLE = {
    "nadia-benali": {
        "role": "Arbeidsconsulente",
        "expertise": "Seizoenscontracten in de serreteelt; begeleiding van werkzoekenden in het Arabisch, het Frans "
                     "en het Spaans.",
    },
    "lucia-ortega": {
        "role": "Coördinator van de mentoren",
        "expertise": "Mentoring onder gelijken voor vrouwelijke seizoenarbeiders; voorkomen en melden van "
                     "intimidatie op het werk.",
    },
    "giulia-ferrante": {
        "role": "Medewerker arbeidsbemiddeling",
        "expertise": "Vacatures van groente- en melkveebedrijven registreren en toetsen aan de collectieve "
                     "arbeidsovereenkomst.",
    },
    "harpreet-sandhu": {
        "role": "Interculturele bemiddelaar",
        "expertise": "Bemiddeling tussen landarbeiders en werkgevers; tolken in het Punjabi.",
    },
    "eleni-markopoulou": {
        "role": "Hoofd van het lokale centrum",
        "expertise": "De oogst plannen met telers; partnerschappen met gemeenten en coöperaties.",
    },
    "samir-haddad": {
        "role": "Juridisch adviseur",
        "expertise": "Verblijfs- en arbeidsvergunningen; arbeidsconflicten over onbetaald loon.",
    },
    "andreas-charalambous": {
        "role": "Opleider viskweek",
        "expertise": "Beoordelen van op het werk verworven vaardigheden; veiligheid op viskwekerijen en "
                     "vissersboten.",
    },
    "marieke-van-den-broeck": {
        "role": "Opleidingscoördinator",
        "expertise": "Opleiding op de werkvloer in de fruitteelt; Nederlands voor de werkvloer.",
    },
    "karim-diallo": {
        "role": "Opbouwwerker",
        "expertise": "Stages op landbouw- en groentebedrijven; gemeenschapsactiviteiten voor nieuwkomers.",
    },
    "sofia-christodoulou": {
        "role": "Coördinator van de vrijwilligers",
        "expertise": "Cursussen voedselverwerking; onthaal van vrouwen die nieuw zijn in de landbouw op Cyprus.",
    },
}

GENERATED = {
    "title": "Voorbeeldorganisatie {n}",
    "slug": "voorbeeldorganisatie-{n}",
    "description": "Een gegenereerde organisatie, gebruikt om de gids met veel vermeldingen te meten.",
}
