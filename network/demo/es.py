"""Directory demo content in Spanish; mirrors en.py (same keys, same paragraphs in the same order)."""

DIRECTORY = {
    "title": "Directorio",
    "slug": "directorio",
    "intro": (
        "Encuentre centros locales de empleo, organizaciones de apoyo, sindicatos, empleadores y servicios públicos "
        "que ayudan a mujeres y hombres migrantes a encontrar un trabajo digno en la agricultura, la pesca y la "
        "silvicultura en Bélgica, Grecia, España, Italia y Chipre. Filtre la lista, abra el mapa u ordene por "
        "distancia desde su localidad."
    ),
}

PLACES = {
    # Ciudades
    "Almería": "Almería",
    "Amaliada": "Amaliada",
    "Argos": "Argos",
    "Athens": "Atenas",
    "Brussels": "Bruselas",
    "El Ejido": "El Ejido",
    "Foggia": "Foggia",
    "Ghent": "Gante",
    "Huelva": "Huelva",
    "Ioannina": "Ioánina",
    "Kalamata": "Kalamata",
    "Larnaca": "Lárnaca",
    "Latina": "Latina",
    "Leuven": "Lovaina",
    "Liège": "Lieja",
    "Limassol": "Limasol",
    "Louvain-la-Neuve": "Louvain-la-Neuve",
    "Mazara del Vallo": "Mazara del Vallo",
    "Murcia": "Murcia",
    "Namur": "Namur",
    "Nicosia": "Nicosia",
    "Paphos": "Pafos",
    "Ragusa": "Ragusa",
    "Rome": "Roma",
    "Sint-Truiden": "Sint-Truiden",
    "Sparta": "Esparta",
    "Tripoli": "Trípoli",
    "Vigo": "Vigo",
    # Regiones
    "Andalusia": "Andalucía",
    "Apulia": "Apulia",
    "Attica": "Ática",
    "Brussels-Capital Region": "Región de Bruselas-Capital",
    "East Flanders": "Flandes Oriental",
    "Epirus": "Epiro",
    "Flemish Brabant": "Brabante Flamenco",
    "Galicia": "Galicia",
    "Larnaca District": "Distrito de Lárnaca",
    "Lazio": "Lacio",
    "Liège Province": "Provincia de Lieja",
    "Limassol District": "Distrito de Limasol",
    "Limburg": "Limburgo",
    "Namur Province": "Provincia de Namur",
    "Nicosia District": "Distrito de Nicosia",
    "Paphos District": "Distrito de Pafos",
    "Peloponnese": "Peloponeso",
    "Region of Murcia": "Región de Murcia",
    "Sicily": "Sicilia",
    "Walloon Brabant": "Brabante Valón",
    "Western Greece": "Grecia Occidental",
}

ORGANISATIONS = {
    "kmop": {
        "description": [
            "KMOP – Centro de Acción Social e Innovación es una organización sin ánimo de lucro con sede en Atenas que "
            "trabaja en inclusión social, empleo e igualdad de oportunidades. Coordina el proyecto Primacenters y "
            "apoya a los centros locales de empleo de la red con métodos, formación y evaluación.",
        ],
    },
    "cardet": {
        "description": [
            "CARDET es un centro independiente de investigación y desarrollo con sede en Nicosia que trabaja en "
            "educación, formación e inclusión social. En Primacenters contribuye a los módulos de formación para "
            "orientadores, empleadores y personas que buscan empleo y organiza las actividades del proyecto en "
            "Chipre.",
        ],
    },
    "land-impresa-sociale": {
        "description": [
            "LAND Impresa Sociale es una empresa social italiana que trabaja en inclusión social, trabajo y desarrollo "
            "local. En Primacenters aporta la experiencia de las zonas agrícolas italianas y organiza las actividades "
            "del proyecto con los actores locales en Italia.",
        ],
    },
    "headway": {
        "description": [
            "HEADWAY es el socio belga de Primacenters, con sede en Bruselas. Conecta el proyecto con organizaciones "
            "belgas y europeas que trabajan en empleo y migración y organiza las actividades del proyecto en Bélgica.",
        ],
    },
    "region-of-peloponnese": {
        "title": "Región del Peloponeso",
        "slug": "region-del-peloponeso",
        "description": [
            "La Región del Peloponeso es la autoridad regional del sur de la Grecia continental, con sede en Trípoli. "
            "Los olivares, los huertos de cítricos y las hortalizas son centrales en su economía. En Primacenters "
            "acoge un centro local de empleo que trabaja con productores y trabajadores migrantes.",
        ],
    },
    "cyprus-labour-institute": {
        "title": "Instituto del Trabajo de Chipre (PEO)",
        "slug": "instituto-del-trabajo-de-chipre-peo",
        "description": [
            "El Instituto del Trabajo de Chipre es el instituto de investigación de la Federación Panchipriota del "
            "Trabajo (PEO). Estudia el empleo, los salarios y las condiciones de trabajo en Chipre y comparte sus "
            "resultados con los sindicatos, los responsables políticos y el público.",
        ],
    },
    "collectif-des-femmes": {
        "description": [
            "Collectif des Femmes es una asociación sin ánimo de lucro de Louvain-la-Neuve que trabaja con mujeres, "
            "muchas de ellas de origen migrante. Ofrece formación, cursos de idiomas y actividades comunitarias que "
            "abren el camino hacia el empleo y la participación social.",
        ],
    },
    "assembly-of-european-regions": {
        "title": "Asamblea de las Regiones de Europa",
        "slug": "asamblea-de-las-regiones-de-europa",
        "description": [
            "La Asamblea de las Regiones de Europa es una red de regiones de toda Europa. Promueve la cooperación "
            "entre autoridades regionales y el intercambio de experiencias en política regional.",
        ],
    },
    "aeidl": {
        "description": [
            "AEIDL, la Asociación Europea de Información sobre el Desarrollo Local, es una organización sin ánimo de "
            "lucro con sede en Bruselas. Apoya el desarrollo local y la innovación social mediante la comunicación, "
            "el trabajo en red y la evaluación.",
        ],
    },
    "province-of-flemish-brabant": {
        "title": "Provincia de Brabante Flamenco",
        "slug": "provincia-de-brabante-flamenco",
        "description": [
            "La Provincia de Brabante Flamenco es la autoridad provincial de la provincia neerlandófona que rodea "
            "Bruselas, con sede en Lovaina. Su labor incluye la agricultura, la horticultura y el desarrollo del "
            "medio rural.",
        ],
    },
    "actiris": {
        "description": [
            "Actiris es el servicio público de empleo de la Región de Bruselas-Capital. Ayuda a las personas que "
            "buscan empleo a encontrar trabajo o formación y apoya a los empleadores que contratan.",
        ],
    },
    "duo-for-a-job": {
        "description": [
            "DUO for a JOB es una asociación belga sin ánimo de lucro que forma parejas entre jóvenes de origen "
            "migrante que buscan empleo y voluntarios mayores de 50 años. Cada pareja se reúne con regularidad "
            "durante seis meses para avanzar en la búsqueda de empleo del joven.",
        ],
    },
    "irfam": {
        "description": [
            "IRFAM, el Instituto de Investigación, Formación y Acción sobre las Migraciones, es una organización sin "
            "ánimo de lucro de Lieja. Trabaja sobre migraciones, relaciones interculturales y lucha contra la "
            "discriminación mediante la investigación, la formación y el apoyo a profesionales.",
        ],
    },
    "cepag": {
        "description": [
            "CEPAG es un movimiento de educación popular de Valonia vinculado al movimiento sindical. Organiza cursos "
            "de formación y actividades de sensibilización sobre el trabajo, los derechos sociales y la ciudadanía.",
        ],
    },
    "le-monde-des-possibles": {
        "description": [
            "Le Monde des Possibles es una asociación sin ánimo de lucro de Lieja que acompaña a personas de origen "
            "extranjero. Ofrece cursos de francés, formación en competencias digitales y apoyo en el camino hacia el "
            "empleo.",
        ],
    },
    "centro-primacenters-almeria": {
        "description": [
            "Centro local de empleo de la red Primacenters al servicio de las explotaciones de invernadero de la "
            "provincia de Almería. Sus orientadores ponen en contacto ofertas y demandantes de empleo, revisan los "
            "contratos antes de cada derivación y explican los derechos laborales en varios idiomas.",
        ],
    },
    "asociacion-arenal": {
        "description": [
            "Asociación de mujeres temporeras de los campos de frutos rojos de Huelva. Trabajadoras con experiencia "
            "acompañan como mentoras a las recién llegadas, atienden una línea telefónica durante la campaña y van "
            "con ellas a los servicios públicos.",
        ],
    },
    "vega-abierta": {
        "description": [
            "Centro de formación para el trabajo agrícola en la Región de Murcia. Imparte cursos breves sobre trabajo "
            "seguro en huertos e invernaderos, manejo de maquinaria agrícola y manipulación de alimentos, junto con "
            "clases de español.",
        ],
    },
    "fundacion-surcos-solidarios": {
        "description": [
            "Fundación que apoya a los trabajadores agrícolas del poniente almeriense con asesoramiento jurídico, "
            "ayuda para encontrar una vivienda digna y clases de español. También ayuda a los trabajadores a obtener "
            "el reconocimiento de sus competencias y títulos.",
        ],
    },
    "escuela-ria-abierta": {
        "description": [
            "Escuela de formación en pesca y acuicultura en Vigo. Prepara a las tripulaciones para los certificados "
            "básicos de seguridad exigidos en el mar e imparte cursos de marisqueo y piscicultura para quienes se "
            "incorporan al sector.",
        ],
    },
    "centro-primacenters-latina": {
        "description": [
            "Centro local de empleo de la red Primacenters en la llanura pontina, donde muchos trabajadores de origen "
            "indio trabajan en explotaciones hortícolas y lecheras. Registra las ofertas de las explotaciones, deriva "
            "a los demandantes de empleo y les informa sobre contratos y salarios.",
        ],
    },
    "cooperativa-serra-aperta": {
        "description": [
            "Cooperativa social que trabaja con productores de invernadero y servicios locales en torno a Ragusa. "
            "Organiza un transporte seguro a las explotaciones, ayuda a los trabajadores a encontrar una vivienda "
            "digna e imparte clases de italiano por la tarde.",
        ],
    },
    "ponte-dei-braccianti": {
        "description": [
            "Asociación que ofrece información y asesoramiento jurídico a los jornaleros de la provincia de Foggia, "
            "sobre todo durante la cosecha del tomate. Su oficina móvil visita los lugares donde viven los "
            "trabajadores y los deriva al servicio público de empleo.",
        ],
    },
    "pescatori-nuova-rotta": {
        "description": [
            "Cooperativa de armadores de pesca de Mazara del Vallo, donde muchos tripulantes proceden de Túnez. "
            "Trabaja con centros de formación para que los nuevos tripulantes obtengan sus certificados de seguridad "
            "y un contrato por escrito antes de salir a la mar.",
        ],
    },
    "centre-kalamata": {
        "title": "Centro Primacenters de Kalamata",
        "slug": "centro-primacenters-de-kalamata",
        "description": [
            "Centro local de empleo de la red Primacenters al servicio de los productores de aceituna y cítricos de "
            "Mesenia. Antes de cada cosecha registra las necesidades de los productores, revisa las ofertas de "
            "empleo y entrevista a los demandantes de empleo en su propio idioma.",
        ],
    },
    "evrotas-producers": {
        "title": "Agrupación de Productores Cosecha Verde del Eurotas",
        "slug": "agrupacion-de-productores-cosecha-verde-del-eurotas",
        "description": [
            "Agrupación de productores de aceituna y cítricos del valle del Eurotas. Sus miembros contratan a los "
            "temporeros a través del centro local de empleo y comparten el transporte a las fincas.",
        ],
    },
    "argolida-network": {
        "title": "Red de Apoyo a los Recién Llegados de la Argólida",
        "slug": "red-de-apoyo-a-los-recien-llegados-de-la-argolida",
        "description": [
            "Red de voluntarios en Argos que apoya a los trabajadores migrantes y a sus familias. Ofrece clases de "
            "griego, ayuda con los permisos de residencia y de trabajo y asesoramiento jurídico en conflictos "
            "laborales.",
        ],
    },
    "pindos-forest-cooperative": {
        "title": "Cooperativa Forestal Cumbre del Pindo",
        "slug": "cooperativa-forestal-cumbre-del-pindo",
        "description": [
            "Cooperativa forestal que realiza claras, repoblaciones y trabajos de prevención de incendios en las "
            "montañas del Epiro. Forma a las nuevas cuadrillas, entre ellas a personas refugiadas que viven en la "
            "región, y les proporciona equipos de protección.",
        ],
    },
    "western-greece-advice-centre": {
        "title": "Centro de Asesoramiento a Jornaleros de Grecia Occidental",
        "slug": "centro-de-asesoramiento-a-jornaleros-de-grecia-occidental",
        "description": [
            "Centro de asesoramiento para los jornaleros de los campos de fresas y hortalizas de Élide. Explica sus "
            "derechos a los trabajadores, ayuda a reclamar salarios impagados y los acompaña a la inspección de "
            "trabajo.",
        ],
    },
    "limassol-employment-desk": {
        "title": "Oficina de Empleo Rural de Limasol",
        "slug": "oficina-de-empleo-rural-de-limasol",
        "description": [
            "Oficina de empleo para los pueblos del distrito de Limasol, en contacto con viñedos, explotaciones "
            "hortícolas y ganaderas. Ayuda a los empleadores a preparar ofertas de empleo conformes a la ley y a los "
            "trabajadores a entender su contrato y sus derechos.",
        ],
    },
    "paphos-women-farmers": {
        "title": "Círculo de Mujeres Agricultoras de Pafos",
        "slug": "circulo-de-mujeres-agricultoras-de-pafos",
        "description": [
            "Círculo de agricultoras y trabajadoras agrícolas del distrito de Pafos, locales y migrantes. Sus "
            "miembros se reúnen cada mes, intercambian consejos sobre el trabajo y la formación y organizan cursos "
            "breves de transformación de alimentos.",
        ],
    },
    "larnaca-marine-skills": {
        "title": "Centro de Oficios del Mar de Lárnaca",
        "slug": "centro-de-oficios-del-mar-de-larnaca",
        "description": [
            "Centro de formación profesional en pesca y piscicultura en la costa de Lárnaca. Evalúa las competencias "
            "que pescadores y trabajadores migrantes de piscifactorías han adquirido en el trabajo y los prepara para "
            "obtener certificados reconocidos.",
        ],
    },
    "mesaoria-welcome": {
        "title": "Asociación de Acogida de Recién Llegados de Mesaoria",
        "slug": "asociacion-de-acogida-de-recien-llegados-de-mesaoria",
        "description": [
            "Asociación que acoge a migrantes y refugiados recién llegados al distrito de Nicosia. Imparte clases de "
            "griego y de inglés, ayuda a las familias a encontrar vivienda y pone en contacto a quienes buscan empleo "
            "con explotaciones agrícolas y empresas alimentarias.",
        ],
    },
    "akkerbrug": {
        "description": [
            "Organización sin ánimo de lucro de Gante que orienta a los recién llegados hacia empleos en la "
            "horticultura y el cultivo de hortalizas. Organiza prácticas en explotaciones de los alrededores de la "
            "ciudad, con clases de neerlandés centradas en el trabajo.",
        ],
    },
    "bloesem-en-boomgaard": {
        "description": [
            "Centro de formación en fruticultura en Haspengouw. Sus cursos combinan técnicas de poda y recolección "
            "con la seguridad laboral y el neerlandés para el trabajo, para que los temporeros puedan asumir tareas "
            "cualificadas.",
        ],
    },
    "sillons-d-avenir": {
        "description": [
            "Asociación sin ánimo de lucro de Lieja que acompaña a personas migrantes que desean trabajar en la "
            "agricultura y la horticultura en Hesbaye y en el País de Herve. Ofrece orientación, prácticas breves en "
            "explotaciones y actividades comunitarias.",
        ],
    },
    "foret-solidaire": {
        "description": [
            "Entidad de formación sin ánimo de lucro de Namur que prepara a personas desempleadas, entre ellas "
            "refugiadas, para el trabajo forestal en las Ardenas. Sus cursos tratan sobre la tala segura, el uso de "
            "la motosierra y el mantenimiento forestal.",
        ],
    },
}

PEOPLE = {
    "nadia-benali": {
        "role": "Orientadora laboral",
        "expertise": "Contratos de temporada en la horticultura de invernadero; orientación a demandantes de empleo "
                     "en árabe, francés y español.",
    },
    "lucia-ortega": {
        "role": "Coordinadora de las mentoras",
        "expertise": "Mentoría entre iguales para mujeres temporeras; prevención y denuncia del acoso en el trabajo.",
    },
    "giulia-ferrante": {
        "role": "Técnica de intermediación laboral",
        "expertise": "Registro de ofertas de empleo de explotaciones hortícolas y lecheras y su revisión conforme al "
                     "convenio colectivo.",
    },
    "harpreet-sandhu": {
        "role": "Mediadora intercultural",
        "expertise": "Mediación entre trabajadores agrícolas y empleadores; interpretación en panyabí.",
    },
    "eleni-markopoulou": {
        "role": "Directora del centro local",
        "expertise": "Planificación de la cosecha con los productores; colaboración con ayuntamientos y "
                     "cooperativas.",
    },
    "samir-haddad": {
        "role": "Asesor jurídico",
        "expertise": "Permisos de residencia y de trabajo; conflictos laborales por salarios impagados.",
    },
    "andreas-charalambous": {
        "role": "Formador en piscicultura",
        "expertise": "Evaluación de competencias adquiridas en el trabajo; seguridad en piscifactorías y barcos de "
                     "pesca.",
    },
    "marieke-van-den-broeck": {
        "role": "Coordinadora de formación",
        "expertise": "Formación en el puesto de trabajo en fruticultura; neerlandés para el trabajo.",
    },
    "karim-diallo": {
        "role": "Dinamizador comunitario",
        "expertise": "Prácticas en explotaciones agrícolas y huertas; actividades comunitarias para recién llegados.",
    },
    "sofia-christodoulou": {
        "role": "Coordinadora de voluntariado",
        "expertise": "Cursos de transformación de alimentos; acogida de mujeres que se inician en la agricultura en "
                     "Chipre.",
    },
}

GENERATED = {
    "title": "Organización de ejemplo {n}",
    "slug": "organizacion-ejemplo-{n}",
    "description": "Una organización generada, utilizada para medir el directorio con muchas fichas.",
}
