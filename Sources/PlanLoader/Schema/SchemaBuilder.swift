import PlanModel

/// Builds the schema documents. Each mapping's properties are laid out from the loader's key list;
/// the definitions here only give each key its type and description.
final class SchemaBuilder {
    private(set) var problems: [String] = []
    /// Every mapping built: its path (`goal/targets`) and its keys, in the loader's order.
    private(set) var objects: [(path: String, keys: [String])] = []

    /// A mapping at `path` with exactly the loader's `keys`: `properties` from `keys`, each typed by
    /// `definitions[key]`, `required` from `ContentSchema.requiredKeys[path]`, and nothing else allowed.
    func object(_ path: String, keys: [String], _ definitions: [String: JSONValue],
                description: String? = nil) -> JSONValue {
        let required = ContentSchema.requiredKeys[path] ?? []
        var properties: [String: JSONValue] = [:]
        for key in keys {
            guard let definition = definitions[key] else {
                problems.append("\(path): the loader accepts '\(key)' but the schema gives it no type")
                properties[key] = ["description": "Accepted by hyte; not described yet."]
                continue
            }
            if case .string(let text)? = definition["description"], !text.isEmpty {} else {
                problems.append("\(path): '\(key)' has no description")
            }
            properties[key] = required.contains(key) ? definition : Field.nullable(definition)
        }
        for key in definitions.keys.sorted() where !keys.contains(key) {
            problems.append("\(path): the schema types '\(key)' but the loader does not accept it")
        }
        for key in required where !keys.contains(key) {
            problems.append("\(path): '\(key)' is required but the loader does not accept it")
        }
        objects.append((path, keys))
        var schema: JSONValue = ["type": "object", "properties": .object(properties), "additionalProperties": false]
        if !required.isEmpty { schema = schema.setting("required", .array(required.map(JSONValue.string))) }
        if let description { schema = schema.setting("description", .string(description)) }
        return schema
    }

    /// Allowed keys written inline in a decoder's `Mapping(allowed:)` call (see `ContentSchema.inlineKeys`).
    func inline(_ path: String) -> [String] {
        guard let keys = ContentSchema.inlineKeys[path] else {
            problems.append("\(path): no key list")
            return []
        }
        return keys
    }

    // MARK: Documents

    func document(_ kind: String) -> JSONValue? {
        let body: JSONValue
        let title: String
        let description: String
        switch kind {
        case "site":
            body = site()
            title = "hyte site.yaml"
            description = "The plan itself (content/site.yaml): title, region, council term, languages, web address and the accessibility statement."
        case "organization":
            body = organization()
            title = "hyte organisation"
            description = "An organisation (content/organizations/<id>.yaml): welfare region, municipality, the whole country, association, parish, state body …"
        case "focus-area":
            body = focusArea()
            title = "hyte focus area (front matter)"
            description = "The front matter of a focus area, painopiste (content/focus-areas/<id>.md). The Markdown body describes it."
        case "goal":
            body = goal()
            title = "hyte goal (front matter)"
            description = "The front matter of a goal, tavoite (content/goals/<id>.md). The Markdown body says why."
        case "measure":
            body = measure()
            title = "hyte measure (front matter)"
            description = "The front matter of a measure, toimenpide (content/measures/<id>.md). The Markdown body says what is done."
        case "indicator":
            body = indicator()
            title = "hyte indicator"
            description = "An indicator definition (content/indicators/<id>.yaml); its figures are in content/data/<id>.csv."
        case "body":
            body = cooperationBody()
            title = "hyte cooperation body"
            description = "A cooperation body, yhteistyörakenne (content/bodies/<id>.yaml): a group, forum or network."
        case "calendar":
            body = calendar()
            title = "hyte calendar"
            description = "Annual-clock and dated events, vuosikello (content/calendar/<name>.yaml)."
        case "interface":
            body = interface()
            title = "hyte service interface (front matter)"
            description = "The front matter of a service interface between municipality and region, yhdyspinta (content/interfaces/<id>.md)."
        case "report":
            body = report()
            title = "hyte report (front matter)"
            description = "The front matter of a printable council attachment (content/reports/<id>.md)."
        case "page":
            body = page()
            title = "hyte page (front matter)"
            description = "The front matter of a free page (content/pages/<id>.md)."
        case "chart":
            body = chart()
            title = "hyte chart block"
            description = "The YAML inside a ```chart block in a Markdown body."
        case "table":
            body = table()
            title = "hyte table block"
            description = "The YAML inside a ```table block in a Markdown body."
        default:
            guard kind.hasSuffix(".translation") else { return nil }
            let base = String(kind.dropLast(".translation".count))
            guard let keys = ContentSchema.translatable.first(where: { $0.kind == base })?.keys else { return nil }
            body = translation(kind, keys)
            title = "hyte \(base) translation (front matter)"
            description = "The front matter of a translation file <id>.<lang>.md beside content/\(ContentSchema.folders[base] ?? base)/<id>.md: "
                + "only \(keys.map { "'\($0)'" }.joined(separator: " and ")), as plain text in the translation's language. It may be empty."
        }
        return body
            .setting("$schema", "https://json-schema.org/draft/2020-12/schema")
            .setting("$id", .string(ContentSchema.schemaID(kind)))
            .setting("title", .string(title))
            .setting("description", .string(description))
    }

    // MARK: YAML files

    private func site() -> JSONValue {
        object("site", keys: SiteDecoder.keys, [
            "title": Field.text("The plan's name."),
            "region": Field.id("Id of the welfare-region organisation whose plan this is; the default area of targets and charts."),
            "country": Field.id("Id of the organisation of kind country used as the national comparison in charts."),
            "term": object("site/term", keys: inline("site/term"), [
                "start": Field.year("First year of the council term."),
                "end": Field.year("Last year of the council term; not before start."),
            ], description: "Council term (valtuustokausi): {start: 2026, end: 2029}."),
            "languages": Field.list(Field.choice(Language.self, "A language code."),
                                    "Site languages, each once; the first is the default. Allowed: fi, sv, en.", unique: true),
            "base_url": Field.web("Where the site is published; starts with https:// or http://."),
            "unsafe_html": Field.bool("Let raw HTML in Markdown through (default false)."),
            "pdf": Field.bool("Write the reports' PDFs on every build, as hyte build --pdf does (default false)."),
            "accessibility": object("site/accessibility", keys: SiteDecoder.accessibilityKeys, [
                "conformance": Field.choice(Site.Conformance.self, "Conformance with WCAG 2.1 AA."),
                "issues": Field.texts("Known non-conforming content, as texts; may be empty."),
                "feedback_email": Field.email("E-mail address for accessibility feedback."),
                "prepared": Field.date("The day the statement was prepared."),
            ], description: "The accessibility statement (saavutettavuusseloste)."),
        ])
    }

    private func organization() -> JSONValue {
        object("organization", keys: OrganizationDecoder.keys, [
            "name": Field.text("Name of the organisation."),
            "kind": Field.choice(Organization.Kind.self, "What the organisation is."),
            "code": Field.code("Official code, quoted: a municipality's number (\"091\"), a welfare region's code since 2023 (\"08\"), \"358\" for the whole country. hyte import sotkanet looks it up among Sotkanet's regions of the organisation's kind."),
            "sotkanet_id": Field.integer("THL Sotkanet region id, used by data import; when given, it alone matches (the code is not used).", in: 0...9_999_999),
            "units": Field.mappings(object("organization/units", keys: inline("organization/units"), [
                "id": Field.id("Id of the unit, unique within the organisation; referred to as <organisation-id>/<unit-id>."),
                "name": Field.text("Name of the unit."),
            ], description: "A part of the organisation that can carry responsibility."),
            "Parts of the organisation that can carry responsibility."),
            "contacts": Field.mappings(object("organization/contacts", keys: inline("organization/contacts"), [
                "name": Field.plain("Name or role title, as plain text (not a language map)."),
                "role": Field.text("The contact's role."),
                "email": Field.email("E-mail address; prefer a role mailbox."),
                "phone": Field.code("Phone number."),
                "pair": Field.party("The counterpart (vastinpari): organisation id, organisation-id/unit-id or all-municipalities."),
            ], description: "A hyte contact person (yhdyshenkilö)."),
            "Hyte contact persons (yhdyshenkilöt)."),
        ])
    }

    private func indicator() -> JSONValue {
        object("indicator", keys: IndicatorDecoder.keys, [
            "name": Field.text("What the indicator measures."),
            "unit": ["type": ["string", "number"],
                     "description": "Free text shown after values: \"%\", \"‰\", \"/ 100 000\", indeksi …"],
            "decimals": Field.integer("Decimals shown, 0–6.", in: 0...6),
            "better": Field.choice(Indicator.Better.self, "Which direction is good."),
            "source": [
                "description": "Where the figures come from: a name, or {name, sotkanet_id, url, updated}.",
                "anyOf": [
                    Field.plain("The name of the source."),
                    object("indicator/source", keys: inline("indicator/source"), [
                        "name": Field.plain("Name of the source, e.g. THL Sotkanet."),
                        "sotkanet_id": Field.integer("THL Sotkanet indicator id.", in: 0...9_999_999),
                        "url": Field.web("Web address of the source; starts with https:// or http://."),
                        "updated": Field.date("When the source last updated the data (written by hyte import sotkanet); shown in the citation."),
                    ], description: "The source as a mapping."),
                ],
            ],
            "description": Field.text("How it is measured, caveats."),
            "hyte_kerroin": Field.bool("Part of the HYTE coefficient (default false)."),
        ])
    }

    private func cooperationBody() -> JSONValue {
        object("body", keys: BodyDecoder.keys, [
            "name": Field.text("Name of the group, forum or network."),
            "level": Field.choice(Body.Level.self, "Its place in the cooperation structure."),
            "convener": Field.party("Who convenes it: organisation id, organisation-id/unit-id or all-municipalities."),
            "members": Field.list(Field.party("A member."), "Who takes part: organisation ids, organisation-id/unit-id or all-municipalities."),
            "meetings_per_year": [
                "description": "How often it meets: a number (6) or {min: 6, max: 8}; 0–365, max not below min.",
                "anyOf": [
                    Field.integer("Meetings a year.", in: 0...365),
                    object("body/meetings_per_year", keys: inline("body/meetings_per_year"), [
                        "min": Field.integer("Fewest meetings a year.", in: 0...365),
                        "max": Field.integer("Most meetings a year; left out = min.", in: 0...365),
                    ], description: "A range of meetings a year."),
                ],
            ],
            "legal_basis": Field.list(Field.plain("A law and section."), "Laws and sections, e.g. \"612/2021 7 §\"."),
            "purpose": Field.text("What it is for."),
            "meetings": Field.list(Field.date("A meeting day."), "Dated meetings, YYYY-MM-DD."),
        ])
    }

    private func calendar() -> JSONValue {
        let event = object("calendar/events", keys: CalendarDecoder.eventKeys, [
            "id": Field.id("Names the event; unique across all calendar files."),
            "title": Field.text("What happens."),
            "kind": Field.choice(CalendarEvent.Kind.self, "Type of event."),
            "months": Field.list(Field.integer("A month, 1–12.", in: 1...12),
                                 "Recurs every year in these months (annual clock), 1–12, each once. Not with date.",
                                 minItems: 1, unique: true),
            "date": Field.date("A single dated event. Not with months."),
            "time": Field.time("Start time; only with date."),
            "end_date": Field.date("Last day of a multi-day event; only with date, not before it."),
            "body": Field.id("Id of the cooperation body that meets."),
            "legal_basis": Field.plain("Law and section (one value), e.g. \"611/2021 14 §\"."),
            "description": Field.text("More detail."),
        ], description: "An event: either months (yearly) or date (once).")
        .setting("oneOf", [
            [
                "description": "A yearly event: months, without date, time or end_date.",
                "required": ["months"],
                "not": ["anyOf": [["required": ["date"]], ["required": ["time"]], ["required": ["end_date"]]]],
            ],
            ["description": "A dated event: date, without months.", "required": ["date"], "not": ["required": ["months"]]],
        ])
        return object("calendar", keys: inline("calendar"), [
            "events": Field.mappings(event, "The events of this file."),
        ])
    }

    // MARK: Markdown front matter

    private func focusArea() -> JSONValue {
        object("focus-area", keys: FocusAreaDecoder.keys, [
            "title": Field.text("Name of the focus area (painopiste)."),
            "order": Field.integer("Position in lists, smallest first."),
            "summary": Field.text("One or two sentences for cards and lists."),
            "population_groups": Field.texts("The population groups it concerns."),
        ])
    }

    private func goal() -> JSONValue {
        func point(_ key: String, _ description: String, value: String) -> JSONValue {
            object("goal/targets/\(key)", keys: inline("goal/targets/\(key)"), [
                "year": Field.year("The year, 1900–2100."),
                "value": Field.number(value),
            ], description: description)
        }
        return object("goal", keys: GoalDecoder.keys, [
            "title": Field.text("The goal, as a sentence."),
            "focus_area": Field.id("Id of the focus area the goal belongs to."),
            "categories": Field.list(Field.choice(Goal.Category.self, "A category."),
                                     "Labels for filtering: hyte-kerroin, talousarvio, yhdyspinta, terveyserot, integraatio."),
            "responsible": Field.list(Field.party("A responsible party."),
                                      "Who answers for the goal: organisation ids, organisation-id/unit-id or all-municipalities."),
            "targets": Field.mappings(object("goal/targets", keys: GoalDecoder.targetKeys, [
                "indicator": Field.id("Id of the indicator that is measured."),
                "area": Field.id("Id of the organisation whose figure; default: the region of site.yaml."),
                "group": Field.plain("The data group, e.g. female; default total."),
                "baseline": point("baseline", "The starting point: {year, value}; value left out = the figure of that year in the data file.",
                                  value: "The baseline value; left out, hyte takes it from the data file."),
                "target": point("target", "The target: {year, value}; the year not before the baseline year.",
                                value: "The target value."),
            ], description: "A measurable target."), "Measurable targets."),
        ])
    }

    private func measure() -> JSONValue {
        object("measure", keys: MeasureDecoder.keys, [
            "title": Field.text("The measure (toimenpide)."),
            "goals": Field.list(Field.id("A goal id."), "The goals it serves: goal ids, at least one.", minItems: 1),
            "lead": Field.party("The responsible party (vastuutaho): organisation id, organisation-id/unit-id or all-municipalities."),
            "partners": Field.list(Field.party("A partner."), "Who takes part: organisation ids, organisation-id/unit-id or all-municipalities."),
            "schedule": object("measure/schedule", keys: inline("measure/schedule"), [
                "start": Field.month("First month."),
                "end": Field.month("Last month; not before start."),
            ], description: "When it runs: {start: 2026-01, end: 2027-12}; both optional."),
            "budget": object("measure/budget", keys: inline("measure/budget"), [
                "amount": Field.number("Euros, 0 or more.", minimum: 0),
                "note": Field.text("What the money is, e.g. the budget line."),
            ], description: "Money set aside: {amount, note}."),
            "indicators": Field.list(Field.id("An indicator id."), "Process indicators: indicator ids."),
            "follow_up": Field.mappings(object("measure/follow_up", keys: inline("measure/follow_up"), [
                "date": Field.date("Date of the report."),
                "status": Field.choice(Measure.Status.self, "Status at that date."),
                "progress": Field.integer("Percent done, 0–100.", in: 0...100),
                "note": Field.text("What happened."),
            ], description: "A progress report."), "Progress reports, oldest first; the last entry is the current state."),
        ])
    }

    private func interface() -> JSONValue {
        object("interface", keys: InterfaceDecoder.keys, [
            "title": Field.text("Name of the interface (yhdyspinta)."),
            "municipality": Field.texts("Services on the municipality side."),
            "welfare_region": Field.texts("Services on the welfare region side."),
            "goals": Field.list(Field.id("A goal id."), "Related goals: goal ids."),
            "questions": Field.texts("Key questions (keskeisiä kysymyksiä)."),
            "tasks": Field.mappings(object("interface/tasks", keys: inline("interface/tasks"), [
                "task": Field.text("The task."),
                "municipality": Field.text("What the municipality does."),
                "welfare_region": Field.text("What the welfare region does."),
                "shared": Field.text("What they do together."),
            ], description: "A row of the division-of-tasks table."), "Rows of the division-of-tasks table (vastuunjakotaulukko)."),
        ])
    }

    private func report() -> JSONValue {
        object("report", keys: ReportDecoder.keys, [
            "title": Field.text("Title of the report."),
            "meeting": object("report/meeting", keys: inline("report/meeting"), [
                "body": Field.text("The meeting body, e.g. Aluevaltuusto."),
                "date": Field.date("Day of the meeting."),
                "item": Field.code("Agenda item, e.g. \"87 §\"."),
                "attachment": Field.code("Attachment label, e.g. \"Liite 4\"."),
            ], description: "The meeting the report goes to."),
            "language": Field.choice(Language.self, "The report's language; one of the site's languages. Default: the default language."),
        ])
    }

    private func page() -> JSONValue {
        object("page", keys: PageDecoder.keys, [
            "title": Field.text("Page title."),
            "summary": Field.text("Short description."),
        ])
    }

    private func translation(_ kind: String, _ keys: [String]) -> JSONValue {
        var definitions: [String: JSONValue] = [:]
        for key in keys {
            definitions[key] = Field.plain("Overrides '\(key)' in this language; plain text, not a language map.")
        }
        return object(kind, keys: keys, definitions).setting("type", ["object", "null"])
    }

    // MARK: Blocks

    private func chart() -> JSONValue {
        object("chart", keys: BlockDecoder.chartKeys, [
            "type": Field.choice(ChartSpec.Kind.self, "The chart."),
            "indicator": Field.id("Indicator id; required by trend and compare."),
            "areas": Field.list(Field.id("An organisation id."), "Organisation ids; default: region and country."),
            "years": [
                "description": "A range of years, 2015-2024, or one year.",
                "anyOf": [
                    Field.year("One year."),
                    ["type": "string", "pattern": "^\\s*[0-9]{4}\\s*(-\\s*[0-9]{4}\\s*)?$", "description": "YYYY-YYYY or YYYY."],
                ],
            ],
            "year": Field.year("One year, 1900–2100."),
            "groups": Field.list(Field.plain("A data group."), "Data groups; default total."),
            "goal": Field.id("Goal id; a progress chart without it shows every goal (of focus_area)."),
            "focus_area": Field.id("Focus area id that narrows status and progress charts."),
            "title": Field.text("Replaces the default caption."),
        ])
        .setting("allOf", [
            [
                "if": ["properties": ["type": ["enum": ["trend", "compare"]]], "required": ["type"]],
                "then": ["required": ["indicator"]],
            ],
        ])
    }

    private func table() -> JSONValue {
        object("table", keys: BlockDecoder.tableKeys, [
            "type": Field.choice(TableSpec.Kind.self, "The table."),
            "focus_area": Field.id("Focus area id that narrows the table."),
            "goal": Field.id("Goal id that narrows the table."),
            "organization": Field.id("Organisation id that narrows the table."),
            "title": Field.text("Table title."),
        ])
    }
}
