#!/usr/bin/env python3
"""Writes a synthetic welfare plan for scripts/bench: scripts/synthetic-plan.py PRESET DIR.

PRESET is one of
  large     a welfare region: 27 municipalities, 120 indicators x 15 years x 3 groups, 60 goals,
            250 measures, Finnish and Swedish;
  national  23 welfare regions and 308 municipalities: the plan's `region` is the whole country
            (`koko-maa`, of kind welfare-region, since site.yaml names exactly one welfare region
            and the format has no link from a municipality to a region), 120 indicators for all
            332 areas, and per region 8 goals, 30 measures, a cooperation group and a report;
  plain     a minimal plan plus 10,000 free pages (about 200 words, a GFM table and a list each),
            and the same pages as a Hugo site in DIR/hugo.

The plan goes to DIR/content and follows docs/content-format.md. Output is deterministic: a fixed
seed and no clock, so the same preset always gives the same bytes. Counts go to standard output.
Python 3 standard library only.
"""

import os
import random
import shutil
import sys

SEED = 20261122
YEARS = list(range(2010, 2025))          # 15 years of indicator data
GROUPS = ["total", "male", "female"]
FOLLOW_UP_DATES = ["2026-02-27", "2026-04-30", "2026-06-30", "2026-09-30", "2026-10-30"]
STATUSES = ["planned", "ongoing", "ongoing", "ongoing", "done", "delayed", "cancelled", "ongoing"]

# ---------------------------------------------------------------------------------------------
# Word lists. Finnish-looking names and sentences; Swedish only where a language map needs it.

NAME_STEMS = ["Koivu", "Järvi", "Mänty", "Kuusi", "Leppä", "Haapa", "Saari", "Niemi", "Salo", "Mäki",
              "Koski", "Lahti", "Ranta", "Vaara", "Harju", "Kallio", "Suo", "Laakso", "Lehto", "Pelto",
              "Kivi", "Honka", "Paju", "Tammi", "Vuori", "Kangas", "Linna", "Joki", "Lampi", "Selkä",
              "Aho", "Halla", "Ilves", "Karhu", "Kotka", "Lumi", "Marja", "Orava", "Petäjä", "Routa"]
NAME_ENDINGS = ["la", "lahti", "järvi", "niemi", "koski", "mäki", "ranta", "vaara", "salo", "kylä",
                "harju", "vesi", "joki", "saari"]
DIRECTIONS = [("Pohjois", "Norra"), ("Etelä", "Södra"), ("Itä", "Östra"), ("Länsi", "Västra"),
              ("Keski", "Mellersta")]

SUBJECTS = ["Hyvinvointialue", "Kunta", "Koulu", "Perhekeskus", "Järjestö", "Nuorisotyö", "Kotihoito",
            "Seurakunta", "Terveysasema", "Varhaiskasvatus", "Liikuntapalvelut", "Työllisyyspalvelut",
            "Pelastuslaitos", "Kirjasto", "Opiskeluhuolto", "Hyte-koordinaattori", "Neuvola"]
VERBS = ["vahvistaa", "tukee", "kehittää", "arvioi", "seuraa", "tarjoaa", "koordinoi", "laajentaa",
         "edistää", "järjestää", "kokoaa", "selvittää"]
OBJECTS = ["asukkaiden osallisuutta", "nuorten mielenterveyttä", "ikääntyneiden toimintakykyä",
           "perheiden varhaista tukea", "liikkumisen mahdollisuuksia", "työikäisten työkykyä",
           "kotien paloturvallisuutta", "matalan kynnyksen palveluja", "yhdyspintojen työnjakoa",
           "päihdehaittojen ehkäisyä", "yksinäisyyden vähentämistä", "harrastusten saavutettavuutta",
           "terveyserojen kaventamista", "arjen turvallisuutta", "yhteisöllisyyttä"]
ADVERBIALS = ["yhdessä kuntien kanssa", "kaikissa kunnissa", "vuosina 2026–2029", "osana arjen palveluja",
              "matalalla kynnyksellä", "järjestöjen tuella", "kouluterveyskyselyn tulosten pohjalta",
              "vuosittain", "tiiviissä yhteistyössä", "asukkaita kuullen", "valtuustokauden aikana",
              "talousarvion puitteissa"]

# Focus areas: (id, Finnish title, Swedish title, indicator topics).
FOCUS_AREAS = [
    ("lapset-nuoret-perheet", "Lasten, nuorten ja perheiden hyvinvointi", "Barns, ungas och familjers välfärd",
     [("ahdistuneisuus", "Kohtalainen tai vaikea ahdistuneisuus", "Måttlig eller svår ångest"),
      ("yksinaisyys", "Yksinäisyyttä kokevat", "Upplevd ensamhet"),
      ("liikkuminen", "Vähintään tunnin päivässä liikkuvat", "Rör på sig minst en timme om dagen"),
      ("kiusaaminen", "Koulukiusatuksi joutuneet", "Mobbade i skolan"),
      ("harrastaminen", "Säännöllisesti harrastavat", "Har en regelbunden hobby")]),
    ("tyoikaiset", "Työikäisten työ- ja toimintakyky", "Arbets- och funktionsförmåga i arbetsför ålder",
     [("tyottomyys", "Työttömät", "Arbetslösa"),
      ("toimeentulotuki", "Pitkäaikaisesti toimeentulotukea saaneet", "Långvarigt utkomststöd"),
      ("tupakointi", "Päivittäin tupakoivat", "Röker dagligen"),
      ("alkoholi", "Alkoholia liikaa käyttävät", "Överdriven alkoholkonsumtion"),
      ("ylipaino", "Ylipainoiset", "Överviktiga")]),
    ("ikaantyneet", "Ikääntyneiden toimintakyky ja turvallinen arki", "Äldres funktionsförmåga och trygga vardag",
     [("kaatumiset", "Kaatumisiin liittyvät hoitojaksot", "Vårdperioder efter fall"),
      ("kotona-asuminen", "Kotona asuvat", "Bor hemma"),
      ("muisti", "Muistisairauksien ilmaantuvuus", "Incidens av minnessjukdomar"),
      ("toimintakyky", "Koettu hyvä toimintakyky", "Upplevd god funktionsförmåga"),
      ("hoivan-tarve", "Säännöllisen kotihoidon asiakkaat", "Klienter inom regelbunden hemvård")]),
    ("osallisuus", "Osallisuus ja yhteisöllisyys", "Delaktighet och gemenskap",
     [("aanestys", "Äänestysaktiivisuus", "Valdeltagande"),
      ("vaikutusmahdollisuudet", "Vaikutusmahdollisuuksiinsa luottavat", "Litar på sina möjligheter att påverka"),
      ("jarjestotoiminta", "Järjestötoimintaan osallistuvat", "Deltar i föreningsverksamhet"),
      ("luottamus", "Luottamus kunnan päätöksentekoon", "Förtroende för kommunens beslutsfattande"),
      ("vapaaehtoistyo", "Vapaaehtoistyötä tekevät", "Gör frivilligarbete")]),
    ("turvallisuus", "Turvallinen arki ja varautuminen", "Trygg vardag och beredskap",
     [("palot", "Asuinrakennuspalot", "Bränder i bostadsbyggnader"),
      ("lahisuhdevakivalta", "Lähisuhdeväkivalta", "Våld i nära relationer"),
      ("liikenne", "Liikenneonnettomuuksissa loukkaantuneet", "Skadade i trafikolyckor"),
      ("rikokset", "Väkivaltarikosten uhrit", "Offer för våldsbrott")]),
]
# 24 topics x 5 populations = 120 indicators.
POPULATIONS = [("8-9-lk", "8. ja 9. luokan oppilaista", "av eleverna i årskurs 8 och 9"),
               ("lukio", "lukion 1. ja 2. vuoden opiskelijoista", "av gymnasiestuderande år 1 och 2"),
               ("amm", "ammatillisen oppilaitoksen opiskelijoista", "av studerande vid yrkesläroanstalter"),
               ("20-64", "20–64-vuotiaista", "av 20–64-åringarna"),
               ("75", "75 vuotta täyttäneistä", "av personer som fyllt 75 år")]
GOAL_PREDICATES = [("vähenee", "minskar", "lower"), ("paranee", "förbättras", "higher"),
                   ("kasvaa", "ökar", "higher"), ("vahvistuu", "stärks", "higher"),
                   ("puolittuu", "halveras", "lower"), ("kääntyy laskuun", "börjar minska", "lower")]
MEASURE_KINDS = [("Toimintamallin käyttöönotto", "Införande av verksamhetsmodellen", "toimintamalli"),
                 ("Koulutus henkilöstölle", "Utbildning för personalen", "koulutus"),
                 ("Matalan kynnyksen palvelu", "Tjänst med låg tröskel", "palvelu"),
                 ("Yhteinen palvelupolku", "Gemensam servicestig", "palvelupolku"),
                 ("Kokeilu", "Försök", "kokeilu"),
                 ("Viestintäkampanja", "Kommunikationskampanj", "kampanja"),
                 ("Kumppanuussopimus järjestöjen kanssa", "Partnerskapsavtal med organisationer", "kumppanuus"),
                 ("Tiedolla johtamisen työkalu", "Verktyg för kunskapsbaserad ledning", "tietojohtaminen")]
REGION_UNITS = [("hyte", "Hyvinvointi ja kumppanuudet", "Välfärd och partnerskap"),
                ("lnp", "Lasten, nuorten ja perheiden palvelut", "Tjänster för barn, unga och familjer"),
                ("tyoikaiset", "Työikäisten palvelut", "Tjänster för personer i arbetsför ålder"),
                ("ikaantyneet", "Ikääntyneiden palvelut", "Äldreomsorg"),
                ("terveys", "Terveydenhuollon palvelut", "Hälso- och sjukvårdstjänster"),
                ("pelastus", "Pelastuslaitos", "Räddningsverket")]
FOCUS_UNIT = {"lapset-nuoret-perheet": "lnp", "tyoikaiset": "tyoikaiset", "ikaantyneet": "ikaantyneet",
              "osallisuus": "hyte", "turvallisuus": "pelastus"}
MUNICIPALITY_UNITS = [("sivistys", "Sivistyspalvelut", "Bildningstjänster"),
                      ("vapaa-aika", "Liikunta-, kulttuuri- ja nuorisopalvelut", "Idrotts-, kultur- och ungdomstjänster"),
                      ("tekninen", "Tekniset palvelut", "Tekniska tjänster")]
PARTNER_ORGS = [("maakuntaliitto", "regional-council", "Maakuntaliitto", "Landskapsförbundet"),
                ("mieli-ry", "association", "Mielenterveysseura ry", "Föreningen för mental hälsa rf"),
                ("liikunta-ry", "association", "Liikunnan aluejärjestö ry", "Regionala idrottsförbundet rf"),
                ("jarjestoyhteisto", "association", "Järjestöyhteistyön verkosto", "Nätverket för föreningssamarbete"),
                ("seurakunnat", "parish", "Seurakuntayhtymä", "Församlingarna"),
                ("poliisi", "state", "Poliisilaitos", "Polisinrättningen"),
                ("tyollisyysalue", "other", "Työllisyysalue", "Sysselsättningsområdet")]
BODY_LEVELS = ["strategic", "operational", "coordination", "network", "forum"]


# ---------------------------------------------------------------------------------------------
# Helpers.

def q(text):
    """A YAML double-quoted scalar: safe for colons, hashes and commas."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


BILINGUAL = True   # set by main(): a language map may only name the site's languages


def lang_map(fi, sv=None):
    return "{fi: %s, sv: %s}" % (q(fi), q(sv)) if sv and BILINGUAL else q(fi)


def slug(text):
    table = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})
    out = []
    for ch in text.translate(table).lower():
        out.append(ch if ch.isascii() and ch.isalnum() else "-")
    return "-".join(filter(None, "".join(out).split("-")))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def sentence(rng):
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(ADVERBIALS)}."


def paragraph(rng, sentences):
    return " ".join(sentence(rng) for _ in range(sentences))


def body(rng, paragraphs=2, sentences=4):
    return "\n\n".join(paragraph(rng, sentences) for _ in range(paragraphs)) + "\n"


def front_matter(lines, text):
    return "---\n" + "\n".join(lines) + "\n---\n" + text


# ---------------------------------------------------------------------------------------------
# The plan's shape: areas, indicators, goals, measures, decided once and then written out.

class Plan:
    def __init__(self, preset):
        self.preset = preset
        self.rng = random.Random(SEED)
        self.languages = ["fi"] if preset == "plain" else ["fi", "sv"]
        self.regions = []          # (id, fi name, sv name, [municipality ids])
        self.municipalities = []   # (id, fi name, sv name, region id)
        self.indicators = []       # dicts
        self.goals = []            # dicts
        self.measures = []         # dicts
        self.counts = {}


def municipality_names(count, rng):
    """Unique Finnish-looking place names, shuffled deterministically."""
    names = [stem + ending for stem in NAME_STEMS for ending in NAME_ENDINGS]
    rng.shuffle(names)
    seen, result = set(), []
    for name in names:
        if slug(name) not in seen:
            seen.add(slug(name))
            result.append(name)
        if len(result) == count:
            return result
    raise SystemExit("not enough municipality names")


def make_areas(plan, region_count, municipality_count):
    names = municipality_names(municipality_count + region_count, plan.rng)
    region_stems, town_names = names[:region_count], names[region_count:]
    if plan.preset == "national":
        # The plan's region is the whole country; the 23 regions are organisations of their own.
        plan.plan_region = ("koko-maa", "Koko maa", "Hela landet")
        plan.country = None
        for i in range(region_count):
            fi_dir, sv_dir = DIRECTIONS[i % len(DIRECTIONS)]
            stem = region_stems[i]
            plan.regions.append((slug(f"{fi_dir}-{stem}"), f"{fi_dir}-{stem}n hyvinvointialue",
                                 f"{sv_dir} {stem}s välfärdsområde", []))
    else:
        stem = region_stems[0]
        plan.plan_region = (slug(f"pohjois-{stem}"), f"Pohjois-{stem}n hyvinvointialue", f"Norra {stem}s välfärdsområde")
        plan.country = ("koko-maa", "Koko maa", "Hela landet")
        plan.regions.append(plan.plan_region + ([],))
    for i, name in enumerate(town_names):
        region = plan.regions[i * len(plan.regions) // len(town_names)]
        kind_fi, kind_sv = ("kaupunki", "stad") if i % 3 == 0 else ("kunta", "kommun")
        plan.municipalities.append((slug(name), f"{name}n {kind_fi}", f"{name} {kind_sv}", region[0]))
        region[3].append(slug(name))
    # Every area with data: municipalities, regions (the plan's own and, nationally, the 23), the country.
    plan.areas = [m[0] for m in plan.municipalities]
    plan.areas += [r[0] for r in plan.regions if r[0] != plan.plan_region[0]]
    plan.areas.append(plan.plan_region[0])
    if plan.country:
        plan.areas.append(plan.country[0])
    plan.municipal = set(m[0] for m in plan.municipalities)


def make_indicators(plan, count):
    topics = [(fa[0],) + t for fa in FOCUS_AREAS for t in fa[3]]
    for i in range(count):
        focus, topic_id, topic_fi, topic_sv = topics[i % len(topics)]
        pop_id, pop_fi, pop_sv = POPULATIONS[(i // len(topics)) % len(POPULATIONS)]
        rng = random.Random(SEED * 7 + i)
        plan.indicators.append({
            "id": f"{topic_id}-{pop_id}", "index": i, "focus": focus,
            "fi": f"{topic_fi}, % {pop_fi}", "sv": f"{topic_sv}, % {pop_sv}",
            "better": "higher" if i % 3 == 1 else "lower", "base": rng.uniform(5, 60),
            "trend": rng.uniform(-0.6, 0.6), "sotkanet": 1000 + i * 7, "kerroin": i % 4 == 0})


def is_missing(plan, area_index, indicator_index, year):
    """Some municipal figures are missing (too few respondents); regions and the country never."""
    return plan.areas[area_index] in plan.municipal and (area_index * 7 + year * 3 + indicator_index) % 37 == 0


def series(plan, indicator, area_index):
    """Figures of one indicator in one area: {(year, group): value}; a pure function of its arguments."""
    rng = random.Random(SEED * 1_000_003 + indicator["index"] * 10_007 + area_index)
    offset = rng.gauss(0, indicator["base"] * 0.12)
    gap = rng.uniform(0.5, 4.0)
    values = {}
    for year in YEARS:
        total = max(0.1, indicator["base"] + offset + indicator["trend"] * (year - YEARS[0]) + rng.gauss(0, 0.8))
        values[(year, "total")] = round(total, 1)
        values[(year, "male")] = round(max(0.1, total - gap + rng.gauss(0, 0.5)), 1)
        values[(year, "female")] = round(max(0.1, total + gap + rng.gauss(0, 0.5)), 1)
    return values


def make_goals_and_measures(plan, goals_per_region, measures_per_region):
    """Goals spread over the focus areas, each with targets; measures so that every goal has one."""
    rng = plan.rng
    owners = plan.regions if plan.preset == "national" else [plan.plan_region + ([m[0] for m in plan.municipalities],)]
    by_focus = {}
    for ind in plan.indicators:
        by_focus.setdefault(ind["focus"], []).append(ind)
    used_ids = set()
    for owner in owners:
        owner_id, owner_fi = owner[0], owner[1]
        prefix = owner_id.split("-")[-1] + "-" if plan.preset == "national" else ""
        owner_goals = []
        for g in range(goals_per_region):
            focus = FOCUS_AREAS[g % len(FOCUS_AREAS)]
            indicators = by_focus[focus[0]]
            main = indicators[(g // len(FOCUS_AREAS) * 3 + len(plan.goals)) % len(indicators)]
            topic_fi = main["fi"].split(",")[0]
            topic_sv = main["sv"].split(",")[0]
            # A predicate that points the way the indicator improves ("vähenee" for lower is better).
            predicates = [p for p in GOAL_PREDICATES if p[2] == main["better"]]
            pred_fi, pred_sv, _ = predicates[(g + len(plan.goals)) % len(predicates)]
            goal_id = prefix + slug(f"{topic_fi}-{pred_fi}")
            n = 2
            while goal_id in used_ids:
                goal_id, n = prefix + slug(f"{topic_fi}-{pred_fi}-{n}"), n + 1
            used_ids.add(goal_id)
            targets = []
            for k in range(1 + g % 3):
                ind = indicators[(indicators.index(main) + k) % len(indicators)]
                group = ["total", "female", "male"][k % 3]
                area = owner_id
                values = series(plan, ind, plan.areas.index(area))
                base = values[(2023, group)]
                goal_value = round(base * (0.85 if ind["better"] == "lower" else 1.15), 1)
                targets.append({"indicator": ind["id"], "group": group,
                                "area": area if plan.preset == "national" else None,
                                "baseline_value": base if k == 2 else None, "target": goal_value})
            title_fi = f"{topic_fi} {pred_fi}" + (f" ({owner_fi.split('n hyvinvointialue')[0]})" if prefix else "")
            title_sv = f"{topic_sv} {pred_sv}"
            goal = {"id": goal_id, "focus": focus[0], "fi": title_fi, "sv": title_sv, "owner": owner_id,
                    "targets": targets, "categories": [["hyte-kerroin"], ["yhdyspinta", "terveyserot"], [],
                                                       ["talousarvio"], ["integraatio"]][g % 5]}
            plan.goals.append(goal)
            owner_goals.append(goal)
        for m in range(measures_per_region):
            goal = owner_goals[m % len(owner_goals)]
            extra = owner_goals[(m * 7 + 3) % len(owner_goals)]
            goals = [goal["id"]] + ([extra["id"]] if m % 4 == 0 and extra["focus"] == goal["focus"] and extra is not goal else [])
            kind_fi, kind_sv, kind_id = MEASURE_KINDS[(m + len(plan.measures)) % len(MEASURE_KINDS)]
            measure_id = prefix + slug(f"{kind_id}-{goal['id'][len(prefix):]}")
            n = 2
            while measure_id in used_ids:
                measure_id, n = prefix + slug(f"{kind_id}-{goal['id'][len(prefix):]}-{n}"), n + 1
            used_ids.add(measure_id)
            status = STATUSES[(m * 5 + len(plan.measures)) % len(STATUSES)]
            plan.measures.append({"id": measure_id, "goals": goals, "owner": owner, "status": status,
                                  "fi": f"{kind_fi}: {goal['fi'].split(' (')[0].lower()}",
                                  "sv": f"{kind_sv}: {goal['sv'].lower()}", "focus": goal["focus"], "n": m,
                                  "indicator": goal["targets"][0]["indicator"] if m % 5 == 0 else None})


# ---------------------------------------------------------------------------------------------
# Writers, one per content kind.

def write_site(plan, root):
    region_id, region_fi, region_sv = plan.plan_region
    lines = [f"# Synteettinen suunnitelma scripts/bench-ajoa varten ({plan.preset}); kaikki nimet ja luvut keksittyjä.",
             f"title: {lang_map(f'{region_fi}: hyvinvointisuunnitelma 2026–2029', f'{region_sv}: välfärdsplan 2026–2029')}"
             if plan.languages != ["fi"] else f"title: {q('Synteettinen hyvinvointisuunnitelma 2026–2029')}",
             f"region: {region_id}"]
    if plan.country:
        lines.append(f"country: {plan.country[0]}")
    lines += ["term: {start: 2026, end: 2029}", f"languages: [{', '.join(plan.languages)}]",
              f"base_url: https://{region_id}.example.fi/", "unsafe_html: false", "accessibility:",
              "  conformance: partial", "  issues:",
              f"    - {lang_map('Osa kaavioista ei vielä täytä kontrastivaatimusta.', 'En del av diagrammen uppfyller ännu inte kontrastkravet.')}",
              f"  feedback_email: saavutettavuus@{region_id}.example.fi", "  prepared: 2026-01-15"]
    write(f"{root}/site.yaml", "\n".join(lines) + "\n")


def write_organizations(plan, root):
    def units(items):
        return ["units:"] + [f"  - id: {u}\n    name: {lang_map(fi, sv)}" for u, fi, sv in items]

    def contact(name, role, email, pair=None):
        lines = [f"  - name: {q(name)}", f"    role: {q(role)}", f"    email: {email}"]
        return lines + ([f"    pair: {pair}"] if pair else [])

    region_id, region_fi, region_sv = plan.plan_region
    for i, (rid, fi, sv, _) in enumerate(plan.regions):
        lines = [f"name: {lang_map(fi, sv)}", "kind: welfare-region", f"code: {q(f'{i + 1:02d}')}",
                 f"sotkanet_id: {1100 + i}"] + units(REGION_UNITS) + ["contacts:"]
        lines += contact("Hyte-päällikkö", "Hyvinvoinnin ja terveyden edistämisen vastuuhenkilö", f"hyte@{rid}.example.fi")
        lines += contact("Hyte-asiantuntija, lapset ja nuoret", "LNP-palvelujen hyte-yhdyshenkilö", f"lnp.hyte@{rid}.example.fi")
        write(f"{root}/organizations/{rid}.yaml", "\n".join(lines) + "\n")
    if plan.preset == "national":
        lines = [f"name: {lang_map(region_fi, region_sv)}", "kind: welfare-region", 'code: "000"', "sotkanet_id: 658",
                 "units:", f"  - id: hyte\n    name: {lang_map('Kansallinen hyte-verkosto', 'Nationella välfärdsnätverket')}"]
        write(f"{root}/organizations/{region_id}.yaml", "\n".join(lines) + "\n")
    else:
        write(f"{root}/organizations/{plan.country[0]}.yaml",
              f"name: {lang_map(plan.country[1], plan.country[2])}\nkind: country\ncode: \"000\"\nsotkanet_id: 658\n")
    for i, (mid, fi, sv, rid) in enumerate(plan.municipalities):
        lines = [f"name: {lang_map(fi, sv)}", "kind: municipality", f"code: {q(f'{(i * 3 + 5) % 1000:03d}')}",
                 f"sotkanet_id: {200 + i}"] + units(MUNICIPALITY_UNITS) + ["contacts:"]
        lines += contact("Hyte-koordinaattori", "Kunnan hyte-yhdyshenkilö", f"hyte@{mid}.example.fi", f"{rid}/hyte")
        if i % 2 == 0:
            lines += contact("Sivistysjohtaja", "Lasten ja nuorten hyvinvoinnin yhdyshenkilö", f"sivistys@{mid}.example.fi", f"{rid}/lnp")
        write(f"{root}/organizations/{mid}.yaml", "\n".join(lines) + "\n")
    for oid, kind, fi, sv in PARTNER_ORGS:
        lines = [f"name: {lang_map(fi, sv)}", f"kind: {kind}", "contacts:"]
        lines += contact("Toiminnanjohtaja", "Hyvinvoinnin edistämisen yhdyshenkilö", f"toimisto@{oid}.example.fi", f"{plan.regions[0][0]}/hyte")
        write(f"{root}/organizations/{oid}.yaml", "\n".join(lines) + "\n")


def write_focus_areas(plan, root):
    rng = random.Random(SEED + 1)
    areas = [plan.plan_region[0]] + ([plan.country[0]] if plan.country else [])
    focus_list = FOCUS_AREAS[:1] if plan.preset == "plain" else FOCUS_AREAS
    for order, (fid, fi, sv, topics) in enumerate(focus_list, 1):
        indicator = next(i for i in plan.indicators if i["focus"] == fid)
        groups = [lang_map(f"{t[1]} -ryhmä", f"Gruppen {t[2].lower()}") for t in topics[:3]]
        lines = [f"title: {lang_map(fi, sv)}", f"order: {order}",
                 f"summary: {lang_map(sentence(rng), 'Invånarna mår bra och får hjälp i tid.')}",
                 "population_groups:"] + [f"  - {g}" for g in groups]
        chart = f"\n```chart\ntype: trend\nindicator: {indicator['id']}\nareas: [{', '.join(areas)}]\n```\n"
        text = body(rng, 3, 5) + "\nPainopisteessä keskitytään kolmeen asiaan:\n\n" + \
            "".join(f"- {rng.choice(OBJECTS)} {rng.choice(ADVERBIALS)}\n" for _ in range(3)) + chart
        write(f"{root}/focus-areas/{fid}.md", front_matter(lines, text))
        if "sv" in plan.languages:
            write(f"{root}/focus-areas/{fid}.sv.md",
                  front_matter([f"summary: {q('Invånarna mår bra och får hjälp i tid – där de annars också är.')}"],
                               "Välfärdsområdet och kommunerna arbetar tillsammans för invånarnas välfärd.\n" + chart))


def write_goals(plan, root):
    rng = random.Random(SEED + 2)
    for n, goal in enumerate(plan.goals):
        owner = goal["owner"]
        lines = [f"title: {lang_map(goal['fi'], goal['sv'] if 'sv' in plan.languages else None)}",
                 f"focus_area: {goal['focus']}"]
        if goal["categories"]:
            lines.append(f"categories: [{', '.join(goal['categories'])}]")
        lines.append(f"responsible: [{owner}/{FOCUS_UNIT[goal['focus']] if plan.preset != 'plain' else 'hyte'}"
                     + (", all-municipalities" if plan.preset != "national" else "") + "]")
        lines.append("targets:")
        for t in goal["targets"]:
            lines.append(f"  - indicator: {t['indicator']}")
            if t["area"]:
                lines.append(f"    area: {t['area']}")
            if t["group"] != "total":
                lines.append(f"    group: {t['group']}")
            lines.append("    baseline: {year: 2023" + (f", value: {t['baseline_value']}" if t["baseline_value"] is not None else "") + "}")
            lines.append(f"    target: {{year: 2029, value: {t['target']}}}")
        write(f"{root}/goals/{goal['id']}.md", front_matter(lines, body(rng, 3, 4)))
        if "sv" in plan.languages and n % 4 == 0:
            write(f"{root}/goals/{goal['id']}.sv.md",
                  front_matter([], "Målet nås bara tillsammans med kommunerna, organisationerna och församlingarna.\n"))


def write_measures(plan, root):
    rng = random.Random(SEED + 3)
    for measure in plan.measures:
        owner_id, _, _, towns = measure["owner"]
        m, status = measure["n"], measure["status"]
        lead = f"{owner_id}/{FOCUS_UNIT[measure['focus']]}" if m % 6 else towns[m % len(towns)] + "/sivistys"
        partners = (["all-municipalities"] if plan.preset != "national" else towns) + \
            [PARTNER_ORGS[m % len(PARTNER_ORGS)][0]] + ([f"{owner_id}/terveys"] if m % 3 == 0 else [])
        start = f"{2025 + (m % 2)}-{(m % 12) + 1:02d}"
        # Only finished measures may have a schedule that ended before the content date (2026-10).
        end = f"2026-{(m % 6) + 1:02d}" if status in ("done", "cancelled") and start < "2026-01" else f"{2027 + m % 3}-12"
        lines = [f"title: {lang_map(measure['fi'], measure['sv'] if 'sv' in plan.languages else None)}",
                 f"goals: [{', '.join(measure['goals'])}]", f"lead: {lead}", f"partners: [{', '.join(partners)}]",
                 f"schedule: {{start: {start}, end: {end}}}"]
        if m % 2 == 0:
            lines.append(f"budget: {{amount: {(m % 9 + 1) * 15000}, note: {q('Talousarvio 2026')}}}")
        if measure["indicator"]:
            lines.append(f"indicators: [{measure['indicator']}]")
        entries = 0 if status == "planned" and m % 2 else 1 + m % len(FOLLOW_UP_DATES)
        if entries:
            lines.append("follow_up:")
            dates = FOLLOW_UP_DATES[-entries:]
            for k, date in enumerate(dates):
                last = k == len(dates) - 1
                st = status if last else ("planned" if k == 0 else "ongoing")
                progress = 100 if st == "done" else min(95, 10 + 20 * k) if st != "planned" else 0
                lines.append(f"  - date: {date}\n    status: {st}\n    progress: {progress}\n    note: {q(sentence(rng))}")
        write(f"{root}/measures/{measure['id']}.md", front_matter(lines, body(rng, 2, 3)))


def write_indicators(plan, root):
    """Definitions and the data: every area x year x group, some municipal figures missing."""
    rows = 0
    for ind in plan.indicators:
        lines = [f"name: {lang_map(ind['fi'], ind['sv'] if 'sv' in plan.languages else None)}", 'unit: "%"', "decimals: 1",
                 f"better: {ind['better']}", f"source: {{name: {q('THL Sotkanet')}, sotkanet_id: {ind['sotkanet']}}}",
                 f"description: {q('Tieto perustuu kyselyyn; pienten kuntien tietoja ei julkaista, jos vastaajia on liian vähän.')}",
                 f"hyte_kerroin: {'true' if ind['kerroin'] else 'false'}"]
        write(f"{root}/indicators/{ind['id']}.yaml", "\n".join(lines) + "\n")
        out = ["area,year,value,group"]
        for a, area in enumerate(plan.areas):
            values = series(plan, ind, a)
            for year in YEARS:
                missing = is_missing(plan, a, ind["index"], year)
                for group in GROUPS:
                    out.append(f"{area},{year},{'' if missing else values[(year, group)]},{group}")
        rows += len(out) - 1
        write(f"{root}/data/{ind['id']}.csv", "\n".join(out) + "\n")
    plan.counts["data rows"] = rows


def write_bodies(plan, root):
    rid = plan.plan_region[0]
    bodies = [("strateginen-neuvottelu", "Strateginen hyte-neuvottelu", "Strategisk välfärdsförhandling", "strategic", rid),
              ("kuntayhteistyoryhma", "Kuntayhteistyöryhmä", "Samarbetsgruppen för kommunerna", "operational", rid),
              ("hyte-koordinaattoriverkosto", "Hyte-koordinaattoriverkosto", "Nätverket för välfärdskoordinatorer", "coordination", rid),
              ("jane", "JANE-kumppanuuspöytä", "Partnerskapsbordet JANE", "network", "jarjestoyhteisto"),
              ("hyte-foorumi", "Hyte-foorumi", "Välfärdsforum", "forum", rid),
              ("perhekeskusverkosto", "Perhekeskusverkosto", "Familjecentrets nätverk", "network", f"{plan.regions[0][0]}/lnp"),
              ("valmiusfoorumi", "Turvallisuus- ja valmiusfoorumi", "Säkerhets- och beredskapsforum", "forum", f"{plan.regions[0][0]}/pelastus")]
    if plan.preset == "national":
        bodies += [(f"{r[0]}-kuntayhteistyo", f"{r[1]}: kuntayhteistyöryhmä", f"{r[2]}: samarbetsgrupp", "operational", r[0])
                   for r in plan.regions]
    for n, (bid, fi, sv, level, convener) in enumerate(bodies):
        members = [convener.split("/")[0], "all-municipalities", "maakuntaliitto"] if n < 7 else \
            [convener] + next(r[3] for r in plan.regions if r[0] == convener)
        lines = [f"name: {lang_map(fi, sv)}", f"level: {level}", f"convener: {convener}",
                 f"members: [{', '.join(dict.fromkeys(members))}]", f"meetings_per_year: {{min: {2 + n % 3}, max: {4 + n % 3}}}",
                 'legal_basis: ["612/2021 6 §", "612/2021 7 §"]',
                 f"purpose: {q(paragraph(random.Random(SEED + 40 + n), 2))}",
                 f"meetings: [2026-02-{10 + n % 15:02d}, 2026-05-{10 + n % 15:02d}, 2026-10-{10 + n % 15:02d}]"]
        write(f"{root}/bodies/{bid}.yaml", "\n".join(lines) + "\n")
    plan.bodies = [b[0] for b in bodies]


def write_calendar(plan, root):
    yearly = [("koordinaattoriverkosto", "Hyte-koordinaattoriverkoston tapaaminen", "meeting", [1, 3, 4, 6, 8, 10, 11], "hyte-koordinaattoriverkosto"),
              ("tilinpaatokset", "Tilinpäätökset: hyte-tavoitteiden toteuma", "financial-statement", [2, 3, 4], None),
              ("kuntayhteistyoryhman-kokous", "Kuntayhteistyöryhmän kokous", "meeting", [2, 5, 10], "kuntayhteistyoryhma"),
              ("strateginen-arviointi", "Strateginen hyte-neuvottelu: edellisen vuoden arviointi", "negotiation", [3], "strateginen-neuvottelu"),
              ("jarjestoneuvottelu", "Hyte-neuvottelu järjestöjen kanssa", "negotiation", [5], "jane"),
              ("hyvinvointikertomukset", "Hyvinvointikertomukset valtuustoille", "report", [4, 5, 6], None),
              ("indikaattoripaivitys", "Indikaattoritietojen päivitys", "other", [8], None),
              ("talousarvion-valmistelu", "Talousarvioiden valmistelu", "budget", [8, 9, 10], None),
              ("strateginen-suunnittelu", "Strateginen hyte-neuvottelu: seuraavan vuoden tavoitteet", "negotiation", [9], "strateginen-neuvottelu"),
              ("hyte-foorumi", "Hyte-foorumi", "forum", [11], "hyte-foorumi"),
              ("talousarvion-hyvaksyminen", "Talousarvioiden hyväksyminen", "budget", [11, 12], None),
              ("vuosiraportti", "Hyvinvointisuunnitelman vuosiraportti", "report", [12], None)]
    lines = ["events:"]
    for eid, title, kind, months, body_id in yearly:
        lines += [f"  - id: {eid}", f"    title: {lang_map(title, 'Händelse i årshjulet')}", f"    kind: {kind}",
                  f"    months: [{', '.join(map(str, months))}]"] + ([f"    body: {body_id}"] if body_id else [])
    write(f"{root}/calendar/vuosikello.yaml", "\n".join(lines) + "\n")
    lines = ["events:"]
    dated = 0
    for month in range(1, 13):
        for day in (12, 26):
            dated += 1
            lines += [f"  - id: kokous-2026-{month:02d}-{day}", f"    title: {lang_map(f'Hyte-kokous {day}.{month}.2026', 'Välfärdsmöte')}",
                      f"    kind: {'training' if day == 26 else 'meeting'}", f"    date: 2026-{month:02d}-{day}", '    time: "13:00"']
            if day == 12:
                lines.append(f"    body: {plan.bodies[(month + dated) % len(plan.bodies)]}")
    write(f"{root}/calendar/kokoukset-2026.yaml", "\n".join(lines) + "\n")
    plan.counts["calendar events"] = len(yearly) + dated


def write_interfaces(plan, root):
    rng = random.Random(SEED + 5)
    names = [("alle-kouluikaiset", "Alle kouluikäisten lasten ja perheiden palvelut", "Tjänster för barn under skolåldern"),
             ("kouluikaiset", "Kouluikäisten lasten ja nuorten palvelut", "Tjänster för barn och unga i skolåldern"),
             ("tyoikaiset", "Työikäisten palvelut", "Tjänster för personer i arbetsför ålder"),
             ("ikaantyneet", "Ikääntyneiden palvelut", "Äldreomsorg")]
    for n, (iid, fi, sv) in enumerate(names):
        goals = [g["id"] for g in plan.goals if g["focus"] == FOCUS_AREAS[[0, 0, 1, 2][n]][0]][:4]
        lines = [f"title: {lang_map(fi, sv)}", "municipality: [Varhaiskasvatus, Perusopetus, Liikuntapalvelut, Nuorisopalvelut]",
                 "welfare_region: [Neuvola, Perhetyö, Kouluterveydenhuolto, Kotihoito]", f"goals: [{', '.join(goals)}]",
                 "questions:"] + [f"  - {q(sentence(rng)[:-1] + '?')}" for _ in range(3)] + ["tasks:"]
        for t in range(5):
            lines += [f"  - task: {q(rng.choice(OBJECTS).capitalize())}", f"    municipality: {q(sentence(rng))}",
                      f"    welfare_region: {q(sentence(rng))}"] + ([f"    shared: {q(sentence(rng))}"] if t % 2 else [])
        write(f"{root}/interfaces/{iid}.md", front_matter(lines, body(rng, 2, 3)))


def write_reports(plan, root):
    """One report of the plan, and nationally one per region, full of chart and table blocks."""
    rng = random.Random(SEED + 6)
    country = plan.country[0] if plan.country else None

    def report(rid, title, owner, goals):
        areas = [owner] + ([country] if country else [])
        parts = [body(rng, 2, 4), "## Yhteenveto\n\n" + "".join(f"- {sentence(rng)}\n" for _ in range(4))]
        for fid, fi, _, _ in FOCUS_AREAS:
            ind = next(i for i in plan.indicators if i["focus"] == fid)
            goal = next(g for g in goals if g["focus"] == fid)
            parts.append(f"## {fi}\n\n{paragraph(rng, 3)}\n\n```chart\ntype: trend\nindicator: {ind['id']}\n"
                         f"areas: [{', '.join(areas)}]\nyears: 2014-2024\n```\n\n```chart\ntype: compare\nindicator: {ind['id']}\n```\n\n"
                         f"```chart\ntype: progress\ngoal: {goal['id']}\n```\n\n```table\ntype: goals\nfocus_area: {fid}\n```\n\n"
                         f"```table\ntype: measures\nfocus_area: {fid}\norganization: {owner}\n```\n")
        parts.append("## Toimenpiteiden tila\n\n```chart\ntype: status\n```\n\n## Indikaattorit\n\n```table\ntype: indicators\n```\n")
        parts.append("## Yhteistyörakenteet\n\n```chart\ntype: structure\n```\n\n```table\ntype: bodies\n```\n\n"
                     "```chart\ntype: clock\n```\n\n```table\ntype: calendar\n```\n\n"
                     f"```table\ntype: responsibilities\norganization: {owner}\n```\n\n```table\ntype: contacts\norganization: {owner}\n```\n")
        lines = [f"title: {q(title)}",
                 f"meeting: {{body: Aluevaltuusto, date: 2026-12-08, item: {q('87 §')}, attachment: {q('Liite 4')}}}", "language: fi"]
        write(f"{root}/reports/{rid}.md", front_matter(lines, "\n".join(parts)))

    report("vuosiraportti-2026", "Hyvinvointisuunnitelman vuosiraportti 2026", plan.plan_region[0], plan.goals)
    count = 1
    if plan.preset == "national":
        for r in plan.regions:
            report(f"{r[0]}-vuosiraportti-2026", f"{r[1]}: vuosiraportti 2026", r[0], [g for g in plan.goals if g["owner"] == r[0]])
            count += 1
    plan.counts["reports"] = count


def write_pages(plan, root):
    rng = random.Random(SEED + 7)
    glossary = "| Termi | Selitys |\n|---|---|\n" + "".join(f"| {w.split()[0].capitalize()} | {sentence(rng)} |\n" for w in OBJECTS)
    write(f"{root}/pages/tietoa.md", front_matter(
        [f"title: {lang_map('Tietoa suunnitelmasta', 'Om planen')}", f"summary: {q(sentence(rng))}"],
        "## Mikä hyvinvointisuunnitelma on?\n\n" + body(rng, 2, 5) + "\n## Yhteystiedot\n\n```table\ntype: contacts\n```\n"))
    write(f"{root}/pages/sanasto.md", front_matter([f"title: {lang_map('Sanasto', 'Ordlista')}"], glossary))


def plain_page(n, rng):
    """About 200 words, a GFM table and a list: the same Markdown for hyte and for Hugo."""
    title = f"Sivu {n}: {rng.choice(OBJECTS)}"
    table = "| Kunta | Osuus, % | Muutos |\n|---|---:|---:|\n" + "".join(
        f"| {rng.choice(NAME_STEMS)}{rng.choice(NAME_ENDINGS)} | {rng.uniform(5, 60):.1f} | {rng.uniform(-3, 3):+.1f} |\n" for _ in range(4))
    items = "".join(f"- {rng.choice(OBJECTS)} {rng.choice(ADVERBIALS)}\n" for _ in range(5))
    text = (f"{paragraph(rng, 8)}\n\n## Tilannekuva\n\n{paragraph(rng, 6)}\n\n{table}\n"
            f"## Toimenpiteet\n\n{items}\n{paragraph(rng, 8)}\n")
    return f"---\ntitle: {q(title)}\n---\n{text}"


def write_plain_pages(plan, root, hugo_root, count):
    rng = random.Random(SEED + 8)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo-site"), hugo_root, dirs_exist_ok=True)
    words = 0
    for n in range(1, count + 1):
        page = plain_page(n, rng)
        words += len(page.split("---\n", 2)[2].split())
        write(f"{root}/pages/sivu-{n:05d}.md", page)
        write(f"{hugo_root}/content/sivu-{n:05d}.md", page)
    plan.counts["plain pages"] = count
    plan.counts["words per plain page (mean, with table and list)"] = round(words / count)


# ---------------------------------------------------------------------------------------------

PRESETS = {
    # regions, municipalities, indicators, goals per region, measures per region
    "large": (1, 27, 120, 60, 250),
    "national": (23, 308, 120, 8, 30),
    "plain": (1, 1, 1, 1, 1),
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in PRESETS:
        sys.exit(f"usage: {sys.argv[0]} {{{'|'.join(PRESETS)}}} DIR")
    preset, target = sys.argv[1], sys.argv[2]
    root = os.path.join(target, "content")
    for folder in (root, os.path.join(target, "hugo")):
        if os.path.exists(folder):
            shutil.rmtree(folder)
    plan = Plan(preset)
    global BILINGUAL
    BILINGUAL = "sv" in plan.languages
    regions, towns, indicators, goals, measures = PRESETS[preset]
    make_areas(plan, regions, towns)
    make_indicators(plan, indicators)
    make_goals_and_measures(plan, goals, measures)
    write_site(plan, root)
    write_organizations(plan, root)
    write_focus_areas(plan, root)
    write_goals(plan, root)
    write_measures(plan, root)
    write_indicators(plan, root)
    if preset == "plain":
        # PLAIN_PAGES only for looking at how a build scales; the benchmark uses 10,000.
        write_plain_pages(plan, root, os.path.join(target, "hugo"), int(os.environ.get("PLAIN_PAGES", "10000")))
    else:
        write_bodies(plan, root)
        write_calendar(plan, root)
        write_interfaces(plan, root)
        write_reports(plan, root)
        write_pages(plan, root)
    regions = f"{len(plan.regions)} + koko-maa as the plan's national region" if preset == "national" else len(plan.regions)
    counts = {"languages": " ".join(plan.languages), "welfare regions": regions,
              "municipalities": len(plan.municipalities), "areas with data": len(plan.areas),
              "indicators": len(plan.indicators), "goals": len(plan.goals), "measures": len(plan.measures), **plan.counts}
    files = {kind: len(os.listdir(os.path.join(root, kind))) for kind in sorted(os.listdir(root))
             if os.path.isdir(os.path.join(root, kind))}
    print(f"{preset}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    print(f"{preset} files: " + ", ".join(f"{k} {v}" for k, v in files.items()))


if __name__ == "__main__":
    main()
