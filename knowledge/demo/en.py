"""Knowledge demo content in English, written for Primacenters Portal.

The other languages mirror this module exactly: the same keys, the same number of items in the same order. Texts
are paired with their English originals by position (knowledge.demo.seed.pairs). Rich text is a list whose items
are paragraphs (a string) or bulleted lists (a list of strings), so that each translatable segment is a whole
paragraph or list item. Facts that are the same in every language (dates, codes, tags, addresses) appear only here,
under "facts", "url", "country" and "date".
"""

import datetime

D = datetime.date

INDEXES = {
    "good_practices": {
        "title": "Good practices",
        "slug": "good-practices",
        "intro": (
            "Practices from Belgium, Greece, Spain, Italy and Cyprus that help migrant women and men find and keep "
            "decent work in agriculture, fisheries and forestry. Each one explains its context, approach and results, "
            "and what it takes to adapt it elsewhere."
        ),
    },
    "training": {
        "title": "Training",
        "slug": "training",
        "intro": (
            "Short training modules for employment counsellors, employers and job seekers. Work through the units at "
            "your own pace: your progress is kept in this browser, and you can print a certificate at the end."
        ),
    },
    "newsletters": {
        "title": "Newsletter",
        "slug": "newsletter",
        "intro": (
            "News from the network of local employment centres: events, lessons learnt and what comes next. Subscribe "
            "to receive each issue by email in your language."
        ),
    },
    "press": {
        "title": "Press room",
        "slug": "press",
        "intro": (
            "Press releases of the Primacenters project, with contacts for journalists. Releases may be quoted freely "
            "with mention of the source."
        ),
    },
}

GOOD_PRACTICES = {
    "peloponnese-job-matching": {
        "title": "Seasonal job matching through a local employment centre in the Peloponnese",
        "slug": "seasonal-job-matching-peloponnese",
        "summary": (
            "A local centre matches olive and citrus growers with migrant workers before each harvest, checks that "
            "every offer comes with a written contract, and stays in touch with both sides during the season."
        ),
        "region": "Messinia, Peloponnese",
        "organisation": "Primacenters local centre of the Region of Peloponnese, with KMOP",
        "context": [
            (
                "Olive and citrus farms in Messinia need many extra workers for a few weeks each year. Most of them "
                "are migrants who find work by word of mouth, often without a contract and with no say over their "
                "accommodation or transport."
            ),
            (
                "Growers, for their part, struggle to plan the harvest: workers arrive late or leave for better paid "
                "work halfway through the season."
            ),
        ],
        "approach": [
            (
                "Two months before the harvest, the centre visits growers and cooperatives to record their needs: "
                "dates, number of workers, pay, housing and transport."
            ),
            [
                "Each job offer is checked against the collective agreement before it is published.",
                "Job seekers are interviewed in their own language and told about their rights and the offer.",
                "A counsellor calls workers and growers in the second week of the season to solve problems early.",
            ],
        ],
        "results": [
            (
                "In its first season the centre recorded offers from 38 growers and placed 126 workers, all with a "
                "written contract. Two in three workers finished the season with the same employer."
            ),
            [
                "Fewer workers left before the end of the harvest.",
                "Growers asked the centre to help them again for the next season.",
            ],
        ],
        "transferability": [
            (
                "The approach suits any area with a short, predictable peak of seasonal work. It needs a counsellor "
                "who knows the farms, interpreters for the main languages and a good relationship with the local "
                "labour inspectorate."
            ),
        ],
        "resources": [
            [
                "A job offer form covering pay, working hours, housing and transport.",
                "A one-page summary of seasonal workers' rights in six languages.",
                "A calendar of harvest periods drawn up with local cooperatives.",
            ],
        ],
        "facts": {
            "date": D(2025, 6, 10),
            "countries": ["GR"],
            "sectors": ["agriculture", "agri-food"],
            "target_groups": ["migrant-workers", "employers", "employment-services"],
            "period": (D(2024, 10, 1), D(2025, 6, 30)),
            "tags": ["job matching", "seasonal work", "employer engagement"],
        },
    },
    "sicily-transport-housing": {
        "title": "Safe transport and decent housing for farmworkers in Sicily",
        "slug": "safe-transport-housing-sicily",
        "summary": (
            "A social cooperative, local growers and the municipality run a daily shuttle to the greenhouses and a "
            "small network of rented homes, so that workers no longer depend on illegal intermediaries."
        ),
        "region": "Province of Ragusa, Sicily",
        "organisation": "A social cooperative working with local growers and the municipality",
        "context": [
            (
                "Thousands of migrant workers grow vegetables in the greenhouses of the Ragusa coast all year round. "
                "Many live in isolated farm buildings and pay illegal intermediaries for a daily ride to work, which "
                "keeps them dependent and exposed to exploitation."
            ),
        ],
        "approach": [
            (
                "The cooperative runs a shuttle service on fixed routes between the villages and the main greenhouse "
                "areas. Growers who join the scheme pay part of the cost and commit to regular contracts."
            ),
            (
                "At the same time, the cooperative rents apartments in the villages and sublets them to workers at a "
                "fair price, with a tenancy contract that allows them to register their residence."
            ),
            [
                "Shuttles leave early in the morning and return after the end of the working day.",
                "Tenants receive help with residence registration and access to health care.",
                "A weekly help desk answers questions about pay slips and contracts.",
            ],
        ],
        "results": [
            (
                "Over two years, around 180 workers used the shuttle regularly and 46 people moved into rented homes. "
                "Several of them were able to renew their residence permit thanks to a registered address."
            ),
        ],
        "transferability": [
            (
                "The scheme can be adapted wherever workers live far from the fields. It depends on a municipality "
                "willing to act as guarantor and on growers who accept to share the transport costs."
            ),
        ],
        "resources": [
            [
                "A model agreement between growers and the transport provider.",
                "A template tenancy contract with house rules translated into five languages.",
            ],
        ],
        "facts": {
            "date": D(2025, 5, 26),
            "countries": ["IT"],
            "sectors": ["agriculture"],
            "target_groups": ["migrant-workers", "asylum-seekers-refugees", "civil-society"],
            "period": (D(2023, 3, 1), D(2025, 2, 28)),
            "tags": ["housing", "transport", "labour exploitation"],
        },
    },
    "huelva-peer-mentoring": {
        "title": "Peer mentoring for women seasonal workers in Andalusia",
        "slug": "peer-mentoring-women-andalusia",
        "summary": (
            "Experienced women farmworkers welcome and accompany newly arrived women during the berry season, with "
            "information on rights, health and childcare in their own language."
        ),
        "region": "Province of Huelva, Andalusia",
        "organisation": "An association of women farmworkers with two berry cooperatives",
        "context": [
            (
                "Every spring, thousands of women come to Huelva to pick strawberries and other berries, many of them "
                "for the first time. They often live on the farms, far from services, and rarely know where to turn if "
                "something goes wrong."
            ),
        ],
        "approach": [
            (
                "The association trains women who have worked several seasons to become peer mentors. Each mentor "
                "follows a small group of newcomers from arrival to departure."
            ),
            [
                "A welcome meeting on the farm in the first week, with the cooperative's agreement.",
                "Information sessions on contracts, pay, health and protection against harassment.",
                "A telephone line answered by mentors in Arabic, Romanian, Spanish and French.",
                "Referral to health centres, social services and, where needed, the labour inspectorate.",
            ],
        ],
        "results": [
            (
                "Twenty-four mentors accompanied more than 300 women during the season. Women reported feeling less "
                "isolated, and the cooperatives used their feedback to improve accommodation and working hours."
            ),
        ],
        "transferability": [
            (
                "Peer mentoring works well where many workers arrive at the same time and share a language. Mentors "
                "need training, fair pay for their time and a clear procedure for serious cases."
            ),
        ],
        "resources": [
            [
                "A training programme for peer mentors in four sessions.",
                "A pocket guide on rights and services for women seasonal workers.",
            ],
        ],
        "facts": {
            "date": D(2025, 3, 12),
            "countries": ["ES"],
            "sectors": ["agriculture", "agri-food"],
            "target_groups": ["women-migrants", "employers"],
            "period": (D(2024, 1, 15), D(2024, 12, 20)),
            "tags": ["women", "mentoring", "rights information"],
        },
    },
    "cyprus-fishers-skills": {
        "title": "Recognising the skills of migrant fishers and fish farm workers in Cyprus",
        "slug": "skills-recognition-fishers-cyprus",
        "summary": (
            "A practical skills assessment, workplace Greek lessons and safety certification help experienced migrant "
            "fishers move from unskilled jobs to recognised positions on boats and fish farms."
        ),
        "region": "Larnaca District",
        "organisation": "A vocational training centre with an association of fish farmers",
        "context": [
            (
                "Many migrant workers in Cypriot fisheries and aquaculture have years of experience at sea, but no "
                "papers to prove it. They remain in the lowest paid jobs while employers struggle to find skilled "
                "staff."
            ),
        ],
        "approach": [
            (
                "Workers are invited to a practical assessment on a boat or a fish farm, led by an experienced "
                "instructor with an interpreter. The skills observed are recorded in a portfolio."
            ),
            [
                "Handling nets, lines and fish safely.",
                "Feeding, monitoring and harvesting fish in cages.",
                "Basic maintenance of engines and equipment.",
            ],
            (
                "Workers then attend sixty hours of Greek for the workplace and a certified course on safety at sea."
            ),
        ],
        "results": [
            (
                "Fifty-two workers completed the assessment and forty received a safety certificate. Fourteen were "
                "promoted or hired for skilled positions within six months."
            ),
        ],
        "transferability": [
            (
                "The assessment can be used in any maritime sector. It requires instructors trained in skills "
                "validation and the support of employers, who open their boats and farms for the assessments."
            ),
        ],
        "resources": [
            [
                "An assessment grid for ten core tasks in fisheries and aquaculture.",
                "A glossary of workplace words in Greek, English, Arabic and Bengali.",
            ],
        ],
        "facts": {
            "date": D(2025, 4, 2),
            "countries": ["CY"],
            "sectors": ["fisheries", "aquaculture"],
            "target_groups": ["migrant-workers", "employment-services"],
            "period": (D(2024, 4, 1), D(2025, 3, 31)),
            "tags": ["skills validation", "language learning", "occupational safety"],
        },
    },
    "limburg-language-safety": {
        "title": "Language and safety training on the job in Flemish fruit growing",
        "slug": "language-safety-training-fruit-growing",
        "summary": (
            "Refugees and other newcomers are hired on fruit farms with a training contract that combines paid work, "
            "Dutch lessons in the orchard and a safety certificate for working with machines."
        ),
        "region": "Province of Limburg, Haspengouw fruit region",
        "organisation": "A sectoral training fund for horticulture with the regional public employment service",
        "context": [
            (
                "Fruit growers in Haspengouw need workers well beyond the picking season, for pruning, sorting and "
                "maintenance. Newcomers who are looking for work often lack the Dutch and the safety training that "
                "employers expect."
            ),
        ],
        "approach": [
            (
                "The public employment service selects candidates and the training fund matches them with a grower. "
                "The worker signs a training contract of up to six months and is paid from the first day."
            ),
            [
                "Two half-days a week of Dutch lessons given on the farm, using the words of the job.",
                "A mentor on the farm who explains tasks and checks progress every month.",
                "A course leading to a certificate for driving tractors and forklifts safely.",
            ],
        ],
        "results": [
            (
                "Of the first 35 trainees, 27 completed the programme and 22 were offered a contract by their grower "
                "at the end of the training. Employers also reported fewer accidents with machines."
            ),
        ],
        "transferability": [
            (
                "On-the-job training contracts exist in many countries under different names. The key is to bring the "
                "language teacher to the workplace and to pay trainees fairly."
            ),
        ],
        "resources": [
            [
                "A list of 300 workplace words for fruit growing with pictures.",
                "A monthly progress sheet used by trainees and mentors.",
            ],
        ],
        "facts": {
            "date": D(2025, 5, 30),
            "countries": ["BE"],
            "sectors": ["agriculture", "agri-food"],
            "target_groups": ["migrant-workers", "asylum-seekers-refugees", "employers"],
            "period": (D(2023, 9, 1), None),
            "tags": ["language learning", "occupational safety", "on-the-job training"],
        },
    },
    "epirus-forestry-crews": {
        "title": "Forestry work crews for refugees in Epirus",
        "slug": "forestry-work-crews-epirus",
        "summary": (
            "A forest cooperative hires refugees in mixed crews for wildfire prevention work, with help to obtain work "
            "permits, tax numbers and bank accounts before the season starts."
        ),
        "region": "Epirus",
        "organisation": "A forest cooperative with a municipal development agency and a refugee support organisation",
        "context": [
            (
                "Forest cooperatives in Epirus clear undergrowth and maintain firebreaks every summer, but find fewer "
                "and fewer local workers. Refugees living in the region want to work but face long administrative "
                "procedures before they can be hired."
            ),
        ],
        "approach": [
            (
                "Three months before the season, the refugee support organisation helps candidates obtain the "
                "documents they need. The development agency organises a two-week course on forestry tools and safety."
            ),
            (
                "The cooperative then forms mixed crews of local and refugee workers, each led by an experienced "
                "forester, and pays everyone according to the same wage scale."
            ),
        ],
        "results": [
            [
                "Thirty refugees worked the full season in six mixed crews.",
                "All of them obtained a tax number and a bank account, which they keep for future jobs.",
                "The cooperative met its targets for firebreak maintenance for the first time in three years.",
            ],
        ],
        "transferability": [
            (
                "The model can be used for other seasonal public works. Its success depends on starting the paperwork "
                "early and on mixed teams, which help with language learning and acceptance by the local community."
            ),
        ],
        "resources": [
            [
                "A checklist of documents needed before hiring, with the offices to contact.",
                "A course plan for forestry tools and safety in ten sessions.",
            ],
        ],
        "facts": {
            "date": D(2025, 2, 18),
            "countries": ["GR"],
            "sectors": ["forestry"],
            "target_groups": ["asylum-seekers-refugees", "employment-services", "civil-society"],
            "period": (D(2024, 5, 1), D(2024, 10, 31)),
            "tags": ["forestry", "green jobs", "work permits"],
        },
    },
}

TRAINING_MODULES = {
    "fair-recruitment": {
        "title": "Fair recruitment in seasonal agriculture",
        "slug": "fair-recruitment-seasonal-agriculture",
        "summary": (
            "For farmers and cooperatives who hire seasonal workers: how to recruit without intermediaries who charge "
            "fees, write a clear job offer and keep workers for the whole season."
        ),
        "learning_outcomes": [
            [
                "Explain why workers should never pay to get a job.",
                "Write a job offer that states pay, hours, housing and transport clearly.",
                "Check a recruitment agency against a short list of warning signs.",
                "Plan the first days of a new worker on the farm.",
            ],
        ],
        "prerequisites": [
            "None. The module is meant for employers and farm managers with no training in human resources.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "What fair recruitment means",
                "text": [
                    (
                        "Fair recruitment means that workers are hired through legal channels, know their conditions "
                        "before they accept a job and pay no fee to anyone to get it. The employer bears the costs of "
                        "recruitment."
                    ),
                    [
                        "The worker receives a written offer in a language they understand.",
                        "No fee, deposit or debt is asked of the worker.",
                        "The worker keeps their own identity documents.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Recruitment without fees: what workers tell us",
                "transcript": (
                    "Three seasonal workers explain how they found their jobs, what they paid to intermediaries in the "
                    "past, and what changed when their employer started to recruit through the local centre."
                ),
                "url": "https://www.youtube.com/watch?v=Z6mRBO1ZtAE",
            },
            {
                "kind": "material",
                "title": "Fair recruitment checklist",
                "description": "A one-page checklist to use before, during and after hiring a seasonal worker.",
                "document": {
                    "title": "Fair recruitment checklist",
                    "lines": [
                        "Fair recruitment checklist",
                        "Before hiring: write the job offer with pay, hours, housing and transport.",
                        "Before hiring: check that the recruitment agency is registered and charges workers nothing.",
                        "When hiring: give the worker a written contract in a language they understand.",
                        "When hiring: never keep a worker's passport or identity card.",
                        "After hiring: pay wages on time, by bank transfer, with a pay slip.",
                        "After hiring: call the local employment centre if a problem arises.",
                    ],
                },
            },
            {
                "kind": "exercise",
                "title": "Review a job offer",
                "instructions": [
                    (
                        "Read the following job offer: picking peaches, start in June, good pay, housing available, "
                        "contact Mr K. for transport. List what is missing and rewrite the offer."
                    ),
                ],
                "feedback": [
                    [
                        "The exact dates and the number of hours per day and per week.",
                        "The hourly or daily wage before and after deductions.",
                        "The cost and conditions of housing and transport.",
                        "The name of the employer and a way to contact them directly.",
                    ],
                ],
            },
        ],
        "facts": {
            "date": D(2025, 4, 20),
            "audience": ["employers"],
            "level": "introductory",
            "format": "self-paced",
            "duration_hours": "3.0",
            "sectors": ["agriculture", "agri-food"],
            "related": ["peloponnese-job-matching", "huelva-peer-mentoring"],
        },
    },
    "labour-rights-counsellors": {
        "title": "Labour rights in the primary sector: a module for employment counsellors",
        "slug": "labour-rights-primary-sector-counsellors",
        "summary": (
            "For counsellors of employment centres and support organisations: the rules that protect workers in "
            "agriculture, fisheries and forestry, and how to recognise and refer cases of labour exploitation."
        ),
        "learning_outcomes": [
            [
                "Describe the minimum conditions of a seasonal work contract in your country.",
                "Recognise the signs of labour exploitation during an interview.",
                "Refer a worker to the labour inspectorate, a trade union or a victim support service.",
            ],
        ],
        "prerequisites": [
            "Experience in advising job seekers, or completion of an introductory course on employment counselling.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Contracts, pay and working time",
                "text": [
                    (
                        "Seasonal workers are entitled to the same minimum wage, rest periods and social security as "
                        "other workers. Collective agreements in agriculture often set higher wages and extra pay for "
                        "overtime."
                    ),
                    (
                        "Workers from outside the European Union who come under the Seasonal Workers Directive also "
                        "have the right to decent accommodation and to change employer in certain cases."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Recognising signs of labour exploitation",
                "text": [
                    "Some signs call for a closer look and, often, a referral:",
                    [
                        "The worker does not hold their own identity documents.",
                        "Wages are paid to a third person, or not at all.",
                        "The worker owes money to the person who found them the job.",
                        "The worker lives where they work and cannot leave freely.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "A counsellor's first interview with a seasonal worker",
                "transcript": (
                    "A role play filmed at a local centre: the counsellor welcomes a worker, asks open questions about "
                    "their job and housing, and explains what support the centre can offer, with an interpreter."
                ),
                "url": "https://www.youtube.com/watch?v=Lp8wJ3vT5kQ",
            },
            {
                "kind": "exercise",
                "title": "Case study: a contract that changes",
                "instructions": [
                    (
                        "A woman tells you that she was promised eight hours a day, but works eleven, and that her "
                        "employer keeps part of her wage for housing. What questions do you ask, and what do you do "
                        "next?"
                    ),
                ],
                "feedback": [
                    (
                        "Ask about her contract, her pay slips and who holds her documents. Explain her rights, agree "
                        "with her on the next step and, with her consent, contact the labour inspectorate or a trade "
                        "union."
                    ),
                ],
            },
        ],
        "facts": {
            "date": D(2025, 5, 15),
            "audience": ["professionals"],
            "level": "intermediate",
            "format": "live-online",
            "duration_hours": "6.0",
            "sectors": ["agriculture", "fisheries", "forestry"],
            "related": ["sicily-transport-housing", "epirus-forestry-crews"],
        },
    },
    "first-job-farming": {
        "title": "Your first job in farming: rights, pay and safety",
        "slug": "first-job-farming-rights-pay-safety",
        "summary": (
            "For people looking for work on farms: what your contract should say, how to read your pay slip and how to "
            "protect yourself from heat, machines and chemicals."
        ),
        "learning_outcomes": [
            [
                "Know what your contract must contain before you sign it.",
                "Check that your pay slip matches the hours you worked.",
                "Protect yourself from the main risks of farm work.",
                "Know where to ask for help.",
            ],
        ],
        "prerequisites": [
            "None. The sessions are given with interpreters and use pictures rather than long texts.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Your contract and your pay slip",
                "text": [
                    (
                        "Before you start, ask for a written contract. It must show the name of the employer, the "
                        "dates, the hours, the wage and where you will live and work."
                    ),
                    (
                        "Every month you should receive a pay slip. Keep a note of the hours you work every day, so "
                        "that you can compare them with the pay slip."
                    ),
                ],
            },
            {
                "kind": "text",
                "title": "Staying safe: heat, machines and chemicals",
                "text": [
                    [
                        "Drink water often and rest in the shade when it is very hot.",
                        "Never use a machine you have not been shown how to use.",
                        "Do not enter a field that has just been sprayed, and wear gloves when you handle chemicals.",
                        "Report every accident, even a small one, to your supervisor.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Safety on the farm in five minutes",
                "transcript": (
                    "A short film without words shows the main risks on a farm and how to avoid them: heat, tractors, "
                    "ladders, sharp tools and crop protection products."
                ),
                "url": "https://www.youtube.com/watch?v=Qm4dH7sY2nA",
            },
            {
                "kind": "exercise",
                "title": "Read a pay slip",
                "instructions": [
                    (
                        "Look at the example pay slip given by your trainer. Find the number of hours, the hourly "
                        "wage, the deductions and the amount paid. Do the hours match the ones in your notebook?"
                    ),
                ],
                "feedback": [
                    (
                        "If the hours or the wage do not match, ask your employer first. If the problem is not solved, "
                        "the local employment centre can help you."
                    ),
                ],
            },
        ],
        "facts": {
            "date": D(2025, 6, 5),
            "audience": ["migrants"],
            "level": "introductory",
            "format": "in-person",
            "duration_hours": "4.0",
            "sectors": ["agriculture", "livestock"],
            "related": ["limburg-language-safety", "huelva-peer-mentoring"],
        },
    },
    "employer-partnerships-fisheries": {
        "title": "Building partnerships with employers in fisheries and aquaculture",
        "slug": "employer-partnerships-fisheries-aquaculture",
        "summary": (
            "For employment centres and employers' associations: how to map employers, build lasting partnerships and "
            "follow up placements so that workers stay and progress."
        ),
        "learning_outcomes": [
            [
                "Map the employers and job offers in your area.",
                "Agree on a partnership plan with an employer or an association.",
                "Follow up a placement and act early when problems arise.",
            ],
        ],
        "prerequisites": [
            "Experience in job placement or human resources.",
            "Completion of the module on labour rights in the primary sector is recommended.",
        ],
        "units": [
            {
                "kind": "text",
                "title": "Mapping employers and job offers",
                "text": [
                    (
                        "Start with a list of fishing companies, fish farms and processing plants in your area. Record "
                        "their size, seasonal peaks, the jobs they find hard to fill and who makes hiring decisions."
                    ),
                    (
                        "Fishers' associations, port authorities and the public employment service can help you "
                        "complete the list and make the first contact."
                    ),
                ],
            },
            {
                "kind": "exercise",
                "title": "Draw up a partnership plan",
                "instructions": [
                    (
                        "Choose one employer from your map. Write a one-page plan: what the employer needs, what the "
                        "centre offers, who does what, and how you will measure success after six months."
                    ),
                ],
                "feedback": [
                    [
                        "Needs described in numbers and dates.",
                        "A named contact person on each side.",
                        "At least one commitment on working conditions.",
                        "Two or three indicators, such as workers placed and still employed after three months.",
                    ],
                ],
            },
            {
                "kind": "video",
                "title": "Round table: employers and centres working together",
                "transcript": (
                    "Recorded at a networking event in 2025: a fish farm manager, a fishers' association and an "
                    "employment counsellor discuss what makes a partnership work and what makes it fail."
                ),
                "url": "https://www.youtube.com/watch?v=Vb2kN9xR3pE",
            },
            {
                "kind": "text",
                "title": "After the placement: follow-up and retention",
                "text": [
                    (
                        "Call the worker and the employer after the first week and after the first month. Most "
                        "problems that lead workers to leave, such as housing, transport or misunderstandings about "
                        "pay, can be solved if they are known early."
                    ),
                ],
            },
            {
                "kind": "material",
                "title": "Partnership plan template",
                "description": "A template to fill in with an employer, with examples of commitments and indicators.",
                "document": {
                    "title": "Partnership plan template",
                    "lines": [
                        "Partnership plan template",
                        "Employer: name, sector, contact person.",
                        "Needs: jobs, number of workers, dates, skills required.",
                        "Offer of the centre: pre-selection, information, interpreting, follow-up.",
                        "Commitments on working conditions: contract, pay, housing, training.",
                        "Indicators after six months: workers placed, workers still employed, problems solved.",
                    ],
                },
            },
        ],
        "facts": {
            "date": D(2025, 6, 20),
            "audience": ["professionals", "employers"],
            "level": "advanced",
            "format": "live-online",
            "duration_hours": "8.0",
            "sectors": ["fisheries", "aquaculture"],
            "related": ["cyprus-fishers-skills"],
        },
    },
}

NEWSLETTERS = {
    "issue-1": {
        "title": "Issue 1: the network meets in Cyprus",
        "slug": "issue-1",
        "intro": (
            "Welcome to the first newsletter of Primacenters. In this issue: our first networking event in Cyprus, how "
            "the local centres map job offers, and the events coming up this spring."
        ),
        "highlights": [
            {
                "title": "Networking event in Cyprus",
                "text": [
                    (
                        "On 31 March 2025, CARDET brought together employment counsellors, employers in farming and "
                        "fisheries, and migrant community organisations. Participants shared how workers are recruited "
                        "today and where the local centre can make a difference."
                    ),
                ],
                "key_takeaways": [
                    "Employers want a single contact point for recruitment.",
                    "Language support is needed at the workplace, not only in the classroom.",
                    "Migrant community organisations are key to reaching job seekers.",
                ],
                "country": "CY",
                "date": D(2025, 3, 31),
            },
            {
                "title": "Mapping job offers with employers",
                "text": [
                    (
                        "Before matching anyone, each local centre maps the employers of its area and their seasonal "
                        "needs. In the Peloponnese, counsellors visited olive and citrus growers ahead of the harvest "
                        "to record offers and check working conditions."
                    ),
                ],
                "key_takeaways": [
                    "Visits before the season build trust with growers.",
                    "A common job offer form makes offers easier to compare.",
                ],
                "country": "GR",
                "date": None,
            },
        ],
        "next_steps": [
            "Coming up in the next weeks:",
            [
                "Round tables in Sicily on 22 and 23 May 2025.",
                "An online networking event from Brussels on 28 May 2025.",
                "A networking event in the Peloponnese on 2 June 2025.",
            ],
        ],
        "facts": {"issue_number": 1, "date": D(2025, 4, 15)},
    },
    "issue-2": {
        "title": "Issue 2: lessons from Sicily, Brussels and the Peloponnese",
        "slug": "issue-2",
        "intro": (
            "Three networking events in two weeks: round tables in Sicily, an online meeting from Brussels and a "
            "regional event in the Peloponnese. Here is what we learnt and what comes next."
        ),
        "highlights": [
            {
                "title": "Round tables in Sicily",
                "text": [
                    (
                        "On 22 and 23 May 2025, LAND Impresa Sociale hosted two days of round tables with growers, "
                        "trade unions, municipalities and migrant workers. The discussions focused on transport, "
                        "housing and the fight against illegal intermediaries."
                    ),
                ],
                "key_takeaways": [
                    "Transport to the fields is the first condition for fair recruitment.",
                    "Municipalities can help workers to register their residence.",
                    "Seasonal work should lead to stable jobs, not to a dead end.",
                ],
                "country": "IT",
                "date": D(2025, 5, 22),
            },
            {
                "title": "Online networking event from Brussels",
                "text": [
                    (
                        "On 28 May 2025, HEADWAY hosted an online event from Brussels with 42 participants from "
                        "employment services, employers' organisations and civil society in several countries."
                    ),
                ],
                "key_takeaways": [
                    "Good practices travel well when they come with contacts and documents.",
                    "Professionals want short training modules they can follow at their own pace.",
                ],
                "country": "BE",
                "date": D(2025, 5, 28),
            },
            {
                "title": "Networking event in the Peloponnese",
                "text": [
                    (
                        "On 2 June 2025, the Region of Peloponnese and KMOP met growers, cooperatives and public "
                        "services to review the first harvest season with the local centre and to plan the next one."
                    ),
                ],
                "key_takeaways": [
                    "Written contracts helped keep workers for the whole season.",
                    "Growers asked for earlier planning of housing for workers.",
                ],
                "country": "GR",
                "date": D(2025, 6, 2),
            },
        ],
        "next_steps": [
            "In the coming months, the partners will:",
            [
                "Publish new good practices from the five countries.",
                "Open the first training modules for counsellors, employers and job seekers.",
                "Prepare the autumn season with the local centres.",
            ],
        ],
        "facts": {"issue_number": 2, "date": D(2025, 6, 30)},
    },
}

PRESS_RELEASES = {
    "cyprus-networking": {
        "title": "Employers and counsellors meet in Cyprus to improve recruitment in the primary sector",
        "slug": "employers-counsellors-meet-cyprus",
        "subtitle": "The first Primacenters networking event brought together employers, public services and civil "
                    "society",
        "summary": (
            "On 31 March 2025, the Primacenters project held its first networking event in Cyprus, on fair recruitment "
            "of migrant workers in farming and fisheries."
        ),
        "dateline_city": "Nicosia",
        "body": [
            ("paragraph", (
                "Employment counsellors, employers in farming and fisheries, public services and migrant community "
                "organisations met in Cyprus on 31 March 2025 at the invitation of CARDET, partner of the Primacenters "
                "project."
            )),
            ("paragraph", (
                "Participants discussed how seasonal and year-round workers are recruited today, the difficulties "
                "employers face in finding staff and the barriers migrant workers meet, from language to the "
                "recognition of their skills."
            )),
            ("heading", "A local centre as a single contact point"),
            ("paragraph", (
                "Employers asked for a single contact point that can pre-select candidates, explain the rules and "
                "follow up placements. This is the role of the local employment centres that the project is setting up "
                "in five countries."
            )),
            ("quote", (
                "Employers and workers want the same thing: clear rules, a fair contract and someone to call when "
                "there is a problem."
            ), "Employment counsellor, Cyprus"),
            ("paragraph", (
                "Primacenters is coordinated by KMOP with CARDET, LAND Impresa Sociale, HEADWAY and the Region of "
                "Peloponnese, and is co-funded by the European Union."
            )),
        ],
        "media_contact": [
            "Communication team of the Primacenters project",
            "Email: press@primacenters.example",
        ],
        "facts": {"date": D(2025, 3, 31), "dateline_country": "CY"},
    },
    "brussels-online-event": {
        "title": "Strengthening the integration of migrant workers in the primary sector",
        "slug": "strengthening-integration",
        "subtitle": "42 participants from across Europe took part in the online networking event hosted from Brussels",
        "summary": (
            "On 28 May 2025, professionals, employers and civil society organisations shared good practices for decent "
            "work of migrant women and men in agriculture, fisheries and forestry."
        ),
        "dateline_city": "Brussels",
        "body": [
            ("paragraph", (
                "HEADWAY hosted the online networking event of the Primacenters project from Brussels on 28 May 2025. "
                "Forty-two participants from employment services, employers' organisations, trade unions and civil "
                "society took part."
            )),
            ("paragraph", (
                "Speakers presented practices from the partner countries, from peer mentoring for women seasonal "
                "workers to on-the-job language training in fruit growing, and discussed how to adapt them in other "
                "regions."
            )),
            ("heading", "Practices that can travel"),
            ("paragraph", (
                "Participants agreed that a good practice is easier to reuse when it comes with its documents, its "
                "costs and a person to contact. The project publishes its good practices and training modules on this "
                "portal in six languages."
            )),
            ("quote", (
                "What works in one region can be adapted in another, if we take the time to understand why it works."
            ), "Participant in the online event"),
            ("paragraph", (
                "The event followed round tables held in Sicily on 22 and 23 May and precedes a networking event in "
                "the Peloponnese on 2 June 2025."
            )),
        ],
        "media_contact": [
            "Communication team of the Primacenters project",
            "Email: press@primacenters.example",
        ],
        "facts": {"date": D(2025, 5, 28), "dateline_country": "BE"},
    },
    "peloponnese-event": {
        "title": "The Peloponnese reviews its first harvest season with a local employment centre",
        "slug": "peloponnese-reviews-first-harvest-season",
        "subtitle": "Growers, cooperatives and public services met to plan fairer recruitment for the next season",
        "summary": (
            "On 2 June 2025, the Region of Peloponnese and KMOP presented the results of the first season of job "
            "matching for migrant workers in olive and citrus farming."
        ),
        "dateline_city": "Tripoli",
        "body": [
            ("paragraph", (
                "The Region of Peloponnese and KMOP, coordinator of the Primacenters project, held a networking event "
                "on 2 June 2025 with growers, agricultural cooperatives, public services and organisations supporting "
                "migrants."
            )),
            ("paragraph", (
                "The local employment centre presented its first season: job offers collected before the harvest, "
                "candidates informed of their rights in their own language, and written contracts for every placement."
            )),
            ("heading", "Planning the next season earlier"),
            ("paragraph", (
                "Growers and cooperatives asked to start planning in the summer, especially for housing and transport "
                "of workers, and to extend the service to other crops."
            )),
            ("quote", (
                "A worker who knows the conditions before arriving stays until the end of the harvest."
            ), "Olive grower, Messinia"),
            ("paragraph", (
                "This event closes the series of networking events held by the project in spring 2025, after Cyprus, "
                "Sicily and the online meeting from Brussels."
            )),
        ],
        "media_contact": [
            "Communication team of the Primacenters project",
            "Email: press@primacenters.example",
        ],
        "facts": {"date": D(2025, 6, 2), "dateline_country": "GR"},
    },
}

# Generated pages for benchmarks (seed_demo --scale N); {n} is the page's number.
GENERATED = {
    "good_practice": {
        "title": "Sample good practice {n}",
        "slug": "sample-practice-{n}",
        "summary": "A generated good practice used to measure the portal with many pages.",
        "text": "This practice was generated to test listings, filters and search with many pages.",
    },
    "training_module": {
        "title": "Sample training module {n}",
        "slug": "sample-module-{n}",
        "summary": "A generated training module used to measure the portal with many pages.",
        "text": "This module was generated to test listings, filters and search with many pages.",
        "unit_title": "Sample unit",
    },
    "newsletter": {
        "title": "Sample newsletter {n}",
        "slug": "sample-newsletter-{n}",
        "summary": "A generated newsletter issue used to measure the portal with many pages.",
        "text": "This issue was generated to test the archive and search with many pages.",
    },
    "press_release": {
        "title": "Sample press release {n}",
        "slug": "sample-release-{n}",
        "summary": "A generated press release used to measure the portal with many pages.",
        "text": "This release was generated to test the press room and search with many pages.",
        "city": "Athens",
    },
}

GENERATED_FACTS = {
    "countries": ["BE", "GR", "ES", "IT", "CY"],
    "sectors": ["agriculture", "livestock", "fisheries", "aquaculture", "forestry", "agri-food"],
    "target_groups": ["migrant-workers", "women-migrants", "asylum-seekers-refugees", "employers"],
    "tags": ["seasonal work", "language learning", "occupational safety", "mentoring"],
    "audience": ["professionals", "employers", "migrants"],
    "levels": ["introductory", "intermediate", "advanced"],
    "formats": ["self-paced", "live-online", "in-person"],
}
