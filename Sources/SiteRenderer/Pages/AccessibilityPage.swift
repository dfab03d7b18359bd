import PlanModel

/// The accessibility statement required by law 306/2019, from site.yaml.
struct AccessibilityView: Encodable {
    var layout: LayoutView
    var conformance: String
    var issues: [CellView]
    var email: String
    var prepared: String
}

enum AccessibilityPage {
    static func make(_ scope: PageScope) -> AccessibilityView {
        let site = scope.site
        let statement = scope.plan.site.accessibility
        return AccessibilityView(
            layout: LayoutView(scope, kind: "accessibility", title: (scope.labels["accessibility"], nil), section: nil),
            conformance: scope.labels["conformance_\(statement.conformance.rawValue)"],
            issues: statement.issues.map(site.text).map { CellView(text: $0.text, lang: $0.lang) },
            email: statement.feedbackEmail, prepared: site.date(statement.prepared))
    }
}
