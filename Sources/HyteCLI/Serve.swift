import ArgumentParser
import Foundation
import PreviewServer
import SiteBuilder
#if canImport(Glibc)
import Glibc
#endif

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on this computer: rebuilt in memory on every save, open pages reload by themselves.")

    @OptionGroup var plan: ContentOption

    @OptionGroup var templateOption: TemplatesOption
    var templates: String { templateOption.templates }

    @Option(help: "The port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8080

    func run() throws {
        // Nothing is written: the output folder only names files in messages.
        let server = PreviewServer(.init(content: plan.content, templates: templates, output: "output"), port: port)
        let state = RunState()
        let done = DispatchSemaphore(value: 0)
        // Ctrl-C and SIGTERM stop the server in order instead of killing the process mid-response;
        // a second one ends the process at once.
        let queue = DispatchQueue(label: "hyte.signals")  // not main: the main thread waits below
        let signals = [SIGINT, SIGTERM].map { (number: Int32) -> any DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                if state.stopping { Glibc.exit(128 + number) }
                state.stopping = true
                Task { await server.stop() }
            }
            source.resume()
            return source
        }
        Task {
            do {
                let bound = try await server.start()
                FileHandle.standardOutput.write(Data("hyte: serving http://127.0.0.1:\(bound)/ (Ctrl-C stops)\n".utf8))
                await server.waitUntilStopped()
            } catch {
                state.error = error
            }
            done.signal()
        }
        done.wait()
        signals.forEach { $0.cancel() }
        if let error = state.error {
            // A port in use or files that cannot be watched: a usage error, as HyteCommand prints them.
            FileHandle.standardError.write(Data("hyte: error: \(error)\n".utf8))
            throw ExitCode.usage
        }
    }
}

/// The error the server task ended with, handed to the blocked command thread, and whether a signal
/// already asked to stop (signal handlers run one at a time on one queue).
private final class RunState: @unchecked Sendable {
    var error: (any Error)?
    var stopping = false
}
