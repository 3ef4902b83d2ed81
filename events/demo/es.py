"""Events demo content in Spanish; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEX = {
    "title": "Eventos",
    "slug": "eventos",
    "intro": (
        "Encuentros de red, seminarios y talleres de los socios de Primacenters: conozca a empleadores, servicios de "
        "empleo y organizaciones que apoyan a trabajadores migrantes en la agricultura, la pesca y la silvicultura. "
        "Inscríbase en los próximos eventos y lea las crónicas de los anteriores."
    ),
}

SECTIONS = {
    "coordinator": {
        "title": "Coordinación del proyecto",
        "intro": "Eventos de toda la red Primacenters, organizados por el equipo de coordinación del proyecto.",
    },
    "kmop": {"intro": "Eventos organizados por KMOP en Grecia y en línea."},
    "cardet": {"intro": "Eventos organizados por CARDET en Chipre."},
    "land-impresa-sociale": {"intro": "Eventos organizados por LAND Impresa Sociale en Italia."},
    "headway": {"intro": "Eventos organizados por HEADWAY en Bélgica y en línea desde Bruselas."},
    "region-of-peloponnese": {"intro": "Eventos organizados por la Región del Peloponeso."},
}

EVENTS = {
    "cyprus-networking": {
        "title": "Encuentro de red en Chipre: contratación justa en la agricultura y la pesca",
        "slug": "encuentro-red-chipre",
        "summary": (
            "El primer encuentro de red de Primacenters: orientadores laborales, empleadores de la agricultura y la "
            "pesca y asociaciones de migrantes debaten cómo se contrata a los trabajadores y dónde puede ayudar un "
            "centro local."
        ),
        "body": [
            ("paragraph", (
                "CARDET invita a orientadores laborales, empleadores de la agricultura y la pesca, servicios públicos "
                "y "
                "asociaciones de migrantes al primer encuentro de red del proyecto Primacenters."
            )),
            ("paragraph", (
                "Los participantes compararán cómo se contrata hoy a los trabajadores temporeros y fijos, las "
                "dificultades de los empleadores para encontrar personal y los obstáculos que encuentran los "
                "trabajadores migrantes, desde el idioma hasta el reconocimiento de sus competencias."
            )),
        ],
        "venue_name": "CARDET, sala de reuniones",
        "venue_address": "",
        "venue_city": "Nicosia",
        "interpretation": "griego–inglés",
        "speakers": [
            {"name": "Maria Georgiou", "affiliation": "Oficina de Empleo Rural de Limasol"},
        ],
        "programme": [],
        "report": {
            "title": "Crónica: encuentro de red en Chipre",
            "slug": "cronica",
            "summary": (
                "Empleadores, orientadores y asociaciones coincidieron en que un centro local debe ser el punto de "
                "contacto único para una contratación justa en la agricultura y la pesca."
            ),
            "participant_profile": (
                "Orientadores laborales, empleadores de la agricultura, la acuicultura y la pesca, servicios públicos, "
                "sindicatos y asociaciones de migrantes."
            ),
            "key_takeaways": [
                "Los empleadores quieren un punto de contacto único para contratar.",
                "El apoyo lingüístico hace falta en el lugar de trabajo, no solo en el aula.",
                "Las asociaciones de migrantes son clave para llegar a quienes buscan empleo.",
            ],
            "speakers": "Maria Georgiou (Oficina de Empleo Rural de Limasol); un investigador del Instituto del "
                        "Trabajo de Chipre (PEO); un formador en acuicultura; "
                        "CARDET.",
            "body": [
                ("paragraph", (
                    "La mañana empezó con datos sobre los trabajadores migrantes en la agricultura y la pesca de "
                    "Chipre, "
                    "seguidos de un intercambio entre empleadores y orientadores sobre las formas de contratación "
                    "actuales."
                )),
                ("heading", "Un punto de contacto único"),
                ("paragraph", (
                    "Los empleadores pidieron un lugar único que preseleccione candidatos, explique las normas y haga "
                    "el "
                    "seguimiento de las colocaciones. Ese es el papel de los centros locales de empleo que el proyecto "
                    "está poniendo en marcha."
                )),
            ],
        },
    },
    "sicily-round-tables": {
        "title": "Mesas redondas en Sicilia: transporte, vivienda y contratación justa",
        "slug": "mesas-redondas-sicilia",
        "summary": (
            "Dos días de mesas redondas con productores, sindicatos, ayuntamientos y trabajadores migrantes sobre el "
            "transporte, la vivienda y la lucha contra los intermediarios ilegales."
        ),
        "body": [
            ("paragraph", (
                "LAND Impresa Sociale organiza dos días de mesas redondas en la provincia de Ragusa con productores, "
                "sindicatos, ayuntamientos, trabajadores migrantes y las organizaciones que los apoyan."
            )),
            ("paragraph", (
                "Cada mesa redonda parte de una práctica que funciona en la zona, como el minibús compartido hasta los "
                "invernaderos, y se pregunta qué haría falta para extenderla."
            )),
        ],
        "venue_name": "Cooperativa Sociale Serra Aperta, sala de reuniones",
        "venue_address": "",
        "venue_city": "Ragusa",
        "interpretation": "",
        "speakers": [
            {"name": "Salvatore Greco", "affiliation": "Associazione Ponte dei Braccianti"},
        ],
        "programme": [],
        "report": {
            "title": "Crónica: mesas redondas en Sicilia",
            "slug": "cronica",
            "summary": (
                "Productores, sindicatos, ayuntamientos y trabajadores coincidieron en que el transporte al campo es "
                "lo "
                "primero y en que el trabajo de temporada debe llevar a empleos estables."
            ),
            "participant_profile": (
                "Productores y sus cooperativas, delegados sindicales, servicios sociales municipales, mediadores "
                "culturales y trabajadores migrantes."
            ),
            "key_takeaways": [
                "El transporte al campo es la primera condición para una contratación justa.",
                "Los ayuntamientos pueden ayudar a los trabajadores a empadronarse.",
                "El trabajo de temporada debe llevar a empleos estables, no a un callejón sin salida.",
            ],
            "speakers": "LAND Impresa Sociale; Cooperativa Sociale Serra Aperta; Associazione Ponte dei Braccianti.",
            "body": [
                ("paragraph", (
                    "El primer día, las mesas redondas trataron el transporte y la vivienda; el segundo, los contratos "
                    "y "
                    "el papel del centro local de empleo en la intermediación entre ofertas y trabajadores."
                )),
            ],
        },
    },
    "brussels-online-event": {
        "title": "Encuentro de red en línea desde Bruselas: prácticas que viajan",
        "slug": "encuentro-en-linea-bruselas",
        "summary": (
            "Profesionales, empleadores y sociedad civil de varios países comparten buenas prácticas para el trabajo "
            "digno de mujeres y hombres migrantes en la agricultura, la pesca y la silvicultura."
        ),
        "body": [
            ("paragraph", (
                "HEADWAY organiza desde Bruselas el encuentro de red en línea del proyecto Primacenters. Los ponentes "
                "presentan prácticas de los países socios y debaten con los participantes cómo adaptarlas a otros "
                "lugares."
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
            "title": "Crónica: encuentro de red en línea desde Bruselas",
            "slug": "cronica",
            "summary": (
                "Cuarenta y dos participantes de servicios de empleo, organizaciones empresariales, sindicatos y "
                "sociedad civil debatieron prácticas que pueden trasladarse de una región a otra."
            ),
            "participant_profile": (
                "Servicios de empleo, organizaciones empresariales, sindicatos y organizaciones de la sociedad civil "
                "de "
                "Bélgica, Grecia, España, Italia y Chipre."
            ),
            "key_takeaways": [
                "Las buenas prácticas viajan bien cuando van acompañadas de contactos y documentos.",
                "Los profesionales quieren módulos de formación breves que puedan seguir a su ritmo.",
            ],
            "speakers": "La mentoría entre iguales en Huelva; la formación lingüística en el trabajo en la "
                        "fruticultura; "
                        "Els Vermeulen (Akkerbrug vzw).",
            "body": [
                ("paragraph", (
                    "Los ponentes presentaron la mentoría entre iguales para temporeras y la formación lingüística en "
                    "el "
                    "puesto de trabajo en la fruticultura, y después respondieron a preguntas sobre costes, socios y "
                    "resultados."
                )),
            ],
        },
    },
    "peloponnese-event": {
        "title": "Encuentro de clausura en el Peloponeso: balance de la primera campaña de cosecha",
        "slug": "encuentro-clausura-peloponeso",
        "summary": (
            "Productores, cooperativas y servicios públicos hacen balance de la primera campaña de cosecha con el "
            "centro local de empleo y preparan la siguiente."
        ),
        "body": [
            ("paragraph", (
                "La Región del Peloponeso y KMOP, coordinador de Primacenters, cierran la serie de encuentros de red "
                "de "
                "la primavera de 2025 con productores, cooperativas agrícolas, servicios públicos y organizaciones que "
                "apoyan a las personas migrantes."
            )),
            ("paragraph", (
                "El centro local de empleo presenta su primera campaña: ofertas recogidas antes de la cosecha, "
                "candidatos informados de sus derechos en su propio idioma y un contrato escrito para cada colocación."
            )),
        ],
        "venue_name": "Región del Peloponeso, sala de conferencias",
        "venue_address": "",
        "venue_city": "Trípoli",
        "interpretation": "",
        "speakers": [],
        "programme": [],
        "report": {
            "title": "Crónica: encuentro de clausura en el Peloponeso",
            "slug": "cronica",
            "summary": (
                "Los contratos escritos ayudaron a mantener a los trabajadores toda la campaña; los productores "
                "pidieron "
                "planificar antes la vivienda y el transporte."
            ),
            "participant_profile": (
                "Productores de aceituna y cítricos, cooperativas agrícolas, servicios públicos de la Región y "
                "organizaciones que apoyan a las personas migrantes."
            ),
            "key_takeaways": [
                "Los contratos escritos ayudaron a mantener a los trabajadores durante toda la campaña.",
                "Los productores pidieron planificar antes la vivienda de los trabajadores.",
            ],
            "speakers": "La Región del Peloponeso; KMOP; la responsable del centro local de Kalamata.",
            "body": [
                ("paragraph", (
                    "Productores y cooperativas pidieron empezar la preparación en verano, sobre todo para la vivienda "
                    "y "
                    "el transporte, y extender el servicio a otros cultivos."
                )),
            ],
        },
    },
    "brussels-seminar": {
        "title": "Seminario matinal: un primer empleo en una explotación agrícola belga",
        "slug": "seminario-matinal-primer-empleo-explotacion-belga",
        "summary": (
            "Una mañana con servicios públicos de empleo, centros de formación y asociaciones sobre el acceso al "
            "trabajo agrícola de las personas recién llegadas a Bélgica, con interpretación en francés, neerlandés e "
            "inglés."
        ),
        "body": [
            ("paragraph", (
                "Los fruticultores y horticultores de Bélgica buscan trabajadores cada temporada, mientras muchas "
                "personas recién llegadas buscan un primer empleo. Este seminario reúne a quienes les ayudan a "
                "encontrarse."
            )),
            ("paragraph", "Café desde las 9:00. Las plazas son limitadas: le rogamos puntualidad."),
        ],
        "venue_name": "Centro de encuentros del Barrio Norte",
        "venue_address": "Barrio Norte de Bruselas",
        "venue_city": "Bruselas",
        "interpretation": "francés–neerlandés–inglés",
        "speakers": [
            {"name": "Julie Renard", "affiliation": "Sillons d'Avenir asbl"},
        ],
        "programme": [
            {"title": "Café de bienvenida", "speakers": "", "description": ""},
            {"title": "Apertura", "speakers": "HEADWAY", "description": ""},
            {"title": "El trabajo de temporada en la fruticultura belga", "speakers": "Marieke Van den Broeck",
             "description": "Formación en el puesto de trabajo y neerlandés para el trabajo en los huertos de "
                            "Limburgo."},
            {"title": "Empleos agrícolas en el servicio público de empleo", "speakers": "Actiris", "description": ""},
            {"title": "Pausa", "speakers": "", "description": ""},
            {"title": "Mesa redonda: mentoría y apoyo lingüístico en el camino al empleo",
             "speakers": "DUO for a JOB, Collectif des Femmes, Le Monde des Possibles, Sillons d'Avenir asbl",
             "description": "Qué ayuda a una persona recién llegada a mantener un primer empleo y qué pueden hacer los "
                            "empleadores."},
            {"title": "Conclusiones", "speakers": "Provincia de Brabante Flamenco", "description": ""},
        ],
        "report": None,
    },
}

UPCOMING = {
    "hybrid-workshop": {
        "title": "Taller híbrido: acoger bien a los temporeros en la explotación",
        "slug": "taller-hibrido-acogida-temporeros-{date}",
        "summary": (
            "Un taller práctico para productores y orientadores sobre los primeros días de un trabajador de "
            "temporada: contrato, vivienda, seguridad e idioma. En Bruselas y en línea."
        ),
        "body": [
            ("paragraph", (
                "Productores, orientadores laborales y formadores comparten listas de comprobación y ejemplos para "
                "empezar bien en la explotación. Acompáñenos en Bruselas o en línea: el enlace se envía a las personas "
                "inscritas."
            )),
        ],
        "venue_name": "Centro de encuentros del Barrio Norte",
        "venue_address": "Barrio Norte de Bruselas",
        "venue_city": "Bruselas",
        "interpretation": "francés–neerlandés–inglés",
        "speakers": [],
        "programme": [
            {"title": "Bienvenida y presentaciones", "speakers": "", "description": ""},
            {"title": "La primera semana en la explotación: una lista de comprobación",
             "speakers": "Marieke Van den Broeck", "description": ""},
            {"title": "Preguntas e intercambio", "speakers": "", "description": ""},
        ],
    },
    "peloponnese-forum": {
        "title": "Foro regional sobre la próxima campaña de cosecha en el Peloponeso",
        "slug": "foro-regional-proxima-cosecha-peloponeso-{date}",
        "summary": (
            "Productores, cooperativas, ayuntamientos y el centro local de empleo preparan la próxima cosecha: ofertas "
            "de empleo, vivienda y transporte de los trabajadores."
        ),
        "body": [
            ("paragraph", (
                "El foro da seguimiento a los compromisos del encuentro de clausura de 2025. Las inscripciones las "
                "gestiona la Región del Peloponeso."
            )),
        ],
        "venue_name": "Centro Primacenters de Kalamata",
        "venue_address": "",
        "venue_city": "Kalamata",
        "interpretation": "",
        "speakers": [],
        "programme": [],
    },
    "online-cafe": {
        "title": "Café en línea para orientadores laborales",
        "slug": "cafe-en-linea-orientadores-laborales-{date}",
        "summary": (
            "Una hora en línea para que los orientadores de los centros locales de empleo compartan casos y preguntas "
            "con sus colegas de los cinco países."
        ),
        "body": [
            ("paragraph", "No hace falta inscribirse: siga el enlace a la hora del encuentro."),
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
    "title": "Evento de ejemplo {n}",
    "slug": "evento-ejemplo-{n}",
    "summary": "Un evento generado para medir los listados y calendarios de eventos con muchos eventos.",
}
