"""Events demo content in Italian; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEX = {
    "title": "Eventi",
    "slug": "eventi",
    "intro": (
        "Incontri di rete, seminari e laboratori dei partner di Primacenters: incontrate datori di lavoro, servizi per "
        "l'impiego e organizzazioni che sostengono lavoratrici e lavoratori migranti in agricoltura, pesca e "
        "silvicoltura. Iscrivetevi ai prossimi eventi e leggete i resoconti di quelli passati."
    ),
}

SECTIONS = {
    "coordinator": {
        "title": "Coordinamento del progetto",
        "intro": "Eventi di tutta la rete Primacenters, organizzati dal gruppo di coordinamento del progetto.",
    },
    "kmop": {"intro": "Eventi organizzati da KMOP in Grecia e online."},
    "cardet": {"intro": "Eventi organizzati da CARDET a Cipro."},
    "land-impresa-sociale": {"intro": "Eventi organizzati da LAND Impresa Sociale in Italia."},
    "headway": {"intro": "Eventi organizzati da HEADWAY in Belgio e online da Bruxelles."},
    "region-of-peloponnese": {"intro": "Eventi organizzati dalla Regione del Peloponneso."},
}

EVENTS = {
    "cyprus-networking": {
        "title": "Incontro di rete a Cipro: reclutamento equo in agricoltura e nella pesca",
        "slug": "incontro-rete-cipro",
        "summary": (
            "Il primo incontro di rete di Primacenters: operatori dei servizi per l'impiego, datori di lavoro "
            "dell'agricoltura e della pesca e associazioni di migranti discutono di come avviene il reclutamento e di "
            "dove un centro locale può aiutare."
        ),
        "body": [
            ("paragraph", (
                "CARDET invita operatori dei servizi per l'impiego, datori di lavoro dell'agricoltura e della pesca, "
                "servizi pubblici e associazioni di migranti al primo incontro di rete del progetto Primacenters."
            )),
            ("paragraph", (
                "I partecipanti confronteranno come vengono reclutati oggi i lavoratori stagionali e fissi, le "
                "difficoltà dei datori di lavoro nel trovare personale e gli ostacoli che incontrano i lavoratori "
                "migranti, dalla lingua al riconoscimento delle loro competenze."
            )),
        ],
        "venue_name": "CARDET, sala riunioni",
        "venue_address": "",
        "venue_city": "Nicosia",
        "interpretation": "greco–inglese",
        "speakers": [
            {"name": "Maria Georgiou", "affiliation": "Sportello per il lavoro rurale di Limassol"},
        ],
        "programme": [],
        "report": {
            "title": "Resoconto: incontro di rete a Cipro",
            "slug": "resoconto",
            "summary": (
                "Datori di lavoro, operatori e associazioni hanno convenuto che un centro locale deve essere il punto "
                "di "
                "contatto unico per un reclutamento equo in agricoltura e nella pesca."
            ),
            "participant_profile": (
                "Operatori dei servizi per l'impiego, datori di lavoro dell'agricoltura, dell'acquacoltura e della "
                "pesca, servizi pubblici, sindacati e associazioni di migranti."
            ),
            "key_takeaways": [
                "I datori di lavoro vogliono un punto di contatto unico per il reclutamento.",
                "Il sostegno linguistico serve sul posto di lavoro, non solo in aula.",
                "Le associazioni di migranti sono fondamentali per raggiungere chi cerca lavoro.",
            ],
            "speakers": "Maria Georgiou (Sportello per il lavoro rurale di Limassol); un ricercatore dell'Istituto del "
                        "lavoro di Cipro (PEO); un formatore in acquacoltura; CARDET.",
            "body": [
                ("paragraph", (
                    "La mattinata si è aperta con dati sui lavoratori migranti nell'agricoltura e nella pesca di "
                    "Cipro, "
                    "seguiti da uno scambio tra datori di lavoro e operatori sui modi in cui oggi si recluta."
                )),
                ("heading", "Un punto di contatto unico"),
                ("paragraph", (
                    "I datori di lavoro hanno chiesto un luogo unico che preselezioni i candidati, spieghi le regole e "
                    "segua gli inserimenti. È il ruolo dei centri locali per l'impiego che il progetto sta avviando."
                )),
            ],
        },
    },
    "sicily-round-tables": {
        "title": "Tavole rotonde in Sicilia: trasporti, alloggi e reclutamento equo",
        "slug": "tavole-rotonde-sicilia",
        "summary": (
            "Due giornate di tavole rotonde con produttori, sindacati, comuni e lavoratori migranti su trasporti, "
            "alloggi e lotta al caporalato."
        ),
        "body": [
            ("paragraph", (
                "LAND Impresa Sociale organizza due giornate di tavole rotonde in provincia di Ragusa con produttori, "
                "sindacati, comuni, lavoratori migranti e le organizzazioni che li sostengono."
            )),
            ("paragraph", (
                "Ogni tavola rotonda parte da una pratica che funziona sul territorio, come il pulmino condiviso verso "
                "le serre, e si chiede che cosa servirebbe per estenderla."
            )),
        ],
        "venue_name": "Cooperativa Sociale Serra Aperta, sala riunioni",
        "venue_address": "",
        "venue_city": "Ragusa",
        "interpretation": "",
        "speakers": [
            {"name": "Salvatore Greco", "affiliation": "Associazione Ponte dei Braccianti"},
        ],
        "programme": [],
        "report": {
            "title": "Resoconto: tavole rotonde in Sicilia",
            "slug": "resoconto",
            "summary": (
                "Produttori, sindacati, comuni e lavoratori hanno convenuto che il trasporto verso i campi viene prima "
                "di tutto e che il lavoro stagionale deve portare a impieghi stabili."
            ),
            "participant_profile": (
                "Produttori e loro cooperative, delegati sindacali, servizi sociali comunali, mediatori culturali e "
                "lavoratori migranti."
            ),
            "key_takeaways": [
                "Il trasporto verso i campi è la prima condizione per un reclutamento equo.",
                "I comuni possono aiutare i lavoratori a registrare la residenza.",
                "Il lavoro stagionale deve portare a impieghi stabili, non a un vicolo cieco.",
            ],
            "speakers": "LAND Impresa Sociale; Cooperativa Sociale Serra Aperta; Associazione Ponte dei Braccianti.",
            "body": [
                ("paragraph", (
                    "Il primo giorno le tavole rotonde hanno affrontato trasporti e alloggi; il secondo, i contratti e "
                    "il ruolo del centro locale per l'impiego nell'incontro tra offerte e lavoratori."
                )),
            ],
        },
    },
    "brussels-online-event": {
        "title": "Incontro di rete online da Bruxelles: pratiche che viaggiano",
        "slug": "incontro-online-bruxelles",
        "summary": (
            "Professionisti, datori di lavoro e società civile di diversi paesi condividono buone pratiche per il "
            "lavoro dignitoso di donne e uomini migranti in agricoltura, pesca e silvicoltura."
        ),
        "body": [
            ("paragraph", (
                "HEADWAY ospita da Bruxelles l'incontro di rete online del progetto Primacenters. I relatori "
                "presentano "
                "pratiche dei paesi partner e discutono con i partecipanti di come adattarle altrove."
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
            "title": "Resoconto: incontro di rete online da Bruxelles",
            "slug": "resoconto",
            "summary": (
                "Quarantadue partecipanti di servizi per l'impiego, organizzazioni datoriali, sindacati e società "
                "civile "
                "hanno discusso pratiche trasferibili da una regione all'altra."
            ),
            "participant_profile": (
                "Servizi per l'impiego, organizzazioni datoriali, sindacati e organizzazioni della società civile di "
                "Belgio, Grecia, Spagna, Italia e Cipro."
            ),
            "key_takeaways": [
                "Le buone pratiche viaggiano bene quando arrivano con contatti e documenti.",
                "I professionisti vogliono brevi moduli formativi da seguire con i propri tempi.",
            ],
            "speakers": "Il mentoring tra pari a Huelva; la formazione linguistica sul lavoro in frutticoltura; "
                        "Els Vermeulen (Akkerbrug vzw).",
            "body": [
                ("paragraph", (
                    "I relatori hanno presentato il mentoring tra pari per le lavoratrici stagionali e la formazione "
                    "linguistica sul posto di lavoro in frutticoltura, poi hanno risposto a domande su costi, partner "
                    "e "
                    "risultati."
                )),
            ],
        },
    },
    "peloponnese-event": {
        "title": "Incontro conclusivo nel Peloponneso: bilancio della prima stagione di raccolta",
        "slug": "incontro-conclusivo-peloponneso",
        "summary": (
            "Produttori, cooperative e servizi pubblici fanno il bilancio della prima stagione di raccolta con il "
            "centro locale per l'impiego e pianificano la prossima."
        ),
        "body": [
            ("paragraph", (
                "La Regione del Peloponneso e KMOP, coordinatore di Primacenters, chiudono la serie di incontri di "
                "rete "
                "della primavera 2025 con produttori, cooperative agricole, servizi pubblici e organizzazioni che "
                "sostengono le persone migranti."
            )),
            ("paragraph", (
                "Il centro locale per l'impiego presenta la sua prima stagione: offerte raccolte prima del raccolto, "
                "candidati informati dei propri diritti nella loro lingua e un contratto scritto per ogni inserimento."
            )),
        ],
        "venue_name": "Regione del Peloponneso, sala conferenze",
        "venue_address": "",
        "venue_city": "Tripoli",
        "interpretation": "",
        "speakers": [],
        "programme": [],
        "report": {
            "title": "Resoconto: incontro conclusivo nel Peloponneso",
            "slug": "resoconto",
            "summary": (
                "I contratti scritti hanno aiutato a trattenere i lavoratori per tutta la stagione; i produttori hanno "
                "chiesto di pianificare prima alloggi e trasporti."
            ),
            "participant_profile": (
                "Produttori di olive e agrumi, cooperative agricole, servizi pubblici della Regione e organizzazioni "
                "che "
                "sostengono le persone migranti."
            ),
            "key_takeaways": [
                "I contratti scritti hanno aiutato a trattenere i lavoratori per tutta la stagione.",
                "I produttori hanno chiesto di pianificare prima l'alloggio dei lavoratori.",
            ],
            "speakers": "La Regione del Peloponneso; KMOP; la responsabile del centro locale di Calamata.",
            "body": [
                ("paragraph", (
                    "Produttori e cooperative hanno chiesto di iniziare la preparazione già in estate, soprattutto per "
                    "alloggi e trasporti, e di estendere il servizio ad altre colture."
                )),
            ],
        },
    },
    "brussels-seminar": {
        "title": "Seminario del mattino: un primo lavoro in un'azienda agricola belga",
        "slug": "seminario-mattino-primo-lavoro-azienda-belga",
        "summary": (
            "Una mattinata con servizi pubblici per l'impiego, centri di formazione e associazioni sull'accesso al "
            "lavoro agricolo per le persone appena arrivate in Belgio, con interpretazione in francese, nederlandese e "
            "inglese."
        ),
        "body": [
            ("paragraph", (
                "Frutticoltori e orticoltori in Belgio cercano lavoratori ogni stagione, mentre molte persone appena "
                "arrivate cercano un primo lavoro. Questo seminario riunisce chi li aiuta a incontrarsi."
            )),
            ("paragraph", "Caffè dalle 9:00. I posti sono limitati: vi preghiamo di arrivare puntuali."),
        ],
        "venue_name": "Centro incontri del Quartiere Nord",
        "venue_address": "Quartiere Nord di Bruxelles",
        "venue_city": "Bruxelles",
        "interpretation": "francese–nederlandese–inglese",
        "speakers": [
            {"name": "Julie Renard", "affiliation": "Sillons d'Avenir asbl"},
        ],
        "programme": [
            {"title": "Caffè di benvenuto", "speakers": "", "description": ""},
            {"title": "Apertura", "speakers": "HEADWAY", "description": ""},
            {"title": "Il lavoro stagionale nella frutticoltura belga", "speakers": "Marieke Van den Broeck",
             "description": "Formazione sul lavoro e nederlandese per il lavoro nei frutteti del Limburgo."},
            {"title": "I lavori agricoli al servizio pubblico per l'impiego", "speakers": "Actiris",
             "description": ""},
            {"title": "Pausa", "speakers": "", "description": ""},
            {"title": "Tavola rotonda: mentoring e sostegno linguistico verso il lavoro",
             "speakers": "DUO for a JOB, Collectif des Femmes, Le Monde des Possibles, Sillons d'Avenir asbl",
             "description": "Che cosa aiuta una persona appena arrivata a mantenere un primo lavoro, e che cosa "
                            "possono "
                            "fare i datori di lavoro."},
            {"title": "Conclusioni", "speakers": "Provincia del Brabante Fiammingo", "description": ""},
        ],
        "report": None,
    },
}

UPCOMING = {
    "hybrid-workshop": {
        "title": "Laboratorio ibrido: accogliere bene i lavoratori stagionali in azienda",
        "slug": "laboratorio-ibrido-accoglienza-stagionali-{date}",
        "summary": (
            "Un laboratorio pratico per produttori e operatori sui primi giorni di un lavoratore stagionale: "
            "contratto, alloggio, sicurezza e lingua. A Bruxelles e online."
        ),
        "body": [
            ("paragraph", (
                "Produttori, operatori dei servizi per l'impiego e formatori condividono liste di controllo ed esempi "
                "per un buon inizio in azienda. Partecipate a Bruxelles oppure online: il link viene inviato alle "
                "persone iscritte."
            )),
        ],
        "venue_name": "Centro incontri del Quartiere Nord",
        "venue_address": "Quartiere Nord di Bruxelles",
        "venue_city": "Bruxelles",
        "interpretation": "francese–nederlandese–inglese",
        "speakers": [],
        "programme": [
            {"title": "Accoglienza e presentazioni", "speakers": "", "description": ""},
            {"title": "La prima settimana in azienda: una lista di controllo", "speakers": "Marieke Van den Broeck",
             "description": ""},
            {"title": "Domande e confronto", "speakers": "", "description": ""},
        ],
    },
    "peloponnese-forum": {
        "title": "Forum regionale sulla prossima stagione di raccolta nel Peloponneso",
        "slug": "forum-regionale-prossimo-raccolto-peloponneso-{date}",
        "summary": (
            "Produttori, cooperative, comuni e il centro locale per l'impiego preparano il prossimo raccolto: offerte "
            "di lavoro, alloggi e trasporti per i lavoratori."
        ),
        "body": [
            ("paragraph", (
                "Il forum dà seguito agli impegni dell'incontro conclusivo del 2025. Le iscrizioni sono gestite dalla "
                "Regione del Peloponneso."
            )),
        ],
        "venue_name": "Centro Primacenters di Calamata",
        "venue_address": "",
        "venue_city": "Calamata",
        "interpretation": "",
        "speakers": [],
        "programme": [],
    },
    "online-cafe": {
        "title": "Caffè online per gli operatori dei servizi per l'impiego",
        "slug": "caffe-online-operatori-impiego-{date}",
        "summary": (
            "Un'ora online per gli operatori dei centri locali per l'impiego per condividere casi e domande con i "
            "colleghi dei cinque paesi."
        ),
        "body": [
            ("paragraph", "Nessuna iscrizione necessaria: seguite il link all'ora dell'incontro."),
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
    "title": "Evento di esempio {n}",
    "slug": "evento-esempio-{n}",
    "summary": "Un evento generato per misurare gli elenchi e i calendari degli eventi con molti eventi.",
}
