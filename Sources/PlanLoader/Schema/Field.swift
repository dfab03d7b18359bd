import PlanModel

/// Schemas of the value types the loader reads (`FileContext`), each with its description.
enum Field {
    static let idPattern = "^[a-z][a-z0-9-]*$"
    static let partyPattern = "^(all-municipalities|[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)?)$"
    static let datePattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
    static let monthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$"
    static let timePattern = "^([01][0-9]|2[0-3]):[0-5][0-9]$"
    /// `EmailAddress.check`: one `@`, something before it, a dot after it, no spaces.
    static let emailPattern = "^[^@\\s]+@[^@\\s]*\\.[^@\\s]*$"
    static let webPattern = "^https?://"
    /// Not empty and not only spaces (`FileContext.string`).
    static let nonBlank = "\\S"

    static let languageNames: [Language: String] = [.fi: "Finnish", .sv: "Swedish", .en: "English"]

    // MARK: Single values

    /// `FileContext.string`: one value, not empty.
    static func plain(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(nonBlank), "description": .string(description)]
    }

    /// A code or number read as text (`FileContext.string`): `"091"`, `"87 §"`; an unquoted number is read as written.
    static func code(_ description: String) -> JSONValue {
        ["type": ["string", "number"], "pattern": .string(nonBlank), "description": .string(description)]
    }

    /// `FileContext.text`: a plain string in the default language, or a map by language.
    static func text(_ description: String) -> JSONValue {
        var byLanguage: [String: JSONValue] = [:]
        for language in Language.allCases {
            byLanguage[language.rawValue] = [
                "type": "string", "pattern": .string(nonBlank),
                "description": .string("The text in \(languageNames[language] ?? language.rawValue)."),
            ]
        }
        return [
            "description": .string(description),
            "anyOf": [
                ["type": "string", "pattern": .string(nonBlank), "description": "Text in the site's default language."],
                [
                    "type": "object", "properties": .object(byLanguage), "additionalProperties": false, "minProperties": 1,
                    "description": "The text by language: {fi: …, sv: …, en: …}.",
                ],
            ],
        ]
    }

    static func id(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(idPattern), "description": .string(description)]
    }

    /// `FileContext.party`: `org-id`, `org-id/unit-id` or `all-municipalities`.
    static func party(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(partyPattern), "description": .string(description)]
    }

    static func date(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(datePattern), "description": .string(description + " YYYY-MM-DD.")]
    }

    static func month(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(monthPattern), "description": .string(description + " YYYY-MM.")]
    }

    static func time(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(timePattern), "description": .string(description + " \"HH:MM\", in quotes.")]
    }

    static func year(_ description: String) -> JSONValue {
        integer(description, in: 1900...2100)
    }

    static func integer(_ description: String, in range: ClosedRange<Int>? = nil) -> JSONValue {
        var schema: JSONValue = ["type": "integer", "description": .string(description)]
        if let range {
            schema = schema.setting("minimum", .int(range.lowerBound)).setting("maximum", .int(range.upperBound))
        }
        return schema
    }

    static func number(_ description: String, minimum: Int? = nil) -> JSONValue {
        let schema: JSONValue = ["type": "number", "description": .string(description)]
        return minimum.map { schema.setting("minimum", .int($0)) } ?? schema
    }

    static func bool(_ description: String) -> JSONValue {
        ["type": "boolean", "description": .string(description + " true or false.")]
    }

    static func email(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(emailPattern), "description": .string(description)]
    }

    static func web(_ description: String) -> JSONValue {
        ["type": "string", "pattern": .string(webPattern), "description": .string(description)]
    }

    /// `FileContext.choice`: one of the enum's raw values.
    static func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ description: String) -> JSONValue
    where E.RawValue == String {
        let values = type.allCases.map(\.rawValue)
        return ["type": "string", "enum": .array(values.map(JSONValue.string)),
                "description": .string(description + " One of: \(values.joined(separator: ", ")).")]
    }

    // MARK: Lists

    /// `FileContext.list` of single values: `[a, b]`, one `- item` per line, or one value (a list of one).
    /// `single` is what one value may be written as (a text list's single value is a plain string only).
    static func list(_ item: JSONValue, single: JSONValue? = nil, _ description: String,
                     minItems: Int? = nil, unique: Bool = false) -> JSONValue {
        var array: JSONValue = ["type": "array", "items": item.removing("description"), "description": "A list."]
        if let minItems { array = array.setting("minItems", .int(minItems)) }
        if unique { array = array.setting("uniqueItems", true) }
        let one = (single ?? item).removing("description").setting("description", "One value: read as a list of one.")
        return ["description": .string(description), "anyOf": [one, array]]
    }

    /// A list of mappings: only a real list (one mapping alone is an error in the loader).
    static func mappings(_ item: JSONValue, _ description: String) -> JSONValue {
        ["type": "array", "items": item, "description": .string(description)]
    }

    /// A list of text fields; one value alone must be a plain string.
    static func texts(_ description: String) -> JSONValue {
        list(text(""), single: plain(""), description)
    }

    // MARK: Optional keys

    /// An optional key may also be written empty (`key:`, `~`, `null`): the loader reads it as not written.
    static func nullable(_ schema: JSONValue) -> JSONValue {
        if case .string(let type)? = schema["type"] {
            var result = schema.setting("type", [.string(type), "null"])
            if case .array(let values)? = schema["enum"] { result = result.setting("enum", .array(values + [.null])) }
            return result
        }
        if case .array(let types)? = schema["type"] {
            return schema.setting("type", .array(types + ["null"]))
        }
        if case .array(let branches)? = schema["anyOf"] {
            return schema.setting("anyOf", .array(branches + [["type": "null", "description": "Empty: counts as not written."]]))
        }
        return ["description": schema["description"] ?? "", "anyOf": [schema.removing("description"), ["type": "null"]]]
    }
}

extension JSONValue {
    func removing(_ key: String) -> JSONValue {
        guard case .object(var members) = self else { return self }
        members[key] = nil
        return .object(members)
    }
}
