import PlanModel

/// A council attachment as a print-friendly page.
struct ReportView {
    var layout: LayoutView
    var attachment: String?
    var facts: [FactView]
    var prose: String?
    var proseLang: String?
}

enum ReportPage {
    static func make(_ report: Report, _ scope: PageScope, templates: TemplateSet) -> ReportView {
        let site = scope.site
        let labels = scope.labels
        var facts: [FactView?] = []
        if let meeting = report.meeting {
            facts = [scope.fact("meeting_body", site.string(meeting.body)), scope.fact("meeting_date", site.date(meeting.date)),
                     scope.fact("meeting_item", meeting.item), scope.fact("attachment", meeting.attachment)]
        }
        let prose = Prose(scope: scope, templates: templates).html(report.body)
        return ReportView(
            layout: LayoutView(scope, kind: "report", title: site.text(report.title), section: .reports,
                               trail: [LinkView(href: scope.href(.reports), text: labels["reports"])], eyebrow: labels["report"]),
            attachment: report.meeting?.attachment, facts: facts.compactMap { $0 }, prose: prose?.html, proseLang: prose?.lang)
    }
}
