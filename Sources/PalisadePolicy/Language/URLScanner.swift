import PalisadeCore

/// Finds URLs in free text and tells their hosts. Hand-written rather than a regular expression
/// because it runs on every streamed chunk of every answer.
enum URLScanner {
    struct Occurrence: Equatable {
        /// UTF-8 offsets of the whole URL.
        var range: Range<Int>
        var host: String
        var hasQuery: Bool
    }

    static func urls(in text: String) -> [Occurrence] {
        urls(in: Array(text.utf8))
    }

    static func urls(in bytes: [UInt8]) -> [Occurrence] {
        var found: [Occurrence] = []
        var index = 0
        while let separator = find(schemeSeparator, in: bytes, from: index) {
            var start = separator
            while start > 0, isSchemeByte(bytes[start - 1]) { start -= 1 }
            index = separator + schemeSeparator.count
            guard start < separator else { continue }
            var end = index
            while end < bytes.count, !isTerminator(bytes[end]) { end += 1 }
            while end > index, isTrailingPunctuation(bytes[end - 1]) { end -= 1 }
            guard let host = host(in: bytes[index..<end]) else { continue }
            found.append(Occurrence(range: start..<end, host: host, hasQuery: bytes[index..<end].contains(UInt8(ascii: "?"))))
            index = end
        }
        return found
    }

    /// The host of a URL written without a scheme (`api.example.com/v1`), as tool arguments often are.
    static func host(ofSchemeless value: String) -> String? {
        host(in: Array(value.utf8)[...])
    }

    private static func host(in authorityAndPath: ArraySlice<UInt8>) -> String? {
        var authority = authorityAndPath.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: "\\") }
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
        let host: ArraySlice<UInt8>
        if authority.first == UInt8(ascii: "[") {
            host = authority.prefix { $0 != UInt8(ascii: "]") }.dropFirst()
        } else {
            host = authority.prefix { $0 != UInt8(ascii: ":") }
        }
        let name = String(decoding: host, as: UTF8.self).lowercased()
        let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
        return trimmed.isEmpty ? nil : trimmed
    }

    private static let schemeSeparator = Array("://".utf8)

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isTerminator(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "`")
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "]")
    }
}
