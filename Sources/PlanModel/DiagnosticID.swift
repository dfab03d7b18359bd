/// The stable name of a kind of problem. Messages change wording (and language); the id does not, so
/// CI tools can follow one problem across edits: it is GitLab's `check_name`, part of its fingerprint,
/// and the title of a GitHub annotation. Every id is listed in docs/content-format.md ("Error ids"),
/// and a test keeps the two lists the same.
public struct DiagnosticID: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }
    public static func < (a: DiagnosticID, b: DiagnosticID) -> Bool { a.rawValue < b.rawValue }

    // Files and folders
    public static let noContentFolder = DiagnosticID("no-content-folder")
    public static let noSiteFile = DiagnosticID("no-site-file")
    public static let unknownFolder = DiagnosticID("unknown-folder")
    public static let ignoredFile = DiagnosticID("ignored-file")
    public static let unexpectedFile = DiagnosticID("unexpected-file")
    public static let outsideLink = DiagnosticID("outside-link")
    public static let nestedFolder = DiagnosticID("nested-folder")
    public static let unreadableFile = DiagnosticID("unreadable-file")
    public static let notUTF8 = DiagnosticID("not-utf8")
    public static let emptyFile = DiagnosticID("empty-file")
    public static let frontMatter = DiagnosticID("front-matter")

    // YAML and values
    public static let yamlSyntax = DiagnosticID("yaml-syntax")
    public static let yamlAlias = DiagnosticID("yaml-alias")
    public static let unknownKey = DiagnosticID("unknown-key")
    public static let missingKey = DiagnosticID("missing-key")
    public static let conflictingKeys = DiagnosticID("conflicting-keys")
    public static let wrongType = DiagnosticID("wrong-type")
    public static let emptyValue = DiagnosticID("empty-value")
    public static let invalidValue = DiagnosticID("invalid-value")
    public static let invalidDate = DiagnosticID("invalid-date")
    public static let invalidRange = DiagnosticID("invalid-range")
    public static let outOfRange = DiagnosticID("out-of-range")
    public static let endsBeforeStart = DiagnosticID("ends-before-start")
    public static let invalidID = DiagnosticID("invalid-id")
    public static let duplicateID = DiagnosticID("duplicate-id")
    public static let duplicateEntry = DiagnosticID("duplicate-entry")
    public static let reservedID = DiagnosticID("reserved-id")
    public static let unknownLanguage = DiagnosticID("unknown-language")

    // The plan as a whole
    public static let unknownReference = DiagnosticID("unknown-reference")
    public static let wrongKind = DiagnosticID("wrong-kind")
    public static let measureWithoutGoal = DiagnosticID("measure-without-goal")
    public static let goalWithoutMeasures = DiagnosticID("goal-without-measures")
    public static let targetBeforeBaseline = DiagnosticID("target-before-baseline")
    public static let negativeAmount = DiagnosticID("negative-amount")
    public static let followUpOrder = DiagnosticID("follow-up-order")
    public static let scheduleEnded = DiagnosticID("schedule-ended")
    public static let noBaselineData = DiagnosticID("no-baseline-data")
    public static let indicatorWithoutData = DiagnosticID("indicator-without-data")
    public static let dataHeader = DiagnosticID("data-header")
    public static let dataRow = DiagnosticID("data-row")
    public static let orphanData = DiagnosticID("orphan-data")
    public static let moreErrors = DiagnosticID("more-errors")
    public static let emptyBlock = DiagnosticID("empty-block")

    // Translations
    public static let translationLanguage = DiagnosticID("translation-language")
    public static let orphanTranslation = DiagnosticID("orphan-translation")
    public static let missingTranslations = DiagnosticID("missing-translations")

    // Links and the built site
    public static let missingLinkedFile = DiagnosticID("missing-linked-file")
    public static let unknownHeading = DiagnosticID("unknown-heading")
    public static let brokenLink = DiagnosticID("broken-link")
    public static let externalLink = DiagnosticID("external-link")
    public static let invalidXML = DiagnosticID("invalid-xml")
    public static let template = DiagnosticID("template")

    // The run: tools and output
    public static let renderFailed = DiagnosticID("render-failed")
    public static let pdfFailed = DiagnosticID("pdf-failed")
    public static let missingTool = DiagnosticID("missing-tool")
    public static let searchIndex = DiagnosticID("search-index")
    public static let writeFailed = DiagnosticID("write-failed")

    // hyte import sotkanet
    public static let sotkanetFile = DiagnosticID("sotkanet-file")
    public static let sotkanetRow = DiagnosticID("sotkanet-row")
    public static let sotkanetConflict = DiagnosticID("sotkanet-conflict")
    public static let sotkanetIndicator = DiagnosticID("sotkanet-indicator")
    public static let sotkanetRegion = DiagnosticID("sotkanet-region")
    public static let sotkanetRenumbered = DiagnosticID("sotkanet-renumbered")
    public static let sotkanetGap = DiagnosticID("sotkanet-gap")
    public static let noData = DiagnosticID("no-data")

    /// Every id, for the documentation test.
    public static let all: [DiagnosticID] = [
        noContentFolder, noSiteFile, unknownFolder, ignoredFile, unexpectedFile, outsideLink, nestedFolder, unreadableFile,
        notUTF8, emptyFile, frontMatter, yamlSyntax, yamlAlias, unknownKey, missingKey, conflictingKeys, wrongType,
        emptyValue, invalidValue, invalidDate, invalidRange, outOfRange, endsBeforeStart, invalidID, duplicateID,
        duplicateEntry, reservedID, unknownLanguage, unknownReference, wrongKind, measureWithoutGoal, goalWithoutMeasures,
        targetBeforeBaseline, negativeAmount, followUpOrder, scheduleEnded, noBaselineData, indicatorWithoutData,
        dataHeader, dataRow, orphanData, moreErrors, emptyBlock, translationLanguage, orphanTranslation,
        missingTranslations, missingLinkedFile, unknownHeading, brokenLink, externalLink, invalidXML, template,
        renderFailed, pdfFailed, missingTool, searchIndex, writeFailed, sotkanetFile, sotkanetRow, sotkanetConflict,
        sotkanetIndicator, sotkanetRegion, sotkanetRenumbered, sotkanetGap, noData,
    ]
}
