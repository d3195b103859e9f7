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
        var run = Run()
        text.scan(for: Self.schemeSeparator, into: &schemed) { separator in
            var start = separator - 4
            if text.byte(at: separator - 1) | 0x20 == UInt8(ascii: "s") { start -= 1 }
            guard text.matches(Self.http, at: start), !text.continuesWord(before: start) else { return nil }
            return Self.url(text, from: start, body: separator + 3, run: &run)
        }
        findings.append(contentsOf: schemed)
        var nextSchemed = 0
        text.scan(for: Self.www, into: &findings) { start in
            while nextSchemed < schemed.count, schemed[nextSchemed].utf8Range.upperBound <= start { nextSchemed += 1 }
            guard nextSchemed == schemed.count || !schemed[nextSchemed].utf8Range.contains(start), !text.continuesWord(before: start),
                  text.byte(at: start - 1) != UInt8(ascii: "/") else { return nil }
            return Self.url(text, from: start, body: start, run: &run)
        }
    }

    /// One run of URL bytes, measured once: every scheme or `www.` inside it (`http://http://...`)
    /// ends where the run ends, so each byte is read once however many triggers a run holds.
    private struct Run {
        var bytes = 0..<0
        /// The run's end without trailing punctuation.
        var end = 0
        /// The last `.` before `end`, or -1.
        var lastDot = -1
    }

    private static func url(_ text: UTF8Text, from start: Int, body: Int, run: inout Run) -> Finding? {
        if !run.bytes.contains(body) {
            var end = body
            while end < text.count, isURLByte(text[end]) { end += 1 }
            var trimmed = end
            while trimmed > body, isTrailingPunctuation(text[trimmed - 1]) { trimmed -= 1 }
            var lastDot = trimmed - 1
            while lastDot >= body, text[lastDot] != UInt8(ascii: ".") { lastDot -= 1 }
            run = Run(bytes: body..<end, end: trimmed, lastDot: lastDot >= body ? lastDot : -1)
        }
        let end = max(body, run.end)
        guard end - body >= 4, run.lastDot >= body else { return nil }
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
