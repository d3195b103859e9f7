import PalisadeCore

/// `terms:` words and patterns that must not be sent to a model (code names, confidential
/// projects). Terms match whole words, ignoring case, width, invisible characters and spacing;
/// patterns are regular expressions matched as written.
struct TermControl: Sendable {
    var banned: [String]?
    var patterns: [TextPattern]?
    var action: PolicyAction?

    func overridden(by other: TermControl) -> TermControl {
        TermControl(banned: other.banned ?? banned, patterns: other.patterns ?? patterns, action: other.action ?? action)
    }

    func compiled() -> TermMatcher {
        TermMatcher(terms: banned ?? [], patterns: patterns ?? [])
    }
}

/// Finds banned terms in segments. ASCII text, by far the common case, is searched byte by byte
/// after lowercasing so that a finding's range points at the exact words (redaction can mask
/// them); other text is normalised first, and a finding then covers its whole segment.
struct TermMatcher: Sendable {
    private let terms: [(display: String, words: [[UInt8]])]
    private let patterns: [TextPattern]

    init(terms: [String], patterns: [TextPattern]) {
        self.terms = terms.compactMap { term in
            let words = TextNormalizer.normalize(term).split(separator: " ").map { Array($0.utf8) }
            return words.isEmpty ? nil : (term, words)
        }
        self.patterns = patterns
    }

    var isEmpty: Bool { terms.isEmpty && patterns.isEmpty }

    func findings(in segment: Segment, direction: Direction) -> [Finding] {
        guard !isEmpty else { return [] }
        var findings: [Finding] = []
        func found(_ evidence: String, _ range: Range<Int>) {
            findings.append(.policy(PolicyFindingType.bannedTerm, evidence, direction: direction, role: segment.role, path: segment.path, range: range))
        }
        if !terms.isEmpty {
            let bytes = Array(segment.text.utf8)
            if bytes.allSatisfy({ $0 < 0x80 }) {
                let lowered = bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
                for term in terms {
                    if let range = Self.find(term.words, in: lowered) { found("banned term `\(term.display)`", range) }
                }
            } else {
                let normalized = Array(TextNormalizer.normalize(segment.text).utf8)
                for term in terms where Self.find(term.words, in: normalized) != nil {
                    found("banned term `\(term.display)`", 0..<bytes.count)
                }
            }
        }
        for pattern in patterns {
            if let range = pattern.firstMatch(in: segment.text) {
                let text = segment.text.utf8
                found("banned pattern `\(pattern.source)`", text.distance(from: text.startIndex, to: range.lowerBound)..<text.distance(from: text.startIndex, to: range.upperBound))
            }
        }
        return findings
    }

    /// The first occurrence of the words in order, separated by whitespace, on word boundaries.
    private static func find(_ words: [[UInt8]], in text: [UInt8]) -> Range<Int>? {
        let first = words[0]
        var start = 0
        while start + first.count <= text.count {
            if text[start] == first[0], (start == 0 || !text[start - 1].isWordByte || !first[0].isWordByte),
               let end = match(words, in: text, at: start) {
                return start..<end
            }
            start += 1
        }
        return nil
    }

    private static func match(_ words: [[UInt8]], in text: [UInt8], at start: Int) -> Int? {
        var cursor = start
        for (index, word) in words.enumerated() {
            if index > 0 {
                let spaceStart = cursor
                while cursor < text.count, isSpace(text[cursor]) { cursor += 1 }
                if cursor == spaceStart { return nil }
            }
            guard cursor + word.count <= text.count else { return nil }
            for byte in word {
                guard text[cursor] == byte else { return nil }
                cursor += 1
            }
        }
        let last = words[words.count - 1]
        if cursor < text.count, text[cursor].isWordByte, last[last.count - 1].isWordByte { return nil }
        return cursor
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
