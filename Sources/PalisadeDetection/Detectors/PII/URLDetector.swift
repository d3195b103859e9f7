import PalisadeCore

/// Web addresses (`https://...`, `www....`). A URL names a person's site or a tracking link as
/// often as a public page, so findings are informational; credentials inside URLs are the
/// secrets detector's business.
public struct URLDetector: ByteScanningDetector {
    public let name = "pii.url"
    private static let http = Array("http".utf8)
    private static let www = Trigger("www.")
    private static let schemeSeparator = Trigger("://")

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        var schemed: [Finding] = []
        text.scan(for: Self.schemeSeparator, into: &schemed) { separator in
            var start = separator - 4
            if text.byte(at: separator - 1) | 0x20 == UInt8(ascii: "s") { start -= 1 }
            guard text.matches(Self.http, at: start), !text.continuesWord(before: start) else { return nil }
            return Self.url(text, from: start, body: separator + 3)
        }
        findings.append(contentsOf: schemed)
        text.scan(for: Self.www, into: &findings) { start in
            guard !schemed.contains(where: { $0.utf8Range.contains(start) }), !text.continuesWord(before: start),
                  text.byte(at: start - 1) != UInt8(ascii: "/") else { return nil }
            return Self.url(text, from: start, body: start)
        }
    }

    private static func url(_ text: UTF8Text, from start: Int, body: Int) -> Finding? {
        var end = body
        while end < text.count, isURLByte(text[end]) { end += 1 }
        while end > body, isTrailingPunctuation(text[end - 1]) { end -= 1 }
        guard end - body >= 4, (body..<end).contains(where: { text[$0] == UInt8(ascii: ".") }) else { return nil }
        return Finding(.pii, PIIType.url, .info, confidence: 0.6, range: start..<end, in: text)
    }

    @inline(__always) static func isURLByte(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
            && byte != UInt8(ascii: "`") && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "\\")
    }

    @inline(__always) static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "]")
    }
}
