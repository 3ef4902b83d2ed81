"""Knowledge demo content in French; mirrors en.py item by item (facts such as dates and codes are in en.py only)."""

INDEXES = {
    "good_practices": {
        "title": "Bonnes pratiques",
        "slug": "bonnes-pratiques",
        "intro": (
            "Des pratiques de Belgique, de Grèce, d'Espagne, d'Italie et de Chypre qui aident les femmes et les hommes "
            "migrants à trouver et à garder un travail décent dans l'agriculture, la pêche et la sylviculture. Chacune "
            "présente son contexte, sa démarche et ses résultats, et ce qu'il faut pour l'adapter ailleurs."
        ),
    },
    "training": {
        "title": "Formation",
        "slug": "formation",
        "intro": (
            "De courts modules de formation pour les conseillers et conseillères en emploi, les employeurs et les "
            "demandeurs d'emploi. Suivez les unités à votre rythme : votre progression est conservée dans ce "
            "navigateur et vous pouvez imprimer une attestation à la fin."
        ),
    },
    "newsletters": {
        "title": "Lettre d'information",
        "slug": "lettre-information",
        "intro": (
            "Les nouvelles du réseau de centres locaux pour l'emploi : événements, enseignements et prochaines étapes. "
            "Abonnez-vous pour recevoir chaque numéro par courriel dans votre langue."
        ),
    },
    "press": {
        "title": "Espace presse",
        "slug": "presse",
        "intro": (
            "Les communiqués de presse du projet Primacenters et les contacts pour les journalistes. Les communiqués "
            "peuvent être cités librement avec mention de la source."
        ),
    },
}

GOOD_PRACTICES = {
    "peloponnese-job-matching": {
        "title": "Mise en relation pour l'emploi saisonnier par un centre local pour l'emploi dans le Péloponnèse",
        "slug": "mise-en-relation-emploi-saisonnier-peloponnese",
        "summary": (
            "Un centre local met en relation les producteurs d'olives et d'agrumes avec des travailleurs migrants "
            "avant chaque récolte, vérifie que chaque offre s'accompagne d'un contrat écrit et reste en contact avec "
            "les deux parties pendant la saison."
        ),
        "region": "Messénie, Péloponnèse",
        "organisation": "Centre local Primacenters de la Région du Péloponnèse, avec KMOP",
        "context": [
            (
                "Les exploitations d'olives et d'agrumes de Messénie ont besoin de nombreux travailleurs "
                "supplémentaires quelques semaines par an. La plupart sont des migrants qui trouvent du travail par le "
                "bouche-à-oreille, souvent sans contrat et sans rien pouvoir dire sur leur logement ou leur transport."
            ),
            (
                "Les producteurs, de leur côté, ont du mal à planifier la récolte : les travailleurs arrivent en "
                "retard ou partent en cours de saison pour un travail mieux payé."
            ),
        ],
        "approach": [
            (
                "Deux mois avant la récolte, le centre rend visite aux producteurs et aux coopératives pour recenser "
                "leurs besoins : dates, nombre de travailleurs, salaire, logement et transport."
            ),
            [
                "Chaque offre d'emploi est vérifiée au regard de la convention collective avant d'être publiée.",
                "Les demandeurs d'emploi sont reçus dans leur langue et informés de leurs droits et de l'offre.",
                "Un conseiller appelle travailleurs et producteurs la deuxième semaine de la saison pour régler les "
                "problèmes au plus tôt.",
            ],
        ],
        "results": [
            (
                "Lors de sa première saison, le centre a recueilli les offres de 38 producteurs et placé 126 "
                "travailleurs, tous avec un contrat écrit. Deux travailleurs sur trois ont terminé la saison chez le "
                "même employeur."
            ),
            [
                "Moins de travailleurs sont partis avant la fin de la récolte.",
                "Les producteurs ont demandé l'aide du centre pour la saison suivante.",
            ],
        ],
        "transferability": [
            (
                "La démarche convient à toute zone où le travail saisonnier connaît un pic court et prévisible. Elle "
                "demande un conseiller qui connaît les exploitations, des interprètes pour les principales langues et "
                "de bonnes relations avec l'inspection du travail locale."
            ),
        ],
        "resources": [
            [
                "Un formulaire d'offre d'emploi couvrant le salaire, les horaires, le logement et le transport.",
                "Une fiche d'une page sur les droits des travailleurs saisonniers, en six langues.",
                "Un calendrier des périodes de récolte établi avec les coopératives locales.",
            ],
        ],
    },
    "sicily-transport-housing": {
        "title": "Un transport sûr et un logement décent pour les ouvriers agricoles en Sicile",
        "slug": "transport-sur-logement-decent-sicile",
        "summary": (
            "Une coopérative sociale, des producteurs locaux et la commune font circuler chaque jour une navette vers "
            "les serres et gèrent un petit réseau de logements loués, pour que les travailleurs ne dépendent plus "
            "d'intermédiaires illégaux."
        ),
        "region": "Province de Raguse, Sicile",
        "organisation": "Une coopérative sociale travaillant avec des producteurs locaux et la commune",
        "context": [
            (
                "Des milliers de travailleurs migrants cultivent des légumes toute l'année dans les serres de la côte "
                "de Raguse. Beaucoup vivent dans des bâtiments agricoles isolés et paient des intermédiaires illégaux "
                "pour être conduits au travail chaque jour, ce qui les rend dépendants et exposés à l'exploitation."
            ),
        ],
        "approach": [
            (
                "La coopérative assure un service de navettes sur des trajets fixes entre les villages et les "
                "principales zones de serres. Les producteurs qui participent paient une partie du coût et s'engagent "
                "à proposer des contrats réguliers."
            ),
            (
                "En parallèle, la coopérative loue des appartements dans les villages et les sous-loue aux "
                "travailleurs à un prix juste, avec un bail qui leur permet de déclarer leur résidence."
            ),
            [
                "Les navettes partent tôt le matin et reviennent après la fin de la journée de travail.",
                "Les locataires sont aidés pour déclarer leur résidence et accéder aux soins de santé.",
                "Une permanence hebdomadaire répond aux questions sur les fiches de paie et les contrats.",
            ],
        ],
        "results": [
            (
                "En deux ans, environ 180 travailleurs ont utilisé régulièrement la navette et 46 personnes ont "
                "emménagé dans un logement loué. Plusieurs d'entre elles ont pu renouveler leur titre de séjour grâce "
                "à une adresse déclarée."
            ),
        ],
        "transferability": [
            (
                "Le dispositif peut être adapté partout où les travailleurs vivent loin des champs. Il suppose une "
                "commune prête à se porter garante et des producteurs qui acceptent de partager les frais de transport."
            ),
        ],
        "resources": [
            [
                "Un modèle d'accord entre les producteurs et le prestataire de transport.",
                "Un modèle de bail avec un règlement intérieur traduit en cinq langues.",
            ],
        ],
    },
    "huelva-peer-mentoring": {
        "title": "Mentorat entre pairs pour les travailleuses saisonnières en Andalousie",
        "slug": "mentorat-pairs-travailleuses-andalousie",
        "summary": (
            "Des ouvrières agricoles expérimentées accueillent et accompagnent les femmes nouvellement arrivées "
            "pendant la saison des fruits rouges, avec des informations sur les droits, la santé et la garde d'enfants "
            "dans leur langue."
        ),
        "region": "Province de Huelva, Andalousie",
        "organisation": "Une association d'ouvrières agricoles avec deux coopératives de fruits rouges",
        "context": [
            (
                "Chaque printemps, des milliers de femmes viennent à Huelva cueillir des fraises et d'autres fruits "
                "rouges, beaucoup pour la première fois. Elles vivent souvent sur les exploitations, loin des "
                "services, et savent rarement vers qui se tourner en cas de problème."
            ),
        ],
        "approach": [
            (
                "L'association forme des femmes ayant travaillé plusieurs saisons pour qu'elles deviennent mentores. "
                "Chaque mentore suit un petit groupe de nouvelles arrivantes, de l'arrivée au départ."
            ),
            [
                "Une réunion d'accueil sur l'exploitation la première semaine, avec l'accord de la coopérative.",
                "Des séances d'information sur les contrats, le salaire, la santé et la protection contre le "
                "harcèlement.",
                "Une ligne téléphonique tenue par les mentores en arabe, en roumain, en espagnol et en français.",
                "Une orientation vers les centres de santé, les services sociaux et, si nécessaire, l'inspection du "
                "travail.",
            ],
        ],
        "results": [
            (
                "Vingt-quatre mentores ont accompagné plus de 300 femmes pendant la saison. Les femmes disent se "
                "sentir moins isolées, et les coopératives ont utilisé leurs retours pour améliorer le logement et les "
                "horaires de travail."
            ),
        ],
        "transferability": [
            (
                "Le mentorat entre pairs fonctionne bien lorsque de nombreuses personnes arrivent en même temps et "
                "partagent une langue. Les mentores ont besoin d'une formation, d'une juste rémunération de leur temps "
                "et d'une procédure claire pour les cas graves."
            ),
        ],
        "resources": [
            [
                "Un programme de formation des mentores en quatre séances.",
                "Un guide de poche sur les droits et les services pour les travailleuses saisonnières.",
            ],
        ],
    },
    "cyprus-fishers-skills": {
        "title": "Reconnaître les compétences des pêcheurs et des ouvriers aquacoles migrants à Chypre",
        "slug": "reconnaissance-competences-pecheurs-chypre",
        "summary": (
            "Une évaluation pratique des compétences, des cours de grec en situation de travail et une certification "
            "en sécurité aident des pêcheurs migrants expérimentés à passer d'emplois non qualifiés à des postes "
            "reconnus sur les bateaux et dans les fermes aquacoles."
        ),
        "region": "District de Larnaca",
        "organisation": "Un centre de formation professionnelle avec une association de pisciculteurs",
        "context": [
            (
                "Beaucoup de travailleurs migrants de la pêche et de l'aquaculture chypriotes ont des années "
                "d'expérience en mer, mais aucun document pour le prouver. Ils restent dans les emplois les moins "
                "payés, alors que les employeurs peinent à trouver du personnel qualifié."
            ),
        ],
        "approach": [
            (
                "Les travailleurs sont invités à une évaluation pratique sur un bateau ou dans une ferme aquacole, "
                "menée par un formateur expérimenté avec un interprète. Les compétences observées sont consignées dans "
                "un portfolio."
            ),
            [
                "Manipuler les filets, les lignes et le poisson en toute sécurité.",
                "Nourrir, surveiller et récolter le poisson en cages.",
                "Assurer l'entretien courant des moteurs et du matériel.",
            ],
            (
                "Les travailleurs suivent ensuite soixante heures de grec professionnel et une formation certifiante à "
                "la sécurité en mer."
            ),
        ],
        "results": [
            (
                "Cinquante-deux travailleurs ont passé l'évaluation et quarante ont obtenu un certificat de sécurité. "
                "Quatorze ont été promus ou recrutés sur des postes qualifiés dans les six mois."
            ),
        ],
        "transferability": [
            (
                "L'évaluation peut être utilisée dans tous les métiers de la mer. Elle demande des formateurs formés à "
                "la validation des compétences et le soutien des employeurs, qui ouvrent leurs bateaux et leurs fermes "
                "pour les évaluations."
            ),
        ],
        "resources": [
            [
                "Une grille d'évaluation de dix tâches essentielles de la pêche et de l'aquaculture.",
                "Un glossaire du vocabulaire professionnel en grec, en anglais, en arabe et en bengali.",
            ],
        ],
    },
    "limburg-language-safety": {
        "title": "Formation linguistique et sécurité en situation de travail dans l'arboriculture flamande",
        "slug": "formation-langue-securite-arboriculture",
        "summary": (
            "Des réfugiés et d'autres nouveaux arrivants sont embauchés dans des exploitations fruitières avec un "
            "contrat de formation qui associe travail rémunéré, cours de néerlandais dans le verger et certificat de "
            "sécurité pour la conduite des machines."
        ),
        "region": "Province de Limbourg, région fruitière de la Hesbaye",
        "organisation": "Un fonds sectoriel de formation de l'horticulture avec le service public régional de l'emploi",
        "context": [
            (
                "Les arboriculteurs de Hesbaye ont besoin de main-d'œuvre bien au-delà de la cueillette, pour la "
                "taille, le tri et l'entretien. Les nouveaux arrivants en recherche d'emploi n'ont souvent ni le "
                "néerlandais ni la formation à la sécurité qu'attendent les employeurs."
            ),
        ],
        "approach": [
            (
                "Le service public de l'emploi sélectionne les candidats et le fonds de formation les met en relation "
                "avec un producteur. Le travailleur signe un contrat de formation de six mois au plus et il est payé "
                "dès le premier jour."
            ),
            [
                "Deux demi-journées par semaine de cours de néerlandais sur l'exploitation, avec le vocabulaire du "
                "métier.",
                "Un tuteur sur l'exploitation qui explique les tâches et fait le point chaque mois.",
                "Une formation menant à un certificat de conduite sûre des tracteurs et des chariots élévateurs.",
            ],
        ],
        "results": [
            (
                "Sur les 35 premiers stagiaires, 27 ont terminé le programme et 22 se sont vu proposer un contrat par "
                "leur producteur à la fin de la formation. Les employeurs signalent aussi moins d'accidents avec les "
                "machines."
            ),
        ],
        "transferability": [
            (
                "Des contrats de formation en entreprise existent dans de nombreux pays sous des noms différents. "
                "L'essentiel est d'amener l'enseignant de langue sur le lieu de travail et de rémunérer correctement "
                "les stagiaires."
            ),
        ],
        "resources": [
            [
                "Une liste illustrée de 300 mots du métier de l'arboriculture.",
                "Une fiche de suivi mensuelle remplie par les stagiaires et les tuteurs.",
            ],
        ],
    },
    "epirus-forestry-crews": {
        "title": "Des équipes forestières pour les réfugiés en Épire",
        "slug": "equipes-forestieres-refugies-epire",
        "summary": (
            "Une coopérative forestière embauche des réfugiés dans des équipes mixtes de prévention des incendies, "
            "avec une aide pour obtenir permis de travail, numéro fiscal et compte bancaire avant le début de la "
            "saison."
        ),
        "region": "Épire",
        "organisation": "Une coopérative forestière avec une agence municipale de développement et une association "
                        "d'aide aux réfugiés",
        "context": [
            (
                "Chaque été, les coopératives forestières d'Épire débroussaillent et entretiennent les pare-feu, mais "
                "trouvent de moins en moins de travailleurs locaux. Les réfugiés installés dans la région veulent "
                "travailler, mais se heurtent à de longues démarches administratives avant de pouvoir être embauchés."
            ),
        ],
        "approach": [
            (
                "Trois mois avant la saison, l'association d'aide aux réfugiés aide les candidats à obtenir les "
                "documents nécessaires. L'agence de développement organise une formation de deux semaines aux outils "
                "forestiers et à la sécurité."
            ),
            (
                "La coopérative forme ensuite des équipes mixtes de travailleurs locaux et réfugiés, chacune dirigée "
                "par un forestier expérimenté, et paie tout le monde selon la même grille de salaires."
            ),
        ],
        "results": [
            [
                "Trente réfugiés ont travaillé toute la saison dans six équipes mixtes.",
                "Tous ont obtenu un numéro fiscal et un compte bancaire, qu'ils gardent pour leurs futurs emplois.",
                "La coopérative a atteint ses objectifs d'entretien des pare-feu pour la première fois depuis trois "
                "ans.",
            ],
        ],
        "transferability": [
            (
                "Le modèle peut servir à d'autres travaux publics saisonniers. Sa réussite tient à des démarches "
                "engagées tôt et à des équipes mixtes, qui favorisent l'apprentissage de la langue et l'acceptation "
                "par la population locale."
            ),
        ],
        "resources": [
            [
                "Une liste des documents nécessaires avant l'embauche, avec les services à contacter.",
                "Un plan de formation aux outils forestiers et à la sécurité en dix séances.",
            ],
        ],
    },
}

TRAINING_MODULES = {
    "fair-recruitment": {
        "title": "Le recrutement équitable dans l'agriculture saisonnière",
        "slug": "recrutement-equitable-agriculture-saisonniere",
        "summary": (
            "Pour les agriculteurs et les coopératives qui embauchent des saisonniers : recruter sans intermédiaires "
            "qui font payer, rédiger une offre d'emploi claire et garder les travailleurs toute la saison."
        ),
        "learning_outcomes": [
            [
                "Expliquer pourquoi un travailleur ne doit jamais payer pour obtenir un emploi.",
                "Rédiger une offre d'emploi qui indique clairement le salaire, les horaires, le logement et le "
                "transport.",
                "Vérifier une agence de recrutement à l'aide d'une courte liste de signaux d'alerte.",
                "Préparer les premiers jours d'un nouveau travailleur sur l'exploitation.",
            ],
        ],
        "prerequisites": [
            "Aucun. Le module s'adresse aux employeurs et aux chefs d'exploitation sans formation en ressources "
            "humaines.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Ce que signifie un recrutement équitable",
                "text": [
                    (
                        "Un recrutement équitable signifie que les travailleurs sont embauchés par des voies légales, "
                        "connaissent leurs conditions avant d'accepter un emploi et ne paient personne pour l'obtenir. "
                        "Les frais de recrutement sont à la charge de l'employeur."
                    ),
                    [
                        "Le travailleur reçoit une offre écrite dans une langue qu'il comprend.",
                        "Aucun frais, aucune caution ni aucune dette n'est demandé au travailleur.",
                        "Le travailleur garde ses propres papiers d'identité.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Recruter sans frais : ce que nous disent les travailleurs",
                "transcript": (
                    "Trois travailleurs saisonniers racontent comment ils ont trouvé leur emploi, ce qu'ils payaient "
                    "autrefois aux intermédiaires et ce qui a changé quand leur employeur a commencé à recruter par le "
                    "centre local."
                ),
            },
            {
                "kind": "material",
                "title": "Liste de contrôle du recrutement équitable",
                "description": "Une liste de contrôle d'une page à utiliser avant, pendant et après l'embauche d'un "
                               "travailleur saisonnier.",
                "document": {
                    "title": "Liste de contrôle du recrutement équitable",
                    "lines": [
                        "Liste de contrôle du recrutement équitable",
                        "Avant l'embauche : rédigez l'offre avec le salaire, les horaires, le logement et le "
                        "transport.",
                        "Avant l'embauche : vérifiez que l'agence de recrutement est enregistrée et ne fait rien payer "
                        "aux travailleurs.",
                        "À l'embauche : remettez au travailleur un contrat écrit dans une langue qu'il comprend.",
                        "À l'embauche : ne gardez jamais le passeport ou la carte d'identité d'un travailleur.",
                        "Après l'embauche : payez les salaires à temps, par virement, avec une fiche de paie.",
                        "Après l'embauche : appelez le centre local pour l'emploi en cas de problème.",
                    ],
                },
            },
            {
                "kind": "exercise",
                "title": "Analyser une offre d'emploi",
                "instructions": [
                    (
                        "Lisez l'offre suivante : cueillette de pêches, début en juin, bon salaire, logement possible, "
                        "contacter M. K. pour le transport. Listez ce qui manque et réécrivez l'offre."
                    ),
                ],
                "feedback": [
                    [
                        "Les dates exactes et le nombre d'heures par jour et par semaine.",
                        "Le salaire horaire ou journalier avant et après retenues.",
                        "Le coût et les conditions du logement et du transport.",
                        "Le nom de l'employeur et un moyen de le contacter directement.",
                    ],
                ],
            },
        ],
    },
    "labour-rights-counsellors": {
        "title": "Droits du travail dans le secteur primaire : un module pour les conseillers en emploi",
        "slug": "droits-travail-secteur-primaire-conseillers",
        "summary": (
            "Pour les conseillers des centres pour l'emploi et des associations d'aide : les règles qui protègent les "
            "travailleurs de l'agriculture, de la pêche et de la sylviculture, et comment repérer et orienter les cas "
            "d'exploitation par le travail."
        ),
        "learning_outcomes": [
            [
                "Décrire les conditions minimales d'un contrat de travail saisonnier dans votre pays.",
                "Repérer les signes d'exploitation par le travail lors d'un entretien.",
                "Orienter un travailleur vers l'inspection du travail, un syndicat ou un service d'aide aux victimes.",
            ],
        ],
        "prerequisites": [
            "Une expérience du conseil aux demandeurs d'emploi, ou une formation d'initiation au conseil en emploi.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Contrats, salaire et temps de travail",
                "text": [
                    (
                        "Les travailleurs saisonniers ont droit au même salaire minimum, aux mêmes temps de repos et à "
                        "la même sécurité sociale que les autres. Les conventions collectives agricoles prévoient "
                        "souvent des salaires plus élevés et une majoration des heures supplémentaires."
                    ),
                    (
                        "Les travailleurs de pays tiers relevant de la directive sur les travailleurs saisonniers ont "
                        "aussi droit à un logement décent et, dans certains cas, à changer d'employeur."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Repérer les signes d'exploitation par le travail",
                "text": [
                    "Certains signes appellent un examen attentif et, souvent, une orientation :",
                    [
                        "Le travailleur n'a pas ses propres papiers d'identité.",
                        "Le salaire est versé à une autre personne, ou pas du tout.",
                        "Le travailleur doit de l'argent à la personne qui lui a trouvé l'emploi.",
                        "Le travailleur vit sur son lieu de travail et ne peut pas le quitter librement.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Le premier entretien d'un conseiller avec un travailleur saisonnier",
                "transcript": (
                    "Un jeu de rôle filmé dans un centre local : le conseiller accueille un travailleur, lui pose des "
                    "questions ouvertes sur son emploi et son logement, et lui explique l'aide que le centre peut "
                    "apporter, avec un interprète."
                ),
            },
            {
                "kind": "exercise",
                "title": "Étude de cas : un contrat qui change",
                "instructions": [
                    (
                        "Une femme vous dit qu'on lui avait promis huit heures par jour, mais qu'elle en travaille "
                        "onze et que son employeur retient une partie de son salaire pour le logement. Quelles "
                        "questions posez-vous et que faites-vous ensuite ?"
                    ),
                ],
                "feedback": [
                    (
                        "Interrogez-la sur son contrat, ses fiches de paie et la personne qui détient ses papiers. "
                        "Expliquez-lui ses droits, convenez avec elle de l'étape suivante et, avec son accord, "
                        "contactez l'inspection du travail ou un syndicat."
                    ),
                ],
            },
        ],
    },
    "first-job-farming": {
        "title": "Mon premier emploi agricole : droits, salaire et sécurité",
        "slug": "premier-emploi-agricole-droits-salaire-securite",
        "summary": (
            "Pour les personnes qui cherchent du travail dans les exploitations agricoles : ce que doit dire votre "
            "contrat, comment lire votre fiche de paie et comment vous protéger de la chaleur, des machines et des "
            "produits chimiques."
        ),
        "learning_outcomes": [
            [
                "Savoir ce que votre contrat doit contenir avant de le signer.",
                "Vérifier que votre fiche de paie correspond aux heures travaillées.",
                "Vous protéger des principaux risques du travail agricole.",
                "Savoir où demander de l'aide.",
            ],
        ],
        "prerequisites": [
            "Aucun. Les séances ont lieu avec des interprètes et utilisent des images plutôt que de longs textes.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Votre contrat et votre fiche de paie",
                "text": [
                    (
                        "Avant de commencer, demandez un contrat écrit. Il doit indiquer le nom de l'employeur, les "
                        "dates, les horaires, le salaire et les lieux où vous vivrez et travaillerez."
                    ),
                    (
                        "Chaque mois, vous devez recevoir une fiche de paie. Notez chaque jour vos heures de travail "
                        "pour pouvoir les comparer avec la fiche de paie."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Rester en sécurité : chaleur, machines et produits chimiques",
                "text": [
                    [
                        "Buvez souvent de l'eau et reposez-vous à l'ombre quand il fait très chaud.",
                        "N'utilisez jamais une machine dont on ne vous a pas montré le fonctionnement.",
                        "N'entrez pas dans un champ qui vient d'être traité et portez des gants pour manipuler les "
                        "produits chimiques.",
                        "Signalez tout accident, même léger, à votre responsable.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "La sécurité à la ferme en cinq minutes",
                "transcript": (
                    "Un court film sans paroles montre les principaux risques dans une exploitation et comment les "
                    "éviter : chaleur, tracteurs, échelles, outils tranchants et produits phytosanitaires."
                ),
            },
            {
                "kind": "exercise",
                "title": "Lire une fiche de paie",
                "instructions": [
                    (
                        "Regardez l'exemple de fiche de paie remis par votre formateur. Trouvez le nombre d'heures, le "
                        "salaire horaire, les retenues et le montant versé. Les heures correspondent-elles à celles de "
                        "votre carnet ?"
                    ),
                ],
                "feedback": [
                    (
                        "Si les heures ou le salaire ne correspondent pas, demandez d'abord à votre employeur. Si le "
                        "problème n'est pas réglé, le centre local pour l'emploi peut vous aider."
                    ),
                ],
            },
        ],
    },
    "employer-partnerships-fisheries": {
        "title": "Construire des partenariats avec les employeurs de la pêche et de l'aquaculture",
        "slug": "partenariats-employeurs-peche-aquaculture",
        "summary": (
            "Pour les centres pour l'emploi et les organisations d'employeurs : recenser les employeurs, construire "
            "des partenariats durables et suivre les placements pour que les travailleurs restent et progressent."
        ),
        "learning_outcomes": [
            [
                "Recenser les employeurs et les offres d'emploi de votre territoire.",
                "Convenir d'un plan de partenariat avec un employeur ou une organisation.",
                "Suivre un placement et agir tôt en cas de difficulté.",
            ],
        ],
        "prerequisites": [
            "Une expérience du placement ou des ressources humaines.",
            "Il est conseillé d'avoir suivi le module sur les droits du travail dans le secteur primaire.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Recenser les employeurs et les offres d'emploi",
                "text": [
                    (
                        "Commencez par une liste des entreprises de pêche, des fermes aquacoles et des usines de "
                        "transformation de votre territoire. Notez leur taille, leurs pics saisonniers, les postes "
                        "difficiles à pourvoir et qui décide des embauches."
                    ),
                    (
                        "Les associations de pêcheurs, les autorités portuaires et le service public de l'emploi "
                        "peuvent vous aider à compléter la liste et à établir le premier contact."
                    ),
                ],
            },
            {
                "kind": "exercise",
                "title": "Établir un plan de partenariat",
                "instructions": [
                    (
                        "Choisissez un employeur de votre liste. Rédigez un plan d'une page : ce dont l'employeur a "
                        "besoin, ce que le centre propose, qui fait quoi et comment vous mesurerez la réussite après "
                        "six mois."
                    ),
                ],
                "feedback": [
                    [
                        "Des besoins exprimés en chiffres et en dates.",
                        "Une personne de contact nommée de chaque côté.",
                        "Au moins un engagement sur les conditions de travail.",
                        "Deux ou trois indicateurs, comme le nombre de travailleurs placés et toujours en poste après "
                        "trois mois.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Table ronde : employeurs et centres travaillent ensemble",
                "transcript": (
                    "Enregistrée lors d'un événement de mise en réseau en 2025 : une responsable de ferme aquacole, "
                    "une association de pêcheurs et un conseiller en emploi discutent de ce qui fait réussir ou "
                    "échouer un partenariat."
                ),
            },
            {
                "kind": "text",
                "title": "Après le placement : suivi et fidélisation",
                "text": [
                    (
                        "Appelez le travailleur et l'employeur après la première semaine et après le premier mois. La "
                        "plupart des problèmes qui poussent les travailleurs à partir, comme le logement, le transport "
                        "ou un malentendu sur le salaire, peuvent être réglés s'ils sont connus tôt."
                    ),
                ],
            },
            {
                "kind": "material",
                "title": "Modèle de plan de partenariat",
                "description": "Un modèle à remplir avec un employeur, avec des exemples d'engagements et "
                               "d'indicateurs.",
                "document": {
                    "title": "Modèle de plan de partenariat",
                    "lines": [
                        "Modèle de plan de partenariat",
                        "Employeur : nom, secteur, personne de contact.",
                        "Besoins : postes, nombre de travailleurs, dates, compétences requises.",
                        "Offre du centre : présélection, information, interprétariat, suivi.",
                        "Engagements sur les conditions de travail : contrat, salaire, logement, formation.",
                        "Indicateurs à six mois : travailleurs placés, travailleurs toujours en poste, problèmes "
                        "résolus.",
                    ],
                },
            },
        ],
    },
}

NEWSLETTERS = {
    "issue-1": {
        "title": "Numéro 1 : le réseau se réunit à Chypre",
        "slug": "numero-1",
        "intro": (
            "Bienvenue dans la première lettre d'information de Primacenters. Dans ce numéro : notre premier événement "
            "de mise en réseau à Chypre, la façon dont les centres locaux recensent les offres d'emploi et les "
            "événements prévus ce printemps."
        ),
        "highlights": [
            {
                "title": "Événement de mise en réseau à Chypre",
                "text": [
                    (
                        "Le 31 mars 2025, CARDET a réuni des conseillers en emploi, des employeurs de l'agriculture et "
                        "de la pêche et des associations de migrants. Les participants ont décrit la façon dont les "
                        "travailleurs sont recrutés aujourd'hui et ce que le centre local peut changer."
                    ),
                ],
                "key_takeaways": [
                    "Les employeurs veulent un interlocuteur unique pour le recrutement.",
                    "Le soutien linguistique est nécessaire sur le lieu de travail, pas seulement en classe.",
                    "Les associations de migrants sont essentielles pour atteindre les demandeurs d'emploi.",
                ],
            },
            {
                "title": "Recenser les offres d'emploi avec les employeurs",
                "text": [
                    (
                        "Avant toute mise en relation, chaque centre local recense les employeurs de son territoire et "
                        "leurs besoins saisonniers. Dans le Péloponnèse, les conseillers ont rendu visite aux "
                        "producteurs d'olives et d'agrumes avant la récolte pour recueillir les offres et vérifier les "
                        "conditions de travail."
                    ),
                ],
                "key_takeaways": [
                    "Les visites avant la saison créent la confiance avec les producteurs.",
                    "Un formulaire d'offre commun permet de comparer plus facilement les offres.",
                ],
            },
        ],
        "next_steps": [
            "Au programme des prochaines semaines :",
            [
                "Des tables rondes en Sicile les 22 et 23 mai 2025.",
                "Un événement de mise en réseau en ligne depuis Bruxelles le 28 mai 2025.",
                "Un événement de mise en réseau dans le Péloponnèse le 2 juin 2025.",
            ],
        ],
    },
    "issue-2": {
        "title": "Numéro 2 : les enseignements de la Sicile, de Bruxelles et du Péloponnèse",
        "slug": "numero-2",
        "intro": (
            "Trois événements de mise en réseau en deux semaines : des tables rondes en Sicile, une rencontre en ligne "
            "depuis Bruxelles et un événement régional dans le Péloponnèse. Voici ce que nous avons appris et la suite."
        ),
        "highlights": [
            {
                "title": "Tables rondes en Sicile",
                "text": [
                    (
                        "Les 22 et 23 mai 2025, LAND Impresa Sociale a accueilli deux jours de tables rondes avec des "
                        "producteurs, des syndicats, des communes et des travailleurs migrants. Les échanges ont porté "
                        "sur le transport, le logement et la lutte contre les intermédiaires illégaux."
                    ),
                ],
                "key_takeaways": [
                    "Le transport vers les champs est la première condition d'un recrutement équitable.",
                    "Les communes peuvent aider les travailleurs à déclarer leur résidence.",
                    "Le travail saisonnier doit mener à des emplois stables, pas à une impasse.",
                ],
            },
            {
                "title": "Événement de mise en réseau en ligne depuis Bruxelles",
                "text": [
                    (
                        "Le 28 mai 2025, HEADWAY a organisé depuis Bruxelles un événement en ligne avec 42 "
                        "participants issus de services de l'emploi, d'organisations d'employeurs et de la société "
                        "civile de plusieurs pays."
                    ),
                ],
                "key_takeaways": [
                    "Les bonnes pratiques se transmettent bien lorsqu'elles s'accompagnent de contacts et de "
                    "documents.",
                    "Les professionnels veulent des modules de formation courts à suivre à leur rythme.",
                ],
            },
            {
                "title": "Événement de mise en réseau dans le Péloponnèse",
                "text": [
                    (
                        "Le 2 juin 2025, la Région du Péloponnèse et KMOP ont rencontré des producteurs, des "
                        "coopératives et des services publics pour faire le bilan de la première saison de récolte "
                        "avec le centre local et préparer la suivante."
                    ),
                ],
                "key_takeaways": [
                    "Les contrats écrits ont aidé à garder les travailleurs toute la saison.",
                    "Les producteurs ont demandé à planifier plus tôt le logement des travailleurs.",
                ],
            },
        ],
        "next_steps": [
            "Dans les prochains mois, les partenaires vont :",
            [
                "Publier de nouvelles bonnes pratiques des cinq pays.",
                "Ouvrir les premiers modules de formation pour les conseillers, les employeurs et les demandeurs "
                "d'emploi.",
                "Préparer la saison d'automne avec les centres locaux.",
            ],
        ],
    },
}

PRESS_RELEASES = {
    "cyprus-networking": {
        "title": "Employeurs et conseillers se réunissent à Chypre pour améliorer le recrutement dans le secteur "
                 "primaire",
        "slug": "employeurs-conseillers-reunis-chypre",
        "subtitle": "Le premier événement de mise en réseau de Primacenters a réuni employeurs, services publics et "
                    "société civile",
        "summary": (
            "Le 31 mars 2025, le projet Primacenters a tenu à Chypre son premier événement de mise en réseau, consacré "
            "au recrutement équitable des travailleurs migrants dans l'agriculture et la pêche."
        ),
        "dateline_city": "Nicosie",
        "body": [
            ("paragraph", (
                "Des conseillers en emploi, des employeurs de l'agriculture et de la pêche, des services publics et "
                "des associations de migrants se sont réunis à Chypre le 31 mars 2025 à l'invitation de CARDET, "
                "partenaire du projet Primacenters."
            )),
            ("paragraph", (
                "Les participants ont examiné la façon dont les travailleurs saisonniers et permanents sont recrutés "
                "aujourd'hui, les difficultés des employeurs à trouver du personnel et les obstacles que rencontrent "
                "les travailleurs migrants, de la langue à la reconnaissance de leurs compétences."
            )),
            ("heading", "Un centre local comme interlocuteur unique"),
            ("paragraph", (
                "Les employeurs ont demandé un interlocuteur unique capable de présélectionner les candidats, "
                "d'expliquer les règles et de suivre les placements. C'est le rôle des centres locaux pour l'emploi "
                "que le projet met en place dans cinq pays."
            )),
            ("quote", (
                "Employeurs et travailleurs veulent la même chose : des règles claires, un contrat équitable et "
                "quelqu'un à appeler en cas de problème."
            ), "Conseillère en emploi, Chypre"),
            ("paragraph", (
                "Primacenters est coordonné par KMOP avec CARDET, LAND Impresa Sociale, HEADWAY et la Région du "
                "Péloponnèse, et cofinancé par l'Union européenne."
            )),
        ],
        "media_contact": [
            "Équipe de communication du projet Primacenters",
            "Courriel : press@primacenters.example",
        ],
    },
    "brussels-online-event": {
        "title": "Renforcer l'intégration des travailleurs migrants dans le secteur primaire",
        "slug": "renforcer-integration",
        "subtitle": "42 participants de toute l'Europe ont pris part à l'événement de mise en réseau en ligne organisé "
                    "depuis Bruxelles",
        "summary": (
            "Le 28 mai 2025, des professionnels, des employeurs et des organisations de la société civile ont partagé "
            "de bonnes pratiques pour un travail décent des migrant·es dans l'agriculture, la pêche et la sylviculture."
        ),
        "dateline_city": "Bruxelles",
        "body": [
            ("paragraph", (
                "HEADWAY a organisé depuis Bruxelles, le 28 mai 2025, l'événement de mise en réseau en ligne du projet "
                "Primacenters. Quarante-deux participants de services de l'emploi, d'organisations d'employeurs, de "
                "syndicats et de la société civile y ont pris part."
            )),
            ("paragraph", (
                "Les intervenants ont présenté des pratiques des pays partenaires, du mentorat entre pairs pour les "
                "travailleuses saisonnières à la formation linguistique en situation de travail dans l'arboriculture, "
                "et ont discuté de la manière de les adapter dans d'autres régions."
            )),
            ("heading", "Des pratiques qui voyagent"),
            ("paragraph", (
                "Les participants ont convenu qu'une bonne pratique est plus facile à reprendre lorsqu'elle est "
                "accompagnée de ses documents, de ses coûts et d'une personne à contacter. Le projet publie ses bonnes "
                "pratiques et ses modules de formation sur ce portail, en six langues."
            )),
            ("quote", (
                "Ce qui fonctionne dans une région peut être adapté dans une autre, si l'on prend le temps de "
                "comprendre pourquoi cela fonctionne."
            ), "Participante à l'événement en ligne"),
            ("paragraph", (
                "L'événement faisait suite aux tables rondes organisées en Sicile les 22 et 23 mai et précède un "
                "événement de mise en réseau dans le Péloponnèse le 2 juin 2025."
            )),
        ],
        "media_contact": [
            "Équipe de communication du projet Primacenters",
            "Courriel : press@primacenters.example",
        ],
    },
    "peloponnese-event": {
        "title": "Le Péloponnèse dresse le bilan de sa première saison de récolte avec un centre local pour l'emploi",
        "slug": "peloponnese-bilan-premiere-saison-recolte",
        "subtitle": "Producteurs, coopératives et services publics se sont réunis pour préparer un recrutement plus "
                    "équitable la saison prochaine",
        "summary": (
            "Le 2 juin 2025, la Région du Péloponnèse et KMOP ont présenté les résultats de la première saison de mise "
            "en relation des travailleurs migrants avec les producteurs d'olives et d'agrumes."
        ),
        "dateline_city": "Tripoli",
        "body": [
            ("paragraph", (
                "La Région du Péloponnèse et KMOP, coordinateur du projet Primacenters, ont organisé le 2 juin 2025 un "
                "événement de mise en réseau avec des producteurs, des coopératives agricoles, des services publics et "
                "des associations d'aide aux migrants."
            )),
            ("paragraph", (
                "Le centre local pour l'emploi a présenté sa première saison : des offres d'emploi recueillies avant "
                "la récolte, des candidats informés de leurs droits dans leur langue et un contrat écrit pour chaque "
                "placement."
            )),
            ("heading", "Préparer la prochaine saison plus tôt"),
            ("paragraph", (
                "Producteurs et coopératives ont demandé à commencer la planification dès l'été, en particulier pour "
                "le logement et le transport des travailleurs, et à étendre le service à d'autres cultures."
            )),
            ("quote", (
                "Un travailleur qui connaît les conditions avant d'arriver reste jusqu'à la fin de la récolte."
            ), "Oléiculteur, Messénie"),
            ("paragraph", (
                "Cet événement clôt la série d'événements de mise en réseau organisés par le projet au printemps 2025, "
                "après Chypre, la Sicile et la rencontre en ligne depuis Bruxelles."
            )),
        ],
        "media_contact": [
            "Équipe de communication du projet Primacenters",
            "Courriel : press@primacenters.example",
        ],
    },
}

GENERATED = {
    "good_practice": {
        "title": "Exemple de bonne pratique {n}",
        "slug": "exemple-pratique-{n}",
        "summary": "Une bonne pratique générée pour mesurer le portail avec de nombreuses pages.",
        "text": "Cette pratique a été générée pour tester les listes, les filtres et la recherche avec de nombreuses "
                "pages.",
    },
    "training_module": {
        "title": "Exemple de module de formation {n}",
        "slug": "exemple-module-{n}",
        "summary": "Un module de formation généré pour mesurer le portail avec de nombreuses pages.",
        "text": "Ce module a été généré pour tester les listes, les filtres et la recherche avec de nombreuses pages.",
        "unit_title": "Exemple d'unité",
    },
    "newsletter": {
        "title": "Exemple de lettre d'information {n}",
        "slug": "exemple-lettre-{n}",
        "summary": "Un numéro de lettre d'information généré pour mesurer le portail avec de nombreuses pages.",
        "text": "Ce numéro a été généré pour tester les archives et la recherche avec de nombreuses pages.",
    },
    "press_release": {
        "title": "Exemple de communiqué de presse {n}",
        "slug": "exemple-communique-{n}",
        "summary": "Un communiqué de presse généré pour mesurer le portail avec de nombreuses pages.",
        "text": "Ce communiqué a été généré pour tester l'espace presse et la recherche avec de nombreuses pages.",
        "city": "Athènes",
    },
}
