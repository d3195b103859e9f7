import PalisadeCore

/// Long base64 or hex runs that decode to readable text: a way to pass instructions or data past
/// filters that read only the surface. Binary payloads (images, keys) decode to non-text and are
/// left to the secret detectors.
public struct EncodedBlobDetector: ByteScanningDetector {
    public let name = "hidden.encoded"
    /// Shorter runs are identifiers and hashes far more often than messages.
    public var minimumLength: Int

    public init(minimumLength: Int = 48) {
        self.minimumLength = minimumLength
    }

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        // Any run of at least `minimumLength` bytes covers one of the probe positions spaced
        // `minimumLength` apart, so only probes that land in a run are expanded.
        var probe = minimumLength - 1
        while probe < text.count {
            guard Self.isBlobByte(text[probe]) else { probe += minimumLength; continue }
            var start = probe
            while start > 0, Self.isBlobByte(text[start - 1]) { start -= 1 }
            var end = probe + 1
            while end < text.count, Self.isBlobByte(text[end]) { end += 1 }
            probe = end + minimumLength
            let range = start..<end
            guard range.count >= minimumLength else { continue }
            let allHex = range.allSatisfy { text[$0].isHex }
            let decoded = allHex ? Self.decodeHex(text, range) : Base64.decode(text, range)
            guard let decoded, decoded.count >= 16, Self.isReadable(decoded) else { continue }
            let preview = String(decoding: decoded.prefix(60), as: UTF8.self)
            findings.append(Finding(.hiddenContent, allHex ? HiddenContentType.hexEncodedText : HiddenContentType.base64EncodedText, .medium, confidence: 0.7,
                                    range: range, in: text, evidence: "decodes to \"\(preview)\""))
        }
    }

    @inline(__always) private static func isBlobByte(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }

    private static func decodeHex(_ text: UTF8Text, _ range: Range<Int>) -> [UInt8]? {
        guard range.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count / 2)
        var index = range.lowerBound
        while index < range.upperBound {
            func nibble(_ byte: UInt8) -> UInt8 { byte.isDigit ? byte - 48 : (byte | 0x20) - 87 }
            bytes.append(nibble(text[index]) << 4 | nibble(text[index + 1]))
            index += 2
        }
        return bytes
    }

    /// Mostly printable ASCII or valid UTF-8 letters with spaces: natural language or code.
    private static func isReadable(_ bytes: [UInt8]) -> Bool {
        var printable = 0, spaces = 0
        for byte in bytes {
            if (0x20...0x7E).contains(byte) || byte == 0x0A || byte == 0x09 { printable += 1 }
            if byte == 0x20 { spaces += 1 }
        }
        return printable * 100 >= bytes.count * 95 && spaces * 30 >= bytes.count
    }
}
