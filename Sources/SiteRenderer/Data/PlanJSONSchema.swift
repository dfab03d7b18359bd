/// The JSON Schema (draft 2020-12) of `data/plan.json`. A test validates the example's plan.json against it.
enum PlanJSONSchema {
    static func object(_ properties: [(String, JSONValue)], required: [String]? = nil) -> JSONValue {
        .object([("type", .string("object")), ("additionalProperties", .bool(false)),
                 ("required", .array((required ?? properties.map(\.0)).map(JSONValue.string))),
                 ("properties", .object(properties))])
    }

    static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }
    static func type(_ name: String) -> JSONValue { .object([("type", .string(name))]) }
    static func nullable(_ name: String) -> JSONValue { .object([("type", .array([.string(name), .string("null")]))]) }
    static func nullableRef(_ name: String) -> JSONValue { .object([("anyOf", .array([ref(name), type("null")]))]) }
    static func array(_ items: JSONValue) -> JSONValue { .object([("type", .string("array")), ("items", items)]) }
    static func oneOf(_ values: [String]) -> JSONValue { .object([("enum", .array(values.map(JSONValue.string)))]) }
    static let strings = array(type("string"))

    static let point = object([("year", type("integer")), ("value", nullable("number"))])

    static var document: JSONValue {
        .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("plan.schema.json")),
            ("title", .string("A welfare plan published by hyte")),
            ("description", .string("Goals with targets and progress, measures with status and follow-up, responsibilities, cooperation bodies and events.")),
            ("$defs", .object([
                ("text", .object([("type", .string("object")), ("minProperties", .integer(1)), ("additionalProperties", .bool(false)),
                                  ("properties", .object(["fi", "sv", "en"].map { ($0, type("string")) }))])),
                ("point", point),
                ("source", .object([("type", .string("object")), ("additionalProperties", .bool(false)), ("required", .array([.string("name")])),
                                    ("properties", .object([("name", type("string")), ("sotkanetId", type("integer")),
                                                            ("metadataUrl", type("string")), ("licence", type("string")),
                                                            ("licenceUrl", type("string")), ("url", type("string")),
                                                            ("updated", .object([("type", .string("string")), ("format", .string("date"))]))]))])),
            ])),
            ("type", .string("object")),
            ("additionalProperties", .bool(false)),
            ("required", .array(["title", "region", "term", "languages", "organizations", "focusAreas", "goals", "measures",
                                 "indicators", "bodies", "events", "interfaces"].map(JSONValue.string))),
            ("properties", .object([
                ("$schema", type("string")),
                ("title", ref("text")),
                ("region", type("string")),
                ("country", nullable("string")),
                ("term", object([("start", type("integer")), ("end", type("integer"))])),
                ("languages", array(oneOf(["fi", "sv", "en"]))),
                ("asOf", nullable("string")),
                ("organizations", array(object([
                    ("id", type("string")), ("name", ref("text")),
                    ("kind", oneOf(["welfare-region", "municipality", "country", "regional-council", "association", "parish",
                                    "state", "company", "other"])),
                    ("code", nullable("string")), ("sotkanetId", nullable("integer")),
                    ("units", array(object([("id", type("string")), ("name", ref("text"))]))),
                    ("contacts", array(object([("name", type("string")), ("role", nullableRef("text")), ("email", nullable("string")),
                                               ("phone", nullable("string")), ("pair", nullable("string"))]))),
                ]))),
                ("focusAreas", array(object([("id", type("string")), ("title", ref("text")), ("order", type("integer")),
                                             ("summary", nullableRef("text"))]))),
                ("goals", array(object([
                    ("id", type("string")), ("title", ref("text")), ("focusArea", type("string")),
                    ("categories", array(oneOf(["hyte-kerroin", "talousarvio", "yhdyspinta", "terveyserot", "integraatio"]))),
                    ("responsible", strings),
                    ("targets", array(object([
                        ("indicator", type("string")), ("area", type("string")), ("group", type("string")),
                        ("baseline", ref("point")), ("latest", nullableRef("point")), ("target", ref("point")),
                        ("track", oneOf(["reached", "on", "off", "none", "neutral"])),
                    ]))),
                ]))),
                ("measures", array(object([
                    ("id", type("string")), ("title", ref("text")), ("goals", strings), ("lead", type("string")), ("partners", strings),
                    ("schedule", .object([("anyOf", .array([object([("start", nullable("string")), ("end", nullable("string"))]), type("null")]))])),
                    ("budget", .object([("anyOf", .array([object([("amount", nullable("number")), ("note", nullableRef("text"))]), type("null")]))])),
                    ("indicators", strings),
                    ("status", oneOf(["planned", "ongoing", "done", "delayed", "cancelled"])),
                    ("progress", nullable("integer")),
                    ("followUp", array(object([("date", type("string")), ("status", oneOf(["planned", "ongoing", "done", "delayed", "cancelled"])),
                                               ("progress", nullable("integer")), ("note", nullableRef("text"))]))),
                ]))),
                ("indicators", array(object([("id", type("string")), ("name", ref("text")), ("unit", type("string")),
                                             ("better", oneOf(["higher", "lower", "neutral"])), ("source", ref("source")),
                                             ("data", type("string")), ("csv", type("string"))]))),
                ("bodies", array(object([
                    ("id", type("string")), ("name", ref("text")),
                    ("level", oneOf(["strategic", "operational", "coordination", "network", "forum"])),
                    ("convener", nullable("string")), ("members", strings),
                    ("meetingsPerYear", .object([("anyOf", .array([object([("min", type("integer")), ("max", type("integer"))]), type("null")]))])),
                    ("legalBasis", strings), ("purpose", nullableRef("text")), ("meetings", strings),
                ]))),
                ("events", array(object([
                    ("id", type("string")), ("title", ref("text")),
                    ("kind", oneOf(["negotiation", "budget", "financial-statement", "report", "meeting", "forum", "training", "election", "other"])),
                    ("months", array(type("integer"))), ("date", type("string")), ("time", nullable("string")),
                    ("endDate", nullable("string")), ("body", nullable("string")), ("legalBasis", nullable("string")),
                ], required: ["id", "title", "kind"]))),
                ("interfaces", array(object([
                    ("id", type("string")), ("title", ref("text")), ("municipality", array(ref("text"))),
                    ("welfareRegion", array(ref("text"))), ("goals", strings),
                    ("tasks", array(object([("task", ref("text")), ("municipality", nullableRef("text")),
                                            ("welfareRegion", nullableRef("text")), ("shared", nullableRef("text"))]))),
                ]))),
            ])),
        ])
    }
}
