import PlanModel

/// JSON Schemas (draft 2020-12) of the content files, for editors: a plan author's YAML editor
/// underlines unknown keys, missing required keys and wrong values as they type.
///
/// The schemas are built from the loader itself: every object's `properties` (with
/// `additionalProperties: false`) come from the decoders' key lists (`GoalDecoder.keys`,
/// `GoalDecoder.targetKeys`, `SiteDecoder.accessibilityKeys`, `CalendarDecoder.eventKeys`,
/// `BlockDecoder.chartKeys` …), the allowed words from the model's enums (`Measure.Status.allCases` …),
/// and the required keys from `requiredKeys`, which mirrors the decoders' `Mapping(required:)` calls.
/// A key the loader accepts without a type here is reported by `problems(_:)` (and fails the tests).
///
/// Only keywords that draft-07 and 2020-12 share are used (no `$ref`, `$defs`, `prefixItems`,
/// `unevaluatedProperties`), so editors that implement draft-07 only (the Red Hat YAML extension)
/// apply every rule. What a schema cannot say (an id that exists, `end` not before `start`, a
/// real calendar day) is left to `hyte check`.
public enum ContentSchema {
    /// The kinds of content file, one schema each: `site` (`site.yaml`), `organization`
    /// (`organizations/<id>.yaml`), … For Markdown kinds the schema describes the front matter.
    public static let kinds = ["site", "organization", "focus-area", "goal", "measure", "indicator", "body",
                               "calendar", "interface", "report", "page"]

    /// Kinds whose `<id>.<lang>.md` translation files have their own, smaller schema
    /// (`schema(translationKind(kind))`): only the kind's translatable keys, as plain text.
    public static var translationKinds: [String] { translatable.map(\.kind) }

    /// The name of the translation schema of `kind`, e.g. `goal.translation`.
    public static func translationKind(_ kind: String) -> String { kind + ".translation" }

    /// The YAML of ```` ```chart ```` and ```` ```table ```` blocks in Markdown bodies.
    public static let blockKinds = ["chart", "table"]

    /// Every name `schema(_:)` accepts: `kinds`, the translation kinds, then `blockKinds`.
    public static var allKinds: [String] { kinds + translationKinds.map(translationKind) + blockKinds }

    /// The `$id` of a kind's schema; its last path component is the file name to write it as.
    public static func schemaID(_ kind: String) -> String { "https://hyte.example.fi/schema/\(kind).schema.json" }

    /// The files of a kind, relative to the content folder: `site.yaml`, `goals/*.md`,
    /// `goals/*.*.md` for translations; nil for block kinds and unknown names.
    public static func contentPattern(_ kind: String) -> String? {
        if kind == "site" { return "site.yaml" }
        if kind.hasSuffix(".translation") {
            return contentPattern(String(kind.dropLast(".translation".count))).map { $0.replacingOccurrences(of: "*.md", with: "*.*.md") }
        }
        guard let folder = folders[kind] else { return nil }
        return markdownKinds.contains(kind) ? "\(folder)/*.md" : "\(folder)/*.yaml"
    }

    /// The schema of `kind` (one of `allKinds`) as pretty-printed JSON with sorted keys, ending in a
    /// line break. The same kind always gives the same text.
    public static func schema(_ kind: String) -> String {
        let builder = SchemaBuilder()
        guard let document = builder.document(kind) else {
            preconditionFailure("unknown content kind '\(kind)'; known: \(allKinds.joined(separator: ", "))")
        }
        return document.prettyPrinted + "\n"
    }

    /// Disagreements between the schema of `kind` and the loader's key lists: a key the loader
    /// accepts without a schema type, a schema type for a key the loader refuses, a required key the
    /// loader does not allow. Empty when they agree.
    static func problems(_ kind: String) -> [String] {
        let builder = SchemaBuilder()
        _ = builder.document(kind)
        return builder.problems
    }

    /// The key paths of every object in the schema of `kind`, e.g. `targets/baseline/year` (list
    /// items share their list's path). Tests compare them with complete example files.
    static func keyPaths(_ kind: String) -> Set<String> {
        let builder = SchemaBuilder()
        _ = builder.document(kind)
        return Set(builder.objects.flatMap { object in
            let prefix = object.path.split(separator: "/", maxSplits: 1).dropFirst().first.map { "\($0)/" } ?? ""
            return object.keys.map { prefix + $0 }
        })
    }

    // MARK: What the loader requires (one place)

    /// The keys each mapping must have, exactly as the decoders pass them to `Mapping(required:)`,
    /// by the mapping's path: the kind, then the keys leading to it (list items share their list's
    /// path). Mappings without an entry have no required keys.
    static let requiredKeys: [String: [String]] = [
        "site": ["title", "region", "term", "languages", "base_url", "accessibility"],  // SiteDecoder.decode
        "site/term": ["start", "end"],
        "site/accessibility": ["conformance", "feedback_email", "prepared"],           // SiteDecoder.readAccessibility
        "organization": ["name", "kind"],                                               // OrganizationDecoder
        "organization/units": ["id", "name"],
        "organization/contacts": ["name"],
        "focus-area": ["title", "order"],                                               // FocusAreaDecoder
        "goal": ["title", "focus_area"],                                                // GoalDecoder
        "goal/targets": ["indicator", "baseline", "target"],
        "goal/targets/baseline": ["year"],                                              // readPoint(valueRequired: false)
        "goal/targets/target": ["year", "value"],                                       // readPoint(valueRequired: true)
        "measure": ["title", "goals", "lead"],                                          // MeasureDecoder
        "measure/follow_up": ["date", "status"],
        "indicator": ["name", "unit", "decimals", "better", "source"],                  // IndicatorDecoder
        "indicator/source": ["name"],
        "body": ["name", "level"],                                                      // BodyDecoder
        "body/meetings_per_year": ["min"],
        "calendar": ["events"],                                                         // CalendarDecoder
        "calendar/events": ["id", "title", "kind"],
        "interface": ["title"],                                                         // InterfaceDecoder
        "interface/tasks": ["task"],
        "report": ["title"],                                                            // ReportDecoder
        "report/meeting": ["body", "date"],
        "page": ["title"],                                                              // PageDecoder
        "chart": ["type"],                                                              // BlockDecoder.chart
        "table": ["type"],                                                              // BlockDecoder.table
    ]

    /// Allowed keys of the mappings whose decoders write their key list inline in the
    /// `Mapping(allowed:)` call rather than as a `static let` (mirrored here; see the report).
    static let inlineKeys: [String: [String]] = [
        "site/term": ["start", "end"],                                       // SiteDecoder.decode
        "organization/units": ["id", "name"],                                // OrganizationDecoder.decode
        "organization/contacts": ["name", "role", "email", "phone", "pair"], // OrganizationDecoder.readContact
        "goal/targets/baseline": ["year", "value"],                          // GoalDecoder.readPoint
        "goal/targets/target": ["year", "value"],
        "measure/schedule": ["start", "end"],                                // MeasureDecoder.readSchedule
        "measure/budget": ["amount", "note"],                                // MeasureDecoder.readBudget
        "measure/follow_up": ["date", "status", "progress", "note"],         // MeasureDecoder.readFollowUp
        "indicator/source": ["name", "sotkanet_id", "url", "updated"],       // IndicatorDecoder.readSource
        "body/meetings_per_year": ["min", "max"],                            // BodyDecoder.decode
        "calendar": ["events"],                                              // CalendarDecoder.decode
        "interface/tasks": ["task", "municipality", "welfare_region", "shared"], // InterfaceDecoder.decode
        "report/meeting": ["body", "date", "item", "attachment"],            // ReportDecoder.decode
    ]

    static let translatable: [(kind: String, keys: [String])] = [
        ("focus-area", FocusAreaDecoder.translatable), ("goal", GoalDecoder.translatable),
        ("measure", MeasureDecoder.translatable), ("interface", InterfaceDecoder.translatable),
        ("report", ReportDecoder.translatable), ("page", PageDecoder.translatable),
    ]

    static let folders: [String: String] = [
        "organization": "organizations", "focus-area": "focus-areas", "goal": "goals", "measure": "measures",
        "indicator": "indicators", "body": "bodies", "calendar": "calendar", "interface": "interfaces",
        "report": "reports", "page": "pages",
    ]

    static let markdownKinds: Set<String> = ["focus-area", "goal", "measure", "interface", "report", "page"]
}
