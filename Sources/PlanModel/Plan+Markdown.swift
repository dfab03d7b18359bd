extension Plan {
    /// Every Markdown body of the plan in every language, in a fixed order.
    public var markdownSources: [MarkdownSource] {
        var bodies: [LocalizedMarkdown] = []
        bodies.append(contentsOf: focusAreas.map(\.body))
        bodies.append(contentsOf: goals.map(\.body))
        bodies.append(contentsOf: measures.map(\.body))
        bodies.append(contentsOf: interfaces.map(\.body))
        bodies.append(contentsOf: reports.map(\.body))
        bodies.append(contentsOf: pages.map(\.body))
        return bodies.flatMap { body in body.sources.keys.sorted().map { body.sources[$0]! } }
    }
}
