/// The stable name of a kind of problem. Messages change wording (and language); the id does not, so
/// CI tools can follow one problem across edits: it is GitLab's `check_name`, part of its fingerprint,
/// and the title of a GitHub annotation. Every id is listed in docs/content-format.md ("Error ids"),
/// in this order, and a test keeps the two lists the same.
public enum DiagnosticID: String, CaseIterable, Hashable, Sendable, Comparable, CustomStringConvertible {
    // Files and folders
    case noContentFolder = "no-content-folder"
    case noSiteFile = "no-site-file"
    case unknownFolder = "unknown-folder"
    case ignoredFile = "ignored-file"
    case unexpectedFile = "unexpected-file"
    case outsideLink = "outside-link"
    case nestedFolder = "nested-folder"
    case unreadableFile = "unreadable-file"
    case notUTF8 = "not-utf8"
    case emptyFile = "empty-file"
    case frontMatter = "front-matter"

    // YAML and values
    case yamlSyntax = "yaml-syntax"
    case yamlAlias = "yaml-alias"
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case conflictingKeys = "conflicting-keys"
    case wrongType = "wrong-type"
    case emptyValue = "empty-value"
    case invalidValue = "invalid-value"
    case invalidDate = "invalid-date"
    case invalidRange = "invalid-range"
    case outOfRange = "out-of-range"
    case endsBeforeStart = "ends-before-start"
    case invalidID = "invalid-id"
    case duplicateID = "duplicate-id"
    case duplicateEntry = "duplicate-entry"
    case reservedID = "reserved-id"
    case unknownLanguage = "unknown-language"

    // The plan as a whole
    case unknownReference = "unknown-reference"
    case wrongKind = "wrong-kind"
    case measureWithoutGoal = "measure-without-goal"
    case goalWithoutMeasures = "goal-without-measures"
    case targetBeforeBaseline = "target-before-baseline"
    case negativeAmount = "negative-amount"
    case followUpOrder = "follow-up-order"
    case scheduleEnded = "schedule-ended"
    case noBaselineData = "no-baseline-data"
    case indicatorWithoutData = "indicator-without-data"
    case dataHeader = "data-header"
    case dataRow = "data-row"
    case orphanData = "orphan-data"
    case moreErrors = "more-errors"
    case emptyBlock = "empty-block"

    // Translations
    case translationLanguage = "translation-language"
    case orphanTranslation = "orphan-translation"
    case missingTranslations = "missing-translations"

    // Links and the built site
    case missingLinkedFile = "missing-linked-file"
    case unknownHeading = "unknown-heading"
    case brokenLink = "broken-link"
    case externalLink = "external-link"
    case invalidXML = "invalid-xml"
    case template = "template"
    case templateUnused = "template-unused"

    // The run: tools and output
    case renderFailed = "render-failed"
    case pdfFailed = "pdf-failed"
    case missingTool = "missing-tool"
    case searchIndex = "search-index"
    case writeFailed = "write-failed"

    // hyte import sotkanet
    case sotkanetFile = "sotkanet-file"
    case sotkanetRow = "sotkanet-row"
    case sotkanetConflict = "sotkanet-conflict"
    case sotkanetIndicator = "sotkanet-indicator"
    case sotkanetRegion = "sotkanet-region"
    case sotkanetRenumbered = "sotkanet-renumbered"
    case sotkanetGap = "sotkanet-gap"
    case noData = "no-data"

    public var description: String { rawValue }
    public static func < (a: DiagnosticID, b: DiagnosticID) -> Bool { a.rawValue < b.rawValue }
}
