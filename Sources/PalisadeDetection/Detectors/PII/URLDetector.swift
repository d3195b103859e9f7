import PalisadeCore

/// Web addresses (`https://...`, `www....`). A URL names a person's site or a tracking link as
/// often as a public page, so findings are informational; credentials inside URLs are the
/// secrets detector's business.
public struct URLDetector: ByteScanningDetector {
    public let name = "pii.url"
    private static let http = Array("http".utf8)
    private static let www = Array("www.".utf8)
    private static let schemeSeparator = Array("://".utf8)

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        var index = 0
        while index < text.count {
            let byte = text[index] | 0x20
            guard byte == UInt8(ascii: "h") || byte == UInt8(ascii: "w"), !text.continuesWord(before: index) else { index += 1; continue }
            var bodyStart = -1
            if text.matches(Self.http, at: index) {
                var cursor = index + 4
                if text.byte(at: cursor) | 0x20 == UInt8(ascii: "s") { cursor += 1 }
                if text.matches(Self.schemeSeparator, at: cursor) { bodyStart = cursor + 3 }
            } else if text.matches(Self.www, at: index) {
                bodyStart = index
            }
            guard bodyStart >= 0 else { index += 1; continue }
            var end = bodyStart
            while end < text.count, Self.isURLByte(text[end]) { end += 1 }
            while end > bodyStart, Self.isTrailingPunctuation(text[end - 1]) { end -= 1 }
            let host = bodyStart..<end
            if host.count >= 4, (host).contains(where: { text[$0] == UInt8(ascii: ".") }) {
                findings.append(Finding(.pii, PIIType.url, .info, confidence: 0.6, range: index..<end, in: text))
            }
            index = max(end, index + 1)
        }
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
