import PalisadeCore

/// JSON Web Tokens: `eyJ` (base64 of `{"`), two or three dot-separated base64url parts, and a
/// header that decodes to a JSON object. Decoding keeps random `eyJ...` strings out.
public struct JWTDetector: ByteScanningDetector {
    public let name = "secrets.jwt"
    private static let marker = Trigger("eyJ")

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        text.scan(for: Self.marker, into: &findings) { Self.token(text, at: $0) }
    }

    private static func token(_ text: UTF8Text, at index: Int) -> Finding? {
        guard !text.continuesToken(before: index) else { return nil }
        var parts: [Range<Int>] = []
        var cursor = index
        while parts.count < 3 {
            let partStart = cursor
            while cursor < text.count, isBase64URL(text[cursor]) { cursor += 1 }
            parts.append(partStart..<cursor)
            guard text.byte(at: cursor) == UInt8(ascii: "."), parts.count < 3 else { break }
            cursor += 1
        }
        return validate(text, parts, start: index)
    }

    @inline(__always) private static func isBase64URL(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "=")
    }

    private static func validate(_ text: UTF8Text, _ parts: [Range<Int>], start: Int) -> Finding? {
        guard parts.count >= 2, parts[0].count >= 10, parts[1].count >= 2,
              text.matchesExactly(marker.bytes, at: parts[1].lowerBound) || parts[1].count >= 10,
              let header = Base64.decode(text, parts[0]), isJSONObject(header), namesJOSEField(header),
              let payload = Base64.decode(text, parts[1]), payload.first == UInt8(ascii: "{")
        else { return nil }
        var end = parts.last!.upperBound
        if parts.count == 2, text.byte(at: end) == UInt8(ascii: ".") { end += 1 }
        return Finding(.secret, SecretType.jwt, .high, confidence: 0.9, range: start..<end, in: text)
    }

    /// JOSE headers always name the algorithm or the type.
    private static func namesJOSEField(_ bytes: [UInt8]) -> Bool {
        let header = String(decoding: bytes, as: UTF8.self)
        return header.contains("\"alg\"") || header.contains("\"typ\"")
    }

    /// Starts with `{"`, ends with `}`: the shape of a JOSE header even when a test corrupts a value.
    private static func isJSONObject(_ bytes: [UInt8]) -> Bool {
        let trimmed = bytes.filter { !$0.isSpace }
        return trimmed.count >= 8 && trimmed.first == UInt8(ascii: "{") && trimmed.dropFirst().first == UInt8(ascii: "\"")
            && trimmed.last == UInt8(ascii: "}")
    }
}
