import Foundation
import PalisadeCore

/// Finds base64, hex, URL-encoded and rot13 text and decodes it, so that an instruction hidden
/// that way is scored like the plain one. Only one level is decoded here; the classifier
/// recurses with a depth bound. Everything is capped so that crafted input stays cheap.
struct PayloadDecoder: Sendable {
    /// Shorter runs are ordinary words and identifiers.
    static let minimumRun = 20
    static let maximumPayloads = 8
    static let maximumPayloadBytes = 64 * 1024

    func payloads(in bytes: [UInt8]) -> [DecodedPayload] {
        var found: [DecodedPayload] = []
        found.append(contentsOf: runs(in: bytes, where: Self.isBase64Byte).compactMap { range in
            Self.decodeBase64(bytes[range]).map { DecodedPayload(encoding: .base64, text: $0, utf8Range: range) }
        })
        found.append(contentsOf: runs(in: bytes, where: \.isHex).compactMap { range in
            Self.decodeHex(bytes[range]).map { DecodedPayload(encoding: .hex, text: $0, utf8Range: range) }
        })
        if let url = Self.decodePercentEncoding(bytes) { found.append(url) }
        if Self.mentionsRot13(bytes), let text = Self.readableText(bytes.prefix(Self.maximumPayloadBytes).map(Self.rot13)) {
            found.append(DecodedPayload(encoding: .rot13, text: text, utf8Range: 0..<bytes.count))
        }
        return Array(found.prefix(Self.maximumPayloads))
    }

    private func runs(in bytes: [UInt8], where belongs: (UInt8) -> Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count && ranges.count < Self.maximumPayloads {
            guard belongs(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count && belongs(bytes[index]) { index += 1 }
            if index - start >= Self.minimumRun && index - start <= Self.maximumPayloadBytes * 2 {
                ranges.append(start..<index)
            }
        }
        return ranges
    }

    private static func isBase64Byte(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static func decodeBase64(_ run: ArraySlice<UInt8>) -> String? {
        // A hex run or a long word is also valid base64; it decodes to noise that `readableText` rejects.
        var text = String(decoding: run, as: UTF8.self)
            .replacingOccurrences(of: "-", with: "+")
            .replacingOccurrences(of: "_", with: "/")
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "="))
        text += String(repeating: "=", count: (4 - text.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: text) else { return nil }
        return readableText([UInt8](data))
    }

    private static func decodeHex(_ run: ArraySlice<UInt8>) -> String? {
        let digits = Array(run.prefix(run.count & ~1))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for pair in stride(from: 0, to: digits.count, by: 2) {
            bytes.append(hexValue(digits[pair]) << 4 | hexValue(digits[pair + 1]))
        }
        return readableText(bytes)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        default: byte - 0x61 + 10
        }
    }

    private static func decodePercentEncoding(_ bytes: [UInt8]) -> DecodedPayload? {
        var escapes: [Int] = []
        for index in bytes.indices.dropLast(2) where bytes[index] == UInt8(ascii: "%") {
            if bytes[index + 1].isHex && bytes[index + 2].isHex { escapes.append(index) }
        }
        guard escapes.count >= 3, var lower = escapes.first, var upper = escapes.last.map({ $0 + 3 }) else { return nil }
        // The encoded run is the whole word around the escapes: "Ignore%20all%20rules".
        while lower > 0 && !isSpace(bytes[lower - 1]) { lower -= 1 }
        while upper < bytes.count && !isSpace(bytes[upper]) { upper += 1 }
        let range = lower..<upper
        var decoded: [UInt8] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count, bytes[index + 1].isHex, bytes[index + 2].isHex {
                decoded.append(hexValue(bytes[index + 1]) << 4 | hexValue(bytes[index + 2]))
                index += 3
            } else {
                decoded.append(bytes[index] == UInt8(ascii: "+") ? UInt8(ascii: " ") : bytes[index])
                index += 1
            }
        }
        return readableText(decoded).map { DecodedPayload(encoding: .url, text: $0, utf8Range: range) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func mentionsRot13(_ bytes: [UInt8]) -> Bool {
        let lowered = bytes.prefix(Self.maximumPayloadBytes).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
        let needle = Array("rot".utf8)
        for index in lowered.indices.dropLast(4) where lowered[index..<index + 3].elementsEqual(needle) {
            var next = index + 3
            if next < lowered.count, lowered[next] == UInt8(ascii: "-") || lowered[next] == UInt8(ascii: " ") { next += 1 }
            if next + 1 < lowered.count, lowered[next] == UInt8(ascii: "1"), lowered[next + 1] == UInt8(ascii: "3") { return true }
        }
        return false
    }

    private static func rot13(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x41...0x5A: (byte - 0x41 + 13) % 26 + 0x41
        case 0x61...0x7A: (byte - 0x61 + 13) % 26 + 0x61
        default: byte
        }
    }

    /// Decoded bytes count as text when they are valid UTF-8 and mostly printable with some
    /// letters: random bytes (a hash, a key) almost never are.
    private static func readableText(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 8, bytes.count <= maximumPayloadBytes, let text = String(validating: bytes, as: UTF8.self) else {
            return nil
        }
        var printable = 0
        var letters = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic { letters += 1 }
            if scalar == " " || scalar == "\n" || !(scalar.properties.generalCategory == .control) { printable += 1 }
        }
        let total = text.unicodeScalars.count
        guard printable * 100 >= total * 95, letters * 2 >= total else { return nil }
        return text
    }
}
