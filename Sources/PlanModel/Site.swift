/// `site.yaml`: the plan itself.
public struct Site: Sendable, Equatable {
    public enum Conformance: String, Sendable, CaseIterable { case full, partial, none }

    public struct Accessibility: Sendable, Equatable {
        public var conformance: Conformance
        public var issues: [LocalizedText]
        public var feedbackEmail: String
        public var prepared: Day
        public init(conformance: Conformance, issues: [LocalizedText], feedbackEmail: String, prepared: Day) {
            self.conformance = conformance
            self.issues = issues
            self.feedbackEmail = feedbackEmail
            self.prepared = prepared
        }
    }

    public var title: LocalizedText
    public var region: Reference
    public var country: Reference?
    public var termStart: Int
    public var termEnd: Int
    public var languages: [Language]
    public var baseURL: String
    public var unsafeHTML: Bool
    /// Build PDFs of the reports by default (`pdf: true`), as `hyte build --pdf` does.
    public var pdf: Bool = false
    /// Where `languages` is written, for messages about the languages.
    public var languagesLocation: SourceLocation?
    public var accessibility: Accessibility
    public var location: SourceLocation

    public init(title: LocalizedText, region: Reference, country: Reference?, termStart: Int, termEnd: Int,
                languages: [Language], baseURL: String, unsafeHTML: Bool, accessibility: Accessibility,
                location: SourceLocation) {
        self.title = title
        self.region = region
        self.country = country
        self.termStart = termStart
        self.termEnd = termEnd
        self.languages = languages
        self.baseURL = baseURL
        self.unsafeHTML = unsafeHTML
        self.accessibility = accessibility
        self.location = location
    }

    public var defaultLanguage: Language { languages.first ?? .fi }
}
