import ArgumentParser
import Foundation
import PlanLoader
import PlanModel
import SotkanetImport

/// `hyte import sotkanet`: THL Sotkanet's open data into `data/<id>.csv` (and `indicators/<id>.yaml`
/// for an indicator new to the plan), from exported files or straight from the API.
struct SotkanetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sotkanet",
        abstract: "Import THL Sotkanet data: from exported files (JSON or CSV data, indicator metadata, regions) or from the API with --indicator or --all.",
        discussion: """
            Rows match the plan's organisations by sotkanet_id, or by official code among Sotkanet's regions of the \
            organisation's kind (municipality: KUNTA, welfare region: HYVINVOINTIALUE, country: MAA) through the region \
            list; rows of other regions are skipped and counted by category. A figure the plan has is never emptied \
            without --allow-gaps. Running it again with the same data changes no byte.
            """)

    @OptionGroup var plan: ContentOption

    @Argument(help: "Files exported from Sotkanet: data rows (JSON or CSV), an indicator's metadata (JSON), the regions (JSON).")
    var files: [String] = []

    @Option(help: "Fetch this Sotkanet indicator from the API instead of reading files.")
    var indicator: Int?

    @Flag(help: "Refresh every indicator of the plan that names a Sotkanet indicator (source.sotkanet_id), with the region list fetched once.")
    var all = false

    @Option(help: "Years to fetch, e.g. 2012-2024 or 2020,2022 (default: every year Sotkanet has).")
    var years: String?

    @Option(help: "Genders to fetch: total, male, female, comma-separated.")
    var genders = "total,male,female"

    @Flag(name: .customLong("allow-gaps"), help: "Let figures the plan has become gaps where Sotkanet no longer has them (each is listed).")
    var allowGaps = false

    @Option(help: "Seconds to wait between requests to the API.")
    var pause: Double = 1

    @Option(help: "The API's address (tests use a local server).")
    var baseURL = SotkanetClient.defaultBaseURL

    @Option(name: .customLong("as"), help: "The plan's id for a new indicator (default sotkanet-<ID>).")
    var asID: String?

    func validate() throws {
        let sources = [!files.isEmpty, indicator != nil, all].filter { $0 }.count
        if sources == 0 {
            throw ValidationError("name the files exported from Sotkanet, fetch one indicator with --indicator ID, or refresh every one with --all")
        }
        if sources > 1 { throw ValidationError("give files, --indicator or --all: one of them") }
        if indicator == nil && !all && years != nil { throw ValidationError("--years goes with --indicator or --all") }
        if all && asID != nil { throw ValidationError("--as names one new indicator; --all refreshes the plan's own") }
        if !(0...60).contains(pause) { throw ValidationError("--pause is seconds between requests, from 0 to 60") }
        if let asID, !Identifier.isValid(asID) {
            throw ValidationError("'\(asID)' is not a valid id for --as: lowercase a–z, 0–9 and '-', starting with a letter")
        }
        if let years, Self.years(years) == nil { throw ValidationError("--years '\(years)' is not a year range; write e.g. 2012-2024 or 2020,2022") }
        if Self.genders(genders) == nil { throw ValidationError("--genders '\(genders)': use total, male and female, comma-separated") }
    }

    func run() throws {
        let importer = SotkanetImporter(content: plan.content, asID: asID, allowGaps: allowGaps)
        var input = SotkanetImporter.Input()
        var problems: [Diagnostic] = []
        var loaded: ContentLoader.Result?
        if indicator != nil || all {
            // The plan first: it names the indicators to refresh, and a plan with errors costs no request.
            let result = importer.loadPlan()
            guard let plan = result.plan, !result.diagnostics.hasErrors else {
                _ = DiagnosticPrinter.report(result.diagnostics.errors)
                print("the plan has errors (above); fix them first (hyte check), then import again")
                throw ExitCode.contentErrors
            }
            loaded = result
            let ids = indicator.map { [$0] } ?? Self.sotkanetIndicators(plan)
            guard !ids.isEmpty else {
                throw ValidationError("no indicator of the plan names a Sotkanet indicator; write source: {name: THL Sotkanet, sotkanet_id: ID} in one, or use --indicator ID")
            }
            try fetch(ids, into: &input, problems: &problems)
        } else {
            read(files, into: &input, problems: &problems)
        }
        let distinct = Set(input.rows.map(\.indicator))
        if asID != nil && distinct.count > 1 {
            throw ValidationError("--as names one indicator, but the files hold \(distinct.count) Sotkanet indicators (\(distinct.sorted().map(String.init).joined(separator: ", ")))")
        }
        if problems.hasErrors {
            _ = DiagnosticPrinter.report(problems)
            print("hyte: nothing was imported")
            throw ExitCode.contentErrors
        }
        let report = importer.run(input, plan: loaded)
        let code = DiagnosticPrinter.report(problems + report.diagnostics)
        for paragraph in report.summary { print(paragraph) }
        if code != .success { throw code }
    }

    private func read(_ files: [String], into input: inout SotkanetImporter.Input, problems: inout [Diagnostic]) {
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(.error(.unreadableFile, SourceLocation(path: path, line: 1, column: 1), "cannot read the file", hint: "check the path"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(.error(.notUTF8, SourceLocation(path: path, line: 1, column: 1), "the file is not UTF-8 text",
                                       hint: "give the file as Sotkanet exported it"))
                continue
            }
            if let file = SotkanetFile.read(text, path: path, problems: &problems) { input.add(file) }
        }
    }

    /// The region list once, then each indicator's metadata (its years, a new indicator's titles) and rows.
    private func fetch(_ ids: [Int], into input: inout SotkanetImporter.Input, problems: inout [Diagnostic]) throws {
        var download = SotkanetDownload(client: SotkanetClient(baseURL: baseURL), pause: pause)
        do {
            try download.regions(into: &input, problems: &problems)
            for (n, id) in ids.enumerated() {
                if ids.count > 1 { FileHandle.standardError.write(Data("Sotkanet \(id) (\(n + 1)/\(ids.count))\n".utf8)) }
                try download.indicator(id, years: years.flatMap(Self.years), genders: Self.genders(genders)!, into: &input, problems: &problems)
            }
        } catch {
            FileHandle.standardError.write(Data("hyte: error: \(error.description)\n".utf8))
            print("hyte: nothing was imported")
            throw ExitCode.contentErrors
        }
    }

    /// The Sotkanet indicators the plan's indicators name, each once, in order.
    static func sotkanetIndicators(_ plan: Plan) -> [Int] {
        Array(Set(plan.indicators.compactMap(\.source.sotkanetID))).sorted()
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
