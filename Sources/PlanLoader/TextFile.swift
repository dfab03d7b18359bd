/// A file's bytes as the text every reader gets: checked UTF-8, without a leading byte-order mark,
/// every line ending `\n`.
enum TextFile {
    /// Where the first byte that is not UTF-8 is, 1-based.
    struct NotUTF8: Error, Equatable {
        var line: Int
        var column: Int
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<String, NotUTF8> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return .failure(firstInvalid(bytes)) }
        // A lone CR ends a line for YAML, CommonMark and editors alike; turning it into LF here makes
        // the front matter split and CSV rows count lines the same way as libyaml and cmark do.
        guard bytes.contains(13) else { return .success(text) }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13 {
                normalized.append(10)
                if i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1 }
            } else {
                normalized.append(bytes[i])
            }
            i += 1
        }
        return .success(String(decoding: normalized, as: UTF8.self))
    }

    /// Counts lines and characters up to the first invalid sequence (only on the error path).
    private static func firstInvalid(_ bytes: UnsafeBufferPointer<UInt8>) -> NotUTF8 {
        var position = NotUTF8(line: 1, column: 1)
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var previous: Unicode.Scalar?
        while case .valid(let encoded) = parser.parseScalar(from: &iterator) {
            let scalar = Unicode.UTF8.decode(encoded)
            if scalar == "\n" && previous == "\r" {
                // CRLF: the CR already ended the line.
            } else if scalar == "\n" || scalar == "\r" {
                position = NotUTF8(line: position.line + 1, column: 1)
            } else {
                position.column += 1
            }
            previous = scalar
        }
        return position
    }
}
