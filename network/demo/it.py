"""Directory demo content in Italian; mirrors en.py (same keys, same paragraphs in the same order)."""

DIRECTORY = {
    "title": "Elenco delle organizzazioni",
    "slug": "elenco-organizzazioni",
    "intro": (
        "Trova centri locali per l'impiego, organizzazioni di supporto, sindacati, datori di lavoro e servizi "
        "pubblici che aiutano donne e uomini migranti a trovare un lavoro dignitoso nell'agricoltura, nella pesca e "
        "nella silvicoltura in Belgio, Grecia, Spagna, Italia e Cipro. Filtra l'elenco, apri la mappa oppure ordina "
        "per distanza dal tuo comune."
    ),
}

PLACES = {
    # Città
    "Almería": "Almería",
    "Amaliada": "Amaliada",
    "Argos": "Argo",
    "Athens": "Atene",
    "Brussels": "Bruxelles",
    "El Ejido": "El Ejido",
    "Foggia": "Foggia",
    "Ghent": "Gand",
    "Huelva": "Huelva",
    "Ioannina": "Giannina",
    "Kalamata": "Calamata",
    "Larnaca": "Larnaca",
    "Latina": "Latina",
    "Leuven": "Lovanio",
    "Liège": "Liegi",
    "Limassol": "Limassol",
    "Louvain-la-Neuve": "Louvain-la-Neuve",
    "Mazara del Vallo": "Mazara del Vallo",
    "Murcia": "Murcia",
    "Namur": "Namur",
    "Nicosia": "Nicosia",
    "Paphos": "Pafo",
    "Ragusa": "Ragusa",
    "Rome": "Roma",
    "Sint-Truiden": "Sint-Truiden",
    "Sparta": "Sparta",
    "Tripoli": "Tripoli",
    "Vigo": "Vigo",
    # Regioni
    "Andalusia": "Andalusia",
    "Apulia": "Puglia",
    "Attica": "Attica",
    "Brussels-Capital Region": "Regione di Bruxelles-Capitale",
    "East Flanders": "Fiandre Orientali",
    "Epirus": "Epiro",
    "Flemish Brabant": "Brabante Fiammingo",
    "Galicia": "Galizia",
    "Larnaca District": "Distretto di Larnaca",
    "Lazio": "Lazio",
    "Liège Province": "Provincia di Liegi",
    "Limassol District": "Distretto di Limassol",
    "Limburg": "Limburgo",
    "Namur Province": "Provincia di Namur",
    "Nicosia District": "Distretto di Nicosia",
    "Paphos District": "Distretto di Pafo",
    "Peloponnese": "Peloponneso",
    "Region of Murcia": "Regione di Murcia",
    "Sicily": "Sicilia",
    "Walloon Brabant": "Brabante Vallone",
    "Western Greece": "Grecia Occidentale",
}

ORGANISATIONS = {
    "kmop": {
        "description": [
            "KMOP – Centro di azione sociale e innovazione è un'organizzazione senza scopo di lucro con sede ad Atene "
            "che si occupa di inclusione sociale, occupazione e pari opportunità. Coordina il progetto Primacenters e "
            "sostiene i centri locali per l'impiego della rete con metodi, formazione e valutazione.",
        ],
    },
    "cardet": {
        "description": [
            "CARDET è un centro indipendente di ricerca e sviluppo con sede a Nicosia che si occupa di istruzione, "
            "formazione e inclusione sociale. In Primacenters contribuisce ai moduli formativi per operatori, datori "
            "di lavoro e persone in cerca di lavoro e organizza le attività del progetto a Cipro.",
        ],
    },
    "land-impresa-sociale": {
        "description": [
            "LAND Impresa Sociale è un'impresa sociale italiana che si occupa di inclusione sociale, lavoro e sviluppo "
            "locale. In Primacenters porta l'esperienza dei territori agricoli italiani e organizza le attività del "
            "progetto con gli attori locali in Italia.",
        ],
    },
    "headway": {
        "description": [
            "HEADWAY è il partner belga di Primacenters, con sede a Bruxelles. Mette in contatto il progetto con "
            "organizzazioni belghe ed europee attive nel lavoro e nelle migrazioni e organizza le attività del "
            "progetto in Belgio.",
        ],
    },
    "region-of-peloponnese": {
        "title": "Regione del Peloponneso",
        "slug": "regione-del-peloponneso",
        "description": [
            "La Regione del Peloponneso è l'autorità regionale della parte meridionale della Grecia continentale, con "
            "sede a Tripoli. Oliveti, agrumeti e orticoltura sono al centro della sua economia. In Primacenters "
            "ospita un centro locale per l'impiego che lavora con i produttori e con i lavoratori migranti.",
        ],
    },
    "cyprus-labour-institute": {
        "title": "Istituto del lavoro di Cipro (PEO)",
        "slug": "istituto-del-lavoro-di-cipro-peo",
        "description": [
            "L'Istituto del lavoro di Cipro è l'istituto di ricerca della Federazione panciprota del lavoro (PEO). "
            "Studia l'occupazione, le retribuzioni e le condizioni di lavoro a Cipro e condivide i risultati con i "
            "sindacati, i decisori politici e il pubblico.",
        ],
    },
    "collectif-des-femmes": {
        "description": [
            "Collectif des Femmes è un'associazione senza scopo di lucro di Louvain-la-Neuve che lavora con donne, "
            "molte delle quali di origine migrante. Offre formazione, corsi di lingua e attività comunitarie che "
            "aprono la strada al lavoro e alla partecipazione sociale.",
        ],
    },
    "assembly-of-european-regions": {
        "title": "Assemblea delle Regioni d'Europa",
        "slug": "assemblea-delle-regioni-d-europa",
        "description": [
            "L'Assemblea delle Regioni d'Europa è una rete di regioni di tutta Europa. Promuove la cooperazione tra "
            "autorità regionali e lo scambio di esperienze sulle politiche regionali.",
        ],
    },
    "aeidl": {
        "description": [
            "AEIDL, l'Associazione europea per l'informazione sullo sviluppo locale, è un'organizzazione senza scopo "
            "di lucro con sede a Bruxelles. Sostiene lo sviluppo locale e l'innovazione sociale attraverso la "
            "comunicazione, il lavoro in rete e la valutazione.",
        ],
    },
    "province-of-flemish-brabant": {
        "title": "Provincia del Brabante Fiammingo",
        "slug": "provincia-del-brabante-fiammingo",
        "description": [
            "La Provincia del Brabante Fiammingo è l'autorità provinciale della provincia di lingua neerlandese "
            "intorno a Bruxelles, con sede a Lovanio. Tra i suoi ambiti di lavoro figurano l'agricoltura, "
            "l'orticoltura e lo sviluppo delle aree rurali.",
        ],
    },
    "actiris": {
        "description": [
            "Actiris è il servizio pubblico per l'impiego della Regione di Bruxelles-Capitale. Aiuta le persone in "
            "cerca di lavoro a trovare un impiego o una formazione e sostiene i datori di lavoro che assumono.",
        ],
    },
    "duo-for-a-job": {
        "description": [
            "DUO for a JOB è un'associazione belga senza scopo di lucro che forma coppie tra giovani in cerca di "
            "lavoro con un background migratorio e volontari con più di 50 anni. Ogni coppia si incontra "
            "regolarmente per sei mesi per portare avanti la ricerca di lavoro del giovane.",
        ],
    },
    "irfam": {
        "description": [
            "IRFAM, l'Istituto di ricerca, formazione e azione sulle migrazioni, è un'organizzazione senza scopo di "
            "lucro di Liegi. Si occupa di migrazioni, relazioni interculturali e lotta alle discriminazioni "
            "attraverso la ricerca, la formazione e il supporto ai professionisti.",
        ],
    },
    "cepag": {
        "description": [
            "Il CEPAG è un movimento di educazione popolare della Vallonia legato al movimento sindacale. Organizza "
            "corsi di formazione e attività di sensibilizzazione sul lavoro, sui diritti sociali e sulla "
            "cittadinanza.",
        ],
    },
    "le-monde-des-possibles": {
        "description": [
            "Le Monde des Possibles è un'associazione senza scopo di lucro di Liegi che sostiene persone di origine "
            "straniera. Offre corsi di francese, formazione alle competenze digitali e accompagnamento verso il "
            "lavoro.",
        ],
    },
    "centro-primacenters-almeria": {
        "description": [
            "Centro locale per l'impiego della rete Primacenters al servizio delle aziende in serra della provincia "
            "di Almería. Gli operatori fanno incontrare offerte e persone in cerca di lavoro, controllano i contratti "
            "prima di ogni invio e spiegano i diritti dei lavoratori in più lingue.",
        ],
    },
    "asociacion-arenal": {
        "description": [
            "Associazione di lavoratrici stagionali nei campi di frutti di bosco di Huelva. Lavoratrici esperte fanno "
            "da mentori alle nuove arrivate, gestiscono una linea telefonica durante la stagione e le accompagnano "
            "presso i servizi pubblici.",
        ],
    },
    "vega-abierta": {
        "description": [
            "Ente di formazione per il lavoro agricolo nella Regione di Murcia. Organizza corsi brevi sul lavoro "
            "sicuro in frutteti e serre, sulla guida delle macchine agricole e sulla manipolazione degli alimenti, "
            "affiancati da lezioni di spagnolo.",
        ],
    },
    "fundacion-surcos-solidarios": {
        "description": [
            "Fondazione che sostiene i braccianti della parte occidentale della provincia di Almería con consulenza "
            "legale, aiuto nella ricerca di un alloggio dignitoso e lezioni di spagnolo. Aiuta inoltre i lavoratori "
            "a ottenere il riconoscimento delle loro competenze e dei loro titoli di studio.",
        ],
    },
    "escuela-ria-abierta": {
        "description": [
            "Scuola di formazione per la pesca e l'acquacoltura a Vigo. Prepara gli equipaggi ai certificati di "
            "sicurezza di base richiesti in mare e organizza corsi di molluschicoltura e piscicoltura per chi entra "
            "nel settore.",
        ],
    },
    "centro-primacenters-latina": {
        "description": [
            "Centro locale per l'impiego della rete Primacenters nell'Agro Pontino, dove molti lavoratori di origine "
            "indiana sono impiegati in aziende orticole e zootecniche da latte. Raccoglie le offerte delle aziende, "
            "indirizza le persone in cerca di lavoro e le informa su contratti e retribuzioni.",
        ],
    },
    "cooperativa-serra-aperta": {
        "description": [
            "Cooperativa sociale che lavora con i produttori in serra e con i servizi locali nell'area di Ragusa. "
            "Organizza un trasporto sicuro verso le aziende, aiuta i lavoratori a trovare un alloggio dignitoso e "
            "tiene corsi serali di italiano.",
        ],
    },
    "ponte-dei-braccianti": {
        "description": [
            "Associazione che offre informazioni e consulenza legale ai braccianti della provincia di Foggia, "
            "soprattutto durante la raccolta del pomodoro. Il suo sportello mobile visita i luoghi in cui vivono i "
            "lavoratori e li indirizza al servizio pubblico per l'impiego.",
        ],
    },
    "pescatori-nuova-rotta": {
        "description": [
            "Cooperativa di armatori della pesca di Mazara del Vallo, dove molti membri degli equipaggi provengono "
            "dalla Tunisia. Collabora con i centri di formazione perché i nuovi marittimi ottengano i certificati di "
            "sicurezza e un contratto scritto prima di prendere il mare.",
        ],
    },
    "centre-kalamata": {
        "title": "Centro Primacenters di Calamata",
        "slug": "centro-primacenters-di-calamata",
        "description": [
            "Centro locale per l'impiego della rete Primacenters al servizio dei produttori di olive e agrumi della "
            "Messenia. Prima di ogni raccolta rileva i fabbisogni dei produttori, verifica le offerte di lavoro e "
            "incontra le persone in cerca di lavoro nella loro lingua.",
        ],
    },
    "evrotas-producers": {
        "title": "Gruppo di produttori Raccolto Verde dell'Eurota",
        "slug": "gruppo-di-produttori-raccolto-verde-dell-eurota",
        "description": [
            "Gruppo di produttori di olive e agrumi della valle dell'Eurota. I soci assumono i lavoratori stagionali "
            "tramite il centro locale per l'impiego e condividono il trasporto verso i poderi.",
        ],
    },
    "argolida-network": {
        "title": "Rete di sostegno ai nuovi arrivati dell'Argolide",
        "slug": "rete-di-sostegno-ai-nuovi-arrivati-dell-argolide",
        "description": [
            "Rete di volontari ad Argo che sostiene i lavoratori migranti e le loro famiglie. Offre corsi di greco, "
            "aiuto per i permessi di soggiorno e di lavoro e consulenza legale nelle controversie di lavoro.",
        ],
    },
    "pindos-forest-cooperative": {
        "title": "Cooperativa forestale Cresta del Pindo",
        "slug": "cooperativa-forestale-cresta-del-pindo",
        "description": [
            "Cooperativa forestale che esegue diradamenti, rimboschimenti e lavori di prevenzione degli incendi "
            "sulle montagne dell'Epiro. Forma le nuove squadre, tra cui rifugiati che vivono nella regione, e "
            "fornisce i dispositivi di protezione.",
        ],
    },
    "western-greece-advice-centre": {
        "title": "Centro di consulenza per i braccianti della Grecia Occidentale",
        "slug": "centro-di-consulenza-per-i-braccianti-della-grecia-occidentale",
        "description": [
            "Centro di consulenza per i braccianti dei campi di fragole e ortaggi dell'Elide. Spiega ai lavoratori i "
            "loro diritti, li aiuta nei reclami per salari non pagati e li accompagna all'ispettorato del lavoro.",
        ],
    },
    "limassol-employment-desk": {
        "title": "Sportello per il lavoro rurale di Limassol",
        "slug": "sportello-per-il-lavoro-rurale-di-limassol",
        "description": [
            "Sportello per il lavoro al servizio dei villaggi del distretto di Limassol, in contatto con vigneti, "
            "aziende orticole e allevamenti. Aiuta i datori di lavoro a preparare offerte conformi alla legge e i "
            "lavoratori a comprendere il proprio contratto e i propri diritti.",
        ],
    },
    "paphos-women-farmers": {
        "title": "Circolo delle donne agricoltrici di Pafo",
        "slug": "circolo-delle-donne-agricoltrici-di-pafo",
        "description": [
            "Circolo di agricoltrici e braccianti del distretto di Pafo, sia del posto sia migranti. Le socie si "
            "incontrano ogni mese, si scambiano consigli su lavoro e formazione e organizzano brevi corsi di "
            "trasformazione alimentare.",
        ],
    },
    "larnaca-marine-skills": {
        "title": "Centro per i mestieri del mare di Larnaca",
        "slug": "centro-per-i-mestieri-del-mare-di-larnaca",
        "description": [
            "Centro di formazione professionale per la pesca e la piscicoltura sulla costa di Larnaca. Valuta le "
            "competenze che pescatori e addetti agli impianti di piscicoltura migranti hanno acquisito sul lavoro e "
            "li prepara a certificati riconosciuti.",
        ],
    },
    "mesaoria-welcome": {
        "title": "Associazione di accoglienza per i nuovi arrivati della Mesaoria",
        "slug": "associazione-di-accoglienza-per-i-nuovi-arrivati-della-mesaoria",
        "description": [
            "Associazione che accoglie migranti e rifugiati appena arrivati nel distretto di Nicosia. Organizza corsi "
            "di greco e di inglese, aiuta le famiglie a trovare casa e mette in contatto chi cerca lavoro con aziende "
            "agricole e alimentari.",
        ],
    },
    "akkerbrug": {
        "description": [
            "Organizzazione senza scopo di lucro di Gand che orienta i nuovi arrivati verso lavori nell'orticoltura e "
            "nella coltivazione di ortaggi. Organizza tirocini nelle aziende intorno alla città, con lezioni di "
            "neerlandese incentrate sul lavoro.",
        ],
    },
    "bloesem-en-boomgaard": {
        "description": [
            "Centro di formazione per la frutticoltura nell'Haspengouw. I suoi corsi uniscono tecniche di potatura e "
            "raccolta alla sicurezza sul lavoro e al neerlandese per il lavoro, perché i lavoratori stagionali "
            "possano svolgere mansioni qualificate.",
        ],
    },
    "sillons-d-avenir": {
        "description": [
            "Associazione senza scopo di lucro di Liegi che accompagna le persone migranti che desiderano lavorare "
            "nell'agricoltura e nell'orticoltura nella Hesbaye e nel Paese di Herve. Offre orientamento, brevi "
            "tirocini in azienda e attività comunitarie.",
        ],
    },
    "foret-solidaire": {
        "description": [
            "Ente di formazione senza scopo di lucro di Namur che prepara persone in cerca di lavoro, tra cui "
            "rifugiati, al lavoro forestale nelle Ardenne. I suoi corsi riguardano l'abbattimento sicuro degli "
            "alberi, l'uso della motosega e la manutenzione dei boschi.",
        ],
    },
}

PEOPLE = {
    "nadia-benali": {
        "role": "Operatrice per l'impiego",
        "expertise": "Contratti stagionali nell'orticoltura in serra; orientamento delle persone in cerca di lavoro in "
                     "arabo, francese e spagnolo.",
    },
    "lucia-ortega": {
        "role": "Coordinatrice delle mentori",
        "expertise": "Mentoring tra pari per le lavoratrici stagionali; prevenzione e segnalazione delle molestie "
                     "sul lavoro.",
    },
    "giulia-ferrante": {
        "role": "Addetta all'incontro tra domanda e offerta",
        "expertise": "Raccolta delle offerte di lavoro delle aziende orticole e zootecniche da latte e verifica della "
                     "loro conformità al contratto collettivo.",
    },
    "harpreet-sandhu": {
        "role": "Mediatrice culturale",
        "expertise": "Mediazione tra lavoratori agricoli e datori di lavoro; interpretariato in punjabi.",
    },
    "eleni-markopoulou": {
        "role": "Responsabile del centro locale",
        "expertise": "Pianificazione della raccolta con i produttori; collaborazioni con comuni e cooperative.",
    },
    "samir-haddad": {
        "role": "Consulente legale",
        "expertise": "Permessi di soggiorno e di lavoro; controversie di lavoro per salari non pagati.",
    },
    "andreas-charalambous": {
        "role": "Formatore in piscicoltura",
        "expertise": "Valutazione delle competenze acquisite sul lavoro; sicurezza negli impianti di piscicoltura e "
                     "sui pescherecci.",
    },
    "marieke-van-den-broeck": {
        "role": "Coordinatrice della formazione",
        "expertise": "Formazione sul posto di lavoro in frutticoltura; neerlandese per il lavoro.",
    },
    "karim-diallo": {
        "role": "Animatore di comunità",
        "expertise": "Tirocini in aziende agricole e orti; attività comunitarie per i nuovi arrivati.",
    },
    "sofia-christodoulou": {
        "role": "Coordinatrice dei volontari",
        "expertise": "Corsi di trasformazione alimentare; accoglienza delle donne che si avvicinano all'agricoltura a "
                     "Cipro.",
    },
}

GENERATED = {
    "title": "Organizzazione di esempio {n}",
    "slug": "organizzazione-esempio-{n}",
    "description": "Un'organizzazione generata, utilizzata per misurare l'elenco con molte schede.",
}
