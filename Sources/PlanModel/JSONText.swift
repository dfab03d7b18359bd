/// JSON string literals, written the same way by every JSON document hyte emits (data, schemas).
public enum JSONText {
    /// `text` as a quoted JSON string: quotes, backslashes and control characters escaped, the rest as is.
    /// DEL and the C1 controls are escaped too, which JSON allows and YAML requires, so the same string
    /// is also a YAML double-quoted scalar (new plans and imported indicators are written with it).
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
