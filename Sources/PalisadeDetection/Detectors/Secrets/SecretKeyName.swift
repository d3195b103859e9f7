/// Reads variable, field, header and flag names ("DB_PASSWORD", "apiKey", "--softlayer-api-key")
/// and decides whether what is assigned to them is meant to be secret.
struct SecretKeyName {
    enum Strength {
        /// The name says "password" or "secret": any non-placeholder value counts.
        case explicit
        /// The name says "key", "token", "auth": only values that look generated count.
        case needsEntropy
    }

    private static let explicitWords = [
        "password", "passwd", "passphrase", "pwd", "secret", "privatekey", "clientsecret", "credential", "contribsys", "apikey", "accesskey",
        "secretkey",
    ]
    private static let generatedWords = ["token", "apikey", "accesskey", "secretkey", "authkey", "apisecret", "auth", "key", "login", "pass", "pw"]
    /// Names that hold metadata about a secret, not the secret.
    private static let metadataSuffixes = [
        "id", "ids", "name", "names", "url", "uri", "type", "count", "length", "size", "file", "path", "version", "expires", "expiry",
        "endpoint", "field", "header", "format", "prefix", "mode", "enabled", "label", "hint", "policy", "template", "location",
        "provider", "method", "algorithm", "ttl", "timeout", "required", "store", "vault", "manager", "keyframedistance", "len",
        "selector", "chars", "str", "pressed", "pair", "signatures", "meshing", "env", "var", "variable", "dir", "flag",
    ]
    private static let metadataWords = [
        "public", "publishable", "csrf", "xsrf", "maxtoken", "mintoken", "numtoken", "maxlength", "sort", "primary", "foreign", "partition", "cache", "bucket",
        "schema", "sequence", "idempotency", "lookup", "hash", "unique", "row", "keyboard", "keystore", "keytab", "keying", "tokenizer",
        "monkey", "turkey", "hotkey", "shortcut", "keyword", "keycode", "keyup", "keydown", "passenger", "bypass", "compass", "passthrough",
        "tokenize", "usersecretsid", "jobcredentials", "credentialsid", "credentialid", "accessibility", "passing", "passed",
    ]

    let strength: Strength

    /// `nil` when `name` (as written in the text) does not name a secret.
    init?(_ name: String) {
        let normalized = String(name.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != "." && $0 != " " && $0 != "\"" && $0 != "'" })
        guard normalized.count >= 2, normalized.count <= 64 else { return nil }
        let lowered = name.lowercased()
        let words = lowered.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if let last = words.last, Self.metadataSuffixes.contains(last) && words.count > 1 { return nil }
        if Self.metadataSuffixes.contains(where: { suffix in
            suffix.count > 3 && normalized.hasSuffix(suffix) && !Self.explicitWords.contains(where: { normalized.hasSuffix($0) })
        }) { return nil }
        if normalized.hasSuffix("id") { return nil }
        // Plural names hold collections or settings about secrets, not one secret.
        if ["secrets", "tokens", "keys", "passwords", "credentials"].contains(where: normalized.hasSuffix) { return nil }
        if Self.metadataWords.contains(where: normalized.contains) { return nil }
        if Self.explicitWords.contains(where: normalized.contains) {
            strength = .explicit
        } else if normalized.hasSuffix("pass") || normalized == "pw" || normalized.hasSuffix("pw") {
            strength = .explicit
        } else if Self.generatedWords.contains(where: { normalized.hasSuffix($0) || normalized.hasPrefix($0) && $0.count >= 5 })
            || normalized.contains("token") || normalized.contains("apikey") {
            strength = .needsEntropy
        } else {
            return nil
        }
    }
}
