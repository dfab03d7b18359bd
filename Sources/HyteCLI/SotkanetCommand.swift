import ArgumentParser
import Foundation
import PlanModel
import SotkanetImport

/// `hyte import sotkanet`: THL Sotkanet's open data into `data/<id>.csv` (and `indicators/<id>.yaml`
/// for an indicator new to the plan), from exported files or straight from the API.
struct SotkanetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sotkanet",
        abstract: "Import THL Sotkanet data: from exported files (JSON or CSV data, indicator metadata, regions) or from the API with --indicator.",
        discussion: """
            Rows match the plan's organisations by sotkanet_id (or their official code, through the region list); \
            rows of other regions are skipped and counted. Running it again with the same data changes no byte.
            """)

    @OptionGroup var plan: ContentOption

    @Argument(help: "Files exported from Sotkanet: data rows (JSON or CSV), an indicator's metadata (JSON), the regions (JSON).")
    var files: [String] = []

    @Option(help: "Fetch this Sotkanet indicator from the API instead of reading files.")
    var indicator: Int?

    @Option(help: "Years to fetch, e.g. 2012-2024 or 2020,2022 (default: every year Sotkanet has).")
    var years: String?

    @Option(help: "Genders to fetch: total, male, female, comma-separated.")
    var genders = "total,male,female"

    @Option(help: "The API's address (tests use a local server).")
    var baseURL = SotkanetClient.defaultBaseURL

    @Option(name: .customLong("as"), help: "The plan's id for a new indicator (default sotkanet-<ID>).")
    var asID: String?

    func validate() throws {
        if indicator == nil && files.isEmpty { throw ValidationError("name the files exported from Sotkanet, or fetch from the API with --indicator ID") }
        if indicator != nil && !files.isEmpty { throw ValidationError("give either files or --indicator, not both") }
        if indicator == nil && years != nil { throw ValidationError("--years goes with --indicator") }
        if let asID, !Identifier.isValid(asID) {
            throw ValidationError("'\(asID)' is not a valid id for --as: lowercase a–z, 0–9 and '-', starting with a letter")
        }
        if let years, Self.years(years) == nil { throw ValidationError("--years '\(years)' is not a year range; write e.g. 2012-2024 or 2020,2022") }
        if Self.genders(genders) == nil { throw ValidationError("--genders '\(genders)': use total, male and female, comma-separated") }
    }

    func run() throws {
        var input = SotkanetImporter.Input()
        var problems: [Diagnostic] = []
        if let indicator {
            try fetch(indicator, into: &input, problems: &problems)
        } else {
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else {
                    problems.append(.error(SourceLocation(path: path, line: 1, column: 1), "cannot read the file", hint: "check the path"))
                    continue
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    problems.append(.error(SourceLocation(path: path, line: 1, column: 1), "the file is not UTF-8 text",
                                           hint: "give the file as Sotkanet exported it"))
                    continue
                }
                if let file = SotkanetFile.read(text, path: path, problems: &problems) { input.add(file) }
            }
        }
        let distinct = Set(input.rows.map(\.indicator))
        if asID != nil && distinct.count > 1 {
            throw ValidationError("--as names one indicator, but the files hold \(distinct.count) Sotkanet indicators (\(distinct.sorted().map(String.init).joined(separator: ", ")))")
        }
        if problems.hasErrors {
            _ = DiagnosticPrinter.report(problems)
            print("hyte: nothing was imported")
            throw ExitCode(1)
        }
        let report = SotkanetImporter(content: plan.content, asID: asID).run(input)
        let code = DiagnosticPrinter.report(problems + report.diagnostics)
        for paragraph in report.summary { print(paragraph) }
        if code != .success { throw code }
    }

    /// Metadata (for the years and a new indicator's titles), the regions (for codes) and the rows.
    private func fetch(_ indicator: Int, into input: inout SotkanetImporter.Input, problems: inout [Diagnostic]) throws {
        let client = SotkanetClient(baseURL: baseURL)
        func get(_ address: String) throws -> SotkanetFile? {
            do {
                return SotkanetFile.read(try client.text(address), path: address, problems: &problems)
            } catch {
                FileHandle.standardError.write(Data("hyte: error: \(error.description)\n".utf8))
                throw ExitCode(1)
            }
        }
        if let file = try get(client.metadataURL(indicator: indicator)) { input.add(file) }
        if let file = try get(client.regionsURL) { input.add(file) }
        var yearList = years.flatMap(Self.years)
        if yearList == nil, let range = input.metadata[indicator]?.range { yearList = Array(range) }
        guard let yearList, !yearList.isEmpty else {
            throw ValidationError("Sotkanet gave no years for indicator \(indicator); name them with --years, e.g. 2012-2024")
        }
        if let file = try get(client.dataURL(indicator: indicator, years: yearList, genders: Self.genders(genders)!)) { input.add(file) }
    }

    /// "2012-2024", "2020,2022" or "2018-2020,2024".
    static func years(_ text: String) -> [Int]? {
        var out: [Int] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !bounds.isEmpty, bounds.count <= 2, let first = bounds[0], let last = bounds.last!,
                  first <= last, (1900...2200).contains(first), (1900...2200).contains(last) else { return nil }
            out += Array(first...last)
        }
        return out.isEmpty ? nil : Array(Set(out)).sorted()
    }

    static func genders(_ text: String) -> [String]? {
        let list = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !list.isEmpty, list.allSatisfy(SotkanetRow.genders.contains) else { return nil }
        return SotkanetRow.genders.filter(list.contains)
    }
}
