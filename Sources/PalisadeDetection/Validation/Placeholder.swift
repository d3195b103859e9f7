import PalisadeCore

/// Values that look like credentials but are templates, examples or redactions: reporting them
/// trains people to ignore findings.
enum Placeholder {
    private static let words: [[UInt8]] = [
        "example", "placeholder", "changeme", "change_me", "change-me", "your_", "your-", "yourkey", "your key", "insert",
        "redacted", "replace", "dummy", "sample", "<your", "todo", "fixme", "notreal", "not_real", "here",
    ].map { Array($0.utf8) }
    private static let exactWords: Set<String> = [
        "password", "passwd", "secret", "token", "apikey", "api_key", "null", "nil", "none", "undefined", "true", "false",
        "test", "testing", "admin", "root", "user", "username", "pass", "value", "string", "empty", "default", "key",
        "foo", "bar", "foobar", "qwerty", "letmein", "123456", "12345678", "password123", "secret123", "abc123",
    ]

    /// Whether `range` of `text` is a template or example rather than a real value.
    static func isPlaceholder(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return true }
        var counts = [Int](repeating: 0, count: 256)
        var xRun = 0, longestXRun = 0, starRun = 0
        for index in range {
            let byte = text[index]
            counts[Int(byte)] += 1
            if byte | 0x20 == UInt8(ascii: "x") { xRun += 1; longestXRun = max(longestXRun, xRun) } else { xRun = 0 }
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "#") { starRun += 1 }
        }
        if longestXRun >= 4 || starRun >= 3 { return true }
        if counts.max()! * 5 > range.count * 3 { return true }
        let first = text[range.lowerBound]
        if first == UInt8(ascii: "$") || first == UInt8(ascii: "%") || first == UInt8(ascii: "<") { return true }
        if text.matchesExactly(Array("${".utf8), at: range.lowerBound) || text.matchesExactly(Array("{{".utf8), at: range.lowerBound)
            || text.contains(Array("EXAMPLE".utf8), in: range, caseSensitive: true) {
            return true
        }
        if exactWords.contains(text.string(range).lowercased()) { return true }
        return words.contains { text.contains($0, in: range) }
    }

    /// A run of ten or more consecutive alphabet or digit characters (`abcdefghij`): a typed
    /// sample, not a generated key. Used for prefixed tokens only; keyword values in test suites
    /// are often such sequences and still worth reporting.
    static func hasAlphabetRun(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var run = 1
        var previous: UInt8 = 0
        for index in range {
            let byte = text[index]
            run = byte == previous &+ 1 && byte.isAlnum ? run + 1 : 1
            if run >= 10 { return true }
            previous = byte
        }
        return false
    }
}

extension UTF8Text {
    /// Whether `needle` (lowercase unless `caseSensitive`) occurs inside `range`.
    func contains(_ needle: [UInt8], in range: Range<Int>, caseSensitive: Bool = false) -> Bool {
        guard needle.count <= range.count else { return false }
        for start in range.lowerBound...(range.upperBound - needle.count) {
            if caseSensitive ? matchesExactly(needle, at: start) : matches(needle, at: start) { return true }
        }
        return false
    }
}
