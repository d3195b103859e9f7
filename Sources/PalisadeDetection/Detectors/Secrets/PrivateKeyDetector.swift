import PalisadeCore

/// Private key blocks: PEM (`-----BEGIN RSA PRIVATE KEY-----`, PKCS#8, EC, DSA, encrypted),
/// OpenSSH and PGP private key blocks. The finding covers the whole block up to its END line
/// (or the end of the text when it was cut off). Public keys and certificates are not secrets.
public struct PrivateKeyDetector: ByteScanningDetector {
    public let name = "secrets.private_key"
    private static let begin = Trigger("-----BEGIN ")
    private static let end = Array("-----END ".utf8)
    private static let dashes = Array("-----".utf8)

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        text.scan(for: Self.begin, into: &findings) { Self.block(text, at: $0) }
    }

    private static func block(_ text: UTF8Text, at index: Int) -> Finding? {
        var labelEnd = index + Self.begin.bytes.count
        while labelEnd < text.count, labelEnd - index < 60, text[labelEnd] != UInt8(ascii: "-"), text[labelEnd] != UInt8(ascii: "\n") { labelEnd += 1 }
        let label = text.string((index + Self.begin.bytes.count)..<labelEnd)
        guard label.hasSuffix("PRIVATE KEY") || label.hasSuffix("PRIVATE KEY BLOCK"), text.matchesExactly(Self.dashes, at: labelEnd) else {
            return nil
        }
        let bodyStart = labelEnd + Self.dashes.count
        // The block ends after the END line's closing dashes, or with the text when cut off.
        var blockEnd = text.count
        var bodyEnd = text.count
        if let endLine = text.index(of: Self.end, from: bodyStart) {
            bodyEnd = endLine
            var close = endLine + Self.end.count
            while close < text.count, close - endLine < 80, text[close] != UInt8(ascii: "\n") {
                close += 1
                if text.matchesExactly(Self.dashes, at: close - 5), close - endLine > Self.end.count + 5 { break }
            }
            blockEnd = close
        }
        let body = bodyStart..<bodyEnd
        let meaningful = body.filter { !text[$0].isSpace && text[$0] != UInt8(ascii: "\\") }.count
        guard meaningful >= 12 else { return nil }
        return Finding(.secret, SecretType.privateKey, .critical, confidence: 0.95, range: index..<blockEnd, in: text,
                       evidence: "-----BEGIN \(label)----- ****")
    }
}
