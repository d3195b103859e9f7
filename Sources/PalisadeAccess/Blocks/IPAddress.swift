/// An IPv4 or IPv6 address as 128 bits. IPv4 addresses are held IPv4-mapped (`::ffff:a.b.c.d`),
/// so one table serves both families and a client reached over a dual-stack socket matches its
/// IPv4 blocks.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    public let bits: UInt128

    init(bits: UInt128) {
        self.bits = bits
    }

    /// Parses dotted-quad IPv4 or RFC 4291 IPv6 text (with `::` and an embedded IPv4 tail).
    /// Zone indices and brackets are not accepted: strip them before.
    public init?(_ text: String) {
        var text = text
        guard let bits = text.withUTF8({ Self.parse($0) }) else { return nil }
        self.bits = bits
    }

    static let ipv4MappedPrefix: UInt128 = 0xFFFF << 32

    public var isIPv4: Bool { bits >> 32 == Self.ipv4MappedPrefix >> 32 }

    public var description: String {
        if isIPv4 {
            let value = UInt32(truncatingIfNeeded: bits)
            return [24, 16, 8, 0].map { String((value >> $0) & 0xFF) }.joined(separator: ".")
        }
        return (0..<8).map { String(UInt16(truncatingIfNeeded: bits >> (112 - 16 * $0)), radix: 16) }.joined(separator: ":")
    }

    private static func parse(_ text: UnsafeBufferPointer<UInt8>) -> UInt128? {
        if text.contains(UInt8(ascii: ":")) { return parseIPv6(text) }
        return parseIPv4(text[...]).map { ipv4MappedPrefix | UInt128($0) }
    }

    private static func parseIPv4(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
        var value: UInt32 = 0
        var octet: UInt32 = 0
        var digits = 0
        var octets = 0
        for byte in text {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, octets < 3 else { return nil }
                value = value << 8 | octet
                octets += 1
                octet = 0
                digits = 0
            } else if let digit = decimal(byte), digits < 3 {
                octet = octet * 10 + digit
                digits += 1
                guard octet <= 255 else { return nil }
            } else {
                return nil
            }
        }
        guard digits > 0, octets == 3 else { return nil }
        return value << 8 | octet
    }

    /// Groups before `::` are gathered in `head`, groups after it in `tail`; the gap is the zeros
    /// `::` stands for.
    private static func parseIPv6(_ text: UnsafeBufferPointer<UInt8>) -> UInt128? {
        var head: UInt128 = 0
        var tail: UInt128 = 0
        var headGroups = 0
        var tailGroups = 0
        var compressed = false
        var index = 0
        if text.starts(with: [UInt8(ascii: ":"), UInt8(ascii: ":")]) {
            compressed = true
            index = 2
        }
        while index < text.count {
            var end = index
            while end < text.count, text[end] != UInt8(ascii: ":") { end += 1 }
            let part = text[index..<end]
            let value: UInt128
            let width: Int
            if part.contains(UInt8(ascii: ".")) {
                guard end == text.count, let ipv4 = parseIPv4(part) else { return nil }
                value = UInt128(ipv4)
                width = 2
            } else {
                guard (1...4).contains(part.count) else { return nil }
                var group: UInt128 = 0
                for byte in part {
                    guard let digit = hexadecimal(byte) else { return nil }
                    group = group << 4 | UInt128(digit)
                }
                value = group
                width = 1
            }
            if compressed {
                tail = tail << (16 * width) | value
                tailGroups += width
            } else {
                head = head << (16 * width) | value
                headGroups += width
            }
            guard headGroups + tailGroups <= 8 else { return nil }
            guard end < text.count else { break }
            if end + 1 < text.count, text[end + 1] == UInt8(ascii: ":") {
                guard !compressed else { return nil }
                compressed = true
                index = end + 2
            } else {
                index = end + 1
                guard index < text.count else { return nil }
            }
        }
        if compressed {
            guard headGroups + tailGroups < 8 else { return nil }
            return head << (16 * (8 - headGroups)) | tail
        }
        return headGroups == 8 ? head : nil
    }

    private static func decimal(_ byte: UInt8) -> UInt32? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? UInt32(byte - UInt8(ascii: "0")) : nil
    }

    private static func hexadecimal(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
