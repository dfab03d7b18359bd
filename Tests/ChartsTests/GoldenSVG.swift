import Foundation
import HyteBase
import Inspect
import Testing
@testable import Charts

/// Compares a chart's SVG with a reviewed copy in `Golden/`, after checking what every chart must have.
/// Re-record with `HYTE_RECORD=1 swift test --filter ChartsTests` and review the diff in git.
enum GoldenSVG {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let finnish = ValueFormat(decimalSeparator: ",", groupSeparator: "\u{00A0}", decimals: 1, unit: "%")

    static func check(_ chart: Chart, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(XMLCheck.problem(in: chart.svg) == nil, "\(name) is not well-formed: \(String(describing: XMLCheck.problem(in: chart.svg)))",
                sourceLocation: sourceLocation)
        #expect(chart.svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "), sourceLocation: sourceLocation)
        #expect(chart.svg.contains(" width=\"100%\" role=\"img\" aria-labelledby=\""), sourceLocation: sourceLocation)
        #expect(chart.svg.contains("<title id=\""), sourceLocation: sourceLocation)
        #expect(chart.svg.contains("<desc id=\""), sourceLocation: sourceLocation)
        // Non-finite numbers print as "nan" or "inf"; labels such as "info" must not trip the check.
        #expect(chart.svg.range(of: #"(?i)\b-?(nan|inf)\b"#, options: .regularExpression) == nil, sourceLocation: sourceLocation)
        let file = directory.appendingPathComponent("\(name).svg")
        if ProcessInfo.processInfo.environment["HYTE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(chart.svg.utf8).write(to: file)
        }
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(chart.svg == golden, "\(name).svg differs from its golden copy; re-record with HYTE_RECORD=1 if intended",
                sourceLocation: sourceLocation)
    }
}

@Suite struct FoundationTests {
    @Test func ticksOnOneTwoFiveSteps() {
        #expect(Ticks.nice(0, 97) == [0, 20, 40, 60, 80, 100])
        #expect(Ticks.nice(8.1, 12.4) == [8, 9, 10, 11, 12, 13])
        #expect(Ticks.nice(3, 7, includeZero: true) == [0, 2, 4, 6, 8])
        #expect(Ticks.nice(-4.2, 3.1) == [-6, -4, -2, 0, 2, 4])
        #expect(Ticks.nice(5, 5).count >= 2)
    }

    @Test func numbersAreStable() {
        #expect(SVGWriter.number(12.345) == "12.3")
        #expect(SVGWriter.number(-0.04) == "0")
        #expect(SVGWriter.number(-1.25) == "-1.3" || SVGWriter.number(-1.25) == "-1.2")
        #expect(SVGWriter.number(40) == "40")
        // Numbers written into a drawing: one decimal, none when it is zero, never "-0".
        let expected: [(Double, String)] = [(0, "0"), (-0.0, "0"), (-0.04, "0"), (-0.06, "-0.1"), (99.96, "100"),
                                            (-3.06, "-3.1"), (1e6 + 0.3, "1000000.3"), (-250.71, "-250.7"), (7.25, "7.3")]
        for (value, text) in expected {
            var buffer = MarkupBuffer()
            buffer.write("d=")
            SVGWriter.write(value, into: &buffer)
            #expect(buffer.text == "d=" + text, "\(value)")
        }
        #expect(GoldenSVG.finnish.value(12.4) == "12,4\u{00A0}%")
        #expect(GoldenSVG.finnish.number(-3.25) == "\u{2212}3,3")
    }

    @Test func longLabelsWrapOrShorten() {
        let lines = TextFit.wrap("Kohtalainen tai vaikea ahdistuneisuus, % 8. ja 9. luokan oppilaista", maxWidth: 140, fontSize: 13, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(TextFit.shorten("Lyhyt", maxWidth: 200, fontSize: 13) == "Lyhyt")
    }
}
