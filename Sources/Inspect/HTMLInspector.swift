import CLibXML2
import Foundation

/// Reads our generated HTML back with libxml2's HTML parser: the links it makes and the ids it defines.
/// A SAX parser: only start tags are looked at and no tree is built, so a page of many megabytes costs
/// little more memory than its text.
public struct HTMLInspector: Sendable {
    /// `href` and `src` values in document order.
    public private(set) var links: [String] = []
    /// Every `id` attribute.
    public private(set) var ids: Set<String> = []

    private final class Collector {
        var links: [String] = []
        var ids: Set<String> = []
    }

    /// A page hyte wrote with its built-in templates: read by `HTMLScanner`, or by libxml2 when the
    /// scanner declines.
    public init(ownHTML html: String) {
        if let scanned = HTMLScanner.scan(html) {
            self.init(links: scanned.links, ids: scanned.ids)
        } else {
            self.init(html: html)
        }
    }

    init(links: [String], ids: Set<String>) {
        self.links = links
        self.ids = ids
    }

    public init(html: String) {
        var handler = htmlSAXHandler()
        handler.startElement = { context, _, attributes in
            guard let context, let attributes else { return }
            let collector = Unmanaged<Collector>.fromOpaque(context).takeUnretainedValue()
            var i = 0
            while let name = attributes[i] {
                defer { i += 2 }
                guard let value = attributes[i + 1] else { continue }
                let key = String(cString: name)
                if key == "href" || key == "src" {
                    collector.links.append(String(cString: value))
                } else if key == "id" {
                    collector.ids.insert(String(cString: value))
                }
            }
        }
        let collector = Unmanaged.passRetained(Collector())
        defer { collector.release() }
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        html.withCString { pointer in
            guard let context = htmlCreatePushParserCtxt(&handler, collector.toOpaque(), nil, 0, nil, XML_CHAR_ENCODING_UTF8) else { return }
            defer { htmlFreeParserCtxt(context) }
            _ = htmlCtxtUseOptions(context, options)
            _ = htmlParseChunk(context, pointer, Int32(strlen(pointer)), 1)
        }
        links = collector.takeUnretainedValue().links
        ids = collector.takeUnretainedValue().ids
    }
}

/// Checks that XML we emit or publish (SVG, sitemaps, feeds) is well-formed, with libxml2's line and column
/// of the first problem.
public enum XMLCheck {
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    private final class FirstProblem {
        var problem: Problem?
    }

    /// nil when well-formed.
    public static func problem(in xml: String) -> Problem? {
        guard let context = xmlNewParserCtxt() else { return Problem(line: 0, column: 0, message: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        // libxml2 keeps the error handler per thread, so concurrent checks do not see each other's errors.
        let collector = Unmanaged.passRetained(FirstProblem())
        defer { collector.release() }
        xmlSetStructuredErrorFunc(collector.toOpaque()) { userData, error in
            guard let userData, let error else { return }
            let box = Unmanaged<FirstProblem>.fromOpaque(userData).takeUnretainedValue()
            guard box.problem == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
            box.problem = Problem(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message ?? "not well-formed")
        }
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let options = Int32(XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue)
        let document = xml.withCString { pointer in
            xmlCtxtReadMemory(context, pointer, Int32(strlen(pointer)), nil, "UTF-8", options)
        }
        if let document { xmlFreeDoc(document) }
        if document != nil && context.pointee.wellFormed != 0 { return nil }
        return collector.takeUnretainedValue().problem ?? Problem(line: 0, column: 0, message: "not well-formed")
    }
}
