import PalisadeCore

/// Private key blocks: PEM (`-----BEGIN RSA PRIVATE KEY-----`, PKCS#8, EC, DSA, encrypted),
/// OpenSSH and PGP private key blocks. The finding covers the whole block up to its END line
/// (or the end of the text when it was cut off). Public keys and certificates are not secrets.
public struct PrivateKeyDetector: ByteScanningDetector {
    public let name = "secrets.private_key"
    private static let begin = Array("-----BEGIN ".utf8)
    private static let end = Array("-----END ".utf8)
    private static let dashes = Array("-----".utf8)

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        var from = 0
        while let index = text.index(of: Self.begin, from: from) {
            from = index + 1
            var labelEnd = index + Self.begin.count
            while labelEnd < text.count, labelEnd - index < 60, text[labelEnd] != UInt8(ascii: "-"), text[labelEnd] != UInt8(ascii: "\n") { labelEnd += 1 }
            let label = text.string((index + Self.begin.count)..<labelEnd)
            guard label.hasSuffix("PRIVATE KEY") || label.hasSuffix("PRIVATE KEY BLOCK"), text.matchesExactly(Self.dashes, at: labelEnd) else {
                from = labelEnd
                continue
            }
            let bodyStart = labelEnd + Self.dashes.count
            var blockEnd = text.count
            var bodyEnd = text.count
            var cursor = bodyStart
            while cursor < text.count {
                if text[cursor] == UInt8(ascii: "-"), text.matchesExactly(Self.end, at: cursor) {
                    bodyEnd = cursor
                    var close = cursor + Self.end.count
                    while close < text.count, close - cursor < 80, text[close] != UInt8(ascii: "\n") {
                        close += 1
                        if text.matchesExactly(Self.dashes, at: close - 5), close - cursor > Self.end.count + 5 { break }
                    }
                    blockEnd = close
                    break
                }
                cursor += 1
            }
            let body = bodyStart..<bodyEnd
            let meaningful = body.filter { !text[$0].isSpace && text[$0] != UInt8(ascii: "\\") }.count
            if meaningful >= 12 {
                findings.append(Finding(.secret, SecretType.privateKey, .critical, confidence: 0.95, range: index..<blockEnd, in: text,
                                        evidence: "-----BEGIN \(label)----- ****"))
            }
            from = max(blockEnd, index + 1)
        }
    }
}
