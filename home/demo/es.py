"""Demo content in Spanish; mirrors en.py item by item."""

PAGES = {
    "home": {
        "title": "Trabajo decente en el sector primario",
        "slug": "home",
        "intro": (
            "Primacenters es una red de centros locales de empleo en Bélgica, Grecia, España, Italia y "
            "Chipre que ayudan a mujeres y hombres migrantes a encontrar un trabajo decente en la "
            "agricultura, la pesca y la silvicultura."
        ),
        "hero_image_alt": "Hileras de cultivos bajo un sol naciente, en una ilustración sencilla",
        "body": [
            ("heading", "Qué hace la red"),
            ("paragraph", (
                "Los centros locales recopilan ofertas de empleo de agricultores, cooperativas y empresas "
                "pesqueras, orientan a las personas que buscan trabajo sobre sus derechos y la formación "
                "disponible, y las derivan a servicios de vivienda, cursos de idiomas y reconocimiento de "
                "cualificaciones."
            )),
            ("paragraph", (
                "Los profesionales comparten buenas prácticas y módulos de formación para que lo que "
                "funciona en una región pueda adaptarse en otra. Los empleadores encuentran socios que "
                "conocen el mercado laboral local y a las personas que buscan empleo."
            )),
            ("quote", "El trabajo de temporada debería ser un primer paso, no un callejón sin salida.",
             "Participante en una mesa redonda, Sicilia, mayo de 2025"),
            ("heading", "Quiénes somos"),
            ("paragraph", (
                "El proyecto está coordinado por KMOP en Grecia, junto con CARDET en Chipre, LAND Impresa "
                "Sociale en Italia, HEADWAY en Bélgica y la Región del Peloponeso. Está cofinanciado por la "
                "Unión Europea."
            )),
        ],
    },
    "about": {
        "title": "Sobre el proyecto",
        "slug": "sobre-el-proyecto",
        "intro": (
            "Primacenters reúne a cinco socios para crear centros locales de empleo al servicio de los "
            "trabajadores migrantes y de las economías rurales que los necesitan."
        ),
        "body": [
            ("heading", "Por qué el sector primario"),
            ("paragraph", (
                "La agricultura, la pesca y la silvicultura dependen cada vez más de los trabajadores "
                "migrantes; sin embargo, muchos de estos empleos son temporales, informales o están poco "
                "protegidos. Las mujeres migrantes, en particular, se enfrentan al aislamiento y tienen "
                "pocas vías de acceso a un empleo estable."
            )),
            ("heading", "Nuestro enfoque"),
            ("paragraph", (
                "Cada centro combina el mapeo de empleos y ofertas, la intermediación y la derivación con "
                "información sobre derechos, formación y apoyo lingüístico. Los centros colaboran con "
                "empleadores, sindicatos, servicios públicos de empleo y la sociedad civil, para que cada "
                "oferta de empleo vaya acompañada de condiciones justas."
            )),
            ("heading", "Encuentros de trabajo en red en 2025"),
            ("paragraph", (
                "Los socios se reunieron con profesionales y empleadores en Chipre el 31 de marzo, "
                "celebraron mesas redondas en Sicilia los días 22 y 23 de mayo, reunieron en línea a 42 "
                "participantes desde Bruselas el 28 de mayo y se encontraron en el Peloponeso el 2 de junio."
            )),
            ("heading", "Socios"),
            ("paragraph", (
                "KMOP (coordinador, Grecia), CARDET (Chipre), LAND Impresa Sociale (Italia), HEADWAY "
                "(Bélgica) y la Región del Peloponeso (Grecia)."
            )),
        ],
    },
    "privacy": {
        "title": "Aviso de privacidad",
        "slug": "aviso-de-privacidad",
        "intro": "Cómo trata este portal los datos personales y qué derechos tiene usted sobre ellos.",
        "body": [
            ("heading", "Responsable del tratamiento"),
            ("paragraph", (
                "El portal está gestionado por KMOP, coordinador del proyecto, en nombre de los socios de "
                "Primacenters. Puede ponerse en contacto con nosotros a través de la dirección que figura en "
                "el pie de cada página."
            )),
            ("heading", "Qué datos recogemos"),
            ("paragraph", (
                "Para consultar el portal no se necesita ninguna cuenta, y no se instalan cookies de "
                "seguimiento. Solo conservamos los datos que usted nos facilita mediante un formulario, como "
                "la suscripción al boletín informativo o la inscripción en un evento, y únicamente para la "
                "finalidad y durante el plazo indicados en dicho formulario."
            )),
            ("heading", "Sus derechos"),
            ("paragraph", (
                "Puede solicitar el acceso a sus datos, su rectificación o su supresión, y retirar su "
                "consentimiento en cualquier momento. También puede presentar una reclamación ante la "
                "autoridad nacional de protección de datos de su país."
            )),
        ],
    },
    "accessibility": {
        "title": "Declaración de accesibilidad",
        "slug": "declaracion-de-accesibilidad",
        "intro": (
            "Queremos que todas las personas puedan utilizar este portal, sea cual sea su dispositivo, su "
            "idioma o su capacidad."
        ),
        "body": [
            ("heading", "Situación de cumplimiento"),
            ("paragraph", (
                "El portal aspira a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1 en "
                "el nivel AA. Cada página se revisa automáticamente en los seis idiomas, y también "
                "manualmente con teclado y con un lector de pantalla."
            )),
            ("heading", "Comentarios"),
            ("paragraph", (
                "Si encuentra alguna barrera en el portal, comuníquenoslo a través de la dirección de "
                "contacto del pie de página. Respondemos en un plazo de diez días hábiles."
            )),
        ],
    },
    "legal": {
        "title": "Aviso legal",
        "slug": "aviso-legal",
        "intro": "Quién publica este portal y en qué condiciones puede reutilizarse su contenido.",
        "body": [
            ("heading", "Editor"),
            ("paragraph", (
                "Este portal lo publica KMOP, Centro de Acción Social e Innovación, Atenas (Grecia), en "
                "calidad de coordinador del proyecto Primacenters."
            )),
            ("heading", "Reutilización de contenidos"),
            ("paragraph", (
                "Salvo que se indique lo contrario, los textos de este portal pueden reutilizarse con fines "
                "no comerciales siempre que se cite la fuente. Los logotipos y las fotografías siguen siendo "
                "propiedad de sus titulares."
            )),
        ],
    },
}

FOOTER = {
    "name": "Pie de página principal",
    "contact": "Proyecto Primacenters, coordinado por KMOP, Atenas (Grecia).",
    "funding_disclaimer": (
        "Financiado por la Unión Europea. Las opiniones y puntos de vista expresados solo comprometen a "
        "su(s) autor(es) y no reflejan necesariamente los de la Unión Europea o los de la autoridad "
        "otorgante. Ni la Unión Europea ni la autoridad otorgante pueden ser consideradas responsables de "
        "ellos."
    ),
}
