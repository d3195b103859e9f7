import PalisadeCore

/// E-mail addresses: a local part and a dotted domain with an alphabetic top-level label,
/// found by looking outwards from each `@`.
public struct EmailDetector: ByteScanningDetector {
    public let name = "pii.email"
    private static let at = Trigger("@")

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        text.scan(for: Self.at, into: &findings) { at in
            Self.address(around: at, in: text).map { Finding(.pii, PIIType.email, .medium, confidence: 0.95, range: $0, in: text) }
        }
    }

    static func address(around at: Int, in text: UTF8Text) -> Range<Int>? {
        var start = at
        while start > 0, at - start < 64, isLocalPart(text[start - 1]) { start -= 1 }
        while start < at, text[start] == UInt8(ascii: ".") { start += 1 }
        guard start < at, text.byte(at: start - 1) != UInt8(ascii: "/") else { return nil }
        var end = at + 1
        var lastDot = -1
        while end < text.count, end - at < 255, isDomain(text[end]) {
            if text[end] == UInt8(ascii: ".") { lastDot = end }
            end += 1
        }
        while end > at + 1, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: "-") {
            end -= 1
            if lastDot >= end { lastDot = -1; var scan = end - 1; while scan > at { if text[scan] == UInt8(ascii: ".") { lastDot = scan; break }; scan -= 1 } }
        }
        guard lastDot > at + 1, end - lastDot - 1 >= 2 else { return nil }
        for position in (lastDot + 1)..<end where !text[position].isLetter { return nil }
        return start..<end
    }

    @inline(__always) private static func isLocalPart(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
    }

    @inline(__always) private static func isDomain(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
