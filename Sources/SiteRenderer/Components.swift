/// Small view pieces shared by every page. Text is final (formatted, localised); templates only place it.

struct LinkView: Sendable {
    var href: String
    var text: String
    /// Set when the text is in another language than the page (a fallback translation).
    var lang: String?
    var meta: String?
}

struct CellView: Sendable {
    var text: String
    var href: String?
    var lang: String?
    var numeric: Bool = false
    var missing: Bool = false
    /// A status badge class suffix (ongoing, done …) or track suffix (on, off …).
    var status: String?
    var track: String?
}

struct TableView: Sendable {
    var id: String
    var caption: String
    var headers: [HeaderView]
    var rows: [RowView]
}

struct HeaderView: Sendable {
    var text: String
    var numeric: Bool = false
}

struct RowView: Sendable {
    /// The first cell is the row header.
    var head: CellView
    var cells: [CellView]
}

struct FactView: Sendable {
    var term: String
    var values: [CellView]
}

struct StatusView: Sendable {
    var key: String
    var text: String
}

struct NavItemView: Sendable {
    var href: String
    var text: String
    var current: Bool
}
