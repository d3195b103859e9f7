import PalisadeCore

/// Credentials with an issuer prefix (`ghp_`, `sk-ant-api03-`, `AKIA`, `xoxb-` ...), checked
/// against each format's length and alphabet and rejected when they are placeholders. One pass:
/// each word start of a long token run costs a table lookup on its first byte.
public struct PrefixedTokenDetector: ByteScanningDetector {
    public let name = "secrets.tokens"

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        var consumedUntil = 0
        var index = 0
        while index < text.count {
            guard Self.isTokenCharacter(text[index]) else { index += 1; continue }
            // Every credential format is a run of at least 16 token characters: the words of
            // prose are stepped over whole.
            let runStart = index
            while index < text.count, Self.isTokenCharacter(text[index]) { index += 1 }
            if index - runStart >= 16 { scan(text, run: runStart..<index, consumedUntil: &consumedUntil, into: &findings) }
        }
    }

    /// Looks for a credential at each word start of a long run of token characters.
    private func scan(_ text: UTF8Text, run: Range<Int>, consumedUntil: inout Int, into findings: inout [Finding]) {
        var index = run.lowerBound
        while index < run.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: "~"), index >= consumedUntil, let finding = SpecialTokenFormats.azureClientSecret(text, tilde: index) {
                findings.append(finding)
                consumedUntil = finding.utf8Range.upperBound
            }
            if !byte.isAlnum || index < consumedUntil || text.continuesToken(before: index) || text.byte(at: index - 1) == UInt8(ascii: ".") {
                index += 1
                continue
            }
            guard run.upperBound - index >= 16 else { return }
            let ruleFinding = TokenRule.mayStart(byte, text.byte(at: index + 1)) ? match(TokenRule.byFirstByte[Int(byte)], text, at: index) : nil
            if let finding = ruleFinding ?? SpecialTokenFormats.match(text, at: index) {
                findings.append(finding)
                consumedUntil = finding.utf8Range.upperBound
            }
            // Tokens start at word starts only: skip the rest of this word.
            index += 1
            while index < run.upperBound, text[index].isAlnum { index += 1 }
        }
    }

    /// Anything that can appear inside a credential: letters, digits, `-_.~+/=` and `:` (Telegram).
    @inline(__always) private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "~")
            || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ":")
    }

    private func match(_ rules: [TokenRule], _ text: UTF8Text, at start: Int) -> Finding? {
        for rule in rules where text.matchesExactly(rule.prefix, at: start) {
            let bodyStart = start + rule.prefix.count
            var end = bodyStart
            let limit = min(text.count, bodyStart + rule.length.upperBound + 1)
            while end < limit, rule.alphabet.allows(text[end]) { end += 1 }
            // Trailing padding or dots belong to the sentence, not the token.
            while end > bodyStart, text[end - 1] == UInt8(ascii: ".") { end -= 1 }
            let body = bodyStart..<end
            guard rule.length.contains(body.count), !rule.alphabet.allows(text.byte(at: end)) || text.byte(at: end) == UInt8(ascii: "."),
                  !text.byte(at: end).isAlnum
            else { continue }
            if rule.length.count > 1, let last = body.last, text[last] == UInt8(ascii: "_") || text[last] == UInt8(ascii: "-") { continue }
            if let marker = rule.marker, !text.contains(marker, in: body, caseSensitive: true) { continue }
            if let suffix = rule.suffix, !text.matchesExactly(suffix, at: end - suffix.count) { continue }
            // A checked marker or suffix already tells a generated token from a typed sample.
            let isStructured = rule.marker != nil || rule.suffix != nil
            if Placeholder.isPlaceholder(text, body) || (!isStructured && Placeholder.hasAlphabetRun(text, body)) { continue }
            if body.count >= 16, Entropy.shannon(text, body) < 2.8 { continue }
            if rule.alphabet == .upperAlphanumeric || rule.alphabet == .alphanumeric || rule.alphabet == .token,
               body.count >= 16, !(body.contains { text[$0].isDigit }) && !(body.contains { text[$0].isLower }) {
                continue
            }
            return Finding(.secret, rule.type, .critical, confidence: 0.95, range: start..<end, in: text)
        }
        return nil
    }
}

extension UTF8Text {
    /// Whether the byte before `index` continues a token (letter, digit, `_`, `-`), in which case
    /// a prefix at `index` is inside another word (`testAKC...`, `rhf_...`).
    @inline(__always) func continuesToken(before index: Int) -> Bool {
        let previous = byte(at: index - 1)
        return previous.isAlnum || previous == UInt8(ascii: "_") || previous == UInt8(ascii: "-")
    }
}
