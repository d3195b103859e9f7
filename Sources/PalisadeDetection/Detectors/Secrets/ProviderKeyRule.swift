import PalisadeCore

/// Credentials without an issuer prefix, recognised by the provider named in the variable or field
/// they are assigned to (`SUMO_ACCESS_ID = "su..."`, `sourcegraph: <40 hex>`) and by the value's
/// published length and alphabet. These names often end in `id`, which the generic keyword
/// detector reads as metadata.
struct ProviderKeyRule: Sendable {
    /// The provider's name as written in lower, capitalised and upper case: `sumOfValues` is not
    /// Sumo Logic.
    let spellings: [[UInt8]]
    let type: String
    let valuePrefix: [UInt8]
    let alphabet: TokenRule.Alphabet
    let length: Int

    init(_ provider: String, _ type: String, prefix: String = "", _ alphabet: TokenRule.Alphabet, _ length: Int) {
        let capitalised = provider.prefix(1).uppercased() + provider.dropFirst()
        spellings = [provider, capitalised, provider.uppercased()].map { Array($0.utf8) }
        self.type = type
        valuePrefix = Array(prefix.utf8)
        self.alphabet = alphabet
        self.length = length
    }

    static let all: [ProviderKeyRule] = [
        ProviderKeyRule("sumo", "SUMOLOGIC_ACCESS_ID", prefix: "su", .alphanumeric, 12),
        ProviderKeyRule("sumo", "SUMOLOGIC_ACCESS_KEY", .alphanumeric, 64),
        ProviderKeyRule("sourcegraph", "SOURCEGRAPH_TOKEN", .hex, 40),
    ]

    /// The finding for `value` assigned to the name in `key`, when a provider rule accepts both.
    static func finding(key: Range<Int>, value: Range<Int>, in text: UTF8Text) -> Finding? {
        for rule in all where value.count == rule.valuePrefix.count + rule.length && rule.names(key, text) {
            let body = (value.lowerBound + rule.valuePrefix.count)..<value.upperBound
            guard text.matchesExactly(rule.valuePrefix, at: value.lowerBound),
                  body.allSatisfy({ rule.alphabet.allows(text[$0]) }), !Placeholder.isPlaceholder(text, body),
                  Entropy.shannon(text, body) >= 3.0
            else { continue }
            return Finding(.secret, rule.type, .critical, confidence: 0.85, range: value, in: text)
        }
        return nil
    }

    private func names(_ key: Range<Int>, _ text: UTF8Text) -> Bool {
        spellings.contains { spelling in
            key.count >= spelling.count && (key.lowerBound...(key.upperBound - spelling.count)).contains { text.matchesExactly(spelling, at: $0) }
        }
    }
}
