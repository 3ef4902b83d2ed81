"""Knowledge demo content in Spanish; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEXES = {
    "good_practices": {
        "title": "Buenas prácticas",
        "slug": "buenas-practicas",
        "intro": (
            "Prácticas de Bélgica, Grecia, España, Italia y Chipre que ayudan a mujeres y hombres migrantes a "
            "encontrar y conservar un trabajo digno en la agricultura, la pesca y la silvicultura. Cada una explica su "
            "contexto, su enfoque y sus resultados, y lo que hace falta para adaptarla en otro lugar."
        ),
    },
    "training": {
        "title": "Formación",
        "slug": "formacion",
        "intro": (
            "Módulos de formación breves para orientadores laborales, empleadores y personas que buscan empleo. Avance "
            "por las unidades a su ritmo: su progreso se guarda en este navegador y al final puede imprimir un "
            "certificado."
        ),
    },
    "newsletters": {
        "title": "Boletín",
        "slug": "boletin",
        "intro": (
            "Noticias de la red de centros locales de empleo: eventos, lecciones aprendidas y próximos pasos. "
            "Suscríbase para recibir cada número por correo electrónico en su idioma."
        ),
    },
    "press": {
        "title": "Sala de prensa",
        "slug": "sala-de-prensa",
        "intro": (
            "Notas de prensa del proyecto Primacenters, con contactos para periodistas. Las notas pueden citarse "
            "libremente mencionando la fuente."
        ),
    },
}

GOOD_PRACTICES = {
    "peloponnese-job-matching": {
        "title": "Intermediación para el empleo de temporada desde un centro local de empleo en el Peloponeso",
        "slug": "intermediacion-empleo-temporada-peloponeso",
        "summary": (
            "Un centro local pone en contacto a productores de aceituna y cítricos con trabajadores migrantes antes de "
            "cada cosecha, comprueba que cada oferta vaya acompañada de un contrato escrito y mantiene el contacto con "
            "ambas partes durante la campaña."
        ),
        "region": "Mesenia, Peloponeso",
        "organisation": "Centro local Primacenters de la Región del Peloponeso, con KMOP",
        "context": [
            (
                "Las explotaciones de olivar y cítricos de Mesenia necesitan muchos trabajadores adicionales unas "
                "pocas semanas al año. La mayoría son migrantes que encuentran trabajo por el boca a boca, a menudo "
                "sin contrato y sin poder decidir sobre su alojamiento o su transporte."
            ),
            (
                "Los productores, por su parte, tienen dificultades para planificar la cosecha: los trabajadores "
                "llegan tarde o se marchan a mitad de campaña a empleos mejor pagados."
            ),
        ],
        "approach": [
            (
                "Dos meses antes de la cosecha, el centro visita a productores y cooperativas para registrar sus "
                "necesidades: fechas, número de trabajadores, salario, alojamiento y transporte."
            ),
            [
                "Cada oferta de empleo se contrasta con el convenio colectivo antes de publicarse.",
                "Las personas que buscan empleo son atendidas en su idioma e informadas de sus derechos y de la "
                "oferta.",
                "Un orientador llama a trabajadores y productores en la segunda semana de la campaña para resolver los "
                "problemas cuanto antes.",
            ],
        ],
        "results": [
            (
                "En su primera campaña, el centro recogió ofertas de 38 productores y colocó a 126 trabajadores, todos "
                "con contrato escrito. Dos de cada tres trabajadores terminaron la campaña con el mismo empleador."
            ),
            [
                "Menos trabajadores se marcharon antes del final de la cosecha.",
                "Los productores pidieron de nuevo la ayuda del centro para la campaña siguiente.",
            ],
        ],
        "transferability": [
            (
                "El enfoque sirve para cualquier zona con un pico de trabajo de temporada breve y previsible. Requiere "
                "un orientador que conozca las explotaciones, intérpretes para los idiomas principales y una buena "
                "relación con la inspección de trabajo local."
            ),
        ],
        "resources": [
            [
                "Un formulario de oferta de empleo que recoge salario, horario, alojamiento y transporte.",
                "Un resumen de una página sobre los derechos de los trabajadores de temporada, en seis idiomas.",
                "Un calendario de las campañas de cosecha elaborado con las cooperativas locales.",
            ],
        ],
    },
    "sicily-transport-housing": {
        "title": "Transporte seguro y vivienda digna para los jornaleros agrícolas en Sicilia",
        "slug": "transporte-seguro-vivienda-digna-sicilia",
        "summary": (
            "Una cooperativa social, productores locales y el ayuntamiento gestionan un servicio diario de lanzadera a "
            "los invernaderos y una pequeña red de viviendas de alquiler, para que los trabajadores dejen de depender "
            "de intermediarios ilegales."
        ),
        "region": "Provincia de Ragusa, Sicilia",
        "organisation": "Una cooperativa social que trabaja con productores locales y el ayuntamiento",
        "context": [
            (
                "Miles de trabajadores migrantes cultivan hortalizas durante todo el año en los invernaderos de la "
                "costa de Ragusa. Muchos viven en edificios agrícolas aislados y pagan a intermediarios ilegales por "
                "el traslado diario al trabajo, lo que los mantiene en situación de dependencia y expuestos a la "
                "explotación."
            ),
        ],
        "approach": [
            (
                "La cooperativa ofrece un servicio de lanzadera con rutas fijas entre los pueblos y las principales "
                "zonas de invernaderos. Los productores que se suman pagan parte del coste y se comprometen a ofrecer "
                "contratos regulares."
            ),
            (
                "Al mismo tiempo, la cooperativa alquila pisos en los pueblos y los subarrienda a los trabajadores a "
                "un precio justo, con un contrato de alquiler que les permite empadronarse."
            ),
            [
                "Las lanzaderas salen temprano por la mañana y regresan al terminar la jornada laboral.",
                "Los inquilinos reciben ayuda para empadronarse y acceder a la atención sanitaria.",
                "Un punto de atención semanal responde a preguntas sobre nóminas y contratos.",
            ],
        ],
        "results": [
            (
                "En dos años, unos 180 trabajadores utilizaron la lanzadera de forma habitual y 46 personas se mudaron "
                "a una vivienda de alquiler. Varias de ellas pudieron renovar su permiso de residencia gracias a un "
                "domicilio registrado."
            ),
        ],
        "transferability": [
            (
                "El sistema puede adaptarse allí donde los trabajadores viven lejos de los campos. Depende de un "
                "ayuntamiento dispuesto a actuar como avalista y de productores que acepten compartir los costes de "
                "transporte."
            ),
        ],
        "resources": [
            [
                "Un modelo de acuerdo entre los productores y la empresa de transporte.",
                "Un modelo de contrato de alquiler con normas de convivencia traducidas a cinco idiomas.",
            ],
        ],
    },
    "huelva-peer-mentoring": {
        "title": "Mentoría entre iguales para trabajadoras de temporada en Andalucía",
        "slug": "mentoria-entre-iguales-temporeras-andalucia",
        "summary": (
            "Trabajadoras agrícolas con experiencia acogen y acompañan a las mujeres recién llegadas durante la "
            "campaña de los frutos rojos, con información sobre derechos, salud y cuidado de los hijos en su propio "
            "idioma."
        ),
        "region": "Provincia de Huelva, Andalucía",
        "organisation": "Una asociación de trabajadoras agrícolas con dos cooperativas de frutos rojos",
        "context": [
            (
                "Cada primavera, miles de mujeres llegan a Huelva para recoger fresas y otros frutos rojos, muchas por "
                "primera vez. A menudo viven en las fincas, lejos de los servicios, y rara vez saben a quién acudir si "
                "algo va mal."
            ),
        ],
        "approach": [
            (
                "La asociación forma a mujeres que han trabajado varias campañas para que sean mentoras. Cada mentora "
                "acompaña a un pequeño grupo de recién llegadas desde la llegada hasta la partida."
            ),
            [
                "Una reunión de bienvenida en la finca la primera semana, con el acuerdo de la cooperativa.",
                "Sesiones informativas sobre contratos, salario, salud y protección frente al acoso.",
                "Una línea telefónica atendida por mentoras en árabe, rumano, español y francés.",
                "Derivación a centros de salud, servicios sociales y, si es necesario, a la inspección de trabajo.",
            ],
        ],
        "results": [
            (
                "Veinticuatro mentoras acompañaron a más de 300 mujeres durante la campaña. Las mujeres afirmaron "
                "sentirse menos aisladas, y las cooperativas utilizaron sus opiniones para mejorar el alojamiento y "
                "los horarios de trabajo."
            ),
        ],
        "transferability": [
            (
                "La mentoría entre iguales funciona bien cuando muchas personas llegan a la vez y comparten idioma. "
                "Las mentoras necesitan formación, una remuneración justa por su tiempo y un procedimiento claro para "
                "los casos graves."
            ),
        ],
        "resources": [
            [
                "Un programa de formación de mentoras en cuatro sesiones.",
                "Una guía de bolsillo sobre derechos y servicios para trabajadoras de temporada.",
            ],
        ],
    },
    "cyprus-fishers-skills": {
        "title": "Reconocer las competencias de pescadores y trabajadores acuícolas migrantes en Chipre",
        "slug": "reconocimiento-competencias-pescadores-chipre",
        "summary": (
            "Una evaluación práctica de competencias, clases de griego para el trabajo y una certificación en "
            "seguridad ayudan a pescadores migrantes con experiencia a pasar de empleos no cualificados a puestos "
            "reconocidos en barcos y piscifactorías."
        ),
        "region": "Distrito de Lárnaca",
        "organisation": "Un centro de formación profesional con una asociación de piscicultores",
        "context": [
            (
                "Muchos trabajadores migrantes de la pesca y la acuicultura chipriotas tienen años de experiencia en "
                "el mar, pero ningún documento que lo acredite. Siguen en los empleos peor pagados mientras los "
                "empleadores tienen dificultades para encontrar personal cualificado."
            ),
        ],
        "approach": [
            (
                "Se invita a los trabajadores a una evaluación práctica en un barco o en una piscifactoría, dirigida "
                "por un instructor con experiencia y con intérprete. Las competencias observadas se registran en un "
                "portafolio."
            ),
            [
                "Manipular redes, palangres y pescado de forma segura.",
                "Alimentar, vigilar y cosechar peces en jaulas.",
                "Realizar el mantenimiento básico de motores y equipos.",
            ],
            (
                "Después, los trabajadores asisten a sesenta horas de griego para el trabajo y a un curso certificado "
                "de seguridad en el mar."
            ),
        ],
        "results": [
            (
                "Cincuenta y dos trabajadores completaron la evaluación y cuarenta obtuvieron un certificado de "
                "seguridad. Catorce fueron ascendidos o contratados para puestos cualificados en un plazo de seis "
                "meses."
            ),
        ],
        "transferability": [
            (
                "La evaluación puede utilizarse en cualquier sector marítimo. Requiere instructores formados en la "
                "validación de competencias y el apoyo de los empleadores, que abren sus barcos y piscifactorías para "
                "las evaluaciones."
            ),
        ],
        "resources": [
            [
                "Una tabla de evaluación de diez tareas básicas de la pesca y la acuicultura.",
                "Un glosario de vocabulario profesional en griego, inglés, árabe y bengalí.",
            ],
        ],
    },
    "limburg-language-safety": {
        "title": "Formación lingüística y en seguridad en el puesto de trabajo en la fruticultura flamenca",
        "slug": "formacion-idioma-seguridad-fruticultura",
        "summary": (
            "Personas refugiadas y otros recién llegados son contratados en explotaciones frutícolas con un contrato "
            "de formación que combina trabajo remunerado, clases de neerlandés en el huerto y un certificado de "
            "seguridad para trabajar con máquinas."
        ),
        "region": "Provincia de Limburgo, comarca frutícola de Haspengouw",
        "organisation": "Un fondo sectorial de formación de la horticultura con el servicio público regional de "
                        "empleo",
        "context": [
            (
                "Los fruticultores de Haspengouw necesitan trabajadores mucho más allá de la recolección, para la "
                "poda, la selección y el mantenimiento. A los recién llegados que buscan empleo les suelen faltar el "
                "neerlandés y la formación en seguridad que esperan los empleadores."
            ),
        ],
        "approach": [
            (
                "El servicio público de empleo selecciona a los candidatos y el fondo de formación los pone en "
                "contacto con un productor. El trabajador firma un contrato de formación de hasta seis meses y cobra "
                "desde el primer día."
            ),
            [
                "Dos medias jornadas a la semana de clases de neerlandés en la explotación, con el vocabulario del "
                "oficio.",
                "Un tutor en la explotación que explica las tareas y revisa los avances cada mes.",
                "Un curso que conduce a un certificado de conducción segura de tractores y carretillas elevadoras.",
            ],
        ],
        "results": [
            (
                "De los primeros 35 participantes, 27 completaron el programa y a 22 su productor les ofreció un "
                "contrato al final de la formación. Los empleadores también señalaron menos accidentes con máquinas."
            ),
        ],
        "transferability": [
            (
                "Los contratos de formación en el puesto de trabajo existen en muchos países con nombres distintos. La "
                "clave es llevar al profesor de idiomas al lugar de trabajo y pagar de forma justa a los participantes."
            ),
        ],
        "resources": [
            [
                "Una lista ilustrada de 300 palabras del oficio de la fruticultura.",
                "Una hoja mensual de seguimiento para participantes y tutores.",
            ],
        ],
    },
    "epirus-forestry-crews": {
        "title": "Cuadrillas forestales para personas refugiadas en Epiro",
        "slug": "cuadrillas-forestales-refugiados-epiro",
        "summary": (
            "Una cooperativa forestal contrata a personas refugiadas en cuadrillas mixtas para tareas de prevención de "
            "incendios, con ayuda para obtener permiso de trabajo, número fiscal y cuenta bancaria antes del inicio de "
            "la temporada."
        ),
        "region": "Epiro",
        "organisation": "Una cooperativa forestal con una agencia municipal de desarrollo y una organización de apoyo "
                        "a refugiados",
        "context": [
            (
                "Las cooperativas forestales de Epiro desbrozan el monte y mantienen los cortafuegos cada verano, pero "
                "encuentran cada vez menos trabajadores locales. Las personas refugiadas que viven en la región "
                "quieren trabajar, pero se enfrentan a largos trámites administrativos antes de poder ser contratadas."
            ),
        ],
        "approach": [
            (
                "Tres meses antes de la temporada, la organización de apoyo a refugiados ayuda a los candidatos a "
                "obtener los documentos necesarios. La agencia de desarrollo organiza un curso de dos semanas sobre "
                "herramientas forestales y seguridad."
            ),
            (
                "Después, la cooperativa forma cuadrillas mixtas de trabajadores locales y refugiados, cada una "
                "dirigida por un forestal con experiencia, y paga a todos según la misma escala salarial."
            ),
        ],
        "results": [
            [
                "Treinta personas refugiadas trabajaron toda la temporada en seis cuadrillas mixtas.",
                "Todas obtuvieron un número fiscal y una cuenta bancaria, que conservan para futuros empleos.",
                "La cooperativa cumplió sus objetivos de mantenimiento de cortafuegos por primera vez en tres años.",
            ],
        ],
        "transferability": [
            (
                "El modelo puede aplicarse a otras obras públicas de temporada. Su éxito depende de empezar pronto los "
                "trámites y de las cuadrillas mixtas, que facilitan el aprendizaje del idioma y la aceptación por "
                "parte de la comunidad local."
            ),
        ],
        "resources": [
            [
                "Una lista de los documentos necesarios antes de la contratación, con las oficinas de contacto.",
                "Un plan de curso sobre herramientas forestales y seguridad en diez sesiones.",
            ],
        ],
    },
}

TRAINING_MODULES = {
    "fair-recruitment": {
        "title": "Contratación justa en la agricultura de temporada",
        "slug": "contratacion-justa-agricultura-temporada",
        "summary": (
            "Para agricultores y cooperativas que contratan a trabajadores de temporada: cómo contratar sin "
            "intermediarios que cobran comisiones, redactar una oferta clara y conservar a los trabajadores toda la "
            "campaña."
        ),
        "learning_outcomes": [
            [
                "Explicar por qué un trabajador nunca debe pagar para conseguir un empleo.",
                "Redactar una oferta de empleo que indique con claridad salario, horario, alojamiento y transporte.",
                "Comprobar una agencia de contratación con una breve lista de señales de alerta.",
                "Planificar los primeros días de un trabajador nuevo en la explotación.",
            ],
        ],
        "prerequisites": [
            "Ninguno. El módulo está pensado para empleadores y responsables de explotación sin formación en recursos "
            "humanos.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Qué significa una contratación justa",
                "text": [
                    (
                        "Una contratación justa significa que los trabajadores se contratan por vías legales, conocen "
                        "sus condiciones antes de aceptar un empleo y no pagan a nadie para conseguirlo. Los costes de "
                        "la contratación corren a cargo del empleador."
                    ),
                    [
                        "El trabajador recibe una oferta por escrito en un idioma que entiende.",
                        "No se le pide al trabajador ninguna comisión, fianza ni deuda.",
                        "El trabajador conserva sus propios documentos de identidad.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Contratar sin comisiones: lo que nos cuentan los trabajadores",
                "transcript": (
                    "Tres trabajadores de temporada explican cómo encontraron su empleo, qué pagaban antes a los "
                    "intermediarios y qué cambió cuando su empleador empezó a contratar a través del centro local."
                ),
            },
            {
                "kind": "material",
                "title": "Lista de comprobación para una contratación justa",
                "description": "Una lista de comprobación de una página para usar antes, durante y después de "
                               "contratar a un trabajador de temporada.",
                "document": {
                    "title": "Lista de comprobación para una contratación justa",
                    "lines": [
                        "Lista de comprobación para una contratación justa",
                        "Antes de contratar: redacte la oferta con salario, horario, alojamiento y transporte.",
                        "Antes de contratar: compruebe que la agencia de contratación está registrada y no cobra nada "
                        "a los trabajadores.",
                        "Al contratar: entregue al trabajador un contrato escrito en un idioma que entienda.",
                        "Al contratar: no se quede nunca con el pasaporte o el documento de identidad de un "
                        "trabajador.",
                        "Después de contratar: pague el salario a tiempo, por transferencia, con nómina.",
                        "Después de contratar: llame al centro local de empleo si surge un problema.",
                    ],
                },
            },
            {
                "kind": "exercise",
                "title": "Revisar una oferta de empleo",
                "instructions": [
                    (
                        "Lea la siguiente oferta: recogida de melocotón, inicio en junio, buen sueldo, alojamiento "
                        "disponible, contactar con el señor K. para el transporte. Anote lo que falta y reescriba la "
                        "oferta."
                    ),
                ],
                "feedback": [
                    [
                        "Las fechas exactas y el número de horas por día y por semana.",
                        "El salario por hora o por día antes y después de las retenciones.",
                        "El coste y las condiciones del alojamiento y del transporte.",
                        "El nombre del empleador y una forma de contactarlo directamente.",
                    ],
                ],
            },
        ],
    },
    "labour-rights-counsellors": {
        "title": "Derechos laborales en el sector primario: un módulo para orientadores laborales",
        "slug": "derechos-laborales-sector-primario-orientadores",
        "summary": (
            "Para orientadores de centros de empleo y entidades de apoyo: las normas que protegen a los trabajadores "
            "de la agricultura, la pesca y la silvicultura, y cómo detectar y derivar casos de explotación laboral."
        ),
        "learning_outcomes": [
            [
                "Describir las condiciones mínimas de un contrato de trabajo de temporada en su país.",
                "Detectar las señales de explotación laboral durante una entrevista.",
                "Derivar a un trabajador a la inspección de trabajo, a un sindicato o a un servicio de atención a "
                "víctimas.",
            ],
        ],
        "prerequisites": [
            "Experiencia en la orientación de personas que buscan empleo, o un curso introductorio de orientación "
            "laboral.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Contratos, salario y tiempo de trabajo",
                "text": [
                    (
                        "Los trabajadores de temporada tienen derecho al mismo salario mínimo, los mismos descansos y "
                        "la misma protección social que el resto de trabajadores. Los convenios colectivos del campo "
                        "suelen fijar salarios más altos y un recargo por horas extraordinarias."
                    ),
                    (
                        "Los trabajadores de fuera de la Unión Europea acogidos a la Directiva sobre trabajadores "
                        "temporeros también tienen derecho a un alojamiento digno y, en algunos casos, a cambiar de "
                        "empleador."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Detectar señales de explotación laboral",
                "text": [
                    "Algunas señales exigen una atención especial y, a menudo, una derivación:",
                    [
                        "El trabajador no tiene en su poder sus documentos de identidad.",
                        "El salario se paga a otra persona, o no se paga.",
                        "El trabajador debe dinero a quien le consiguió el empleo.",
                        "El trabajador vive en su lugar de trabajo y no puede salir libremente.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "La primera entrevista de un orientador con un trabajador de temporada",
                "transcript": (
                    "Un juego de rol grabado en un centro local: el orientador recibe a un trabajador, le hace "
                    "preguntas abiertas sobre su empleo y su alojamiento y le explica, con ayuda de un intérprete, el "
                    "apoyo que puede ofrecer el centro."
                ),
            },
            {
                "kind": "exercise",
                "title": "Estudio de caso: un contrato que cambia",
                "instructions": [
                    (
                        "Una mujer le cuenta que le prometieron ocho horas al día, pero trabaja once, y que su "
                        "empleador se queda con parte de su salario por el alojamiento. ¿Qué preguntas le hace y qué "
                        "hace a continuación?"
                    ),
                ],
                "feedback": [
                    (
                        "Pregúntele por su contrato, sus nóminas y quién guarda sus documentos. Explíquele sus "
                        "derechos, acuerde con ella el siguiente paso y, con su consentimiento, póngase en contacto "
                        "con la inspección de trabajo o con un sindicato."
                    ),
                ],
            },
        ],
    },
    "first-job-farming": {
        "title": "Tu primer trabajo en el campo: derechos, salario y seguridad",
        "slug": "primer-trabajo-campo-derechos-salario-seguridad",
        "summary": (
            "Para quienes buscan trabajo en explotaciones agrícolas: qué debe decir tu contrato, cómo leer tu nómina y "
            "cómo protegerte del calor, las máquinas y los productos químicos."
        ),
        "learning_outcomes": [
            [
                "Saber qué debe incluir tu contrato antes de firmarlo.",
                "Comprobar que tu nómina corresponde a las horas que has trabajado.",
                "Protegerte de los principales riesgos del trabajo en el campo.",
                "Saber dónde pedir ayuda.",
            ],
        ],
        "prerequisites": [
            "Ninguno. Las sesiones se imparten con intérpretes y utilizan imágenes en lugar de textos largos.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Tu contrato y tu nómina",
                "text": [
                    (
                        "Antes de empezar, pide un contrato por escrito. Debe indicar el nombre del empleador, las "
                        "fechas, el horario, el salario y dónde vas a vivir y a trabajar."
                    ),
                    (
                        "Cada mes debes recibir una nómina. Apunta cada día las horas que trabajas para poder "
                        "compararlas con la nómina."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Trabajar seguro: calor, máquinas y productos químicos",
                "text": [
                    [
                        "Bebe agua a menudo y descansa a la sombra cuando haga mucho calor.",
                        "No uses nunca una máquina si no te han enseñado cómo funciona.",
                        "No entres en un campo recién tratado y usa guantes cuando manipules productos químicos.",
                        "Comunica cualquier accidente, aunque sea leve, a tu encargado.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "La seguridad en la finca en cinco minutos",
                "transcript": (
                    "Un vídeo corto sin palabras muestra los principales riesgos en una explotación y cómo evitarlos: "
                    "calor, tractores, escaleras, herramientas cortantes y productos fitosanitarios."
                ),
            },
            {
                "kind": "exercise",
                "title": "Leer una nómina",
                "instructions": [
                    (
                        "Mira el ejemplo de nómina que te da tu formador. Busca el número de horas, el salario por "
                        "hora, las retenciones y el importe cobrado. ¿Coinciden las horas con las de tu cuaderno?"
                    ),
                ],
                "feedback": [
                    (
                        "Si las horas o el salario no coinciden, pregunta primero a tu empleador. Si el problema no se "
                        "resuelve, el centro local de empleo puede ayudarte."
                    ),
                ],
            },
        ],
    },
    "employer-partnerships-fisheries": {
        "title": "Crear alianzas con empleadores de la pesca y la acuicultura",
        "slug": "alianzas-empleadores-pesca-acuicultura",
        "summary": (
            "Para centros de empleo y organizaciones empresariales: cómo identificar a los empleadores, crear alianzas "
            "duraderas y hacer el seguimiento de las colocaciones para que los trabajadores se queden y progresen."
        ),
        "learning_outcomes": [
            [
                "Identificar a los empleadores y las ofertas de empleo de su zona.",
                "Acordar un plan de colaboración con un empleador o una organización.",
                "Hacer el seguimiento de una colocación y actuar pronto cuando surjan problemas.",
            ],
        ],
        "prerequisites": [
            "Experiencia en intermediación laboral o en recursos humanos.",
            "Se recomienda haber completado el módulo sobre derechos laborales en el sector primario.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Identificar empleadores y ofertas de empleo",
                "text": [
                    (
                        "Empiece con una lista de empresas pesqueras, piscifactorías y plantas de transformación de su "
                        "zona. Anote su tamaño, sus picos de temporada, los puestos difíciles de cubrir y quién decide "
                        "las contrataciones."
                    ),
                    (
                        "Las cofradías de pescadores, las autoridades portuarias y el servicio público de empleo "
                        "pueden ayudarle a completar la lista y a establecer el primer contacto."
                    ),
                ],
            },
            {
                "kind": "exercise",
                "title": "Elaborar un plan de colaboración",
                "instructions": [
                    (
                        "Elija un empleador de su lista. Redacte un plan de una página: qué necesita el empleador, qué "
                        "ofrece el centro, quién hace qué y cómo medirá el éxito al cabo de seis meses."
                    ),
                ],
                "feedback": [
                    [
                        "Necesidades expresadas en cifras y fechas.",
                        "Una persona de contacto con nombre en cada parte.",
                        "Al menos un compromiso sobre las condiciones de trabajo.",
                        "Dos o tres indicadores, como los trabajadores colocados que siguen empleados a los tres "
                        "meses.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Mesa redonda: empleadores y centros trabajan juntos",
                "transcript": (
                    "Grabada en un encuentro de trabajo en red en 2025: una gerente de piscifactoría, una cofradía de "
                    "pescadores y un orientador laboral debaten qué hace que una colaboración funcione y qué la hace "
                    "fracasar."
                ),
            },
            {
                "kind": "text",
                "title": "Después de la colocación: seguimiento y permanencia",
                "text": [
                    (
                        "Llame al trabajador y al empleador después de la primera semana y después del primer mes. La "
                        "mayoría de los problemas que llevan a los trabajadores a marcharse, como el alojamiento, el "
                        "transporte o los malentendidos sobre el salario, se pueden resolver si se conocen a tiempo."
                    ),
                ],
            },
            {
                "kind": "material",
                "title": "Plantilla de plan de colaboración",
                "description": "Una plantilla para rellenar con un empleador, con ejemplos de compromisos e "
                               "indicadores.",
                "document": {
                    "title": "Plantilla de plan de colaboración",
                    "lines": [
                        "Plantilla de plan de colaboración",
                        "Empleador: nombre, sector, persona de contacto.",
                        "Necesidades: puestos, número de trabajadores, fechas, competencias requeridas.",
                        "Oferta del centro: preselección, información, interpretación, seguimiento.",
                        "Compromisos sobre las condiciones de trabajo: contrato, salario, alojamiento, formación.",
                        "Indicadores a los seis meses: trabajadores colocados, trabajadores que siguen empleados, "
                        "problemas resueltos.",
                    ],
                },
            },
        ],
    },
}

NEWSLETTERS = {
    "issue-1": {
        "title": "Número 1: la red se reúne en Chipre",
        "slug": "numero-1",
        "intro": (
            "Le damos la bienvenida al primer boletín de Primacenters. En este número: nuestro primer encuentro de "
            "trabajo en red en Chipre, cómo los centros locales identifican las ofertas de empleo y los eventos "
            "previstos esta primavera."
        ),
        "highlights": [
            {
                "title": "Encuentro de trabajo en red en Chipre",
                "text": [
                    (
                        "El 31 de marzo de 2025, CARDET reunió a orientadores laborales, empleadores de la agricultura "
                        "y la pesca y organizaciones de comunidades migrantes. Los participantes compartieron cómo se "
                        "contrata hoy a los trabajadores y dónde puede marcar la diferencia el centro local."
                    ),
                ],
                "key_takeaways": [
                    "Los empleadores quieren un único punto de contacto para la contratación.",
                    "El apoyo lingüístico hace falta en el lugar de trabajo, no solo en el aula.",
                    "Las organizaciones de comunidades migrantes son clave para llegar a quienes buscan empleo.",
                ],
            },
            {
                "title": "Identificar ofertas de empleo con los empleadores",
                "text": [
                    (
                        "Antes de cualquier intermediación, cada centro local identifica a los empleadores de su zona "
                        "y sus necesidades de temporada. En el Peloponeso, los orientadores visitaron a productores de "
                        "aceituna y cítricos antes de la cosecha para recoger ofertas y comprobar las condiciones de "
                        "trabajo."
                    ),
                ],
                "key_takeaways": [
                    "Las visitas antes de la campaña generan confianza con los productores.",
                    "Un formulario de oferta común facilita la comparación de las ofertas.",
                ],
            },
        ],
        "next_steps": [
            "Próximamente:",
            [
                "Mesas redondas en Sicilia los días 22 y 23 de mayo de 2025.",
                "Un encuentro de trabajo en red en línea desde Bruselas el 28 de mayo de 2025.",
                "Un encuentro de trabajo en red en el Peloponeso el 2 de junio de 2025.",
            ],
        ],
    },
    "issue-2": {
        "title": "Número 2: lecciones de Sicilia, Bruselas y el Peloponeso",
        "slug": "numero-2",
        "intro": (
            "Tres encuentros de trabajo en red en dos semanas: mesas redondas en Sicilia, una reunión en línea desde "
            "Bruselas y un evento regional en el Peloponeso. Esto es lo que aprendimos y lo que viene ahora."
        ),
        "highlights": [
            {
                "title": "Mesas redondas en Sicilia",
                "text": [
                    (
                        "Los días 22 y 23 de mayo de 2025, LAND Impresa Sociale acogió dos jornadas de mesas redondas "
                        "con productores, sindicatos, ayuntamientos y trabajadores migrantes. Los debates se centraron "
                        "en el transporte, la vivienda y la lucha contra los intermediarios ilegales."
                    ),
                ],
                "key_takeaways": [
                    "El transporte hasta los campos es la primera condición para una contratación justa.",
                    "Los ayuntamientos pueden ayudar a los trabajadores a empadronarse.",
                    "El trabajo de temporada debe conducir a empleos estables, no a un callejón sin salida.",
                ],
            },
            {
                "title": "Encuentro de trabajo en red en línea desde Bruselas",
                "text": [
                    (
                        "El 28 de mayo de 2025, HEADWAY organizó desde Bruselas un encuentro en línea con 42 "
                        "participantes de servicios de empleo, organizaciones empresariales y la sociedad civil de "
                        "varios países."
                    ),
                ],
                "key_takeaways": [
                    "Las buenas prácticas se transfieren bien cuando van acompañadas de contactos y documentos.",
                    "Los profesionales quieren módulos de formación breves que puedan seguir a su ritmo.",
                ],
            },
            {
                "title": "Encuentro de trabajo en red en el Peloponeso",
                "text": [
                    (
                        "El 2 de junio de 2025, la Región del Peloponeso y KMOP se reunieron con productores, "
                        "cooperativas y servicios públicos para hacer balance de la primera campaña de cosecha con el "
                        "centro local y preparar la siguiente."
                    ),
                ],
                "key_takeaways": [
                    "Los contratos escritos ayudaron a conservar a los trabajadores toda la campaña.",
                    "Los productores pidieron planificar antes el alojamiento de los trabajadores.",
                ],
            },
        ],
        "next_steps": [
            "En los próximos meses, los socios:",
            [
                "Publicarán nuevas buenas prácticas de los cinco países.",
                "Abrirán los primeros módulos de formación para orientadores, empleadores y personas que buscan "
                "empleo.",
                "Prepararán la campaña de otoño con los centros locales.",
            ],
        ],
    },
}

PRESS_RELEASES = {
    "cyprus-networking": {
        "title": "Empleadores y orientadores se reúnen en Chipre para mejorar la contratación en el sector primario",
        "slug": "empleadores-orientadores-reunion-chipre",
        "subtitle": "El primer encuentro de trabajo en red de Primacenters reunió a empleadores, servicios públicos y "
                    "sociedad civil",
        "summary": (
            "El 31 de marzo de 2025, el proyecto Primacenters celebró en Chipre su primer encuentro de trabajo en red, "
            "dedicado a la contratación justa de trabajadores migrantes en la agricultura y la pesca."
        ),
        "dateline_city": "Nicosia",
        "body": [
            ("paragraph", (
                "Orientadores laborales, empleadores de la agricultura y la pesca, servicios públicos y organizaciones "
                "de comunidades migrantes se reunieron en Chipre el 31 de marzo de 2025 por invitación de CARDET, "
                "socio del proyecto Primacenters."
            )),
            ("paragraph", (
                "Los participantes analizaron cómo se contrata hoy a los trabajadores de temporada y fijos, las "
                "dificultades de los empleadores para encontrar personal y los obstáculos que encuentran los "
                "trabajadores migrantes, desde el idioma hasta el reconocimiento de sus competencias."
            )),
            ("heading", "Un centro local como punto único de contacto"),
            ("paragraph", (
                "Los empleadores pidieron un punto único de contacto que preseleccione candidatos, explique las normas "
                "y haga el seguimiento de las colocaciones. Esa es la función de los centros locales de empleo que el "
                "proyecto está poniendo en marcha en cinco países."
            )),
            ("quote", (
                "Empleadores y trabajadores quieren lo mismo: normas claras, un contrato justo y alguien a quien "
                "llamar cuando hay un problema."
            ), "Orientadora laboral, Chipre"),
            ("paragraph", (
                "Primacenters está coordinado por KMOP junto con CARDET, LAND Impresa Sociale, HEADWAY y la Región del "
                "Peloponeso, y está cofinanciado por la Unión Europea."
            )),
        ],
        "media_contact": [
            "Equipo de comunicación del proyecto Primacenters",
            "Correo electrónico: press@primacenters.example",
        ],
    },
    "brussels-online-event": {
        "title": "Reforzar la integración de los trabajadores migrantes en el sector primario",
        "slug": "reforzar-integracion",
        "subtitle": "42 participantes de toda Europa asistieron al encuentro de trabajo en red en línea organizado "
                    "desde Bruselas",
        "summary": (
            "El 28 de mayo de 2025, profesionales, empleadores y organizaciones de la sociedad civil compartieron "
            "buenas prácticas para el trabajo digno de mujeres y hombres migrantes en la agricultura, la pesca y la "
            "silvicultura."
        ),
        "dateline_city": "Bruselas",
        "body": [
            ("paragraph", (
                "HEADWAY organizó desde Bruselas, el 28 de mayo de 2025, el encuentro de trabajo en red en línea del "
                "proyecto Primacenters. Participaron cuarenta y dos personas de servicios de empleo, organizaciones "
                "empresariales, sindicatos y la sociedad civil."
            )),
            ("paragraph", (
                "Los ponentes presentaron prácticas de los países socios, desde la mentoría entre iguales para "
                "trabajadoras de temporada hasta la formación lingüística en el puesto de trabajo en la fruticultura, "
                "y debatieron cómo adaptarlas a otras regiones."
            )),
            ("heading", "Prácticas que viajan"),
            ("paragraph", (
                "Los participantes coincidieron en que una buena práctica es más fácil de reutilizar cuando va "
                "acompañada de sus documentos, sus costes y una persona de contacto. El proyecto publica sus buenas "
                "prácticas y sus módulos de formación en este portal, en seis idiomas."
            )),
            ("quote", (
                "Lo que funciona en una región puede adaptarse en otra si nos tomamos el tiempo de entender por qué "
                "funciona."
            ), "Participante en el encuentro en línea"),
            ("paragraph", (
                "El encuentro siguió a las mesas redondas celebradas en Sicilia los días 22 y 23 de mayo y precede a "
                "un encuentro de trabajo en red en el Peloponeso el 2 de junio de 2025."
            )),
        ],
        "media_contact": [
            "Equipo de comunicación del proyecto Primacenters",
            "Correo electrónico: press@primacenters.example",
        ],
    },
    "peloponnese-event": {
        "title": "El Peloponeso hace balance de su primera campaña de cosecha con un centro local de empleo",
        "slug": "peloponeso-balance-primera-campana-cosecha",
        "subtitle": "Productores, cooperativas y servicios públicos se reunieron para preparar una contratación más "
                    "justa en la próxima campaña",
        "summary": (
            "El 2 de junio de 2025, la Región del Peloponeso y KMOP presentaron los resultados de la primera campaña "
            "de intermediación para trabajadores migrantes en el olivar y los cítricos."
        ),
        "dateline_city": "Trípoli",
        "body": [
            ("paragraph", (
                "La Región del Peloponeso y KMOP, coordinador del proyecto Primacenters, celebraron el 2 de junio de "
                "2025 un encuentro de trabajo en red con productores, cooperativas agrarias, servicios públicos y "
                "organizaciones de apoyo a personas migrantes."
            )),
            ("paragraph", (
                "El centro local de empleo presentó su primera campaña: ofertas de empleo recogidas antes de la "
                "cosecha, candidatos informados de sus derechos en su idioma y un contrato escrito para cada "
                "colocación."
            )),
            ("heading", "Planificar antes la próxima campaña"),
            ("paragraph", (
                "Productores y cooperativas pidieron empezar la planificación ya en verano, sobre todo para el "
                "alojamiento y el transporte de los trabajadores, y ampliar el servicio a otros cultivos."
            )),
            ("quote", (
                "Un trabajador que conoce las condiciones antes de llegar se queda hasta el final de la cosecha."
            ), "Olivarero, Mesenia"),
            ("paragraph", (
                "Este encuentro cierra la serie de encuentros de trabajo en red que el proyecto celebró en la "
                "primavera de 2025, después de Chipre, Sicilia y la reunión en línea desde Bruselas."
            )),
        ],
        "media_contact": [
            "Equipo de comunicación del proyecto Primacenters",
            "Correo electrónico: press@primacenters.example",
        ],
    },
}

GENERATED = {
    "good_practice": {
        "title": "Buena práctica de ejemplo {n}",
        "slug": "practica-ejemplo-{n}",
        "summary": "Una buena práctica generada para medir el portal con muchas páginas.",
        "text": "Esta práctica se generó para probar los listados, los filtros y la búsqueda con muchas páginas.",
    },
    "training_module": {
        "title": "Módulo de formación de ejemplo {n}",
        "slug": "modulo-ejemplo-{n}",
        "summary": "Un módulo de formación generado para medir el portal con muchas páginas.",
        "text": "Este módulo se generó para probar los listados, los filtros y la búsqueda con muchas páginas.",
        "unit_title": "Unidad de ejemplo",
    },
    "newsletter": {
        "title": "Boletín de ejemplo {n}",
        "slug": "boletin-ejemplo-{n}",
        "summary": "Un número del boletín generado para medir el portal con muchas páginas.",
        "text": "Este número se generó para probar el archivo y la búsqueda con muchas páginas.",
    },
    "press_release": {
        "title": "Nota de prensa de ejemplo {n}",
        "slug": "nota-prensa-ejemplo-{n}",
        "summary": "Una nota de prensa generada para medir el portal con muchas páginas.",
        "text": "Esta nota se generó para probar la sala de prensa y la búsqueda con muchas páginas.",
        "city": "Atenas",
    },
}
