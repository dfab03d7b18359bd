import PlanModel
import Yams

/// `bodies/<id>.yaml`: a group, network or forum of the cooperation structure.
enum BodyDecoder {
    static let keys = ["name", "level", "convener", "members", "meetings_per_year", "legal_basis", "purpose", "meetings"]

    static func decode(id: String, _ root: Node?, _ context: FileContext) -> Body? {
        guard let map = Mapping(root, context, what: "the body", allowed: keys, required: ["name", "level"]) else { return nil }
        let name = map.text("name")
        let level = map.choice("level", as: Body.Level.self)
        var frequency: ClosedRange<Int>?
        if let node = map["meetings_per_year"] {
            if case .mapping = node {
                if let range = Mapping(node, context, what: "meetings_per_year", allowed: ["min", "max"], required: ["min"]),
                   let low = range.int("min", in: 0...365) {
                    let high = range.int("max", in: 0...365) ?? low
                    if high < low {
                        context.error(.invalidRange, range["max"], "max (\(high)) is smaller than min (\(low))")
                    } else {
                        frequency = low...high
                    }
                }
            } else if let count = context.int(node, "meetings_per_year", in: 0...365) {
                frequency = count...count
            }
        }
        let meetings = map.list("meetings").compactMap { context.day($0, "meetings") }.sorted()
        guard let name, let level else { return nil }
        return Body(id: id, name: name, level: level, convener: map.party("convener"), members: map.parties("members"),
                    meetingsPerYear: frequency, legalBasis: map.strings("legal_basis"), purpose: map.text("purpose"),
                    meetings: meetings, location: context.fileStart)
    }
}
