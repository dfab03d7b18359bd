import Charts

/// A chart as a page shows it: the SVG, its one-sentence finding and its data table.
struct ChartView: Sendable {
    var id: String
    var title: String
    var svg: String
    var summary: String
    var table: TableView
    /// The words on the <details> that holds the table.
    var dataLabel: String
    /// Open in print documents, where a closed <details> would hide the numbers.
    var open: Bool

    init(_ chart: Chart, id: String, table: TableView, dataLabel: String, open: Bool) {
        self.id = id
        title = chart.title
        svg = chart.svg
        summary = chart.summary
        self.table = table
        self.dataLabel = dataLabel
        self.open = open
    }
}
