"""Events demo content in English, written for Primacenters Portal.

The other languages mirror this module: the same keys, lists of the same length in the same order. Texts are
paired with their English originals by position (events.demo.seed). Facts that are the same in every language
(dates, times, places' codes and coordinates, organisations, registration) appear only here, under "facts".

The four networking events of 2025 follow the project's own account of them in the knowledge demo (newsletters and
press releases): Cyprus on 31 March (CARDET), round tables in Sicily on 22 and 23 May (LAND Impresa Sociale), an
online meeting from Brussels on 28 May (HEADWAY, 42 participants) and the closing event in the Peloponnese on
2 June (the Region of Peloponnese and KMOP). Real organisations appear as organisers, partners and in programmes by
their name only: every speaker named is invented, a person of the directory demo or (free-text speakers) someone
of one of its invented local organisations.

Upcoming events are series: seed_demo dates a new instance of a series relative to the day it runs whenever fewer
than three events are upcoming; "{date}" in a slug is the instance's start date.
"""

INDEX = {
    "title": "Events",
    "slug": "events",
    "intro": (
        "Networking events, seminars and workshops of the Primacenters partners: meet employers, employment services "
        "and organisations supporting migrant workers in agriculture, fisheries and forestry. Register for the next "
        "events and read the reports of past ones."
    ),
}

# Sections: the coordinator's, then one per partner (its title and slug are the partner's name and slug in the
# directory, in each language).
SECTIONS = {
    "coordinator": {
        "title": "Project coordination",
        "intro": "Events of the whole Primacenters network, organised by the project's coordination team.",
    },
    "kmop": {"intro": "Events organised by KMOP in Greece and online."},
    "cardet": {"intro": "Events organised by CARDET in Cyprus."},
    "land-impresa-sociale": {"intro": "Events organised by LAND Impresa Sociale in Italy."},
    "headway": {"intro": "Events organised by HEADWAY in Belgium and online from Brussels."},
    "region-of-peloponnese": {"intro": "Events organised by the Region of Peloponnese."},
}


def facts(section, start, end, zone, event_format="in-person", country="", lat=None, lon=None, audiences=(),
          languages=(), sectors=(), countries=(), tags=(), organisers=(), partners=(), people=(),
          speaker_organisations=(), programme_times=(), participants=None, registration=None, online_link=""):
    """Facts of an event. `start` and `end`: "YYYY-MM-DD HH:MM" in the zone `zone` (for an upcoming series,
    "HH:MM" on the date seed_demo computes). `people`: directory people speaking, by their demo name;
    `speaker_organisations`: the directory organisation of each free-text speaker, in order."""
    return {
        "section": section, "start": start, "end": end, "timezone": zone, "format": event_format,
        "country": country, "lat": lat, "lon": lon, "audiences": list(audiences), "languages": list(languages),
        "sectors": list(sectors), "countries": list(countries), "tags": list(tags), "organisers": list(organisers),
        "partners": list(partners), "people": list(people), "speaker_organisations": list(speaker_organisations),
        "programme_times": list(programme_times), "participants": participants,
        "registration": registration or {"mode": "none"}, "online_link": online_link,
    }


EVENTS = {
    "cyprus-networking": {
        "title": "Networking event in Cyprus: fair recruitment in farming and fisheries",
        "slug": "networking-event-cyprus",
        "summary": (
            "The first networking event of Primacenters: employment counsellors, employers in farming and fisheries "
            "and migrant community organisations discuss how workers are recruited and where a local centre can help."
        ),
        "body": [
            ("paragraph", (
                "CARDET invites employment counsellors, employers in farming and fisheries, public services and "
                "migrant "
                "community organisations to the first networking event of the Primacenters project."
            )),
            ("paragraph", (
                "Participants will compare how seasonal and year-round workers are recruited today, the difficulties "
                "employers meet in finding staff, and the barriers migrant workers face, from language to the "
                "recognition of their skills."
            )),
        ],
        "venue_name": "CARDET, meeting room",
        "venue_address": "",
        "venue_city": "Nicosia",
        "interpretation": "Greek–English",
        "speakers": [
            {"name": "Maria Georgiou", "affiliation": "Limassol Rural Employment Desk"},
        ],
        "programme": [],
        "report": {
            "title": "Report: networking event in Cyprus",
            "slug": "report",
            "summary": (
                "Employers, counsellors and community organisations agreed that a local centre should be a single "
                "contact point for fair recruitment in farming and fisheries."
            ),
            "participant_profile": (
                "Employment counsellors, employers from farming, fish farming and fishing, public services, trade "
                "unions and migrant community organisations."
            ),
            "key_takeaways": [
                "Employers want a single contact point for recruitment.",
                "Language support is needed at the workplace, not only in the classroom.",
                "Migrant community organisations are key to reaching job seekers.",
            ],
            "speakers": "Maria Georgiou (Limassol Rural Employment Desk); a researcher of the Cyprus Labour Institute "
                        "(PEO); a trainer in fish farming; CARDET.",
            "body": [
                ("paragraph", (
                    "The morning opened with figures on migrant workers in Cypriot agriculture and fisheries, followed "
                    "by an exchange between employers and counsellors on the ways workers are recruited today."
                )),
                ("heading", "A single contact point"),
                ("paragraph", (
                    "Employers asked for one place that can pre-select candidates, explain the rules and follow up "
                    "placements. This is the role of the local employment centres the project is setting up."
                )),
            ],
        },
        "facts": facts(
            "cardet", "2025-03-31 09:30", "2025-03-31 14:00", "Asia/Nicosia", country="CY", lat=35.185566,
            lon=33.382276, audiences=["professionals", "employers"], languages=["el", "en"],
            sectors=["agriculture", "fisheries", "aquaculture"], countries=["CY"], tags=["networking", "recruitment"],
            organisers=["cardet"], partners=["cyprus-labour-institute", "larnaca-marine-skills"],
            people=["andreas-charalambous"], speaker_organisations=["limassol-employment-desk"], participants=35,
        ),
    },
    "sicily-round-tables": {
        "title": "Round tables in Sicily: transport, housing and fair recruitment",
        "slug": "round-tables-sicily",
        "summary": (
            "Two days of round tables with growers, trade unions, municipalities and migrant workers on transport, "
            "housing and the fight against illegal intermediaries."
        ),
        "body": [
            ("paragraph", (
                "LAND Impresa Sociale hosts two days of round tables in the province of Ragusa with growers, trade "
                "unions, municipalities, migrant workers and the organisations that support them."
            )),
            ("paragraph", (
                "Each round table starts from a practice that works locally, such as the shared minibus service to the "
                "greenhouses, and asks what it would take to extend it."
            )),
        ],
        "venue_name": "Cooperativa Sociale Serra Aperta, meeting hall",
        "venue_address": "",
        "venue_city": "Ragusa",
        "interpretation": "",
        "speakers": [
            {"name": "Salvatore Greco", "affiliation": "Associazione Ponte dei Braccianti"},
        ],
        "programme": [],
        "report": {
            "title": "Report: round tables in Sicily",
            "slug": "report",
            "summary": (
                "Growers, trade unions, municipalities and workers agreed that transport to the fields comes first, "
                "and that seasonal work should lead to stable jobs."
            ),
            "participant_profile": (
                "Growers and their cooperatives, trade union delegates, municipal social services, cultural mediators "
                "and migrant workers."
            ),
            "key_takeaways": [
                "Transport to the fields is the first condition for fair recruitment.",
                "Municipalities can help workers to register their residence.",
                "Seasonal work should lead to stable jobs, not to a dead end.",
            ],
            "speakers": "LAND Impresa Sociale; Cooperativa Sociale Serra Aperta; Associazione Ponte dei Braccianti.",
            "body": [
                ("paragraph", (
                    "On the first day, the round tables dealt with transport and housing; on the second, with "
                    "contracts and the role of the local employment centre in matching offers and workers."
                )),
            ],
        },
        "facts": facts(
            "land-impresa-sociale", "2025-05-22 09:30", "2025-05-23 13:00", "Europe/Rome", country="IT",
            lat=36.926927, lon=14.725513, audiences=["professionals", "employers", "migrants"],
            languages=["it", "en"], sectors=["agriculture"], countries=["IT"], tags=["round table", "housing"],
            organisers=["land-impresa-sociale"], partners=["cooperativa-serra-aperta", "ponte-dei-braccianti"],
            people=["giulia-ferrante", "harpreet-sandhu"], speaker_organisations=["ponte-dei-braccianti"],
            participants=60,
        ),
    },
    "brussels-online-event": {
        "title": "Online networking event from Brussels: practices that travel",
        "slug": "online-networking-event-brussels",
        "summary": (
            "Professionals, employers and civil society from several countries share good practices for decent work "
            "of migrant women and men in agriculture, fisheries and forestry."
        ),
        "body": [
            ("paragraph", (
                "HEADWAY hosts the online networking event of the Primacenters project from Brussels. Speakers present "
                "practices from the partner countries and discuss with participants how to adapt them elsewhere."
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
            "title": "Report: online networking event from Brussels",
            "slug": "report",
            "summary": (
                "Forty-two participants from employment services, employers' organisations, trade unions and civil "
                "society discussed practices that can be adapted from one region to another."
            ),
            "participant_profile": (
                "Employment services, employers' organisations, trade unions and civil society organisations from "
                "Belgium, Greece, Spain, Italy and Cyprus."
            ),
            "key_takeaways": [
                "Good practices travel well when they come with contacts and documents.",
                "Professionals want short training modules they can follow at their own pace.",
            ],
            "speakers": "Peer mentoring in Huelva; on-the-job language training in fruit growing; Els Vermeulen "
                        "(Akkerbrug vzw).",
            "body": [
                ("paragraph", (
                    "Speakers presented peer mentoring for women seasonal workers and on-the-job language training in "
                    "fruit growing, then answered questions on costs, partners and results."
                )),
            ],
        },
        "facts": facts(
            "headway", "2025-05-28 10:00", "2025-05-28 12:30", "Europe/Brussels", event_format="online",
            audiences=["professionals", "employers"], languages=["en"],
            sectors=["agriculture", "fisheries", "forestry"],
            countries=["BE", "GR", "ES", "IT", "CY"], tags=["networking", "good practices"], organisers=["headway"],
            partners=["aeidl", "assembly-of-european-regions"],
            people=["lucia-ortega", "marieke-van-den-broeck"], speaker_organisations=["akkerbrug"], participants=42,
        ),
    },
    "peloponnese-event": {
        "title": "Closing networking event in the Peloponnese: reviewing the first harvest season",
        "slug": "closing-event-peloponnese",
        "summary": (
            "Growers, cooperatives and public services review the first harvest season with the local employment "
            "centre and plan the next one."
        ),
        "body": [
            ("paragraph", (
                "The Region of Peloponnese and KMOP, coordinator of Primacenters, close the series of networking "
                "events "
                "of spring 2025 with growers, agricultural cooperatives, public services and organisations supporting "
                "migrants."
            )),
            ("paragraph", (
                "The local employment centre presents its first season: job offers collected before the harvest, "
                "candidates informed of their rights in their own language, and written contracts for every placement."
            )),
        ],
        "venue_name": "Region of Peloponnese, conference hall",
        "venue_address": "",
        "venue_city": "Tripoli",
        "interpretation": "",
        "speakers": [],
        "programme": [],
        "report": {
            "title": "Report: closing networking event in the Peloponnese",
            "slug": "report",
            "summary": (
                "Written contracts helped keep workers for the whole season; growers asked to plan housing and "
                "transport earlier."
            ),
            "participant_profile": (
                "Olive and citrus growers, agricultural cooperatives, public services of the Region and organisations "
                "supporting migrants."
            ),
            "key_takeaways": [
                "Written contracts helped keep workers for the whole season.",
                "Growers asked for earlier planning of housing for workers.",
            ],
            "speakers": "The Region of Peloponnese; KMOP; the head of the local centre in Kalamata.",
            "body": [
                ("paragraph", (
                    "Growers and cooperatives asked to start planning in the summer, especially for housing and "
                    "transport, and to extend the service to other crops."
                )),
            ],
        },
        "facts": facts(
            "region-of-peloponnese", "2025-06-02 10:00", "2025-06-02 14:00", "Europe/Athens", country="GR",
            lat=37.510136, lon=22.372644, audiences=["employers", "professionals"], languages=["el"],
            sectors=["agriculture"], countries=["GR"], tags=["networking", "harvest"],
            organisers=["region-of-peloponnese", "kmop"], partners=["centre-kalamata"],
            people=["eleni-markopoulou"], participants=48,
        ),
    },
    "brussels-seminar": {
        "title": "Morning seminar: a first job on a Belgian farm",
        "slug": "morning-seminar-first-job-belgian-farm",
        "summary": (
            "A morning with public employment services, training centres and associations on the way into farm work "
            "for newcomers in Belgium, with interpretation in French, Dutch and English."
        ),
        "body": [
            ("paragraph", (
                "Fruit growers and market gardeners in Belgium look for workers every season, while many newcomers "
                "look "
                "for a first job. This seminar brings together those who help them meet."
            )),
            ("paragraph", "Coffee is served from 9:00. Places are limited: please arrive on time."),
        ],
        "venue_name": "North District meeting centre",
        "venue_address": "Brussels North district",
        "venue_city": "Brussels",
        "interpretation": "French–Dutch–English",
        "speakers": [
            {"name": "Julie Renard", "affiliation": "Sillons d'Avenir asbl"},
        ],
        "programme": [
            {"title": "Welcome coffee", "speakers": "", "description": ""},
            {"title": "Opening", "speakers": "HEADWAY", "description": ""},
            {"title": "Seasonal work in Belgian fruit growing", "speakers": "Marieke Van den Broeck",
             "description": "Training on the job and Dutch for the workplace in Limburg orchards."},
            {"title": "Farm jobs at the public employment service", "speakers": "Actiris", "description": ""},
            {"title": "Break", "speakers": "", "description": ""},
            {"title": "Round table: mentoring and language support on the way to work",
             "speakers": "DUO for a JOB, Collectif des Femmes, Le Monde des Possibles, Sillons d'Avenir asbl",
             "description": "What helps a newcomer keep a first job, and what employers can do."},
            {"title": "Conclusions", "speakers": "Province of Flemish Brabant", "description": ""},
        ],
        "report": None,
        "facts": facts(
            "headway", "2025-10-14 09:00", "2025-10-14 12:30", "Europe/Brussels", country="BE", lat=50.859,
            lon=4.360, audiences=["professionals", "employers"], languages=["fr", "nl", "en"],
            sectors=["agriculture"], countries=["BE"], tags=["seminar", "first job"], organisers=["headway"],
            partners=["actiris", "province-of-flemish-brabant", "duo-for-a-job", "collectif-des-femmes",
                      "le-monde-des-possibles", "irfam", "cepag"],
            people=["marieke-van-den-broeck"],
            speaker_organisations=["sillons-d-avenir"],
            programme_times=[("09:00", "09:30"), ("09:30", "09:40"), ("09:40", "10:10"), ("10:10", "10:40"),
                             ("10:40", "11:00"), ("11:00", "12:00"), ("12:00", "12:30")],
        ),
    },
}

# Upcoming series ({date}: the start date of the instance, YYYY-MM-DD). "offset": days from the day seed_demo runs,
# then the next "weekday" (0 = Monday).
UPCOMING = {
    "hybrid-workshop": {
        "title": "Hybrid workshop: welcoming seasonal workers on the farm",
        "slug": "hybrid-workshop-welcoming-seasonal-workers-{date}",
        "summary": (
            "A practical workshop for growers and counsellors on the first days of a seasonal worker: contract, "
            "housing, safety and language. In Brussels and online."
        ),
        "body": [
            ("paragraph", (
                "Growers, employment counsellors and trainers share checklists and examples for a good start on the "
                "farm. Join us in Brussels or online: the link is sent to registered participants."
            )),
        ],
        "venue_name": "North District meeting centre",
        "venue_address": "Brussels North district",
        "venue_city": "Brussels",
        "interpretation": "French–Dutch–English",
        "speakers": [],
        "programme": [
            {"title": "Welcome and introductions", "speakers": "", "description": ""},
            {"title": "The first week on the farm: a checklist", "speakers": "Marieke Van den Broeck",
             "description": ""},
            {"title": "Questions and exchange", "speakers": "", "description": ""},
        ],
        "facts": {
            **facts(
                "headway", "14:00", "16:30", "Europe/Brussels", event_format="hybrid", country="BE", lat=50.859,
                lon=4.360, audiences=["employers", "professionals"], languages=["fr", "nl", "en"],
                sectors=["agriculture"], countries=["BE"], tags=["workshop", "seasonal work"], organisers=["headway"],
                partners=["province-of-flemish-brabant"], people=["marieke-van-den-broeck"],
                programme_times=[("14:00", "14:20"), ("14:20", "15:30"), ("15:30", "16:30")],
                registration={"mode": "portal", "capacity": 40, "waiting_list": True, "deadline_days": 2},
                online_link="https://meet.example.org/primacenters-hybrid-workshop",
            ),
            "offset": 21, "weekday": 1,
        },
    },
    "peloponnese-forum": {
        "title": "Regional forum on the next harvest season in the Peloponnese",
        "slug": "regional-forum-next-harvest-peloponnese-{date}",
        "summary": (
            "Growers, cooperatives, municipalities and the local employment centre prepare the next harvest: job "
            "offers, housing and transport for workers."
        ),
        "body": [
            ("paragraph", (
                "The forum follows up the commitments of the closing event of 2025. Registration is handled by the "
                "Region of Peloponnese."
            )),
        ],
        "venue_name": "Primacenters Centre Kalamata",
        "venue_address": "",
        "venue_city": "Kalamata",
        "interpretation": "",
        "speakers": [],
        "programme": [],
        "facts": {
            **facts(
                "region-of-peloponnese", "10:00", "14:30", "Europe/Athens", country="GR", lat=37.0383,
                lon=22.1142, audiences=["employers", "professionals"], languages=["el"], sectors=["agriculture"],
                countries=["GR"], tags=["forum", "harvest"], organisers=["region-of-peloponnese"],
                partners=["kmop", "centre-kalamata"], people=["eleni-markopoulou"],
                registration={"mode": "external", "url": "https://forms.example.org/peloponnese-forum"},
            ),
            "offset": 45, "weekday": 3,
        },
    },
    "online-cafe": {
        "title": "Online café for employment counsellors",
        "slug": "online-cafe-employment-counsellors-{date}",
        "summary": (
            "An hour online for counsellors of the local employment centres to share cases and questions with their "
            "colleagues in the five countries."
        ),
        "body": [
            ("paragraph", "No registration needed: follow the link at the time of the meeting."),
        ],
        "venue_name": "",
        "venue_address": "",
        "venue_city": "",
        "interpretation": "",
        "speakers": [],
        "programme": [],
        "facts": {
            **facts(
                "coordinator", "11:00", "12:00", "Europe/Athens", event_format="online", audiences=["professionals"],
                languages=["en"], sectors=["agriculture", "fisheries", "forestry"],
                countries=["BE", "GR", "ES", "IT", "CY"], tags=["online", "peer exchange"], organisers=["kmop"],
                online_link="https://meet.example.org/primacenters-online-cafe",
            ),
            "offset": 70, "weekday": 2,
        },
    },
}

# Generated events for benchmarks (seed_demo --scale N); {n} is the event's number.
GENERATED = {
    "title": "Sample event {n}",
    "slug": "sample-event-{n}",
    "summary": "A generated event used to measure the event listings and calendars with many events.",
}
