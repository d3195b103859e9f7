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
