import ArgumentParser

/// `hyte import`: data from outside sources into the plan's content.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import indicator data into the plan's content.",
        subcommands: [SotkanetCommand.self])
}
