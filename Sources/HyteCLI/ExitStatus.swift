import ArgumentParser

/// hyte's exit statuses. The libraries return outcomes (diagnostics, errors they throw); only the
/// command line decides what they mean to a shell or a CI job, with these.
extension ExitCode {
    /// The content has errors: a build, check or import found problems the plan team must fix.
    static let contentErrors = ExitCode(1)
    /// The command cannot run as asked: a wrong option, an output folder it must not replace, a port in
    /// use, a folder for `hyte new` that is not empty.
    static let usage = ExitCode(2)
}
