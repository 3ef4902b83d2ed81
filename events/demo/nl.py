"""Events demo content in Dutch; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEX = {
    "title": "Evenementen",
    "slug": "evenementen",
    "intro": (
        "Netwerkevenementen, seminaries en workshops van de Primacenters-partners: ontmoet werkgevers, "
        "arbeidsbemiddelaars en organisaties die migrantenwerknemers in de landbouw, de visserij en de bosbouw "
        "ondersteunen. Schrijf je in voor de volgende evenementen en lees de verslagen van de vorige."
    ),
}

SECTIONS = {
    "coordinator": {
        "title": "Projectcoördinatie",
        "intro": "Evenementen van het hele Primacenters-netwerk, georganiseerd door het coördinatieteam van het "
                 "project.",
    },
    "kmop": {"intro": "Evenementen georganiseerd door KMOP in Griekenland en online."},
    "cardet": {"intro": "Evenementen georganiseerd door CARDET in Cyprus."},
    "land-impresa-sociale": {"intro": "Evenementen georganiseerd door LAND Impresa Sociale in Italië."},
    "headway": {"intro": "Evenementen georganiseerd door HEADWAY in België en online vanuit Brussel."},
    "region-of-peloponnese": {"intro": "Evenementen georganiseerd door de Regio Peloponnesos."},
}

EVENTS = {
    "cyprus-networking": {
        "title": "Netwerkevenement in Cyprus: eerlijke werving in landbouw en visserij",
        "slug": "netwerkevenement-cyprus",
        "summary": (
            "Het eerste netwerkevenement van Primacenters: arbeidsconsulenten, werkgevers uit landbouw en visserij en "
            "migrantenorganisaties bespreken hoe werknemers worden geworven en waar een lokaal centrum kan helpen."
        ),
        "body": [
            ("paragraph", (
                "CARDET nodigt arbeidsconsulenten, werkgevers uit landbouw en visserij, overheidsdiensten en "
                "migrantenorganisaties uit op het eerste netwerkevenement van het Primacenters-project."
            )),
            ("paragraph", (
                "De deelnemers vergelijken hoe seizoenwerkers en vaste werknemers vandaag worden geworven, welke "
                "moeilijkheden werkgevers hebben om personeel te vinden en op welke drempels migrantenwerknemers "
                "stuiten, van taal tot de erkenning van hun vaardigheden."
            )),
        ],
        "venue_name": "CARDET, vergaderzaal",
        "venue_address": "",
        "venue_city": "Nicosia",
        "interpretation": "Grieks–Engels",
        "speakers": [
            {"name": "Maria Georgiou", "affiliation": "Loket voor plattelandswerk Limassol"},
        ],
        "programme": [],
        "report": {
            "title": "Verslag: netwerkevenement in Cyprus",
            "slug": "verslag",
            "summary": (
                "Werkgevers, consulenten en organisaties waren het eens: een lokaal centrum moet het enige "
                "aanspreekpunt "
                "zijn voor eerlijke werving in landbouw en visserij."
            ),
            "participant_profile": (
                "Arbeidsconsulenten, werkgevers uit de landbouw, de viskweek en de visserij, overheidsdiensten, "
                "vakbonden en migrantenorganisaties."
            ),
            "key_takeaways": [
                "Werkgevers willen één aanspreekpunt voor werving.",
                "Taalondersteuning is nodig op de werkplek, niet alleen in de klas.",
                "Migrantenorganisaties zijn essentieel om werkzoekenden te bereiken.",
            ],
            "speakers": "Maria Georgiou (Loket voor plattelandswerk Limassol); een onderzoeker van het Cypriotisch "
                        "Arbeidsinstituut (PEO); een opleider in de viskweek; "
                        "CARDET.",
            "body": [
                ("paragraph", (
                    "De ochtend begon met cijfers over migrantenwerknemers in de Cypriotische landbouw en visserij, "
                    "gevolgd door een uitwisseling tussen werkgevers en consulenten over hoe werknemers vandaag worden "
                    "geworven."
                )),
                ("heading", "Eén aanspreekpunt"),
                ("paragraph", (
                    "Werkgevers vroegen om één plek die kandidaten voorselecteert, de regels uitlegt en plaatsingen "
                    "opvolgt. Dat is de rol van de lokale werkcentra die het project opzet."
                )),
            ],
        },
    },
    "sicily-round-tables": {
        "title": "Rondetafels op Sicilië: vervoer, huisvesting en eerlijke werving",
        "slug": "rondetafels-sicilie",
        "summary": (
            "Twee dagen rondetafelgesprekken met telers, vakbonden, gemeenten en migrantenwerknemers over vervoer, "
            "huisvesting en de strijd tegen illegale tussenpersonen."
        ),
        "body": [
            ("paragraph", (
                "LAND Impresa Sociale organiseert twee dagen rondetafelgesprekken in de provincie Ragusa met telers, "
                "vakbonden, gemeenten, migrantenwerknemers en de organisaties die hen ondersteunen."
            )),
            ("paragraph", (
                "Elke rondetafel vertrekt van een praktijk die lokaal werkt, zoals de gedeelde minibus naar de kassen, "
                "en vraagt wat er nodig is om ze uit te breiden."
            )),
        ],
        "venue_name": "Cooperativa Sociale Serra Aperta, vergaderzaal",
        "venue_address": "",
        "venue_city": "Ragusa",
        "interpretation": "",
        "speakers": [
            {"name": "Salvatore Greco", "affiliation": "Associazione Ponte dei Braccianti"},
        ],
        "programme": [],
        "report": {
            "title": "Verslag: rondetafels op Sicilië",
            "slug": "verslag",
            "summary": (
                "Telers, vakbonden, gemeenten en werknemers waren het eens: vervoer naar de velden komt eerst, en "
                "seizoenwerk moet leiden tot vaste banen."
            ),
            "participant_profile": (
                "Telers en hun coöperaties, vakbondsafgevaardigden, gemeentelijke sociale diensten, culturele "
                "bemiddelaars en migrantenwerknemers."
            ),
            "key_takeaways": [
                "Vervoer naar de velden is de eerste voorwaarde voor eerlijke werving.",
                "Gemeenten kunnen werknemers helpen hun verblijfplaats te laten registreren.",
                "Seizoenwerk moet leiden tot vaste banen, niet tot een doodlopende weg.",
            ],
            "speakers": "LAND Impresa Sociale; Cooperativa Sociale Serra Aperta; Associazione Ponte dei Braccianti.",
            "body": [
                ("paragraph", (
                    "Op de eerste dag gingen de rondetafels over vervoer en huisvesting; op de tweede over "
                    "arbeidscontracten en de rol van het lokale werkcentrum bij het koppelen van vacatures en "
                    "werknemers."
                )),
            ],
        },
    },
    "brussels-online-event": {
        "title": "Online netwerkevenement vanuit Brussel: praktijken die reizen",
        "slug": "online-netwerkevenement-brussel",
        "summary": (
            "Professionals, werkgevers en middenveld uit verschillende landen delen goede praktijken voor waardig werk "
            "van migrantenvrouwen en -mannen in de landbouw, de visserij en de bosbouw."
        ),
        "body": [
            ("paragraph", (
                "HEADWAY organiseert vanuit Brussel het online netwerkevenement van het Primacenters-project. Sprekers "
                "stellen praktijken uit de partnerlanden voor en bespreken met de deelnemers hoe ze elders kunnen "
                "worden toegepast."
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
            "title": "Verslag: online netwerkevenement vanuit Brussel",
            "slug": "verslag",
            "summary": (
                "Tweeënveertig deelnemers van arbeidsbemiddelingsdiensten, werkgeversorganisaties, vakbonden en het "
                "middenveld bespraken praktijken die van de ene regio naar de andere kunnen worden overgebracht."
            ),
            "participant_profile": (
                "Arbeidsbemiddelingsdiensten, werkgeversorganisaties, vakbonden en middenveldorganisaties uit België, "
                "Griekenland, Spanje, Italië en Cyprus."
            ),
            "key_takeaways": [
                "Goede praktijken reizen goed wanneer ze met contactpersonen en documenten komen.",
                "Professionals willen korte opleidingsmodules die ze in hun eigen tempo kunnen volgen.",
            ],
            "speakers": "Peer-mentoring in Huelva; taalopleiding op de werkvloer in de fruitteelt; Els Vermeulen "
                        "(Akkerbrug vzw).",
            "body": [
                ("paragraph", (
                    "Sprekers stelden peer-mentoring voor vrouwelijke seizoenarbeiders en taalopleiding op de "
                    "werkvloer "
                    "in de fruitteelt voor, en beantwoordden daarna vragen over kosten, partners en resultaten."
                )),
            ],
        },
    },
    "peloponnese-event": {
        "title": "Afsluitend netwerkevenement in de Peloponnesos: terugblik op het eerste oogstseizoen",
        "slug": "afsluitend-evenement-peloponnesos",
        "summary": (
            "Telers, coöperaties en overheidsdiensten blikken met het lokale werkcentrum terug op het eerste "
            "oogstseizoen en plannen het volgende."
        ),
        "body": [
            ("paragraph", (
                "De Regio Peloponnesos en KMOP, coördinator van Primacenters, sluiten de reeks netwerkevenementen van "
                "het voorjaar van 2025 af met telers, landbouwcoöperaties, overheidsdiensten en organisaties die "
                "migranten ondersteunen."
            )),
            ("paragraph", (
                "Het lokale werkcentrum stelt zijn eerste seizoen voor: vacatures verzameld vóór de oogst, kandidaten "
                "geïnformeerd over hun rechten in hun eigen taal, en een schriftelijk contract voor elke plaatsing."
            )),
        ],
        "venue_name": "Regio Peloponnesos, conferentiezaal",
        "venue_address": "",
        "venue_city": "Tripoli",
        "interpretation": "",
        "speakers": [],
        "programme": [],
        "report": {
            "title": "Verslag: afsluitend netwerkevenement in de Peloponnesos",
            "slug": "verslag",
            "summary": (
                "Schriftelijke contracten hielpen om werknemers het hele seizoen te houden; telers vroegen om "
                "huisvesting en vervoer vroeger te plannen."
            ),
            "participant_profile": (
                "Olijf- en citrustelers, landbouwcoöperaties, overheidsdiensten van de Regio en organisaties die "
                "migranten ondersteunen."
            ),
            "key_takeaways": [
                "Schriftelijke contracten hielpen om werknemers het hele seizoen te houden.",
                "Telers vroegen om de huisvesting van werknemers vroeger te plannen.",
            ],
            "speakers": "De Regio Peloponnesos; KMOP; de verantwoordelijke van het lokale centrum in Kalamata.",
            "body": [
                ("paragraph", (
                    "Telers en coöperaties vroegen om de voorbereiding al in de zomer te starten, vooral voor "
                    "huisvesting en vervoer, en de dienstverlening uit te breiden naar andere teelten."
                )),
            ],
        },
    },
    "brussels-seminar": {
        "title": "Ochtendseminarie: een eerste baan op een Belgisch landbouwbedrijf",
        "slug": "ochtendseminarie-eerste-baan-belgisch-landbouwbedrijf",
        "summary": (
            "Een ochtend met openbare arbeidsbemiddelingsdiensten, opleidingscentra en verenigingen over de weg naar "
            "landbouwwerk voor nieuwkomers in België, met tolken in het Frans, het Nederlands en het Engels."
        ),
        "body": [
            ("paragraph", (
                "Fruittelers en groentetelers in België zoeken elk seizoen werknemers, terwijl veel nieuwkomers een "
                "eerste baan zoeken. Dit seminarie brengt wie hen helpt elkaar te vinden samen."
            )),
            ("paragraph", "Koffie vanaf 9 uur. Het aantal plaatsen is beperkt: kom op tijd."),
        ],
        "venue_name": "Ontmoetingscentrum Noordwijk",
        "venue_address": "Noordwijk, Brussel",
        "venue_city": "Brussel",
        "interpretation": "Frans–Nederlands–Engels",
        "speakers": [
            {"name": "Julie Renard", "affiliation": "Sillons d'Avenir asbl"},
        ],
        "programme": [
            {"title": "Onthaal met koffie", "speakers": "", "description": ""},
            {"title": "Opening", "speakers": "HEADWAY", "description": ""},
            {"title": "Seizoenwerk in de Belgische fruitteelt", "speakers": "Marieke Van den Broeck",
             "description": "Opleiding op de werkvloer en Nederlands op het werk in Limburgse boomgaarden."},
            {"title": "Landbouwjobs bij de openbare arbeidsbemiddelingsdienst", "speakers": "Actiris",
             "description": ""},
            {"title": "Pauze", "speakers": "", "description": ""},
            {"title": "Rondetafel: mentoring en taalondersteuning op weg naar werk",
             "speakers": "DUO for a JOB, Collectif des Femmes, Le Monde des Possibles, Sillons d'Avenir asbl",
             "description": "Wat een nieuwkomer helpt een eerste baan te houden, en wat werkgevers kunnen doen."},
            {"title": "Besluit", "speakers": "Provincie Vlaams-Brabant", "description": ""},
        ],
        "report": None,
    },
}

UPCOMING = {
    "hybrid-workshop": {
        "title": "Hybride workshop: seizoenwerkers goed onthalen op het bedrijf",
        "slug": "hybride-workshop-onthaal-seizoenwerkers-{date}",
        "summary": (
            "Een praktische workshop voor telers en consulenten over de eerste dagen van een seizoenwerker: contract, "
            "huisvesting, veiligheid en taal. In Brussel en online."
        ),
        "body": [
            ("paragraph", (
                "Telers, arbeidsconsulenten en opleiders delen checklists en voorbeelden voor een goede start op het "
                "bedrijf. Kom naar Brussel of neem online deel: de link wordt naar de ingeschreven deelnemers gestuurd."
            )),
        ],
        "venue_name": "Ontmoetingscentrum Noordwijk",
        "venue_address": "Noordwijk, Brussel",
        "venue_city": "Brussel",
        "interpretation": "Frans–Nederlands–Engels",
        "speakers": [],
        "programme": [
            {"title": "Onthaal en kennismaking", "speakers": "", "description": ""},
            {"title": "De eerste week op het bedrijf: een checklist", "speakers": "Marieke Van den Broeck",
             "description": ""},
            {"title": "Vragen en uitwisseling", "speakers": "", "description": ""},
        ],
    },
    "peloponnese-forum": {
        "title": "Regionaal forum over het volgende oogstseizoen in de Peloponnesos",
        "slug": "regionaal-forum-volgende-oogst-peloponnesos-{date}",
        "summary": (
            "Telers, coöperaties, gemeenten en het lokale werkcentrum bereiden de volgende oogst voor: vacatures, "
            "huisvesting en vervoer van werknemers."
        ),
        "body": [
            ("paragraph", (
                "Het forum volgt de afspraken van het afsluitende evenement van 2025 op. De inschrijvingen worden "
                "beheerd door de Regio Peloponnesos."
            )),
        ],
        "venue_name": "Primacenters-centrum Kalamata",
        "venue_address": "",
        "venue_city": "Kalamata",
        "interpretation": "",
        "speakers": [],
        "programme": [],
    },
    "online-cafe": {
        "title": "Online café voor arbeidsconsulenten",
        "slug": "online-cafe-arbeidsconsulenten-{date}",
        "summary": (
            "Een uur online voor consulenten van de lokale werkcentra om situaties en vragen te delen met collega's "
            "in de vijf landen."
        ),
        "body": [
            ("paragraph", "Inschrijven is niet nodig: volg de link op het uur van de bijeenkomst."),
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
    "title": "Voorbeeldevenement {n}",
    "slug": "voorbeeldevenement-{n}",
    "summary": "Een gegenereerd evenement om de evenementenlijsten en kalenders met veel evenementen te meten.",
}
