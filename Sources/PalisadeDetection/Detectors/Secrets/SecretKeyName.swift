import PalisadeCore

/// Reads variable, field, header and flag names ("DB_PASSWORD", "apiKey", "--softlayer-api-key")
/// and decides whether what is assigned to them is meant to be secret. Works on bytes: it runs
/// for every `=` and `:` of a text.
struct SecretKeyName {
    enum Strength {
        /// The name says "password" or "secret": any non-placeholder value counts.
        case explicit
        /// The name says "key", "token", "auth": only values that look generated count.
        case needsEntropy
    }

    private static func list(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    private static let explicitWords = list([
        "password", "passwd", "passphrase", "pwd", "secret", "privatekey", "clientsecret", "credential", "contribsys", "apikey", "accesskey",
        "secretkey",
    ])
    private static let explicitSuffixes = list(["pass", "pw"])
    private static let generatedSuffixes = list(["token", "apikey", "accesskey", "secretkey", "authkey", "apisecret", "auth", "key", "login", "pass", "pw"])
    private static let generatedWords = list(["token", "apikey"])
    /// Names that hold metadata about a secret, not the secret (`token_type`, `secretName`).
    private static let metadataSuffixes = list([
        "id", "ids", "name", "names", "url", "uri", "type", "count", "length", "size", "file", "path", "version", "expires", "expiry",
        "endpoint", "field", "header", "format", "prefix", "mode", "enabled", "label", "hint", "policy", "template", "location",
        "provider", "method", "algorithm", "ttl", "timeout", "required", "store", "vault", "manager", "len", "selector", "chars", "str",
        "pressed", "pair", "signatures", "meshing", "env", "var", "variable", "dir", "flag",
        // Plural names hold collections or settings about secrets, not one secret.
        "secrets", "tokens", "keys", "passwords",
    ])
    /// Matched as whole words of the name (`row_key`, `keyboardLayout`, `maxTokens`), not inside
    /// other words: `bitbucket`, `crowdstrike` and `hashicorp` name services whose secrets count.
    private static let metadataWords = list([
        "public", "publishable", "csrf", "xsrf", "maxtoken", "mintoken", "numtoken", "maxlength", "sort", "primary", "foreign", "partition",
        "cache", "bucket", "schema", "sequence", "idempotency", "lookup", "hash", "unique", "row", "keyboard", "keystore", "keytab", "keying",
        "tokenizer", "monkey", "turkey", "hotkey", "shortcut", "keyword", "keycode", "keyup", "keydown", "passenger", "bypass", "compass",
        "passthrough", "tokenize", "accessibility", "passing", "passed", "keyframe",
    ])

    /// The letters of each stem that every secret name contains ("pass", "key", "auth" ...): a
    /// name lacking all the letters of each is rejected before it is read ("Note:", "Summary:").
    private static let stemLetters: [UInt32] = ["pass", "pw", "secret", "credential", "contribsys", "key", "token", "auth", "login"].map(letterMask)

    private static func letterMask(_ word: String) -> UInt32 {
        word.utf8.reduce(0) { mask, byte in mask | letterBit(byte) }
    }

    @inline(__always) private static func letterBit(_ byte: UInt8) -> UInt32 {
        byte.isLetter ? 1 << UInt32(byte.lowercasedASCII - UInt8(ascii: "a")) : 0
    }

    let strength: Strength

    /// `nil` when the name in `range` does not name a secret.
    init?(_ text: UTF8Text, _ range: Range<Int>) {
        let letters = range.reduce(UInt32(0)) { mask, index in mask | Self.letterBit(text[index]) }
        guard Self.stemLetters.contains(where: { letters & $0 == $0 }) else { return nil }
        var normalized: [UInt8] = []
        normalized.reserveCapacity(range.count)
        // Where each word of the name starts in `normalized`: after a separator or at a capital
        // that follows a lowercase letter or digit (`apiKey`, `DB_PASS`).
        var wordStarts = WordStarts()
        var lastWordStart = 0
        var sawSeparator = false
        var previous: UInt8 = 0
        for index in range {
            let original = text[index]
            let byte = original.lowercasedASCII
            if byte.isAlnum {
                if original.isUpper, previous.isLower || previous.isDigit { wordStarts.insert(normalized.count) }
                normalized.append(byte)
            } else {
                sawSeparator = true
                lastWordStart = normalized.count
                wordStarts.insert(normalized.count)
            }
            previous = original
        }
        guard normalized.count >= 2, normalized.count <= 64 else { return nil }
        let strength: Strength
        if Self.explicitWords.contains(where: normalized.containsSequence) || Self.explicitSuffixes.contains(where: normalized.hasSuffix) {
            strength = .explicit
        } else if Self.generatedSuffixes.contains(where: normalized.hasSuffix) || Self.generatedWords.contains(where: normalized.containsSequence) {
            strength = .needsEntropy
        } else {
            return nil
        }
        let lastWord = normalized[lastWordStart...]
        if sawSeparator, lastWordStart > 0, Self.metadataSuffixes.contains(where: { $0.elementsEqual(lastWord) }) { return nil }
        let explicit = Self.explicitWords.contains { normalized.hasSuffix($0) }
        if !explicit, Self.metadataSuffixes.contains(where: { $0.count > 3 && normalized.hasSuffix($0) }) { return nil }
        if normalized.hasSuffix(Array("id".utf8)) { return nil }
        if Self.metadataWords.contains(where: { normalized.containsWord($0, startingWordsAt: wordStarts) }) { return nil }
        self.strength = strength
    }
}

/// Word starts of a name of at most 64 letters and digits, one bit each; position 0 always.
private struct WordStarts {
    private var bits: UInt64 = 1

    mutating func insert(_ position: Int) {
        if position < 64 { bits |= 1 << UInt64(position) }
    }

    func contains(_ position: Int) -> Bool {
        position < 64 && bits & (1 << UInt64(position)) != 0
    }
}

extension Array where Element == UInt8 {
    /// Whether `word` occurs starting at a word start and ending at one, at the end, or before a
    /// final plural `s` (`maxTokens`, `keyframes`).
    fileprivate func containsWord(_ word: [UInt8], startingWordsAt starts: WordStarts) -> Bool {
        guard word.count <= count else { return false }
        for start in 0...(count - word.count) where starts.contains(start) && self[start..<(start + word.count)].elementsEqual(word) {
            let end = start + word.count
            if end == count || starts.contains(end) { return true }
            if self[end] == UInt8(ascii: "s"), end + 1 == count || starts.contains(end + 1) { return true }
        }
        return false
    }

    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }

    func containsSequence(_ needle: [UInt8]) -> Bool {
        guard needle.count <= count else { return false }
        for start in 0...(count - needle.count) where self[start] == needle[0] && self[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
