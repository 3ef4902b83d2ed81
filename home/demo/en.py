"""Demo content in English, written for Primacenters Portal. Other languages mirror this shape exactly:
the same keys, the same number of body items in the same order (seed_demo pairs them item by item)."""

PAGES = {
    "home": {
        "title": "Decent work in the primary sector",
        "slug": "home",
        "intro": (
            "Primacenters is a network of local employment centres in Belgium, Greece, Spain, Italy and Cyprus "
            "that help migrant women and men find decent work in agriculture, fisheries and forestry."
        ),
        "hero_image_alt": "Rows of crops under a rising sun, drawn as a simple illustration",
        "body": [
            ("heading", "What the network does"),
            ("paragraph", (
                "Local centres map job offers with farmers, cooperatives and fishing companies, guide job seekers "
                "through their rights and training, and refer them to services for housing, language courses and "
                "the recognition of qualifications."
            )),
            ("paragraph", (
                "Professionals share good practices and training modules so that what works in one region can "
                "be adapted in another. Employers find partners who know the local labour market and the people "
                "looking for work."
            )),
            ("quote", "Seasonal work should be a first step, not a dead end.",
             "Round table participant, Sicily, May 2025"),
            ("heading", "Who we are"),
            ("paragraph", (
                "The project is coordinated by KMOP in Greece with CARDET in Cyprus, LAND Impresa Sociale in "
                "Italy, HEADWAY in Belgium and the Region of Peloponnese. It is co-funded by the European Union."
            )),
        ],
    },
    "about": {
        "title": "About the project",
        "slug": "about",
        "intro": (
            "Primacenters brings together five partners to build local employment centres that work for "
            "migrant workers and for the rural economies that need them."
        ),
        "body": [
            ("heading", "Why the primary sector"),
            ("paragraph", (
                "Agriculture, fisheries and forestry depend more and more on migrant workers, yet many of these "
                "jobs are seasonal, informal or poorly protected. Women migrants in particular face isolation and "
                "few routes into stable employment."
            )),
            ("heading", "Our approach"),
            ("paragraph", (
                "Each centre combines job and offer mapping, matching and referral with information on rights, "
                "training and language support. Centres work with employers, trade unions, public employment "
                "services and civil society, so that a job offer comes with fair conditions."
            )),
            ("heading", "Networking events in 2025"),
            ("paragraph", (
                "The partners met professionals and employers in Cyprus on 31 March, held round tables in Sicily "
                "on 22 and 23 May, brought 42 participants together online from Brussels on 28 May, and met in the "
                "Peloponnese on 2 June."
            )),
            ("heading", "Partners"),
            ("paragraph", (
                "KMOP (coordinator, Greece), CARDET (Cyprus), LAND Impresa Sociale (Italy), HEADWAY (Belgium) and "
                "the Region of Peloponnese (Greece)."
            )),
        ],
    },
    "privacy": {
        "title": "Privacy notice",
        "slug": "privacy-notice",
        "intro": "How this portal handles personal data, and the rights you have over it.",
        "body": [
            ("heading", "Who is responsible"),
            ("paragraph", (
                "The portal is run by KMOP, the project coordinator, on behalf of the Primacenters partners. "
                "You can reach us through the contact address in the footer of every page."
            )),
            ("heading", "What we collect"),
            ("paragraph", (
                "Reading the portal requires no account and sets no tracking cookies. We keep only the data you "
                "give us in a form, such as a newsletter subscription or an event registration, and only for the "
                "purpose and the time stated on that form."
            )),
            ("heading", "Your rights"),
            ("paragraph", (
                "You may ask to see, correct or erase your data, and withdraw your consent at any time. You may "
                "also lodge a complaint with your national data protection authority."
            )),
        ],
    },
    "accessibility": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "intro": "We want everyone to be able to use this portal, whatever their device, language or ability.",
        "body": [
            ("heading", "Compliance status"),
            ("paragraph", (
                "The portal aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Every "
                "page is checked automatically in all six languages, and by hand with a keyboard and a screen "
                "reader."
            )),
            ("heading", "Feedback"),
            ("paragraph", (
                "If you meet a barrier on the portal, please tell us through the contact address in the footer. "
                "We answer within ten working days."
            )),
        ],
    },
    "legal": {
        "title": "Legal notice",
        "slug": "legal-notice",
        "intro": "Who publishes this portal and on what terms its content may be reused.",
        "body": [
            ("heading", "Publisher"),
            ("paragraph", (
                "This portal is published by KMOP, Social Action and Innovation Centre, Athens, Greece, as "
                "coordinator of the Primacenters project."
            )),
            ("heading", "Reuse of content"),
            ("paragraph", (
                "Unless stated otherwise, texts on this portal may be reused for non-commercial purposes provided "
                "the source is acknowledged. Logos and photographs remain the property of their owners."
            )),
        ],
    },
}

FOOTER = {
    "name": "Main footer",
    "contact": "Primacenters project, coordinated by KMOP, Athens, Greece.",
    "funding_disclaimer": (
        "Funded by the European Union. Views and opinions expressed are however those of the author(s) only and "
        "do not necessarily reflect those of the European Union or the granting authority. Neither the European "
        "Union nor the granting authority can be held responsible for them."
    ),
}
