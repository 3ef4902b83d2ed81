"""Knowledge demo content in Italian; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEXES = {
    "good_practices": {
        "title": "Buone pratiche",
        "slug": "buone-pratiche",
        "intro": (
            "Pratiche da Belgio, Grecia, Spagna, Italia e Cipro che aiutano donne e uomini migranti a trovare e "
            "mantenere un lavoro dignitoso in agricoltura, pesca e silvicoltura. Ognuna illustra il contesto, "
            "l'approccio e i risultati, e che cosa serve per adattarla altrove."
        ),
    },
    "training": {
        "title": "Formazione",
        "slug": "formazione",
        "intro": (
            "Brevi moduli formativi per operatori e operatrici dei servizi per l'impiego, datori di lavoro e persone "
            "in cerca di occupazione. Segui le unità con i tuoi tempi: i progressi restano salvati in questo browser e "
            "alla fine puoi stampare un attestato."
        ),
    },
    "newsletters": {
        "title": "Notiziario",
        "slug": "notiziario",
        "intro": (
            "Notizie dalla rete dei centri locali per l'impiego: eventi, lezioni apprese e prossimi passi. Iscriviti "
            "per ricevere ogni numero via posta elettronica nella tua lingua."
        ),
    },
    "press": {
        "title": "Sala stampa",
        "slug": "sala-stampa",
        "intro": (
            "I comunicati stampa del progetto Primacenters, con i contatti per i giornalisti. I comunicati possono "
            "essere citati liberamente indicando la fonte."
        ),
    },
}

GOOD_PRACTICES = {
    "peloponnese-job-matching": {
        "title": "Incontro tra domanda e offerta di lavoro stagionale tramite un centro locale per l'impiego nel "
                 "Peloponneso",
        "slug": "incontro-domanda-offerta-lavoro-stagionale-peloponneso",
        "summary": (
            "Un centro locale mette in contatto i produttori di olive e agrumi con lavoratori migranti prima di ogni "
            "raccolta, verifica che ogni offerta preveda un contratto scritto e resta in contatto con entrambe le "
            "parti durante la stagione."
        ),
        "region": "Messenia, Peloponneso",
        "organisation": "Centro locale Primacenters della Regione del Peloponneso, con KMOP",
        "context": [
            (
                "Le aziende olivicole e agrumicole della Messenia hanno bisogno di molti lavoratori in più per poche "
                "settimane all'anno. La maggior parte sono migranti che trovano lavoro col passaparola, spesso senza "
                "contratto e senza voce in capitolo sull'alloggio o sul trasporto."
            ),
            (
                "I produttori, dal canto loro, faticano a pianificare la raccolta: i lavoratori arrivano in ritardo o "
                "se ne vanno a metà stagione per un lavoro pagato meglio."
            ),
        ],
        "approach": [
            (
                "Due mesi prima della raccolta, il centro visita produttori e cooperative per rilevare i loro "
                "fabbisogni: date, numero di lavoratori, paga, alloggio e trasporto."
            ),
            [
                "Ogni offerta di lavoro viene verificata rispetto al contratto collettivo prima di essere pubblicata.",
                "Le persone in cerca di lavoro vengono ricevute nella loro lingua e informate sui loro diritti e "
                "sull'offerta.",
                "Nella seconda settimana della stagione un operatore chiama lavoratori e produttori per risolvere "
                "subito i problemi.",
            ],
        ],
        "results": [
            (
                "Nella prima stagione il centro ha raccolto le offerte di 38 produttori e inserito 126 lavoratori, "
                "tutti con contratto scritto. Due lavoratori su tre hanno concluso la stagione presso lo stesso datore "
                "di lavoro."
            ),
            [
                "Meno lavoratori se ne sono andati prima della fine della raccolta.",
                "I produttori hanno chiesto di nuovo l'aiuto del centro per la stagione successiva.",
            ],
        ],
        "transferability": [
            (
                "L'approccio è adatto a qualsiasi zona con un picco di lavoro stagionale breve e prevedibile. Servono "
                "un operatore che conosca le aziende, interpreti per le lingue principali e un buon rapporto con "
                "l'ispettorato del lavoro locale."
            ),
        ],
        "resources": [
            [
                "Un modulo di offerta di lavoro che riporta paga, orari, alloggio e trasporto.",
                "Una scheda di una pagina sui diritti dei lavoratori stagionali, in sei lingue.",
                "Un calendario dei periodi di raccolta elaborato con le cooperative locali.",
            ],
        ],
    },
    "sicily-transport-housing": {
        "title": "Trasporto sicuro e alloggi dignitosi per i braccianti in Sicilia",
        "slug": "trasporto-sicuro-alloggi-dignitosi-sicilia",
        "summary": (
            "Una cooperativa sociale, i produttori locali e il comune gestiscono una navetta quotidiana verso le serre "
            "e una piccola rete di alloggi in affitto, così che i lavoratori non dipendano più dai caporali."
        ),
        "region": "Provincia di Ragusa, Sicilia",
        "organisation": "Una cooperativa sociale che collabora con i produttori locali e il comune",
        "context": [
            (
                "Migliaia di lavoratori migranti coltivano ortaggi tutto l'anno nelle serre della fascia costiera "
                "ragusana. Molti vivono in casolari isolati e pagano i caporali per il passaggio quotidiano al lavoro, "
                "il che li rende dipendenti ed esposti allo sfruttamento."
            ),
        ],
        "approach": [
            (
                "La cooperativa gestisce un servizio di navette su percorsi fissi tra i paesi e le principali aree "
                "serricole. I produttori che aderiscono pagano una parte del costo e si impegnano a offrire contratti "
                "regolari."
            ),
            (
                "Allo stesso tempo la cooperativa prende in affitto appartamenti nei paesi e li subaffitta ai "
                "lavoratori a un prezzo equo, con un contratto di locazione che consente di ottenere la residenza."
            ),
            [
                "Le navette partono la mattina presto e rientrano dopo la fine della giornata lavorativa.",
                "Gli inquilini ricevono aiuto per l'iscrizione anagrafica e l'accesso all'assistenza sanitaria.",
                "Uno sportello settimanale risponde alle domande su buste paga e contratti.",
            ],
        ],
        "results": [
            (
                "In due anni circa 180 lavoratori hanno usato regolarmente la navetta e 46 persone si sono trasferite "
                "in un alloggio in affitto. Diverse di loro hanno potuto rinnovare il permesso di soggiorno grazie a "
                "un indirizzo di residenza."
            ),
        ],
        "transferability": [
            (
                "Il modello può essere adattato ovunque i lavoratori vivano lontano dai campi. Richiede un comune "
                "disposto a fare da garante e produttori che accettino di condividere i costi del trasporto."
            ),
        ],
        "resources": [
            [
                "Un modello di accordo tra i produttori e il gestore del trasporto.",
                "Un modello di contratto di locazione con regolamento della casa tradotto in cinque lingue.",
            ],
        ],
    },
    "huelva-peer-mentoring": {
        "title": "Tutoraggio tra pari per le lavoratrici stagionali in Andalusia",
        "slug": "tutoraggio-tra-pari-lavoratrici-andalusia",
        "summary": (
            "Braccianti esperte accolgono e accompagnano le donne appena arrivate durante la stagione dei frutti di "
            "bosco, con informazioni su diritti, salute e cura dei figli nella loro lingua."
        ),
        "region": "Provincia di Huelva, Andalusia",
        "organisation": "Un'associazione di braccianti con due cooperative di frutti di bosco",
        "context": [
            (
                "Ogni primavera migliaia di donne arrivano a Huelva per raccogliere fragole e altri frutti di bosco, "
                "molte per la prima volta. Spesso vivono nelle aziende, lontano dai servizi, e raramente sanno a chi "
                "rivolgersi se qualcosa va storto."
            ),
        ],
        "approach": [
            (
                "L'associazione forma donne che hanno lavorato diverse stagioni perché diventino mentori. Ogni mentore "
                "segue un piccolo gruppo di nuove arrivate dall'arrivo alla partenza."
            ),
            [
                "Un incontro di benvenuto in azienda nella prima settimana, d'intesa con la cooperativa.",
                "Incontri informativi su contratti, paga, salute e tutela contro le molestie.",
                "Una linea telefonica a cui rispondono le mentori in arabo, rumeno, spagnolo e francese.",
                "L'invio a centri sanitari, servizi sociali e, se necessario, all'ispettorato del lavoro.",
            ],
        ],
        "results": [
            (
                "Ventiquattro mentori hanno accompagnato oltre 300 donne durante la stagione. Le donne hanno riferito "
                "di sentirsi meno isolate e le cooperative hanno usato le loro osservazioni per migliorare alloggi e "
                "orari di lavoro."
            ),
        ],
        "transferability": [
            (
                "Il tutoraggio tra pari funziona bene dove molte persone arrivano nello stesso momento e parlano la "
                "stessa lingua. Le mentori hanno bisogno di formazione, di un compenso equo per il loro tempo e di una "
                "procedura chiara per i casi gravi."
            ),
        ],
        "resources": [
            [
                "Un programma di formazione per le mentori in quattro incontri.",
                "Una guida tascabile su diritti e servizi per le lavoratrici stagionali.",
            ],
        ],
    },
    "cyprus-fishers-skills": {
        "title": "Riconoscere le competenze di pescatori e lavoratori dell'acquacoltura migranti a Cipro",
        "slug": "riconoscimento-competenze-pescatori-cipro",
        "summary": (
            "Una valutazione pratica delle competenze, lezioni di greco per il lavoro e una certificazione sulla "
            "sicurezza aiutano pescatori migranti esperti a passare da mansioni non qualificate a posizioni "
            "riconosciute su pescherecci e impianti di acquacoltura."
        ),
        "region": "Distretto di Larnaca",
        "organisation": "Un centro di formazione professionale con un'associazione di piscicoltori",
        "context": [
            (
                "Molti lavoratori migranti della pesca e dell'acquacoltura cipriote hanno anni di esperienza in mare, "
                "ma nessun documento che lo dimostri. Restano nelle mansioni meno pagate, mentre i datori di lavoro "
                "faticano a trovare personale qualificato."
            ),
        ],
        "approach": [
            (
                "I lavoratori sono invitati a una valutazione pratica su un peschereccio o in un impianto di "
                "acquacoltura, condotta da un istruttore esperto con un interprete. Le competenze osservate vengono "
                "registrate in un portfolio."
            ),
            [
                "Maneggiare reti, lenze e pescato in sicurezza.",
                "Alimentare, monitorare e raccogliere il pesce nelle gabbie.",
                "Eseguire la manutenzione di base di motori e attrezzature.",
            ],
            (
                "In seguito i lavoratori frequentano sessanta ore di greco per il lavoro e un corso certificato sulla "
                "sicurezza in mare."
            ),
        ],
        "results": [
            (
                "Cinquantadue lavoratori hanno completato la valutazione e quaranta hanno ottenuto un certificato di "
                "sicurezza. Quattordici sono stati promossi o assunti in posizioni qualificate entro sei mesi."
            ),
        ],
        "transferability": [
            (
                "La valutazione può essere usata in qualsiasi settore marittimo. Richiede istruttori formati alla "
                "validazione delle competenze e il sostegno dei datori di lavoro, che aprono pescherecci e impianti "
                "per le valutazioni."
            ),
        ],
        "resources": [
            [
                "Una griglia di valutazione per dieci mansioni chiave della pesca e dell'acquacoltura.",
                "Un glossario dei termini di lavoro in greco, inglese, arabo e bengalese.",
            ],
        ],
    },
    "limburg-language-safety": {
        "title": "Formazione linguistica e sulla sicurezza sul posto di lavoro nella frutticoltura fiamminga",
        "slug": "formazione-lingua-sicurezza-frutticoltura",
        "summary": (
            "Rifugiati e altri nuovi arrivati vengono assunti nelle aziende frutticole con un contratto di formazione "
            "che unisce lavoro retribuito, lezioni di neerlandese nel frutteto e un attestato di sicurezza per l'uso "
            "delle macchine."
        ),
        "region": "Provincia del Limburgo, zona frutticola dell'Haspengouw",
        "organisation": "Un fondo settoriale per la formazione nell'orticoltura con il servizio pubblico regionale "
                        "per l'impiego",
        "context": [
            (
                "I frutticoltori dell'Haspengouw hanno bisogno di manodopera ben oltre la stagione della raccolta, per "
                "potatura, cernita e manutenzione. I nuovi arrivati in cerca di lavoro spesso non hanno il neerlandese "
                "né la formazione sulla sicurezza che i datori di lavoro si aspettano."
            ),
        ],
        "approach": [
            (
                "Il servizio pubblico per l'impiego seleziona i candidati e il fondo per la formazione li abbina a un "
                "produttore. Il lavoratore firma un contratto di formazione fino a sei mesi ed è retribuito dal primo "
                "giorno."
            ),
            [
                "Due mezze giornate a settimana di lezioni di neerlandese in azienda, con le parole del mestiere.",
                "Un tutor in azienda che spiega le mansioni e verifica i progressi ogni mese.",
                "Un corso che porta a un attestato per la guida sicura di trattori e carrelli elevatori.",
            ],
        ],
        "results": [
            (
                "Dei primi 35 tirocinanti, 27 hanno completato il percorso e a 22 il produttore ha offerto un "
                "contratto al termine della formazione. I datori di lavoro hanno segnalato anche meno incidenti con le "
                "macchine."
            ),
        ],
        "transferability": [
            (
                "Contratti di formazione sul posto di lavoro esistono in molti paesi con nomi diversi. L'essenziale è "
                "portare l'insegnante di lingua sul luogo di lavoro e retribuire in modo equo i tirocinanti."
            ),
        ],
        "resources": [
            [
                "Un elenco illustrato di 300 parole del mestiere della frutticoltura.",
                "Una scheda mensile di avanzamento per tirocinanti e tutor.",
            ],
        ],
    },
    "epirus-forestry-crews": {
        "title": "Squadre forestali per rifugiati in Epiro",
        "slug": "squadre-forestali-rifugiati-epiro",
        "summary": (
            "Una cooperativa forestale assume rifugiati in squadre miste per la prevenzione degli incendi, con un "
            "aiuto per ottenere permesso di lavoro, codice fiscale e conto in banca prima dell'inizio della stagione."
        ),
        "region": "Epiro",
        "organisation": "Una cooperativa forestale con un'agenzia comunale di sviluppo e un'organizzazione di sostegno "
                        "ai rifugiati",
        "context": [
            (
                "Ogni estate le cooperative forestali dell'Epiro ripuliscono il sottobosco e curano i viali "
                "tagliafuoco, ma trovano sempre meno lavoratori locali. I rifugiati che vivono nella regione vogliono "
                "lavorare, ma devono affrontare lunghe pratiche amministrative prima di poter essere assunti."
            ),
        ],
        "approach": [
            (
                "Tre mesi prima della stagione, l'organizzazione di sostegno ai rifugiati aiuta i candidati a ottenere "
                "i documenti necessari. L'agenzia di sviluppo organizza un corso di due settimane su attrezzi "
                "forestali e sicurezza."
            ),
            (
                "La cooperativa forma poi squadre miste di lavoratori locali e rifugiati, ciascuna guidata da un "
                "operaio forestale esperto, e paga tutti secondo la stessa scala salariale."
            ),
        ],
        "results": [
            [
                "Trenta rifugiati hanno lavorato per l'intera stagione in sei squadre miste.",
                "Tutti hanno ottenuto un codice fiscale e un conto in banca, che conservano per i lavori futuri.",
                "La cooperativa ha raggiunto i suoi obiettivi di manutenzione dei tagliafuoco per la prima volta in "
                "tre anni.",
            ],
        ],
        "transferability": [
            (
                "Il modello può servire per altri lavori pubblici stagionali. Il suo successo dipende dall'avvio "
                "anticipato delle pratiche e dalle squadre miste, che favoriscono l'apprendimento della lingua e "
                "l'accettazione da parte della comunità locale."
            ),
        ],
        "resources": [
            [
                "Un elenco dei documenti necessari prima dell'assunzione, con gli uffici da contattare.",
                "Un programma di corso su attrezzi forestali e sicurezza in dieci incontri.",
            ],
        ],
    },
}

TRAINING_MODULES = {
    "fair-recruitment": {
        "title": "Il reclutamento equo nell'agricoltura stagionale",
        "slug": "reclutamento-equo-agricoltura-stagionale",
        "summary": (
            "Per agricoltori e cooperative che assumono lavoratori stagionali: come reclutare senza intermediari che "
            "si fanno pagare, scrivere un'offerta di lavoro chiara e trattenere i lavoratori per tutta la stagione."
        ),
        "learning_outcomes": [
            [
                "Spiegare perché un lavoratore non deve mai pagare per ottenere un lavoro.",
                "Scrivere un'offerta di lavoro che indichi chiaramente paga, orari, alloggio e trasporto.",
                "Verificare un'agenzia di reclutamento con un breve elenco di segnali d'allarme.",
                "Pianificare i primi giorni di un nuovo lavoratore in azienda.",
            ],
        ],
        "prerequisites": [
            "Nessuno. Il modulo è pensato per datori di lavoro e responsabili d'azienda senza formazione nella "
            "gestione del personale.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Che cosa significa reclutamento equo",
                "text": [
                    (
                        "Reclutamento equo significa che i lavoratori vengono assunti attraverso canali legali, "
                        "conoscono le condizioni prima di accettare un lavoro e non pagano nessuno per ottenerlo. I "
                        "costi del reclutamento sono a carico del datore di lavoro."
                    ),
                    [
                        "Il lavoratore riceve un'offerta scritta in una lingua che comprende.",
                        "Al lavoratore non vengono chiesti compensi, depositi né debiti.",
                        "Il lavoratore conserva i propri documenti d'identità.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Reclutare senza costi: che cosa ci raccontano i lavoratori",
                "transcript": (
                    "Tre lavoratori stagionali raccontano come hanno trovato il lavoro, che cosa pagavano un tempo "
                    "agli intermediari e che cosa è cambiato quando il loro datore di lavoro ha iniziato a reclutare "
                    "tramite il centro locale."
                ),
            },
            {
                "kind": "material",
                "title": "Lista di controllo per il reclutamento equo",
                "description": "Una lista di controllo di una pagina da usare prima, durante e dopo l'assunzione di "
                               "un lavoratore stagionale.",
                "document": {
                    "title": "Lista di controllo per il reclutamento equo",
                    "lines": [
                        "Lista di controllo per il reclutamento equo",
                        "Prima dell'assunzione: scrivete l'offerta con paga, orari, alloggio e trasporto.",
                        "Prima dell'assunzione: verificate che l'agenzia di reclutamento sia autorizzata e non faccia "
                        "pagare nulla ai lavoratori.",
                        "All'assunzione: consegnate al lavoratore un contratto scritto in una lingua che comprende.",
                        "All'assunzione: non trattenete mai il passaporto o la carta d'identità di un lavoratore.",
                        "Dopo l'assunzione: pagate lo stipendio puntualmente, con bonifico e busta paga.",
                        "Dopo l'assunzione: chiamate il centro locale per l'impiego se sorge un problema.",
                    ],
                },
            },
            {
                "kind": "exercise",
                "title": "Esaminare un'offerta di lavoro",
                "instructions": [
                    (
                        "Leggete la seguente offerta: raccolta pesche, inizio a giugno, buona paga, alloggio "
                        "disponibile, contattare il signor K. per il trasporto. Elencate che cosa manca e riscrivete "
                        "l'offerta."
                    ),
                ],
                "feedback": [
                    [
                        "Le date esatte e il numero di ore al giorno e alla settimana.",
                        "La paga oraria o giornaliera prima e dopo le trattenute.",
                        "Il costo e le condizioni dell'alloggio e del trasporto.",
                        "Il nome del datore di lavoro e un modo per contattarlo direttamente.",
                    ],
                ],
            },
        ],
    },
    "labour-rights-counsellors": {
        "title": "I diritti del lavoro nel settore primario: un modulo per gli operatori dei servizi per l'impiego",
        "slug": "diritti-lavoro-settore-primario-operatori",
        "summary": (
            "Per gli operatori dei centri per l'impiego e delle organizzazioni di sostegno: le norme che tutelano chi "
            "lavora in agricoltura, pesca e silvicoltura, e come riconoscere e segnalare i casi di sfruttamento "
            "lavorativo."
        ),
        "learning_outcomes": [
            [
                "Descrivere le condizioni minime di un contratto di lavoro stagionale nel proprio paese.",
                "Riconoscere i segnali di sfruttamento lavorativo durante un colloquio.",
                "Indirizzare un lavoratore all'ispettorato del lavoro, a un sindacato o a un servizio di assistenza "
                "alle vittime.",
            ],
        ],
        "prerequisites": [
            "Esperienza nell'orientamento di persone in cerca di lavoro, oppure un corso introduttivo sui servizi per "
            "l'impiego.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Contratti, retribuzione e orario di lavoro",
                "text": [
                    (
                        "I lavoratori stagionali hanno diritto allo stesso salario minimo, agli stessi riposi e alla "
                        "stessa previdenza sociale degli altri lavoratori. I contratti collettivi dell'agricoltura "
                        "prevedono spesso salari più alti e una maggiorazione per il lavoro straordinario."
                    ),
                    (
                        "I lavoratori extra UE che rientrano nella direttiva sui lavoratori stagionali hanno anche "
                        "diritto a un alloggio dignitoso e, in alcuni casi, a cambiare datore di lavoro."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Riconoscere i segnali di sfruttamento lavorativo",
                "text": [
                    "Alcuni segnali richiedono un'attenzione particolare e, spesso, una segnalazione:",
                    [
                        "Il lavoratore non ha con sé i propri documenti d'identità.",
                        "La paga viene versata a un'altra persona, o non viene versata affatto.",
                        "Il lavoratore ha un debito con chi gli ha trovato il lavoro.",
                        "Il lavoratore vive sul luogo di lavoro e non può allontanarsi liberamente.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Il primo colloquio di un operatore con un lavoratore stagionale",
                "transcript": (
                    "Un gioco di ruolo filmato in un centro locale: l'operatore accoglie un lavoratore, gli pone "
                    "domande aperte sul lavoro e sull'alloggio e gli spiega, con un interprete, il sostegno che il "
                    "centro può offrire."
                ),
            },
            {
                "kind": "exercise",
                "title": "Caso di studio: un contratto che cambia",
                "instructions": [
                    (
                        "Una donna vi racconta che le erano state promesse otto ore al giorno, ma ne lavora undici, e "
                        "che il datore di lavoro trattiene parte della paga per l'alloggio. Quali domande le fate e "
                        "che cosa fate dopo?"
                    ),
                ],
                "feedback": [
                    (
                        "Chiedetele del contratto, delle buste paga e di chi custodisce i suoi documenti. Spiegatele i "
                        "suoi diritti, concordate con lei il passo successivo e, con il suo consenso, contattate "
                        "l'ispettorato del lavoro o un sindacato."
                    ),
                ],
            },
        ],
    },
    "first-job-farming": {
        "title": "Il tuo primo lavoro in agricoltura: diritti, paga e sicurezza",
        "slug": "primo-lavoro-agricoltura-diritti-paga-sicurezza",
        "summary": (
            "Per chi cerca lavoro nelle aziende agricole: che cosa deve dire il contratto, come leggere la busta paga "
            "e come proteggersi dal caldo, dalle macchine e dai prodotti chimici."
        ),
        "learning_outcomes": [
            [
                "Sapere che cosa deve contenere il contratto prima di firmarlo.",
                "Controllare che la busta paga corrisponda alle ore lavorate.",
                "Proteggersi dai principali rischi del lavoro agricolo.",
                "Sapere dove chiedere aiuto.",
            ],
        ],
        "prerequisites": [
            "Nessuno. Gli incontri si svolgono con interpreti e usano immagini anziché testi lunghi.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Il tuo contratto e la tua busta paga",
                "text": [
                    (
                        "Prima di iniziare, chiedi un contratto scritto. Deve indicare il nome del datore di lavoro, "
                        "le date, l'orario, la paga e dove vivrai e lavorerai."
                    ),
                    (
                        "Ogni mese devi ricevere una busta paga. Annota ogni giorno le ore che lavori, così potrai "
                        "confrontarle con la busta paga."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Lavorare sicuri: caldo, macchine e prodotti chimici",
                "text": [
                    [
                        "Bevi spesso acqua e riposati all'ombra quando fa molto caldo.",
                        "Non usare mai una macchina se nessuno ti ha mostrato come funziona.",
                        "Non entrare in un campo appena trattato e indossa i guanti quando maneggi prodotti chimici.",
                        "Segnala ogni incidente, anche piccolo, al tuo responsabile.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "La sicurezza in azienda agricola in cinque minuti",
                "transcript": (
                    "Un breve filmato senza parole mostra i principali rischi in un'azienda agricola e come evitarli: "
                    "caldo, trattori, scale, attrezzi taglienti e prodotti fitosanitari."
                ),
            },
            {
                "kind": "exercise",
                "title": "Leggere una busta paga",
                "instructions": [
                    (
                        "Guarda l'esempio di busta paga che ti dà il formatore. Trova il numero di ore, la paga "
                        "oraria, le trattenute e l'importo pagato. Le ore corrispondono a quelle del tuo quaderno?"
                    ),
                ],
                "feedback": [
                    (
                        "Se le ore o la paga non corrispondono, chiedi prima al tuo datore di lavoro. Se il problema "
                        "non si risolve, il centro locale per l'impiego può aiutarti."
                    ),
                ],
            },
        ],
    },
    "employer-partnerships-fisheries": {
        "title": "Costruire partenariati con i datori di lavoro della pesca e dell'acquacoltura",
        "slug": "partenariati-datori-lavoro-pesca-acquacoltura",
        "summary": (
            "Per centri per l'impiego e associazioni datoriali: come mappare i datori di lavoro, costruire "
            "partenariati duraturi e seguire gli inserimenti perché i lavoratori restino e crescano."
        ),
        "learning_outcomes": [
            [
                "Mappare i datori di lavoro e le offerte di lavoro del proprio territorio.",
                "Concordare un piano di partenariato con un datore di lavoro o un'associazione.",
                "Seguire un inserimento e intervenire presto quando sorgono problemi.",
            ],
        ],
        "prerequisites": [
            "Esperienza nell'inserimento lavorativo o nella gestione del personale.",
            "Si consiglia di aver completato il modulo sui diritti del lavoro nel settore primario.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Mappare datori di lavoro e offerte di lavoro",
                "text": [
                    (
                        "Iniziate con un elenco di imprese di pesca, impianti di acquacoltura e stabilimenti di "
                        "trasformazione del vostro territorio. Annotate dimensioni, picchi stagionali, posizioni "
                        "difficili da coprire e chi decide le assunzioni."
                    ),
                    (
                        "Le associazioni di pescatori, le autorità portuali e il servizio pubblico per l'impiego "
                        "possono aiutarvi a completare l'elenco e a stabilire il primo contatto."
                    ),
                ],
            },
            {
                "kind": "exercise",
                "title": "Redigere un piano di partenariato",
                "instructions": [
                    (
                        "Scegliete un datore di lavoro dalla vostra mappa. Scrivete un piano di una pagina: di che "
                        "cosa ha bisogno il datore di lavoro, che cosa offre il centro, chi fa che cosa e come "
                        "misurerete il successo dopo sei mesi."
                    ),
                ],
                "feedback": [
                    [
                        "Fabbisogni espressi in numeri e date.",
                        "Una persona di riferimento con nome e cognome per ciascuna parte.",
                        "Almeno un impegno sulle condizioni di lavoro.",
                        "Due o tre indicatori, come i lavoratori inseriti e ancora occupati dopo tre mesi.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Tavola rotonda: datori di lavoro e centri lavorano insieme",
                "transcript": (
                    "Registrata durante un incontro di rete nel 2025: la responsabile di un impianto di acquacoltura, "
                    "un'associazione di pescatori e un operatore dei servizi per l'impiego discutono di che cosa fa "
                    "funzionare un partenariato e che cosa lo fa fallire."
                ),
            },
            {
                "kind": "text",
                "title": "Dopo l'inserimento: accompagnamento e permanenza",
                "text": [
                    (
                        "Chiamate il lavoratore e il datore di lavoro dopo la prima settimana e dopo il primo mese. La "
                        "maggior parte dei problemi che spingono i lavoratori ad andarsene, come l'alloggio, il "
                        "trasporto o i malintesi sulla paga, si può risolvere se viene conosciuta per tempo."
                    ),
                ],
            },
            {
                "kind": "material",
                "title": "Modello di piano di partenariato",
                "description": "Un modello da compilare con un datore di lavoro, con esempi di impegni e indicatori.",
                "document": {
                    "title": "Modello di piano di partenariato",
                    "lines": [
                        "Modello di piano di partenariato",
                        "Datore di lavoro: nome, settore, persona di riferimento.",
                        "Fabbisogni: posizioni, numero di lavoratori, date, competenze richieste.",
                        "Offerta del centro: preselezione, informazione, interpretariato, accompagnamento.",
                        "Impegni sulle condizioni di lavoro: contratto, paga, alloggio, formazione.",
                        "Indicatori a sei mesi: lavoratori inseriti, lavoratori ancora occupati, problemi risolti.",
                    ],
                },
            },
        ],
    },
}

NEWSLETTERS = {
    "issue-1": {
        "title": "Numero 1: la rete si incontra a Cipro",
        "slug": "numero-1",
        "intro": (
            "Benvenuti nel primo notiziario di Primacenters. In questo numero: il nostro primo incontro di rete a "
            "Cipro, come i centri locali mappano le offerte di lavoro e gli eventi in programma questa primavera."
        ),
        "highlights": [
            {
                "title": "Incontro di rete a Cipro",
                "text": [
                    (
                        "Il 31 marzo 2025 CARDET ha riunito operatori dei servizi per l'impiego, datori di lavoro "
                        "dell'agricoltura e della pesca e organizzazioni delle comunità migranti. I partecipanti hanno "
                        "raccontato come avviene oggi il reclutamento e dove il centro locale può fare la differenza."
                    ),
                ],
                "key_takeaways": [
                    "I datori di lavoro vogliono un unico punto di contatto per il reclutamento.",
                    "Il sostegno linguistico serve sul posto di lavoro, non solo in aula.",
                    "Le organizzazioni delle comunità migranti sono fondamentali per raggiungere chi cerca lavoro.",
                ],
            },
            {
                "title": "Mappare le offerte di lavoro con i datori di lavoro",
                "text": [
                    (
                        "Prima di qualsiasi abbinamento, ogni centro locale mappa i datori di lavoro del suo "
                        "territorio e i loro fabbisogni stagionali. Nel Peloponneso gli operatori hanno visitato i "
                        "produttori di olive e agrumi prima della raccolta per raccogliere le offerte e verificare le "
                        "condizioni di lavoro."
                    ),
                ],
                "key_takeaways": [
                    "Le visite prima della stagione creano fiducia con i produttori.",
                    "Un modulo comune per le offerte rende più facile confrontarle.",
                ],
            },
        ],
        "next_steps": [
            "In programma nelle prossime settimane:",
            [
                "Tavole rotonde in Sicilia il 22 e 23 maggio 2025.",
                "Un incontro di rete online da Bruxelles il 28 maggio 2025.",
                "Un incontro di rete nel Peloponneso il 2 giugno 2025.",
            ],
        ],
    },
    "issue-2": {
        "title": "Numero 2: lezioni dalla Sicilia, da Bruxelles e dal Peloponneso",
        "slug": "numero-2",
        "intro": (
            "Tre incontri di rete in due settimane: tavole rotonde in Sicilia, un incontro online da Bruxelles e un "
            "evento regionale nel Peloponneso. Ecco che cosa abbiamo imparato e che cosa ci aspetta."
        ),
        "highlights": [
            {
                "title": "Tavole rotonde in Sicilia",
                "text": [
                    (
                        "Il 22 e 23 maggio 2025 LAND Impresa Sociale ha ospitato due giornate di tavole rotonde con "
                        "produttori, sindacati, comuni e lavoratori migranti. Il confronto si è concentrato su "
                        "trasporti, alloggi e contrasto al caporalato."
                    ),
                ],
                "key_takeaways": [
                    "Il trasporto verso i campi è la prima condizione per un reclutamento equo.",
                    "I comuni possono aiutare i lavoratori a ottenere la residenza.",
                    "Il lavoro stagionale deve portare a un impiego stabile, non a un vicolo cieco.",
                ],
            },
            {
                "title": "Incontro di rete online da Bruxelles",
                "text": [
                    (
                        "Il 28 maggio 2025 HEADWAY ha organizzato da Bruxelles un evento online con 42 partecipanti di "
                        "servizi per l'impiego, organizzazioni datoriali e società civile di diversi paesi."
                    ),
                ],
                "key_takeaways": [
                    "Le buone pratiche si trasferiscono bene quando sono accompagnate da contatti e documenti.",
                    "I professionisti vogliono moduli formativi brevi da seguire con i propri tempi.",
                ],
            },
            {
                "title": "Incontro di rete nel Peloponneso",
                "text": [
                    (
                        "Il 2 giugno 2025 la Regione del Peloponneso e KMOP hanno incontrato produttori, cooperative e "
                        "servizi pubblici per fare il bilancio della prima stagione di raccolta con il centro locale e "
                        "preparare la successiva."
                    ),
                ],
                "key_takeaways": [
                    "I contratti scritti hanno aiutato a trattenere i lavoratori per tutta la stagione.",
                    "I produttori hanno chiesto di pianificare prima gli alloggi per i lavoratori.",
                ],
            },
        ],
        "next_steps": [
            "Nei prossimi mesi i partner:",
            [
                "Pubblicheranno nuove buone pratiche dai cinque paesi.",
                "Apriranno i primi moduli formativi per operatori, datori di lavoro e persone in cerca di lavoro.",
                "Prepareranno la stagione autunnale con i centri locali.",
            ],
        ],
    },
}

PRESS_RELEASES = {
    "cyprus-networking": {
        "title": "Datori di lavoro e operatori si incontrano a Cipro per migliorare il reclutamento nel settore "
                 "primario",
        "slug": "datori-lavoro-operatori-incontro-cipro",
        "subtitle": "Il primo incontro di rete di Primacenters ha riunito datori di lavoro, servizi pubblici e "
                    "società civile",
        "summary": (
            "Il 31 marzo 2025 il progetto Primacenters ha tenuto a Cipro il suo primo incontro di rete, dedicato al "
            "reclutamento equo dei lavoratori migranti in agricoltura e nella pesca."
        ),
        "dateline_city": "Nicosia",
        "body": [
            ("paragraph", (
                "Operatori dei servizi per l'impiego, datori di lavoro dell'agricoltura e della pesca, servizi "
                "pubblici e organizzazioni delle comunità migranti si sono riuniti a Cipro il 31 marzo 2025 su invito "
                "di CARDET, partner del progetto Primacenters."
            )),
            ("paragraph", (
                "I partecipanti hanno discusso di come vengono reclutati oggi i lavoratori stagionali e fissi, delle "
                "difficoltà dei datori di lavoro nel trovare personale e degli ostacoli che incontrano i lavoratori "
                "migranti, dalla lingua al riconoscimento delle competenze."
            )),
            ("heading", "Un centro locale come punto di contatto unico"),
            ("paragraph", (
                "I datori di lavoro hanno chiesto un punto di contatto unico che preselezioni i candidati, spieghi le "
                "regole e segua gli inserimenti. È il ruolo dei centri locali per l'impiego che il progetto sta "
                "avviando in cinque paesi."
            )),
            ("quote", (
                "Datori di lavoro e lavoratori vogliono la stessa cosa: regole chiare, un contratto equo e qualcuno da "
                "chiamare quando c'è un problema."
            ), "Operatrice dei servizi per l'impiego, Cipro"),
            ("paragraph", (
                "Primacenters è coordinato da KMOP con CARDET, LAND Impresa Sociale, HEADWAY e la Regione del "
                "Peloponneso, ed è cofinanziato dall'Unione europea."
            )),
        ],
        "media_contact": [
            "Ufficio comunicazione del progetto Primacenters",
            "Posta elettronica: press@primacenters.example",
        ],
    },
    "brussels-online-event": {
        "title": "Rafforzare l'integrazione dei lavoratori migranti nel settore primario",
        "slug": "rafforzare-integrazione",
        "subtitle": "42 partecipanti da tutta Europa hanno preso parte all'incontro di rete online organizzato "
                    "da Bruxelles",
        "summary": (
            "Il 28 maggio 2025 professionisti, datori di lavoro e organizzazioni della società civile hanno condiviso "
            "buone pratiche per il lavoro dignitoso di donne e uomini migranti in agricoltura, pesca e silvicoltura."
        ),
        "dateline_city": "Bruxelles",
        "body": [
            ("paragraph", (
                "HEADWAY ha ospitato da Bruxelles, il 28 maggio 2025, l'incontro di rete online del progetto "
                "Primacenters. Vi hanno partecipato quarantadue rappresentanti di servizi per l'impiego, "
                "organizzazioni datoriali, sindacati e società civile."
            )),
            ("paragraph", (
                "I relatori hanno presentato pratiche dei paesi partner, dal tutoraggio tra pari per le lavoratrici "
                "stagionali alla formazione linguistica sul posto di lavoro nella frutticoltura, e hanno discusso di "
                "come adattarle ad altre regioni."
            )),
            ("heading", "Pratiche che viaggiano"),
            ("paragraph", (
                "I partecipanti hanno convenuto che una buona pratica è più facile da riprendere quando è accompagnata "
                "dai suoi documenti, dai suoi costi e da una persona da contattare. Il progetto pubblica le sue buone "
                "pratiche e i suoi moduli formativi su questo portale, in sei lingue."
            )),
            ("quote", (
                "Ciò che funziona in una regione può essere adattato in un'altra, se ci prendiamo il tempo di capire "
                "perché funziona."
            ), "Partecipante all'evento online"),
            ("paragraph", (
                "L'incontro ha fatto seguito alle tavole rotonde tenute in Sicilia il 22 e 23 maggio e precede un "
                "incontro di rete nel Peloponneso il 2 giugno 2025."
            )),
        ],
        "media_contact": [
            "Ufficio comunicazione del progetto Primacenters",
            "Posta elettronica: press@primacenters.example",
        ],
    },
    "peloponnese-event": {
        "title": "Il Peloponneso fa il bilancio della sua prima stagione di raccolta con un centro locale per "
                 "l'impiego",
        "slug": "peloponneso-bilancio-prima-stagione-raccolta",
        "subtitle": "Produttori, cooperative e servizi pubblici si sono riuniti per preparare un reclutamento più "
                    "equo nella prossima stagione",
        "summary": (
            "Il 2 giugno 2025 la Regione del Peloponneso e KMOP hanno presentato i risultati della prima stagione di "
            "incontro tra domanda e offerta di lavoro per i lavoratori migranti nell'olivicoltura e nell'agrumicoltura."
        ),
        "dateline_city": "Tripoli",
        "body": [
            ("paragraph", (
                "La Regione del Peloponneso e KMOP, coordinatore del progetto Primacenters, hanno organizzato il 2 "
                "giugno 2025 un incontro di rete con produttori, cooperative agricole, servizi pubblici e "
                "organizzazioni di sostegno ai migranti."
            )),
            ("paragraph", (
                "Il centro locale per l'impiego ha presentato la sua prima stagione: offerte di lavoro raccolte prima "
                "della raccolta, candidati informati sui loro diritti nella loro lingua e un contratto scritto per "
                "ogni inserimento."
            )),
            ("heading", "Pianificare prima la prossima stagione"),
            ("paragraph", (
                "Produttori e cooperative hanno chiesto di iniziare la pianificazione già in estate, in particolare "
                "per l'alloggio e il trasporto dei lavoratori, e di estendere il servizio ad altre colture."
            )),
            ("quote", (
                "Un lavoratore che conosce le condizioni prima di arrivare resta fino alla fine della raccolta."
            ), "Olivicoltore, Messenia"),
            ("paragraph", (
                "Questo incontro chiude la serie di incontri di rete organizzati dal progetto nella primavera 2025, "
                "dopo Cipro, la Sicilia e l'incontro online da Bruxelles."
            )),
        ],
        "media_contact": [
            "Ufficio comunicazione del progetto Primacenters",
            "Posta elettronica: press@primacenters.example",
        ],
    },
}

GENERATED = {
    "good_practice": {
        "title": "Buona pratica di esempio {n}",
        "slug": "pratica-esempio-{n}",
        "summary": "Una buona pratica generata per misurare il portale con molte pagine.",
        "text": "Questa pratica è stata generata per provare elenchi, filtri e ricerca con molte pagine.",
    },
    "training_module": {
        "title": "Modulo formativo di esempio {n}",
        "slug": "modulo-esempio-{n}",
        "summary": "Un modulo formativo generato per misurare il portale con molte pagine.",
        "text": "Questo modulo è stato generato per provare elenchi, filtri e ricerca con molte pagine.",
        "unit_title": "Unità di esempio",
    },
    "newsletter": {
        "title": "Notiziario di esempio {n}",
        "slug": "notiziario-esempio-{n}",
        "summary": "Un numero del notiziario generato per misurare il portale con molte pagine.",
        "text": "Questo numero è stato generato per provare l'archivio e la ricerca con molte pagine.",
    },
    "press_release": {
        "title": "Comunicato stampa di esempio {n}",
        "slug": "comunicato-esempio-{n}",
        "summary": "Un comunicato stampa generato per misurare il portale con molte pagine.",
        "text": "Questo comunicato è stato generato per provare la sala stampa e la ricerca con molte pagine.",
        "city": "Atene",
    },
}
