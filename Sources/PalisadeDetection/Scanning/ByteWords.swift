/// A set of lowercase ASCII words compared byte-wise against ranges of a text, without building
/// strings: context checks run for every number and key candidate and must stay cheap.
struct ByteWordSet: Sendable {
    private let words: [[UInt8]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.lowercased().utf8) }
    }

    /// Whether the text in `range` equals one of the words, ignoring ASCII case.
    func contains(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        words.contains { word in word.count == range.count && text.matches(word, at: range.lowerBound) }
    }
}

extension UTF8Text {
    /// Ranges of up to `limit` words (letters, digits, apostrophes, non-ASCII) before `index`,
    /// nearest first. Stops at a line break once a word was read.
    func previousWordRanges(before index: Int, limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cursor = index - 1
        while ranges.count < limit, cursor >= 0, index - cursor < 80 {
            while cursor >= 0, !isWordByte(bytes[cursor]) {
                if bytes[cursor] == UInt8(ascii: "\n"), !ranges.isEmpty { return ranges }
                cursor -= 1
            }
            let end = cursor + 1
            while cursor >= 0, isWordByte(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "'") { cursor -= 1 }
            if end > cursor + 1 { ranges.append((cursor + 1)..<end) }
        }
        return ranges
    }

    /// Ranges of up to `limit` words after `index`.
    func nextWordRanges(after index: Int, limit: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cursor = index
        while ranges.count < limit, cursor < count, cursor - index < 80 {
            while cursor < count, !isWordByte(bytes[cursor]) { cursor += 1 }
            let start = cursor
            while cursor < count, isWordByte(bytes[cursor]) { cursor += 1 }
            if cursor > start { ranges.append(start..<cursor) }
        }
        return ranges
    }

    @inline(__always) private func isWordByte(_ byte: UInt8) -> Bool { byte.isAlnum || byte >= 0x80 }

    /// Whether the word at `range` equals `word` (lowercase ASCII), ignoring case.
    func word(_ range: Range<Int>, is word: [UInt8]) -> Bool {
        range.count == word.count && matches(word, at: range.lowerBound)
    }
}

/// A set of lowercase words looked up by a hash of the text's bytes, so that checking a word of
/// the text against a gazetteer allocates nothing. Hits are confirmed byte by byte.
struct ByteHashSet: Sendable {
    private let buckets: [UInt64: [[UInt8]]]

    init(_ words: Set<String>) {
        var buckets: [UInt64: [[UInt8]]] = [:]
        for word in words {
            let bytes = Array(word.utf8)
            buckets[Self.hash(bytes), default: []].append(bytes)
        }
        self.buckets = buckets
    }

    /// Whether the text in `range`, lowercased (ASCII letters only), is in the set.
    func contains(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range { hash = (hash ^ UInt64(text[index].lowercasedASCII)) &* 0x100_0000_01b3 }
        guard let candidates = buckets[hash] else { return false }
        return candidates.contains { $0.count == range.count && text.matches($0, at: range.lowerBound) }
    }

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte.lowercasedASCII)) &* 0x100_0000_01b3 }
        return hash
    }
}

/// Short word sequences that announce what follows ("my name is", "works for", "user:"),
/// matched against the words just before a candidate. A cue written with a trailing `:` must
/// be followed by a colon in the text.
struct CueList: Sendable {
    private struct Cue: Sendable {
        var words: [[UInt8]]
        var needsColon: Bool
    }

    private let cues: [Cue]
    private let longest: Int

    init(_ cues: [[String]]) {
        self.cues = cues.map { words in
            let needsColon = words.last?.hasSuffix(":") ?? false
            return Cue(words: words.map { Array($0.lowercased().utf8.filter { $0 != UInt8(ascii: ":") }) }, needsColon: needsColon)
        }
        longest = cues.map(\.count).max() ?? 0
    }

    func matches(before index: Int, in text: UTF8Text) -> Bool {
        let previous = text.previousWordRanges(before: index, limit: longest)
        guard !previous.isEmpty else { return false }
        let colonBefore = text.byte(at: index - 2) == UInt8(ascii: ":") || text.byte(at: index - 1) == UInt8(ascii: ":")
        return cues.contains { cue in
            guard previous.count >= cue.words.count, !cue.needsColon || colonBefore else { return false }
            for (offset, word) in cue.words.reversed().enumerated() where !text.word(previous[offset], is: word) { return false }
            return true
        }
    }
}
