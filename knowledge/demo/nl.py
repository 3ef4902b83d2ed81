"""Knowledge demo content in Dutch; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEXES = {
    "good_practices": {
        "title": "Goede praktijken",
        "slug": "goede-praktijken",
        "intro": (
            "Praktijken uit België, Griekenland, Spanje, Italië en Cyprus die migrantenvrouwen en -mannen helpen om "
            "waardig werk te vinden en te behouden in de landbouw, de visserij en de bosbouw. Bij elke praktijk lees "
            "je de context, de aanpak en de resultaten, en wat nodig is om ze elders toe te passen."
        ),
    },
    "training": {
        "title": "Opleiding",
        "slug": "opleiding",
        "intro": (
            "Korte opleidingsmodules voor arbeidsbemiddelaars, werkgevers en werkzoekenden. Doorloop de onderdelen in "
            "je eigen tempo: je voortgang wordt in deze browser bewaard en op het einde kun je een attest afdrukken."
        ),
    },
    "newsletters": {
        "title": "Nieuwsbrief",
        "slug": "nieuwsbrief",
        "intro": (
            "Nieuws uit het netwerk van lokale werkcentra: evenementen, geleerde lessen en de volgende stappen. "
            "Schrijf je in om elk nummer per e-mail in je eigen taal te ontvangen."
        ),
    },
    "press": {
        "title": "Perskamer",
        "slug": "pers",
        "intro": (
            "Persberichten van het Primacenters-project, met contactgegevens voor journalisten. De berichten mogen "
            "vrij worden geciteerd met bronvermelding."
        ),
    },
}

GOOD_PRACTICES = {
    "peloponnese-job-matching": {
        "title": "Bemiddeling voor seizoenswerk via een lokaal werkcentrum in de Peloponnesos",
        "slug": "bemiddeling-seizoenswerk-peloponnesos",
        "summary": (
            "Een lokaal centrum brengt olijf- en citrustelers voor elke oogst in contact met migrerende werknemers, "
            "controleert of elk aanbod een schriftelijk contract bevat en blijft tijdens het seizoen met beide "
            "partijen in contact."
        ),
        "region": "Messenië, Peloponnesos",
        "organisation": "Lokaal Primacenters-centrum van de Regio Peloponnesos, met KMOP",
        "context": [
            (
                "Olijf- en citrusbedrijven in Messenië hebben elk jaar enkele weken lang veel extra werknemers nodig. "
                "De meesten zijn migranten die via mond-tot-mondreclame werk vinden, vaak zonder contract en zonder "
                "inspraak in hun huisvesting of vervoer."
            ),
            (
                "De telers op hun beurt kunnen de oogst moeilijk plannen: werknemers komen te laat aan of vertrekken "
                "halverwege het seizoen naar beter betaald werk."
            ),
        ],
        "approach": [
            (
                "Twee maanden voor de oogst bezoekt het centrum telers en coöperaties om hun behoeften in kaart te "
                "brengen: data, aantal werknemers, loon, huisvesting en vervoer."
            ),
            [
                "Elke vacature wordt aan de collectieve arbeidsovereenkomst getoetst voordat ze wordt gepubliceerd.",
                "Werkzoekenden krijgen een gesprek in hun eigen taal en uitleg over hun rechten en het aanbod.",
                "In de tweede week van het seizoen belt een bemiddelaar werknemers en telers om problemen vroeg op te "
                "lossen.",
            ],
        ],
        "results": [
            (
                "In het eerste seizoen verzamelde het centrum vacatures van 38 telers en bemiddelde het 126 "
                "werknemers, allemaal met een schriftelijk contract. Twee op de drie werknemers maakten het seizoen af "
                "bij dezelfde werkgever."
            ),
            [
                "Minder werknemers vertrokken voor het einde van de oogst.",
                "De telers vroegen het centrum om ook het volgende seizoen te helpen.",
            ],
        ],
        "transferability": [
            (
                "De aanpak past in elke streek met een korte, voorspelbare piek in seizoenswerk. Er is een bemiddelaar "
                "nodig die de bedrijven kent, tolken voor de belangrijkste talen en een goede relatie met de "
                "plaatselijke arbeidsinspectie."
            ),
        ],
        "resources": [
            [
                "Een vacatureformulier over loon, werkuren, huisvesting en vervoer.",
                "Een overzicht van één bladzijde over de rechten van seizoensarbeiders, in zes talen.",
                "Een kalender van de oogstperiodes, opgesteld met de plaatselijke coöperaties.",
            ],
        ],
    },
    "sicily-transport-housing": {
        "title": "Veilig vervoer en behoorlijke huisvesting voor landarbeiders op Sicilië",
        "slug": "veilig-vervoer-huisvesting-sicilie",
        "summary": (
            "Een sociale coöperatie, plaatselijke telers en de gemeente laten dagelijks een pendelbus naar de serres "
            "rijden en beheren een klein netwerk van huurwoningen, zodat werknemers niet langer afhankelijk zijn van "
            "illegale tussenpersonen."
        ),
        "region": "Provincie Ragusa, Sicilië",
        "organisation": "Een sociale coöperatie die samenwerkt met plaatselijke telers en de gemeente",
        "context": [
            (
                "Duizenden migrerende werknemers telen het hele jaar door groenten in de serres langs de kust van "
                "Ragusa. Velen wonen in afgelegen landbouwgebouwen en betalen illegale tussenpersonen voor een "
                "dagelijkse rit naar het werk, wat hen afhankelijk maakt en blootstelt aan uitbuiting."
            ),
        ],
        "approach": [
            (
                "De coöperatie laat pendelbussen rijden op vaste trajecten tussen de dorpen en de belangrijkste "
                "serregebieden. Telers die meedoen betalen een deel van de kosten en verbinden zich tot reguliere "
                "contracten."
            ),
            (
                "Tegelijk huurt de coöperatie appartementen in de dorpen en verhuurt ze tegen een eerlijke prijs door "
                "aan werknemers, met een huurcontract waarmee ze hun woonplaats kunnen laten registreren."
            ),
            [
                "De pendelbussen vertrekken 's ochtends vroeg en rijden terug na het einde van de werkdag.",
                "Huurders krijgen hulp bij de registratie van hun woonplaats en de toegang tot gezondheidszorg.",
                "Een wekelijks spreekuur beantwoordt vragen over loonstroken en contracten.",
            ],
        ],
        "results": [
            (
                "In twee jaar tijd gebruikten ongeveer 180 werknemers geregeld de pendelbus en trokken 46 mensen in "
                "een huurwoning. Verschillende van hen konden hun verblijfsvergunning verlengen dankzij een "
                "geregistreerd adres."
            ),
        ],
        "transferability": [
            (
                "De regeling kan overal worden toegepast waar werknemers ver van de velden wonen. Ze vraagt een "
                "gemeente die zich garant wil stellen en telers die de vervoerskosten willen delen."
            ),
        ],
        "resources": [
            [
                "Een modelovereenkomst tussen de telers en de vervoerder.",
                "Een modelhuurcontract met een huisreglement in vijf talen.",
            ],
        ],
    },
    "huelva-peer-mentoring": {
        "title": "Mentorschap door ervaren collega's voor vrouwelijke seizoensarbeiders in Andalusië",
        "slug": "mentorschap-seizoensarbeidsters-andalusie",
        "summary": (
            "Ervaren landarbeidsters verwelkomen en begeleiden pas aangekomen vrouwen tijdens het bessenseizoen, met "
            "informatie over rechten, gezondheid en kinderopvang in hun eigen taal."
        ),
        "region": "Provincie Huelva, Andalusië",
        "organisation": "Een vereniging van landarbeidsters met twee bessencoöperaties",
        "context": [
            (
                "Elke lente komen duizenden vrouwen naar Huelva om aardbeien en andere bessen te plukken, velen voor "
                "het eerst. Ze wonen vaak op de bedrijven, ver van voorzieningen, en weten zelden bij wie ze terecht "
                "kunnen als er iets misloopt."
            ),
        ],
        "approach": [
            (
                "De vereniging leidt vrouwen die al verschillende seizoenen hebben gewerkt op tot mentoren. Elke "
                "mentor volgt een kleine groep nieuwkomers van aankomst tot vertrek."
            ),
            [
                "Een onthaalbijeenkomst op het bedrijf in de eerste week, met instemming van de coöperatie.",
                "Infosessies over contracten, loon, gezondheid en bescherming tegen intimidatie.",
                "Een telefoonlijn die mentoren beantwoorden in het Arabisch, het Roemeens, het Spaans en het Frans.",
                "Doorverwijzing naar gezondheidscentra, sociale diensten en zo nodig de arbeidsinspectie.",
            ],
        ],
        "results": [
            (
                "Vierentwintig mentoren begeleidden tijdens het seizoen meer dan 300 vrouwen. De vrouwen voelden zich "
                "minder geïsoleerd en de coöperaties gebruikten hun feedback om de huisvesting en de werktijden te "
                "verbeteren."
            ),
        ],
        "transferability": [
            (
                "Mentorschap door collega's werkt goed waar veel mensen tegelijk aankomen en dezelfde taal spreken. "
                "Mentoren hebben een opleiding nodig, een eerlijke vergoeding voor hun tijd en een duidelijke "
                "procedure voor ernstige gevallen."
            ),
        ],
        "resources": [
            [
                "Een opleidingsprogramma voor mentoren in vier sessies.",
                "Een zakgids over rechten en diensten voor vrouwelijke seizoensarbeiders.",
            ],
        ],
    },
    "cyprus-fishers-skills": {
        "title": "Erkenning van de vaardigheden van migrerende vissers en viskwekers op Cyprus",
        "slug": "erkenning-vaardigheden-vissers-cyprus",
        "summary": (
            "Een praktische vaardighedentoets, lessen Grieks op de werkvloer en een veiligheidscertificaat helpen "
            "ervaren migrerende vissers om van ongeschoolde jobs door te stromen naar erkende functies op schepen en "
            "viskwekerijen."
        ),
        "region": "District Larnaca",
        "organisation": "Een beroepsopleidingscentrum met een vereniging van viskwekers",
        "context": [
            (
                "Veel migrerende werknemers in de Cypriotische visserij en aquacultuur hebben jarenlange ervaring op "
                "zee, maar geen papieren om dat te bewijzen. Ze blijven in de laagst betaalde jobs, terwijl werkgevers "
                "moeilijk geschoold personeel vinden."
            ),
        ],
        "approach": [
            (
                "Werknemers worden uitgenodigd voor een praktische toets op een schip of in een viskwekerij, afgenomen "
                "door een ervaren instructeur met een tolk. De waargenomen vaardigheden worden vastgelegd in een "
                "portfolio."
            ),
            [
                "Netten, lijnen en vis veilig hanteren.",
                "Vis in kooien voederen, opvolgen en oogsten.",
                "Eenvoudig onderhoud van motoren en uitrusting.",
            ],
            (
                "Daarna volgen de werknemers zestig uur Grieks voor de werkvloer en een erkende cursus veiligheid op "
                "zee."
            ),
        ],
        "results": [
            (
                "Tweeënvijftig werknemers legden de toets af en veertig behaalden een veiligheidscertificaat. Veertien "
                "kregen binnen zes maanden promotie of een geschoolde functie."
            ),
        ],
        "transferability": [
            (
                "De toets is bruikbaar in elke maritieme sector. Er zijn instructeurs nodig die opgeleid zijn in het "
                "erkennen van competenties, en werkgevers die hun schepen en kwekerijen openstellen voor de toetsen."
            ),
        ],
        "resources": [
            [
                "Een beoordelingsrooster voor tien kerntaken in de visserij en de aquacultuur.",
                "Een woordenlijst met vaktermen in het Grieks, het Engels, het Arabisch en het Bengaals.",
            ],
        ],
    },
    "limburg-language-safety": {
        "title": "Taal- en veiligheidsopleiding op de werkvloer in de Vlaamse fruitteelt",
        "slug": "taal-veiligheidsopleiding-fruitteelt",
        "summary": (
            "Vluchtelingen en andere nieuwkomers worden op fruitbedrijven aangeworven met een opleidingscontract dat "
            "betaald werk combineert met Nederlandse les in de boomgaard en een veiligheidsattest voor het werken met "
            "machines."
        ),
        "region": "Provincie Limburg, fruitstreek Haspengouw",
        "organisation": "Een sectoraal opleidingsfonds voor de tuinbouw met de regionale openbare arbeidsbemiddeling",
        "context": [
            (
                "Fruittelers in Haspengouw hebben ook buiten het plukseizoen werkkrachten nodig, voor snoeien, "
                "sorteren en onderhoud. Werkzoekende nieuwkomers missen vaak het Nederlands en de veiligheidsopleiding "
                "die werkgevers verwachten."
            ),
        ],
        "approach": [
            (
                "De openbare arbeidsbemiddeling selecteert kandidaten en het opleidingsfonds koppelt hen aan een "
                "teler. De werknemer tekent een opleidingscontract van maximaal zes maanden en wordt vanaf de eerste "
                "dag betaald."
            ),
            [
                "Twee halve dagen per week Nederlandse les op het bedrijf, met de woorden van het vak.",
                "Een mentor op het bedrijf die de taken uitlegt en elke maand de vorderingen bespreekt.",
                "Een cursus die leidt tot een attest voor het veilig besturen van tractoren en heftrucks.",
            ],
        ],
        "results": [
            (
                "Van de eerste 35 cursisten maakten er 27 het programma af en kregen er 22 aan het einde van de "
                "opleiding een contract aangeboden door hun teler. Werkgevers meldden ook minder ongevallen met "
                "machines."
            ),
        ],
        "transferability": [
            (
                "Opleidingscontracten op de werkvloer bestaan in veel landen onder verschillende namen. Het komt erop "
                "aan de taalleraar naar de werkplek te brengen en cursisten eerlijk te betalen."
            ),
        ],
        "resources": [
            [
                "Een lijst van 300 vakwoorden uit de fruitteelt, met afbeeldingen.",
                "Een maandelijks voortgangsblad voor cursisten en mentoren.",
            ],
        ],
    },
    "epirus-forestry-crews": {
        "title": "Bosbouwploegen voor vluchtelingen in Epirus",
        "slug": "bosbouwploegen-vluchtelingen-epirus",
        "summary": (
            "Een bosbouwcoöperatie neemt vluchtelingen in gemengde ploegen aan voor bosbrandpreventie, met hulp bij "
            "het verkrijgen van een arbeidsvergunning, een fiscaal nummer en een bankrekening voor het seizoen begint."
        ),
        "region": "Epirus",
        "organisation": "Een bosbouwcoöperatie met een gemeentelijk ontwikkelingsagentschap en een organisatie voor "
                        "vluchtelingenhulp",
        "context": [
            (
                "Bosbouwcoöperaties in Epirus ruimen elke zomer het kreupelhout en onderhouden de brandgangen, maar "
                "vinden steeds minder plaatselijke werknemers. Vluchtelingen die in de regio wonen willen werken, maar "
                "stuiten op lange administratieve procedures voordat ze kunnen worden aangeworven."
            ),
        ],
        "approach": [
            (
                "Drie maanden voor het seizoen helpt de organisatie voor vluchtelingenhulp de kandidaten om de nodige "
                "documenten te verkrijgen. Het ontwikkelingsagentschap organiseert een cursus van twee weken over "
                "bosbouwgereedschap en veiligheid."
            ),
            (
                "Daarna stelt de coöperatie gemengde ploegen samen van plaatselijke werknemers en vluchtelingen, elk "
                "onder leiding van een ervaren bosbouwer, en betaalt iedereen volgens dezelfde loonschaal."
            ),
        ],
        "results": [
            [
                "Dertig vluchtelingen werkten het hele seizoen in zes gemengde ploegen.",
                "Allemaal kregen ze een fiscaal nummer en een bankrekening, die ze houden voor toekomstige jobs.",
                "De coöperatie haalde voor het eerst in drie jaar haar doelen voor het onderhoud van brandgangen.",
            ],
        ],
        "transferability": [
            (
                "Het model is bruikbaar voor andere seizoensgebonden openbare werken. Het succes hangt af van een "
                "vroege start van het papierwerk en van gemengde ploegen, die helpen bij het leren van de taal en de "
                "aanvaarding door de plaatselijke gemeenschap."
            ),
        ],
        "resources": [
            [
                "Een checklist van de documenten die voor de aanwerving nodig zijn, met de diensten om te contacteren.",
                "Een lesplan over bosbouwgereedschap en veiligheid in tien sessies.",
            ],
        ],
    },
}

TRAINING_MODULES = {
    "fair-recruitment": {
        "title": "Eerlijke werving in de seizoenslandbouw",
        "slug": "eerlijke-werving-seizoenslandbouw",
        "summary": (
            "Voor landbouwers en coöperaties die seizoensarbeiders aanwerven: werven zonder tussenpersonen die geld "
            "vragen, een duidelijke vacature schrijven en werknemers het hele seizoen houden."
        ),
        "learning_outcomes": [
            [
                "Uitleggen waarom werknemers nooit mogen betalen om een job te krijgen.",
                "Een vacature schrijven die loon, werkuren, huisvesting en vervoer duidelijk vermeldt.",
                "Een wervingsbureau toetsen aan een korte lijst van waarschuwingssignalen.",
                "De eerste dagen van een nieuwe werknemer op het bedrijf voorbereiden.",
            ],
        ],
        "prerequisites": [
            "Geen. De module is bedoeld voor werkgevers en bedrijfsleiders zonder opleiding in personeelsbeleid.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Wat eerlijke werving betekent",
                "text": [
                    (
                        "Eerlijke werving betekent dat werknemers via legale kanalen worden aangeworven, hun "
                        "voorwaarden kennen voordat ze een job aannemen en niemand betalen om hem te krijgen. De "
                        "werkgever draagt de wervingskosten."
                    ),
                    [
                        "De werknemer krijgt een schriftelijk aanbod in een taal die hij begrijpt.",
                        "Er wordt geen vergoeding, waarborg of schuld van de werknemer gevraagd.",
                        "De werknemer houdt zijn eigen identiteitsdocumenten.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Werven zonder kosten: wat werknemers ons vertellen",
                "transcript": (
                    "Drie seizoensarbeiders vertellen hoe ze hun job vonden, wat ze vroeger aan tussenpersonen "
                    "betaalden en wat er veranderde toen hun werkgever via het lokale centrum begon te werven."
                ),
            },
            {
                "kind": "material",
                "title": "Checklist eerlijke werving",
                "description": "Een checklist van één bladzijde voor, tijdens en na de aanwerving van een "
                               "seizoensarbeider.",
                "document": {
                    "title": "Checklist eerlijke werving",
                    "lines": [
                        "Checklist eerlijke werving",
                        "Voor de aanwerving: schrijf de vacature met loon, werkuren, huisvesting en vervoer.",
                        "Voor de aanwerving: controleer of het wervingsbureau erkend is en werknemers niets laat "
                        "betalen.",
                        "Bij de aanwerving: geef de werknemer een schriftelijk contract in een taal die hij begrijpt.",
                        "Bij de aanwerving: houd nooit het paspoort of de identiteitskaart van een werknemer bij.",
                        "Na de aanwerving: betaal het loon op tijd, via overschrijving, met een loonstrook.",
                        "Na de aanwerving: bel het lokale werkcentrum als er een probleem is.",
                    ],
                },
            },
            {
                "kind": "exercise",
                "title": "Een vacature beoordelen",
                "instructions": [
                    (
                        "Lees de volgende vacature: perziken plukken, start in juni, goed loon, huisvesting mogelijk, "
                        "contacteer meneer K. voor vervoer. Noteer wat ontbreekt en herschrijf de vacature."
                    ),
                ],
                "feedback": [
                    [
                        "De precieze data en het aantal uren per dag en per week.",
                        "Het uur- of dagloon voor en na inhoudingen.",
                        "De kosten en voorwaarden van huisvesting en vervoer.",
                        "De naam van de werkgever en een manier om hem rechtstreeks te contacteren.",
                    ],
                ],
            },
        ],
    },
    "labour-rights-counsellors": {
        "title": "Arbeidsrechten in de primaire sector: een module voor arbeidsbemiddelaars",
        "slug": "arbeidsrechten-primaire-sector-bemiddelaars",
        "summary": (
            "Voor bemiddelaars van werkcentra en hulporganisaties: de regels die werknemers in de landbouw, de "
            "visserij en de bosbouw beschermen, en hoe je arbeidsuitbuiting herkent en doorverwijst."
        ),
        "learning_outcomes": [
            [
                "De minimumvoorwaarden van een seizoensarbeidscontract in je land beschrijven.",
                "Tijdens een gesprek de signalen van arbeidsuitbuiting herkennen.",
                "Een werknemer doorverwijzen naar de arbeidsinspectie, een vakbond of slachtofferhulp.",
            ],
        ],
        "prerequisites": [
            "Ervaring met het begeleiden van werkzoekenden, of een inleidende cursus arbeidsbemiddeling.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Contracten, loon en arbeidstijd",
                "text": [
                    (
                        "Seizoensarbeiders hebben recht op hetzelfde minimumloon, dezelfde rusttijden en dezelfde "
                        "sociale zekerheid als andere werknemers. Collectieve overeenkomsten in de landbouw voorzien "
                        "vaak hogere lonen en een toeslag voor overuren."
                    ),
                    (
                        "Werknemers van buiten de Europese Unie die onder de richtlijn seizoenarbeiders vallen, hebben "
                        "ook recht op behoorlijke huisvesting en in bepaalde gevallen op het veranderen van werkgever."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Signalen van arbeidsuitbuiting herkennen",
                "text": [
                    "Sommige signalen vragen om een nadere blik en vaak om een doorverwijzing:",
                    [
                        "De werknemer heeft zijn eigen identiteitsdocumenten niet.",
                        "Het loon wordt aan iemand anders betaald, of helemaal niet.",
                        "De werknemer is geld verschuldigd aan wie hem de job bezorgde.",
                        "De werknemer woont op zijn werkplek en kan die niet vrij verlaten.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Het eerste gesprek van een bemiddelaar met een seizoensarbeider",
                "transcript": (
                    "Een rollenspel, gefilmd in een lokaal centrum: de bemiddelaar verwelkomt een werknemer, stelt "
                    "open vragen over zijn job en huisvesting en legt met een tolk uit welke steun het centrum kan "
                    "bieden."
                ),
            },
            {
                "kind": "exercise",
                "title": "Casus: een contract dat verandert",
                "instructions": [
                    (
                        "Een vrouw vertelt je dat haar acht uur per dag werd beloofd, maar dat ze er elf werkt en dat "
                        "haar werkgever een deel van haar loon inhoudt voor huisvesting. Welke vragen stel je en wat "
                        "doe je daarna?"
                    ),
                ],
                "feedback": [
                    (
                        "Vraag naar haar contract, haar loonstroken en wie haar documenten bewaart. Leg haar rechten "
                        "uit, spreek met haar de volgende stap af en neem met haar toestemming contact op met de "
                        "arbeidsinspectie of een vakbond."
                    ),
                ],
            },
        ],
    },
    "first-job-farming": {
        "title": "Je eerste job in de landbouw: rechten, loon en veiligheid",
        "slug": "eerste-job-landbouw-rechten-loon-veiligheid",
        "summary": (
            "Voor wie werk zoekt op landbouwbedrijven: wat er in je contract moet staan, hoe je je loonstrook leest en "
            "hoe je je beschermt tegen hitte, machines en chemische producten."
        ),
        "learning_outcomes": [
            [
                "Weten wat je contract moet bevatten voordat je het tekent.",
                "Nagaan of je loonstrook overeenkomt met de uren die je hebt gewerkt.",
                "Je beschermen tegen de belangrijkste risico's van landbouwwerk.",
                "Weten waar je hulp kunt vragen.",
            ],
        ],
        "prerequisites": [
            "Geen. De sessies worden gegeven met tolken en gebruiken afbeeldingen in plaats van lange teksten.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Je contract en je loonstrook",
                "text": [
                    (
                        "Vraag voor je begint een schriftelijk contract. Daarin moeten de naam van de werkgever, de "
                        "data, de werkuren, het loon en de plaats waar je woont en werkt staan."
                    ),
                    (
                        "Elke maand hoor je een loonstrook te krijgen. Noteer elke dag de uren die je werkt, zodat je "
                        "ze met de loonstrook kunt vergelijken."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Veilig werken: hitte, machines en chemische producten",
                "text": [
                    [
                        "Drink vaak water en rust in de schaduw als het erg warm is.",
                        "Gebruik nooit een machine als niemand je heeft getoond hoe ze werkt.",
                        "Ga geen veld in dat net bespoten is en draag handschoenen als je chemische producten "
                        "hanteert.",
                        "Meld elk ongeval, ook een klein, aan je leidinggevende.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Veiligheid op de boerderij in vijf minuten",
                "transcript": (
                    "Een korte film zonder woorden toont de belangrijkste risico's op een landbouwbedrijf en hoe je ze "
                    "vermijdt: hitte, tractoren, ladders, scherp gereedschap en gewasbeschermingsmiddelen."
                ),
            },
            {
                "kind": "exercise",
                "title": "Een loonstrook lezen",
                "instructions": [
                    (
                        "Bekijk de voorbeeldloonstrook die je opleider je geeft. Zoek het aantal uren, het uurloon, de "
                        "inhoudingen en het uitbetaalde bedrag. Komen de uren overeen met die in je notitieboekje?"
                    ),
                ],
                "feedback": [
                    (
                        "Als de uren of het loon niet kloppen, vraag het dan eerst aan je werkgever. Als het probleem "
                        "niet wordt opgelost, kan het lokale werkcentrum je helpen."
                    ),
                ],
            },
        ],
    },
    "employer-partnerships-fisheries": {
        "title": "Partnerschappen opbouwen met werkgevers in de visserij en de aquacultuur",
        "slug": "partnerschappen-werkgevers-visserij-aquacultuur",
        "summary": (
            "Voor werkcentra en werkgeversorganisaties: werkgevers in kaart brengen, duurzame partnerschappen opbouwen "
            "en plaatsingen opvolgen zodat werknemers blijven en doorgroeien."
        ),
        "learning_outcomes": [
            [
                "De werkgevers en vacatures in je regio in kaart brengen.",
                "Een partnerschapsplan afspreken met een werkgever of een organisatie.",
                "Een plaatsing opvolgen en vroeg ingrijpen als er problemen zijn.",
            ],
        ],
        "prerequisites": [
            "Ervaring in arbeidsbemiddeling of personeelsbeleid.",
            "Het is aangeraden eerst de module over arbeidsrechten in de primaire sector te volgen.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Werkgevers en vacatures in kaart brengen",
                "text": [
                    (
                        "Begin met een lijst van visserijbedrijven, viskwekerijen en verwerkingsbedrijven in je regio. "
                        "Noteer hun grootte, seizoenspieken, de moeilijk in te vullen functies en wie over "
                        "aanwervingen beslist."
                    ),
                    (
                        "Vissersverenigingen, havenbesturen en de openbare arbeidsbemiddeling kunnen je helpen om de "
                        "lijst aan te vullen en het eerste contact te leggen."
                    ),
                ],
            },
            {
                "kind": "exercise",
                "title": "Een partnerschapsplan opstellen",
                "instructions": [
                    (
                        "Kies een werkgever uit je overzicht. Schrijf een plan van één bladzijde: wat de werkgever "
                        "nodig heeft, wat het centrum aanbiedt, wie wat doet en hoe je na zes maanden het succes meet."
                    ),
                ],
                "feedback": [
                    [
                        "Behoeften uitgedrukt in aantallen en data.",
                        "Aan elke kant een contactpersoon met naam.",
                        "Minstens één engagement over de arbeidsvoorwaarden.",
                        "Twee of drie indicatoren, zoals het aantal geplaatste werknemers dat na drie maanden nog aan "
                        "het werk is.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Rondetafel: werkgevers en centra werken samen",
                "transcript": (
                    "Opgenomen op een netwerkevenement in 2025: een bedrijfsleider van een viskwekerij, een "
                    "vissersvereniging en een arbeidsbemiddelaar bespreken wat een partnerschap doet slagen of "
                    "mislukken."
                ),
            },
            {
                "kind": "text",
                "title": "Na de plaatsing: opvolging en behoud",
                "text": [
                    (
                        "Bel de werknemer en de werkgever na de eerste week en na de eerste maand. De meeste problemen "
                        "waardoor werknemers vertrekken, zoals huisvesting, vervoer of misverstanden over het loon, "
                        "zijn op te lossen als ze vroeg bekend zijn."
                    ),
                ],
            },
            {
                "kind": "material",
                "title": "Sjabloon voor een partnerschapsplan",
                "description": "Een sjabloon om samen met een werkgever in te vullen, met voorbeelden van "
                               "engagementen en indicatoren.",
                "document": {
                    "title": "Sjabloon voor een partnerschapsplan",
                    "lines": [
                        "Sjabloon voor een partnerschapsplan",
                        "Werkgever: naam, sector, contactpersoon.",
                        "Behoeften: functies, aantal werknemers, data, vereiste vaardigheden.",
                        "Aanbod van het centrum: voorselectie, informatie, tolken, opvolging.",
                        "Engagementen over de arbeidsvoorwaarden: contract, loon, huisvesting, opleiding.",
                        "Indicatoren na zes maanden: geplaatste werknemers, werknemers nog aan het werk, opgeloste "
                        "problemen.",
                    ],
                },
            },
        ],
    },
}

NEWSLETTERS = {
    "issue-1": {
        "title": "Nummer 1: het netwerk komt samen op Cyprus",
        "slug": "nummer-1",
        "intro": (
            "Welkom bij de eerste nieuwsbrief van Primacenters. In dit nummer: ons eerste netwerkevenement op Cyprus, "
            "hoe de lokale centra vacatures in kaart brengen en de evenementen van deze lente."
        ),
        "highlights": [
            {
                "title": "Netwerkevenement op Cyprus",
                "text": [
                    (
                        "Op 31 maart 2025 bracht CARDET arbeidsbemiddelaars, werkgevers uit de landbouw en de visserij "
                        "en organisaties van migrantengemeenschappen samen. De deelnemers bespraken hoe werknemers "
                        "vandaag worden aangeworven en waar het lokale centrum het verschil kan maken."
                    ),
                ],
                "key_takeaways": [
                    "Werkgevers willen één aanspreekpunt voor de werving.",
                    "Taalondersteuning is nodig op de werkvloer, niet alleen in de klas.",
                    "Organisaties van migrantengemeenschappen zijn essentieel om werkzoekenden te bereiken.",
                ],
            },
            {
                "title": "Vacatures in kaart brengen met werkgevers",
                "text": [
                    (
                        "Voordat het iemand bemiddelt, brengt elk lokaal centrum de werkgevers in zijn regio en hun "
                        "seizoensbehoeften in kaart. In de Peloponnesos bezochten bemiddelaars voor de oogst olijf- en "
                        "citrustelers om vacatures te verzamelen en de arbeidsvoorwaarden te controleren."
                    ),
                ],
                "key_takeaways": [
                    "Bezoeken voor het seizoen bouwen vertrouwen op bij de telers.",
                    "Een gemeenschappelijk vacatureformulier maakt aanbiedingen makkelijker te vergelijken.",
                ],
            },
        ],
        "next_steps": [
            "Op het programma in de komende weken:",
            [
                "Rondetafels op Sicilië op 22 en 23 mei 2025.",
                "Een online netwerkevenement vanuit Brussel op 28 mei 2025.",
                "Een netwerkevenement in de Peloponnesos op 2 juni 2025.",
            ],
        ],
    },
    "issue-2": {
        "title": "Nummer 2: lessen uit Sicilië, Brussel en de Peloponnesos",
        "slug": "nummer-2",
        "intro": (
            "Drie netwerkevenementen in twee weken: rondetafels op Sicilië, een online bijeenkomst vanuit Brussel en "
            "een regionaal evenement in de Peloponnesos. Dit is wat we geleerd hebben en wat er nu volgt."
        ),
        "highlights": [
            {
                "title": "Rondetafels op Sicilië",
                "text": [
                    (
                        "Op 22 en 23 mei 2025 organiseerde LAND Impresa Sociale twee dagen rondetafels met telers, "
                        "vakbonden, gemeenten en migrerende werknemers. De gesprekken gingen over vervoer, huisvesting "
                        "en de strijd tegen illegale tussenpersonen."
                    ),
                ],
                "key_takeaways": [
                    "Vervoer naar de velden is de eerste voorwaarde voor eerlijke werving.",
                    "Gemeenten kunnen werknemers helpen hun woonplaats te laten registreren.",
                    "Seizoenswerk moet leiden tot vaste banen, niet tot een doodlopende weg.",
                ],
            },
            {
                "title": "Online netwerkevenement vanuit Brussel",
                "text": [
                    (
                        "Op 28 mei 2025 organiseerde HEADWAY vanuit Brussel een online evenement met 42 deelnemers uit "
                        "arbeidsbemiddelingsdiensten, werkgeversorganisaties en het middenveld van verschillende "
                        "landen."
                    ),
                ],
                "key_takeaways": [
                    "Goede praktijken zijn makkelijk over te nemen als ze met contacten en documenten komen.",
                    "Professionals willen korte opleidingsmodules die ze in hun eigen tempo kunnen volgen.",
                ],
            },
            {
                "title": "Netwerkevenement in de Peloponnesos",
                "text": [
                    (
                        "Op 2 juni 2025 ontmoetten de Regio Peloponnesos en KMOP telers, coöperaties en openbare "
                        "diensten om het eerste oogstseizoen met het lokale centrum te evalueren en het volgende voor "
                        "te bereiden."
                    ),
                ],
                "key_takeaways": [
                    "Schriftelijke contracten hielpen om werknemers het hele seizoen te houden.",
                    "De telers vroegen om de huisvesting van werknemers vroeger te plannen.",
                ],
            },
        ],
        "next_steps": [
            "In de komende maanden zullen de partners:",
            [
                "Nieuwe goede praktijken uit de vijf landen publiceren.",
                "De eerste opleidingsmodules openstellen voor bemiddelaars, werkgevers en werkzoekenden.",
                "Het najaarsseizoen voorbereiden met de lokale centra.",
            ],
        ],
    },
}

PRESS_RELEASES = {
    "cyprus-networking": {
        "title": "Werkgevers en bemiddelaars komen samen op Cyprus om de werving in de primaire sector te verbeteren",
        "slug": "werkgevers-bemiddelaars-samen-cyprus",
        "subtitle": "Het eerste netwerkevenement van Primacenters bracht werkgevers, openbare diensten en het "
                    "middenveld samen",
        "summary": (
            "Op 31 maart 2025 hield het Primacenters-project op Cyprus zijn eerste netwerkevenement, over eerlijke "
            "werving van migrerende werknemers in de landbouw en de visserij."
        ),
        "dateline_city": "Nicosia",
        "body": [
            ("paragraph", (
                "Arbeidsbemiddelaars, werkgevers uit de landbouw en de visserij, openbare diensten en organisaties van "
                "migrantengemeenschappen kwamen op 31 maart 2025 op Cyprus samen op uitnodiging van CARDET, partner "
                "van het Primacenters-project."
            )),
            ("paragraph", (
                "De deelnemers bespraken hoe seizoensarbeiders en vaste werknemers vandaag worden aangeworven, welke "
                "moeilijkheden werkgevers ondervinden om personeel te vinden en op welke drempels migrerende "
                "werknemers stuiten, van de taal tot de erkenning van hun vaardigheden."
            )),
            ("heading", "Een lokaal centrum als enig aanspreekpunt"),
            ("paragraph", (
                "Werkgevers vroegen om één aanspreekpunt dat kandidaten voorselecteert, de regels uitlegt en "
                "plaatsingen opvolgt. Dat is de rol van de lokale werkcentra die het project in vijf landen opzet."
            )),
            ("quote", (
                "Werkgevers en werknemers willen hetzelfde: duidelijke regels, een eerlijk contract en iemand die je "
                "kunt bellen als er een probleem is."
            ), "Arbeidsbemiddelaar, Cyprus"),
            ("paragraph", (
                "Primacenters wordt gecoördineerd door KMOP met CARDET, LAND Impresa Sociale, HEADWAY en de Regio "
                "Peloponnesos, en wordt medegefinancierd door de Europese Unie."
            )),
        ],
        "media_contact": [
            "Communicatieteam van het Primacenters-project",
            "E-mail: press@primacenters.example",
        ],
    },
    "brussels-online-event": {
        "title": "De integratie van migrerende werknemers in de primaire sector versterken",
        "slug": "integratie-versterken",
        "subtitle": "42 deelnemers uit heel Europa namen deel aan het online netwerkevenement vanuit Brussel",
        "summary": (
            "Op 28 mei 2025 deelden professionals, werkgevers en middenveldorganisaties goede praktijken voor waardig "
            "werk voor migrantenvrouwen en -mannen in de landbouw, de visserij en de bosbouw."
        ),
        "dateline_city": "Brussel",
        "body": [
            ("paragraph", (
                "HEADWAY organiseerde op 28 mei 2025 vanuit Brussel het online netwerkevenement van het "
                "Primacenters-project. Tweeënveertig deelnemers uit arbeidsbemiddelingsdiensten, "
                "werkgeversorganisaties, vakbonden en het middenveld namen deel."
            )),
            ("paragraph", (
                "Sprekers stelden praktijken uit de partnerlanden voor, van mentorschap door collega's voor "
                "vrouwelijke seizoensarbeiders tot taalopleiding op de werkvloer in de fruitteelt, en bespraken hoe ze "
                "die in andere regio's kunnen toepassen."
            )),
            ("heading", "Praktijken die reizen"),
            ("paragraph", (
                "De deelnemers waren het erover eens dat een goede praktijk makkelijker over te nemen is als ze samen "
                "komt met haar documenten, haar kosten en een contactpersoon. Het project publiceert zijn goede "
                "praktijken en opleidingsmodules op dit portaal, in zes talen."
            )),
            ("quote", (
                "Wat in de ene regio werkt, kan in een andere worden toegepast, als we de tijd nemen om te begrijpen "
                "waarom het werkt."
            ), "Deelnemer aan het online evenement"),
            ("paragraph", (
                "Het evenement volgde op de rondetafels op Sicilië op 22 en 23 mei en gaat vooraf aan een "
                "netwerkevenement in de Peloponnesos op 2 juni 2025."
            )),
        ],
        "media_contact": [
            "Communicatieteam van het Primacenters-project",
            "E-mail: press@primacenters.example",
        ],
    },
    "peloponnese-event": {
        "title": "De Peloponnesos evalueert zijn eerste oogstseizoen met een lokaal werkcentrum",
        "slug": "peloponnesos-evalueert-eerste-oogstseizoen",
        "subtitle": "Telers, coöperaties en openbare diensten kwamen samen om een eerlijkere werving voor het "
                    "volgende seizoen voor te bereiden",
        "summary": (
            "Op 2 juni 2025 stelden de Regio Peloponnesos en KMOP de resultaten voor van het eerste seizoen van "
            "bemiddeling voor migrerende werknemers in de olijf- en citrusteelt."
        ),
        "dateline_city": "Tripoli",
        "body": [
            ("paragraph", (
                "De Regio Peloponnesos en KMOP, coördinator van het Primacenters-project, hielden op 2 juni 2025 een "
                "netwerkevenement met telers, landbouwcoöperaties, openbare diensten en organisaties die migranten "
                "ondersteunen."
            )),
            ("paragraph", (
                "Het lokale werkcentrum stelde zijn eerste seizoen voor: vacatures die voor de oogst werden verzameld, "
                "kandidaten die in hun eigen taal over hun rechten werden geïnformeerd en een schriftelijk contract "
                "voor elke plaatsing."
            )),
            ("heading", "Het volgende seizoen vroeger plannen"),
            ("paragraph", (
                "Telers en coöperaties vroegen om al in de zomer met de planning te beginnen, vooral voor de "
                "huisvesting en het vervoer van werknemers, en om de dienstverlening uit te breiden naar andere "
                "teelten."
            )),
            ("quote", (
                "Een werknemer die de voorwaarden kent voor hij aankomt, blijft tot het einde van de oogst."
            ), "Olijfteler, Messenië"),
            ("paragraph", (
                "Dit evenement sluit de reeks netwerkevenementen af die het project in de lente van 2025 hield, na "
                "Cyprus, Sicilië en de online bijeenkomst vanuit Brussel."
            )),
        ],
        "media_contact": [
            "Communicatieteam van het Primacenters-project",
            "E-mail: press@primacenters.example",
        ],
    },
}

GENERATED = {
    "good_practice": {
        "title": "Voorbeeld van goede praktijk {n}",
        "slug": "voorbeeldpraktijk-{n}",
        "summary": "Een gegenereerde goede praktijk om het portaal met veel pagina's te meten.",
        "text": "Deze praktijk werd gegenereerd om overzichten, filters en zoeken met veel pagina's te testen.",
    },
    "training_module": {
        "title": "Voorbeeld van opleidingsmodule {n}",
        "slug": "voorbeeldmodule-{n}",
        "summary": "Een gegenereerde opleidingsmodule om het portaal met veel pagina's te meten.",
        "text": "Deze module werd gegenereerd om overzichten, filters en zoeken met veel pagina's te testen.",
        "unit_title": "Voorbeeldonderdeel",
    },
    "newsletter": {
        "title": "Voorbeeld van nieuwsbrief {n}",
        "slug": "voorbeeldnieuwsbrief-{n}",
        "summary": "Een gegenereerd nummer van de nieuwsbrief om het portaal met veel pagina's te meten.",
        "text": "Dit nummer werd gegenereerd om het archief en zoeken met veel pagina's te testen.",
    },
    "press_release": {
        "title": "Voorbeeld van persbericht {n}",
        "slug": "voorbeeldpersbericht-{n}",
        "summary": "Een gegenereerd persbericht om het portaal met veel pagina's te meten.",
        "text": "Dit persbericht werd gegenereerd om de perskamer en zoeken met veel pagina's te testen.",
        "city": "Athene",
    },
}
