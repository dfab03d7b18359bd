import Foundation
import HyteBase
import PlanModel

/// Each indicator's municipalities ranked in its newest municipal year, computed once per language:
/// the indicator page and every municipality card (120 indicators × 308 cards in a national plan)
/// share one sort instead of each sorting again.
final class RankingCache: Sendable {
    struct Ranking: Sendable {
        var year: Int
        /// Best first by the indicator's `better`, missing values last, names breaking ties.
        var rows: [(Organization, Double?)]
        /// Each municipality with a value: its place (1 = best); 308 cards each look every indicator up.
        var places: [String: Int] = [:]
        /// How many municipalities have a value.
        var ranked: Int { places.count }
    }

    private let store = Locked<[String: Ranking?]>([:])

    func ranking(_ indicator: Indicator, _ scope: PageScope) -> Ranking? {
        // A page that finds the ranking made depends on what making it read.
        scope.plan.note(.entity(.indicator, indicator.id), .all(.organization))
        if let known = store.withLock({ $0[indicator.id] }) { return known }
        // Ranked outside the lock, so other indicators' pages need not wait; two threads may rank the
        // same indicator, with the same result.
        let ranking = Self.rank(indicator, scope)
        store.withLock { $0[indicator.id] = ranking }
        return ranking
    }

    private static func rank(_ indicator: Indicator, _ scope: PageScope) -> Ranking? {
        let site = scope.site
        let municipalities = scope.plan.municipalities
        guard let year = indicator.years.last(where: { year in
            municipalities.contains { indicator.value(area: $0.id, year: year) != nil }
        }) else { return nil }
        let rows = municipalities.map { ($0, indicator.value(area: $0.id, year: year)) }
        // Collation keys made once per name, not once per comparison.
        let keys = Dictionary(uniqueKeysWithValues: municipalities.map { ($0.id, Collation.key(site.string($0.name))) })
        let sorted = rows.sorted { a, b in
            switch (a.1, b.1) {
            case let (x?, y?) where x != y: return indicator.better == .lower ? x < y : x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return keys[a.0.id]!.lexicographicallyPrecedes(keys[b.0.id]!)
            }
        }
        var ranking = Ranking(year: year, rows: sorted)
        for (place, row) in sorted.filter({ $0.1 != nil }).enumerated() { ranking.places[row.0.id] = place + 1 }
        return ranking
    }
}
