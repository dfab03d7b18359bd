import Foundation
import PlanModel

/// The text layer of RFC 5545: escaping TEXT values, folding content lines, CRLF line ends,
/// and the date/time value forms, with the little day arithmetic the calendar needs.
/// Nothing here reads the clock or the machine's time zone.
enum ICalendarText {
    /// The longest content line, in UTF-8 octets, not counting the CRLF (RFC 5545 3.1).
    static let lineLimit = 75

    // MARK: Escaping

    /// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks
    /// (LF, CRLF, CR) written as `\n`. Other control characters, which TEXT may not hold, are dropped;
    /// a tab stays.
    static func escape(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            case "\u{2028}", "\u{2029}": out += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Reverses `escape` (for tests and round trips).
    static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": out += "\n"
                default: out.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if escaping { out += "\\" }
        return out
    }

    // MARK: Folding

    /// One content line folded (RFC 5545 3.1): pieces of at most 75 octets, each continuation
    /// starting with one space (which counts toward its 75), cut only between Unicode scalars so
    /// a multi-byte UTF-8 character is never split. Returned without line ends.
    static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > lineLimit {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines
    }

    /// Content lines folded and joined, every line (the last too) ending with CRLF.
    static func serialize(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            for piece in fold(line) {
                out += piece
                out += "\r\n"
            }
        }
        return out
    }

    /// Reverses folding: a CRLF followed by one space or tab is removed (RFC 5545 3.1).
    /// Works on bytes so that unfolding never depends on how `String` groups CRLF.
    static func unfold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 2 < bytes.count, bytes[i + 1] == 0x0A, bytes[i + 2] == 0x20 || bytes[i + 2] == 0x09 {
                i += 3
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Values

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// A DATE value: `YYYYMMDD`.
    static func date(_ day: Day) -> String { pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2) }

    /// A local DATE-TIME value: `YYYYMMDDTHHMMSS`.
    static func dateTime(_ day: Day, hour: Int, minute: Int, second: Int = 0) -> String {
        date(day) + "T" + pad(hour, 2) + pad(minute, 2) + pad(second, 2)
    }

    // MARK: Day arithmetic

    /// The day after `day`.
    static func nextDay(_ day: Day) -> Day {
        if day.day < Day.daysIn(month: day.month, year: day.year) {
            return Day(year: day.year, month: day.month, day: day.day + 1)
        }
        return firstDayAfterMonth(year: day.year, month: day.month)
    }

    /// The first day of the month after `month` of `year` (1 January of the next year after December).
    static func firstDayAfterMonth(year: Int, month: Int) -> Day {
        month >= 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1)
    }

    /// The host of a URL such as `https://hyvinvointi.example.fi/`, lowercased, without user, port or path.
    static func host(of url: String) -> String {
        var rest = Substring(url.trimmingCharacters(in: .whitespacesAndNewlines))
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("[") {
            // An IPv6 literal keeps its brackets.
            if let close = rest.firstIndex(of: "]") { rest = rest[...close] }
        } else if let colon = rest.firstIndex(of: ":") {
            rest = rest[..<colon]
        }
        let host = rest.lowercased()
        return host.isEmpty ? "localhost" : host
    }
}
