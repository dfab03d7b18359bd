/// A reason `hyte new` cannot start: a wrong `--languages` or `--region`, or a folder already in
/// use. The command line reports it as a usage error, with what to do in the message.
public struct ScaffoldError: Error, CustomStringConvertible, Equatable {
    public var description: String

    public init(_ description: String) { self.description = description }
}
