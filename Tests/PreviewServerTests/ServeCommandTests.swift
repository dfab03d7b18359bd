import Foundation
import HyteTestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

/// The `hyte serve` command itself: it tells its port on stdout, serves, and stops on SIGINT or SIGTERM.
@Suite(.serialized) struct ServeCommandTests {

    /// Everything a process wrote to one of its pipes so far.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        init(_ pipe: Pipe) {
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let chunk = handle.availableData
                self?.lock.withLock { self?.data.append(chunk) }
            }
        }

        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
    }

    static func start(_ arguments: [String], in folder: URL) throws -> (Process, Output, Output) {
        let process = try #require(HyteExecutable.process(arguments, in: folder), "no hyte executable beside the test binary; run swift build first")
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let outputs = (Output(out), Output(err))
        try process.run()
        return (process, outputs.0, outputs.1)
    }

    @Test(arguments: [SIGINT, SIGTERM]) func servesAndStopsOnASignal(_ signal: Int32) async throws {
        let root = try ServeTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let (process, stdout, stderr) = try Self.start(["serve", "--port", "0"], in: root)
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        try await EventStreamClient.poll(within: ServeTests.patience, "no serving line; stderr: \(stderr.text)") {
            stdout.text.contains("(Ctrl-C stops)\n")
        }
        let line = try #require(stdout.text.firstMatch(of: /hyte: serving http:\/\/127\.0\.0\.1:(\d+)\/ \(Ctrl-C stops\)\n/))
        let port = try #require(UInt16(line.1))
        let home = try await ServeTests.get(port, "/")
        #expect(home.status == 200 && home.body.contains("/_hyte/events"))
        // The log line was written before the page was served, but the pipe is read on another thread.
        try await EventStreamClient.poll(within: ServeTests.patience, "no rebuild line; stderr: \(stderr.text)") {
            stderr.text.contains("hyte: rebuilt in ")
        }

        kill(process.processIdentifier, signal)
        try await EventStreamClient.poll(within: ServeTests.patience, "hyte serve did not stop") { !process.isRunning }
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
    }

    @Test func aPortInUseIsAUsageError() async throws {
        let root = try ServeTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let (first, stdout, _) = try Self.start(["serve", "--port", "0"], in: root)
        defer { if first.isRunning { kill(first.processIdentifier, SIGKILL) } }
        try await EventStreamClient.poll(within: ServeTests.patience, "no serving line") { stdout.text.contains("(Ctrl-C stops)\n") }
        let port = try #require(stdout.text.firstMatch(of: /127\.0\.0\.1:(\d+)\//)?.1).description

        let (second, _, stderr) = try Self.start(["serve", "--port", port], in: root)
        defer { if second.isRunning { kill(second.processIdentifier, SIGKILL) } }
        try await EventStreamClient.poll(within: ServeTests.patience, "the second server did not give up") { !second.isRunning }
        #expect(second.terminationStatus == 2)
        #expect(stderr.text.contains("hyte: error: cannot listen on 127.0.0.1:\(port)"))
        kill(first.processIdentifier, SIGINT)
        try await EventStreamClient.poll(within: ServeTests.patience, "hyte serve did not stop") { !first.isRunning }
    }
}
