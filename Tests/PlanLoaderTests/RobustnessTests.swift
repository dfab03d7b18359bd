import Foundation
import PlanModel
import PropertyBased
import Testing
@testable import PlanLoader

/// Property tests over the loaders: whatever a file holds, `load()` returns, and every problem is
/// a diagnostic at a real place in a real file. Each property runs on random cases; a failure
/// prints the case as Swift source and the seed (`.fixedSeed(…)`) that makes it again.
@Suite struct RobustnessTests {
    static let mutated = ["site.yaml", "goals/mielenterveys.md", "goals/mielenterveys.sv.md", "measures/opetus.md",
                          "indicators/ahdistus.yaml", "calendar/vuosikello.yaml", "organizations/testialue.yaml",
                          "bodies/verkosto.yaml", "data/ahdistus.csv", "reports/vuosiraportti.md", "pages/tietoa.md"]

    // MARK: 1. Mutated files

    @Test(arguments: mutated)
    func mutatedFileLoadsWithLocatedDiagnostics(file: String) async throws {
        let folder = try PlanFolder()
        defer { folder.remove() }
        let original = try #require(PlanFolder.files[file]).utf8
        let cases = Generator<MutationCase, [MutationCase]>(
            run: { rng in
                let count = Int.random(in: 1...4, using: &rng)
                return MutationCase(file: file, mutations: (0..<count).map { _ in ContentMutation.random(using: &rng) })
            },
            shrink: { $0.smaller })
        await propertyCheck(count: Self.cases(120), input: cases) { mutationCase in
            let text = mutationCase.mutated(Array(original))
            let result = try folder.load(replacing: file, with: text, case: mutationCase.description)
            if result.plan == nil { #expect(result.diagnostics.hasErrors, "no plan but no error: \(mutationCase)") }
            for problem in folder.misplaced(result.diagnostics, file: file, text: text) {
                Issue.record("\(problem)\n\(mutationCase)")
            }
        }
    }

    /// Found by the property above: a chart block in a quote, cut off by the end of the file. libyaml
    /// reports the error on the line after the last, which has no "> " in front to count.
    @Test func aQuotedBlockCutOffByTheEndOfTheFileIsReportedInsideTheFile() throws {
        let folder = try PlanFolder()
        defer { folder.remove() }
        let file = "reports/vuosiraportti.md"
        let mutationCase = MutationCase(file: file, mutations: [
            .block(line: 23519, prefix: "> ", info: "chart", yaml: "type: goals\norganization: V\u{E4}\u{E4}r\u{E4}"),
            .delete(at: 12808, count: 36),
        ])
        let text = mutationCase.mutated(Array(try #require(PlanFolder.files[file]).utf8))
        let result = try folder.load(replacing: file, with: text, case: mutationCase.description)
        #expect(result.diagnostics.hasErrors)
        #expect(folder.misplaced(result.diagnostics, file: file, text: text).map { "\($0)" } == [])
    }

    /// Cases per property; `HYTE_FUZZ_SCALE=20 swift test --filter RobustnessTests` runs twenty times as many.
    static func cases(_ count: Int) -> Int {
        count * (Int(ProcessInfo.processInfo.environment["HYTE_FUZZ_SCALE"] ?? "") ?? 1)
    }

    // MARK: 2. Valid CSV round-trips

    @Test func validCSVLoadsToExactlyItsRows() async throws {
        let folder = try PlanFolder()
        defer { folder.remove() }
        await propertyCheck(count: Self.cases(150), input: Generator { rng in CSVCase.random(using: &rng) }) { csv in
            let result = try folder.load(replacing: "data/ahdistus.csv", with: Array(csv.text.utf8), case: csv.description)
            #expect(result.diagnostics.errors.map(\.description) == [], "\(csv)")
            let loaded = result.plan?.indicator("ahdistus")?.observations.map(CSVCase.Row.init) ?? []
            #expect(loaded == csv.expected, "\(csv)")
        }
    }

    // MARK: 3. Rejections at the line written

    @Test func corruptCSVRowIsReportedAtItsField() async throws {
        let folder = try PlanFolder()
        defer { folder.remove() }
        let cases = Generator { rng in
            var csv = CSVCase.random(using: &rng, minRows: 2)
            let corruption = csv.corrupt(using: &rng)
            return (csv, corruption)
        }
        await propertyCheck(count: Self.cases(150), input: cases) { csv, corruption in
            let result = try folder.load(replacing: "data/ahdistus.csv", with: Array(csv.text.utf8), case: csv.description)
            let errors = result.diagnostics.errors.map(\.location)
            let expected = SourceLocation(path: "content/data/ahdistus.csv", line: corruption.line, column: corruption.column)
            #expect(errors == [expected], "\(corruption.kind) in \(csv)")
        }
    }

    @Test func corruptBlockKeyIsReportedAtItsLine() async throws {
        let folder = try PlanFolder()
        defer { folder.remove() }
        await propertyCheck(count: Self.cases(150), input: Generator { rng in BlockCase.random(using: &rng) }) { blockCase in
            let path = "reports/vuosiraportti.md"
            let valid = try folder.load(replacing: path, with: Array(blockCase.text(corrupted: false).utf8), case: blockCase.description)
            #expect(valid.diagnostics.errors.map(\.description) == [], "\(blockCase)")
            let blocks = valid.plan?.reports.first?.body.sources[.fi]?.blocks ?? [:]
            #expect(blocks.keys.sorted().map { $0 + 4 } == blockCase.fenceLines, "\(blockCase)")

            let corrupted = try folder.load(replacing: path, with: Array(blockCase.text(corrupted: true).utf8), case: blockCase.description)
            let errors = corrupted.diagnostics.errors
            #expect(!errors.isEmpty, "\(blockCase)")
            #expect(errors.allSatisfy { $0.location!.path == "content/\(path)" && $0.location!.line == blockCase.corruptedLine },
                    "\(errors.map(\.description)) in \(blockCase)")
            if let column = blockCase.keyColumn {
                #expect(errors.map(\.location!.column) == [column], "\(errors.map(\.description)) in \(blockCase)")
            }
        }
    }

    // MARK: Exact cases

    @Test func notUTF8IsReportedAtTheFirstBadByte() throws {
        // Was reported at 1:1, whatever the line.
        let folder = try PlanFolder()
        defer { folder.remove() }
        let text = Array("---\ntitle: Tietoa\n---\nTietoa s".utf8) + [0xE4] + Array("ännöistä.\n".utf8)
        let result = try folder.load(replacing: "pages/tietoa.md", with: text, case: "latin-1 ä")
        #expect(result.diagnostics.contentProblems.map(\.description) == [
            "content/pages/tietoa.md:4:9: error: the file is not UTF-8 text; save it as UTF-8 in your editor",
        ])
    }
}

// MARK: - Running cases

/// The inline plan written once into a temporary folder; each case replaces one file and puts it back.
struct PlanFolder {
    let root: URL

    /// The inline plan with a translation, so that the translation merger is exercised too.
    static let files = InlinePlan.base.merging([
        "goals/mielenterveys.sv.md": "---\ntitle: Ungas psykiska hälsa\n---\nVarför detta mål: [mer](/tietoa/).\n",
    ]) { $1 }

    init() throws { root = try InlinePlan(files: Self.files).write() }

    func remove() { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }

    func load(replacing file: String, with bytes: [UInt8], case description: String) throws -> ContentLoader.Result {
        let url = root.appendingPathComponent(file)
        let original = try Data(contentsOf: url)
        try Data(bytes).write(to: url)
        defer { try? original.write(to: url) }
        let clock = ContinuousClock()
        let start = clock.now
        let result = CaseWatchdog.shared.watch(description) {
            ContentLoader(directory: root, displayPath: "content").load()
        }
        let elapsed = clock.now - start
        #expect(elapsed < CaseWatchdog.caseLimit, "took \(elapsed): \(description)")
        return result
    }

    /// Every diagnostic whose place is not a real one: a path outside the plan, a line past the end
    /// of its file, a column past the end of its line.
    /// `file` is the one replaced for the case, with `text`.
    func misplaced(_ diagnostics: [Diagnostic], file: String, text: [UInt8]) -> [String] {
        var problems: [String] = []
        var files: [String: [[UInt8]]] = [file: Self.lines(of: text)]
        for diagnostic in diagnostics {
            guard let location = diagnostic.location else { problems.append("no place in the plan: \(diagnostic)"); continue }
            guard location.line >= 1, location.column >= 1 else { problems.append("not 1-based: \(diagnostic)"); continue }
            guard location.path == "content" || location.path.hasPrefix("content/") else {
                problems.append("not in the plan folder: \(diagnostic)")
                continue
            }
            let relative = String(location.path.dropFirst("content/".count))
            let url = location.path == "content" ? root : root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                problems.append("no such file: \(diagnostic)")
                continue
            }
            guard !isDirectory.boolValue else {
                if location.line != 1 || location.column != 1 { problems.append("a folder at a line: \(diagnostic)") }
                continue
            }
            if files[relative] == nil { files[relative] = Self.lines(of: (try? Data(contentsOf: url)).map(Array.init) ?? []) }
            let lines = files[relative]!
            guard location.line <= lines.count + 1 else {
                problems.append("line past the end of the file (\(lines.count) lines): \(diagnostic)")
                continue
            }
            let width = location.line <= lines.count ? String(decoding: lines[location.line - 1], as: UTF8.self).unicodeScalars.count : 0
            if location.column > width + 1 {
                problems.append("column past the end of the line (\(width) characters): \(diagnostic)")
            }
        }
        return problems
    }

    /// Lines as editors count them: LF, CRLF and a lone CR each end one; a last line without an end counts.
    static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 10 || byte == 13 {
                lines.append(current)
                current = []
                if byte == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1 }
            } else {
                current.append(byte)
            }
            i += 1
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Aborts the test process when a case runs for minutes: a hung loader would otherwise hold CI
/// until its time limit, without saying which input. Also names the running cases when the
/// process crashes, since a trap ends it before the property checker can print anything.
final class CaseWatchdog: @unchecked Sendable {
    static let shared = CaseWatchdog()
    /// Far above any case in a debug build (the slowest, a 100 000-character line, takes well under a second).
    static let caseLimit: Duration = .seconds(20)
    static let hangLimit: Duration = .seconds(120)

    private let lock = NSLock()
    private var running: [UUID: (since: ContinuousClock.Instant, description: String)] = [:]

    private init() {
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 1)
                lock.lock()
                let hung = running.values.first { ContinuousClock.now - $0.since > Self.hangLimit }
                lock.unlock()
                if let hung {
                    FileHandle.standardError.write(Data("\nThe loader did not finish in \(Self.hangLimit): \(hung.description)\n".utf8))
                    abort()
                }
            }
        }
        CrashReport.install()
    }

    func watch<T>(_ description: String, _ body: () throws -> T) rethrows -> T {
        let id = UUID()
        lock.lock()
        running[id] = (ContinuousClock.now, description)
        CrashReport.set(running.values.map(\.description))
        lock.unlock()
        defer {
            lock.lock()
            running[id] = nil
            CrashReport.set(running.values.map(\.description))
            lock.unlock()
        }
        return try body()
    }
}

/// Writes the running cases to stderr when the process dies of a trap or a bad access, then lets
/// the previous handler (Swift's backtracer) run.
enum CrashReport {
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]
    static let signals = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT]

    static func install() {
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                if let message = CrashReport.message { _ = write(2, message, strlen(message)) }
                if var old = CrashReport.previous[signal] { sigaction(signal, &old, nil) } else { Glibc.signal(signal, SIG_DFL) }
                // Returning re-runs the faulting instruction (or abort() raises again) under the old handler.
            }
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[signal] = old
        }
    }

    /// Called with the watchdog's lock held.
    static func set(_ cases: [String]) {
        let old = message
        message = cases.isEmpty ? nil : strdup("\nCrashed while loading:\n" + cases.joined(separator: "\n") + "\n")
        free(old)
    }
}
