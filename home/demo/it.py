"""Demo content in Italian; mirrors en.py item by item."""

PAGES = {
    "home": {
        "title": "Lavoro dignitoso nel settore primario",
        "slug": "home",
        "intro": (
            "Primacenters è una rete di centri locali per l'impiego in Belgio, Grecia, Spagna, Italia e "
            "Cipro che aiutano donne e uomini migranti a trovare un lavoro dignitoso nell'agricoltura, nella "
            "pesca e nella silvicoltura."
        ),
        "hero_image_alt": "File di colture sotto un sole che sorge, in un'illustrazione semplice",
        "body": [
            ("heading", "Che cosa fa la rete"),
            ("paragraph", (
                "I centri locali mappano le offerte di lavoro presso agricoltori, cooperative e imprese di "
                "pesca, orientano chi cerca lavoro sui propri diritti e sulla formazione, e lo indirizzano "
                "verso i servizi per l'alloggio, i corsi di lingua e il riconoscimento dei titoli."
            )),
            ("paragraph", (
                "Gli operatori condividono buone pratiche e moduli formativi, affinché ciò che funziona in "
                "una regione possa essere adattato in un'altra. I datori di lavoro trovano interlocutori che "
                "conoscono il mercato del lavoro locale e le persone in cerca di occupazione."
            )),
            ("quote", "Il lavoro stagionale dovrebbe essere un primo passo, non un vicolo cieco.",
             "Partecipante a una tavola rotonda, Sicilia, maggio 2025"),
            ("heading", "Chi siamo"),
            ("paragraph", (
                "Il progetto è coordinato da KMOP in Grecia insieme a CARDET a Cipro, LAND Impresa Sociale "
                "in Italia, HEADWAY in Belgio e la Regione del Peloponneso. È cofinanziato dall'Unione "
                "europea."
            )),
        ],
    },
    "about": {
        "title": "Il progetto",
        "slug": "il-progetto",
        "intro": (
            "Primacenters riunisce cinque organizzazioni per creare centri locali per l'impiego al servizio "
            "dei lavoratori migranti e delle economie rurali che ne hanno bisogno."
        ),
        "body": [
            ("heading", "Perché il settore primario"),
            ("paragraph", (
                "Agricoltura, pesca e silvicoltura dipendono sempre più dai lavoratori migranti, ma molti di "
                "questi impieghi sono stagionali, informali o poco tutelati. Le donne migranti, in "
                "particolare, devono affrontare l'isolamento e hanno poche vie d'accesso a un'occupazione "
                "stabile."
            )),
            ("heading", "Il nostro approccio"),
            ("paragraph", (
                "Ogni centro unisce la mappatura dei posti e delle offerte di lavoro, l'incontro tra domanda "
                "e offerta e l'invio ai servizi a informazioni su diritti, formazione e sostegno "
                "linguistico. I centri collaborano con datori di lavoro, sindacati, servizi pubblici per "
                "l'impiego e società civile, affinché ogni offerta di lavoro sia accompagnata da condizioni "
                "eque."
            )),
            ("heading", "Incontri di rete nel 2025"),
            ("paragraph", (
                "Il partenariato ha incontrato professionisti e datori di lavoro a Cipro il 31 marzo, ha "
                "organizzato tavole rotonde in Sicilia il 22 e 23 maggio, ha riunito a distanza 42 "
                "partecipanti da Bruxelles il 28 maggio e si è incontrato nel Peloponneso il 2 giugno."
            )),
            ("heading", "Il partenariato"),
            ("paragraph", (
                "KMOP (coordinatore, Grecia), CARDET (Cipro), LAND Impresa Sociale (Italia), HEADWAY "
                "(Belgio) e Regione del Peloponneso (Grecia)."
            )),
        ],
    },
    "privacy": {
        "title": "Informativa sulla protezione dei dati",
        "slug": "protezione-dei-dati",
        "intro": "Come questo portale tratta i dati personali e quali diritti hai al riguardo.",
        "body": [
            ("heading", "Titolare del trattamento"),
            ("paragraph", (
                "Il portale è gestito da KMOP, coordinatore del progetto, per conto del partenariato "
                "Primacenters. Puoi contattarci tramite l'indirizzo indicato in fondo a ogni pagina."
            )),
            ("heading", "Quali dati raccogliamo"),
            ("paragraph", (
                "La consultazione del portale non richiede alcuna registrazione e non comporta "
                "l'installazione di cookie di tracciamento. Conserviamo solo i dati che ci fornisci tramite "
                "un modulo, ad esempio per l'iscrizione al notiziario o a un evento, e solo per la finalità "
                "e il periodo indicati nel modulo stesso."
            )),
            ("heading", "I tuoi diritti"),
            ("paragraph", (
                "Puoi chiedere di accedere ai tuoi dati, di rettificarli o di cancellarli, e revocare il "
                "consenso in qualsiasi momento. Puoi inoltre proporre reclamo all'autorità nazionale per la "
                "protezione dei dati personali."
            )),
        ],
    },
    "accessibility": {
        "title": "Dichiarazione di accessibilità",
        "slug": "dichiarazione-di-accessibilita",
        "intro": (
            "Vogliamo che tutti possano usare questo portale, indipendentemente dal dispositivo, dalla "
            "lingua o dalle capacità di ciascuno."
        ),
        "body": [
            ("heading", "Stato di conformità"),
            ("paragraph", (
                "Il portale mira a rispettare le Linee guida per l'accessibilità dei contenuti Web (WCAG) "
                "2.1 al livello AA. Ogni pagina viene verificata automaticamente in tutte e sei le lingue, e "
                "manualmente con la tastiera e con un lettore di schermo."
            )),
            ("heading", "Segnalazioni"),
            ("paragraph", (
                "Se incontri una barriera sul portale, segnalacelo tramite l'indirizzo di contatto nel piè "
                "di pagina. Rispondiamo entro dieci giorni lavorativi."
            )),
        ],
    },
    "legal": {
        "title": "Note legali",
        "slug": "note-legali",
        "intro": (
            "Chi pubblica questo portale e a quali condizioni i suoi contenuti possono essere riutilizzati."
        ),
        "body": [
            ("heading", "Editore"),
            ("paragraph", (
                "Questo portale è pubblicato da KMOP, Centro per l'azione sociale e l'innovazione, Atene, "
                "Grecia, in qualità di coordinatore del progetto Primacenters."
            )),
            ("heading", "Riutilizzo dei contenuti"),
            ("paragraph", (
                "Salvo diversa indicazione, i testi di questo portale possono essere riutilizzati per scopi "
                "non commerciali, a condizione che ne venga citata la fonte. Loghi e fotografie restano di "
                "proprietà dei rispettivi titolari."
            )),
        ],
    },
}

FOOTER = {
    "name": "Piè di pagina principale",
    "contact": "Progetto Primacenters, coordinato da KMOP, Atene, Grecia.",
    "funding_disclaimer": (
        "Finanziato dall'Unione europea. Le opinioni espresse appartengono, tuttavia, al solo o ai soli "
        "autori e non riflettono necessariamente le opinioni dell'Unione europea o dell'autorità concedente. "
        "Né l'Unione europea né l'autorità concedente possono esserne ritenute responsabili."
    ),
}
