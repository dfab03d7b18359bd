import Foundation
import PlanModel
import Testing
@testable import SiteRenderer

/// Indicator observations are written as JSON directly; the bytes must be what `JSONValue` objects give.
@Suite struct OpenDataJSONTests {
    @Test func numbersHaveAPointAndNoTrailingZeros() {
        let cases: [(Double, Int?, String)] = [(12.4, 1, "12.4"), (12.0, 1, "12"), (0.05, 2, "0.05"), (0.5, 2, "0.5"), (-0.04, 1, "0"),
                                                (-3.25, 1, "-3.3"), (1234567.891, 2, "1234567.89"), (7, 0, "7"), (0.1234567, nil, "0.123457"),
                                                (2.0005, 3, "2.001"), (.nan, 1, "null"), (100, 3, "100")]
        for (value, decimals, expected) in cases {
            #expect(JSONValue.number(value, decimals: decimals) == expected, "\(value) with \(String(describing: decimals))")
        }
    }

    @Test func observationsMatchTheGenericWriter() throws {
        let plan = try TestSite.plan(TestSite.example)
        var compared = 0
        for indicator in plan.indicators {
            let generic = JSONValue.array(indicator.observations.map { o in
                .object([("area", .string(o.area)), ("year", .integer(o.year)), ("group", .string(o.group)),
                         ("value", o.value.map { .number($0, decimals: indicator.decimals) } ?? .null)])
            }).rendered(indent: 1)
            #expect(OpenData.observations(indicator) == generic, "\(indicator.id)")
            compared += indicator.observations.count
        }
        #expect(compared > 1000)
        #expect(plan.indicators.contains { $0.observations.contains { $0.value == nil } }, "a missing value is among them")
    }
}
