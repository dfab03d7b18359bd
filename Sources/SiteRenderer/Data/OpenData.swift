import PlanModel

/// The plan as open data under `/data/`: each indicator as CSV and JSON, the whole plan as JSON with its schema.
struct OpenData {
    let plan: PlanReader

    static let sotkanetLicence = "CC BY 4.0"
    static let sotkanetLicenceURL = "https://creativecommons.org/licenses/by/4.0/"

    /// Sotkanet's description of an indicator; the open data, which has no language, links the Finnish one.
    static func metadataURL(_ sotkanetID: Int, language: Language = .fi) -> String {
        "https://sotkanet.fi/sotkanet/\(language.rawValue)/metadata/indicators/\(sotkanetID)"
    }

    /// An indicator's data as CSV and JSON, and the CSV's description (source, date, licence) where a
    /// CSV on the Web processor looks for it: `<file>-metadata.json` beside it.
    func files(_ indicator: Indicator) -> [OutputFile] {
        [OutputFile(path: Router.data("\(indicator.id).csv"), contents: csv(indicator)),
         OutputFile(path: Router.data("\(indicator.id).csv-metadata.json"), contents: csvMetadata(indicator).rendered() + "\n"),
         OutputFile(path: Router.data("\(indicator.id).json"), contents: indicatorJSON(indicator).rendered() + "\n")]
    }

    /// W3C CSV on the Web metadata: a bare CSV cannot carry its source, so this file credits it (Dublin
    /// Core terms) and describes the columns.
    func csvMetadata(_ indicator: Indicator) -> JSONValue {
        let source = indicator.source
        var members: [(String, JSONValue)] = [
            ("@context", .string("http://www.w3.org/ns/csvw")),
            ("url", .string("\(indicator.id).csv")),
            ("dc:title", .array(Language.allCases.compactMap { language in
                indicator.name.values[language].map { .object([("@value", .string($0)), ("@language", .string(language.rawValue))]) }
            })),
            ("dc:creator", .string(source.name)),
        ]
        if let link = source.sotkanetID.map({ Self.metadataURL($0) }) ?? source.url { members.append(("dc:source", .string(link))) }
        if source.sotkanetID != nil { members.append(("dc:license", .string(Self.sotkanetLicenceURL))) }
        if let updated = source.updated { members.append(("dc:modified", .string(updated.description))) }
        func column(_ name: String, _ datatype: String) -> JSONValue {
            .object([("name", .string(name)), ("titles", .string(name)), ("datatype", .string(datatype))])
        }
        members.append(("tableSchema", .object([
            ("columns", .array([
                column("area", "string"), column("year", "gYear"),
                .object([("name", .string("value")), ("titles", .string("value")), ("datatype", .string("number")), ("null", .string(""))]),
                column("group", "string"),
            ])),
            ("primaryKey", .array([.string("area"), .string("year"), .string("group")])),
        ])))
        return .object(members)
    }

    func planFile() -> OutputFile {
        OutputFile(path: Router.data("plan.json"), contents: PlanJSON(plan: plan).document().rendered() + "\n")
    }

    static func schemaFile() -> OutputFile {
        OutputFile(path: Router.data("plan.schema.json"), contents: PlanJSONSchema.document.rendered() + "\n")
    }

    /// UTF-8, a header, one observation a row, decimal point; a missing value is empty.
    func csv(_ indicator: Indicator) -> String {
        var text = "area,year,value,group\n"
        text.reserveCapacity(indicator.observations.count * 32)
        for o in indicator.observations {
            text += o.area
            text += ","
            text += String(o.year)
            text += ","
            if let value = o.value { text += JSONValue.number(value, decimals: indicator.decimals) }
            text += ","
            text += o.group
            text += "\n"
        }
        return text
    }

    func indicatorJSON(_ indicator: Indicator) -> JSONValue {
        .object([
            ("id", .string(indicator.id)),
            ("name", PlanJSON.text(indicator.name)),
            ("unit", .string(indicator.unit)),
            ("decimals", .integer(indicator.decimals)),
            ("better", .string(indicator.better.rawValue)),
            ("description", indicator.description.map(PlanJSON.text) ?? .null),
            ("hyteKerroin", .bool(indicator.hyteKerroin)),
            ("source", Self.source(indicator.source)),
            ("observations", .raw(Self.observations(indicator))),
        ])
    }

    /// The observations as a JSON array member of the top-level object, written directly: the same
    /// bytes as `JSONValue` objects would give (tested), without a million small values.
    static func observations(_ indicator: Indicator) -> String {
        let all = indicator.observations
        if all.isEmpty { return "[]" }
        var out = ""
        out.reserveCapacity(all.count * 96)
        out += "[\n"
        for (i, o) in all.enumerated() {
            out += i == 0 ? "    {\n      \"area\": " : ",\n    {\n      \"area\": "
            out += JSONValue.quote(o.area)
            out += ",\n      \"year\": "
            out += String(o.year)
            out += ",\n      \"group\": "
            out += JSONValue.quote(o.group)
            out += ",\n      \"value\": "
            out += o.value.map { JSONValue.number($0, decimals: indicator.decimals) } ?? "null"
            out += "\n    }"
        }
        out += "\n  ]"
        return out
    }

    /// The source with its licence: THL Sotkanet's data is CC BY 4.0 and is cited with its metadata page.
    static func source(_ source: Indicator.Source) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(source.name))]
        if let id = source.sotkanetID {
            members += [("sotkanetId", .integer(id)), ("metadataUrl", .string(metadataURL(id))),
                        ("licence", .string(sotkanetLicence)), ("licenceUrl", .string(sotkanetLicenceURL))]
        }
        if let url = source.url { members.append(("url", .string(url))) }
        if let updated = source.updated { members.append(("updated", .string(updated.description))) }
        return .object(members)
    }
}
