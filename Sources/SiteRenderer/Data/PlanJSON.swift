import PlanModel

/// The whole plan as one JSON document for partners and researchers: goals with targets and their
/// progress, measures with status and follow-up, responsibilities, bodies and events.
struct PlanJSON {
    let plan: PlanReader

    static func text(_ text: LocalizedText) -> JSONValue {
        .object(text.values.keys.sorted().map { ($0.rawValue, .string(text.values[$0]!)) })
    }

    static func optionalText(_ text: LocalizedText?) -> JSONValue { text.map(Self.text) ?? .null }

    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    func document() -> JSONValue {
        let site = plan.site
        return .object([
            ("$schema", .string("plan.schema.json")),
            ("title", Self.text(site.title)),
            ("region", .string(site.region.id)),
            ("country", .optional(site.country?.id)),
            ("term", .object([("start", .integer(site.termStart)), ("end", .integer(site.termEnd))])),
            ("languages", Self.strings(site.languages.map(\.rawValue))),
            ("asOf", .optional(plan.asOf?.description)),
            ("organizations", .array(plan.organizations.map(organization))),
            ("focusAreas", .array(plan.focusAreas.map { area in
                .object([("id", .string(area.id)), ("title", Self.text(area.title)), ("order", .integer(area.order)),
                         ("summary", Self.optionalText(area.summary))])
            })),
            ("goals", .array(plan.goals.map(goal))),
            ("measures", .array(plan.measures.map(measure))),
            ("indicators", .array(plan.indicators.map { indicator in
                .object([("id", .string(indicator.id)), ("name", Self.text(indicator.name)), ("unit", .string(indicator.unit)),
                         ("better", .string(indicator.better.rawValue)), ("source", OpenData.source(indicator.source)),
                         ("data", .string("\(indicator.id).json")), ("csv", .string("\(indicator.id).csv"))])
            })),
            ("bodies", .array(plan.bodies.map(body))),
            ("events", .array(plan.events.map(event))),
            ("interfaces", .array(plan.interfaces.map(interface))),
        ])
    }

    func organization(_ o: Organization) -> JSONValue {
        .object([
            ("id", .string(o.id)), ("name", Self.text(o.name)), ("kind", .string(o.kind.rawValue)), ("code", .optional(o.code)),
            ("sotkanetId", o.sotkanetID.map(JSONValue.integer) ?? .null),
            ("units", .array(o.units.map { .object([("id", .string($0.id)), ("name", Self.text($0.name))]) })),
            ("contacts", .array(o.contacts.map { c in
                .object([("name", .string(c.name)), ("role", Self.optionalText(c.role)), ("email", .optional(c.email)),
                         ("phone", .optional(c.phone)), ("pair", .optional(c.pair?.description))])
            })),
        ])
    }

    func goal(_ g: Goal) -> JSONValue {
        .object([
            ("id", .string(g.id)), ("title", Self.text(g.title)), ("focusArea", .string(g.focusArea.id)),
            ("categories", Self.strings(g.categories.map(\.rawValue))),
            ("responsible", Self.strings(g.responsible.map(\.description))),
            ("targets", .array(g.targets.compactMap { target in
                guard let indicator = plan.indicator(target.indicator.id) else { return nil }
                let progress = TargetProgress(target: target, indicator: indicator, region: plan.site.region.id)
                func point(_ year: Int, _ value: Double?) -> JSONValue {
                    .object([("year", .integer(year)), ("value", value.map { .number($0, decimals: indicator.decimals) } ?? .null)])
                }
                return .object([
                    ("indicator", .string(indicator.id)), ("area", .string(target.area?.id ?? plan.site.region.id)),
                    ("group", .string(target.group)),
                    ("baseline", point(target.baseline.year, progress.baseline?.value)),
                    ("latest", progress.latest.map { point($0.year, $0.value) } ?? .null),
                    ("target", point(progress.target.year, progress.target.value)),
                    ("track", .string(progress.track.rawValue)),
                ])
            })),
        ])
    }

    func measure(_ m: Measure) -> JSONValue {
        .object([
            ("id", .string(m.id)), ("title", Self.text(m.title)), ("goals", Self.strings(m.goals.map(\.id))),
            ("lead", .string(m.lead.description)), ("partners", Self.strings(m.partners.map(\.description))),
            ("schedule", m.schedule.map { .object([("start", .optional($0.start?.description)), ("end", .optional($0.end?.description))]) } ?? .null),
            ("budget", m.budget.map { b in
                .object([("amount", b.amount.map { .number($0, decimals: 2) } ?? .null), ("note", Self.optionalText(b.note))])
            } ?? .null),
            ("indicators", Self.strings(m.indicators.map(\.id))),
            ("status", .string(m.status.rawValue)),
            ("progress", m.progress.map(JSONValue.integer) ?? .null),
            ("followUp", .array(m.followUp.map { f in
                .object([("date", .string(f.date.description)), ("status", .string(f.status.rawValue)),
                         ("progress", f.progress.map(JSONValue.integer) ?? .null), ("note", Self.optionalText(f.note))])
            })),
        ])
    }

    func body(_ b: Body) -> JSONValue {
        .object([
            ("id", .string(b.id)), ("name", Self.text(b.name)), ("level", .string(b.level.rawValue)),
            ("convener", .optional(b.convener?.description)), ("members", Self.strings(b.members.map(\.description))),
            ("meetingsPerYear", b.meetingsPerYear.map { .object([("min", .integer($0.lowerBound)), ("max", .integer($0.upperBound))]) } ?? .null),
            ("legalBasis", Self.strings(b.legalBasis)), ("purpose", Self.optionalText(b.purpose)),
            ("meetings", Self.strings(b.meetings.map(\.description))),
        ])
    }

    func event(_ e: CalendarEvent) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(e.id)), ("title", Self.text(e.title)), ("kind", .string(e.kind.rawValue))]
        switch e.when {
        case .months(let months): members.append(("months", .array(months.map(JSONValue.integer))))
        case .dated(let day, let time, let end):
            members += [("date", .string(day.description)), ("time", .optional(time?.description)), ("endDate", .optional(end?.description))]
        }
        members += [("body", .optional(e.body?.id)), ("legalBasis", .optional(e.legalBasis))]
        return .object(members)
    }

    func interface(_ i: Interface) -> JSONValue {
        .object([
            ("id", .string(i.id)), ("title", Self.text(i.title)),
            ("municipality", .array(i.municipalityServices.map(Self.text))), ("welfareRegion", .array(i.welfareRegionServices.map(Self.text))),
            ("goals", Self.strings(i.goals.map(\.id))),
            ("tasks", .array(i.tasks.map { t in
                .object([("task", Self.text(t.task)), ("municipality", Self.optionalText(t.municipality)),
                         ("welfareRegion", Self.optionalText(t.welfareRegion)), ("shared", Self.optionalText(t.shared))])
            })),
        ])
    }
}
