import PalisadeCore

/// IPv6 addresses (full, `::`-compressed, with an embedded IPv4 tail) and MAC addresses
/// (`00:1a:2b:3c:4d:5e`, `00-1A-2B-3C-4D-5E`), found from the separators they are made of.
public struct NetworkAddressDetector: ByteScanningDetector {
    public let name = "pii.network"
    private static let separators = [Trigger(":"), Trigger("-")]

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        for separator in Self.separators {
            text.scan(for: separator, into: &findings) { Self.address(text, around: $0, separator: separator.bytes[0]) }
        }
    }

    private static func address(_ text: UTF8Text, around index: Int, separator byte: UInt8) -> Finding? {
        var start = index
        while start > 0, index - start < 40, Self.isAddressByte(text[start - 1]) { start -= 1 }
        var end = index
        while end < text.count, end - start < 46, Self.isAddressByte(text[end]) { end += 1 }
        while end > index, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: "-") { end -= 1 }
        guard !text.continuesWord(before: start), !text.continuesWord(after: end) else { return nil }
        if Self.isMAC(text, start..<end) {
            return Finding(.pii, PIIType.macAddress, .low, confidence: 0.85, range: start..<end, in: text)
        }
        if byte == UInt8(ascii: ":"), Self.isIPv6(text, start..<end) {
            return Finding(.pii, PIIType.ipAddress, .low, confidence: 0.85, range: start..<end, in: text)
        }
        return nil
    }

    @inline(__always) private static func isAddressByte(_ byte: UInt8) -> Bool {
        byte.isHex || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isMAC(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count == 17 else { return false }
        let separator = text[range.lowerBound + 2]
        guard separator == UInt8(ascii: ":") || separator == UInt8(ascii: "-") else { return false }
        for offset in 0..<17 {
            let byte = text[range.lowerBound + offset]
            if offset % 3 == 2 { guard byte == separator else { return false } } else { guard byte.isHex else { return false } }
        }
        return true
    }

    static func isIPv6(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return false }
        var groups = 0
        var compressed = false
        var cursor = range.lowerBound
        var hasLetterOrLongGroup = false
        if text.byte(at: cursor) == UInt8(ascii: ":") {
            guard text.byte(at: cursor + 1) == UInt8(ascii: ":") else { return false }
            compressed = true
            cursor += 2
        }
        while cursor < range.upperBound {
            let groupStart = cursor
            while cursor < range.upperBound, text[cursor].isHex { cursor += 1 }
            let length = cursor - groupStart
            if cursor < range.upperBound, text[cursor] == UInt8(ascii: "."), groups <= 6 {
                // Embedded IPv4 tail: the rest must be a dotted quad.
                return (compressed || groups == 6) && isDottedQuad(text, groupStart..<range.upperBound)
            }
            guard length >= 1, length <= 4 else { return length == 0 && compressed && cursor == range.upperBound }
            if length == 4 || (groupStart..<cursor).contains(where: { text[$0].isLetter }) { hasLetterOrLongGroup = true }
            groups += 1
            guard cursor < range.upperBound else { break }
            guard text[cursor] == UInt8(ascii: ":") else { return false }
            cursor += 1
            if cursor < range.upperBound, text[cursor] == UInt8(ascii: ":") {
                guard !compressed else { return false }
                compressed = true
                cursor += 1
            }
        }
        guard hasLetterOrLongGroup || compressed else { return false }
        return compressed ? groups >= 2 && groups <= 7 : groups == 8
    }

    private static func isDottedQuad(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var parts = 0
        var value = -1
        for index in range {
            let byte = text[index]
            if byte.isDigit {
                value = (value < 0 ? 0 : value * 10) + byte.digitValue
                guard value <= 255 else { return false }
            } else if byte == UInt8(ascii: "."), value >= 0 {
                parts += 1
                value = -1
            } else {
                return false
            }
        }
        return value >= 0 && parts == 3
    }
}
