import PalisadeCore

/// A read-only view of a text's UTF-8 bytes with the small helpers every recognizer needs.
/// Valid only inside `withUTF8Text`; recognizers never keep it.
public struct UTF8Text {
    /// The bytes, for detectors written outside this module.
    public let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always) var count: Int { bytes.count }
    @inline(__always) subscript(_ index: Int) -> UInt8 { bytes[index] }

    /// The byte at `index`, or 0 outside the text, so that boundary checks need no bounds test.
    @inline(__always) func byte(at index: Int) -> UInt8 {
        index >= 0 && index < bytes.count ? bytes[index] : 0
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// True where `literal` (lowercase ASCII) occurs at `index`, ignoring ASCII case.
    func matches(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where bytes[index + offset].lowercasedASCII != literal[offset] {
            return false
        }
        return true
    }

    /// True where `literal` occurs at `index` with exactly this case.
    func matchesExactly(_ literal: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where bytes[index + offset] != literal[offset] {
            return false
        }
        return true
    }

    /// Whether a letter or digit touches `index` from the left: a match starting there would be
    /// the tail of a longer word.
    @inline(__always) func continuesWord(before index: Int) -> Bool {
        let previous = byte(at: index - 1)
        return previous.isAlnum
    }

    @inline(__always) func continuesWord(after index: Int) -> Bool {
        byte(at: index).isAlnum
    }

    /// The nearest byte before `index` that is none of `skipped`, or nil if only skipped bytes
    /// (or none) come before it.
    func byte(before index: Int, skipping skipped: String.UTF8View) -> UInt8? {
        var cursor = index - 1
        while cursor >= 0, skipped.contains(bytes[cursor]) { cursor -= 1 }
        return cursor >= 0 ? bytes[cursor] : nil
    }

    /// Whether one of `keywords` occurs, as the start of a word, in the `window` bytes before
    /// `index` (and optionally after `end`). Context words turn an ambiguous number into PII.
    func hasContext(_ keywords: KeywordList, before index: Int, window: Int = 48, after end: Int? = nil) -> Bool {
        let lower = max(0, index - window)
        if keywords.occurs(in: self, range: lower..<index) { return true }
        if let end {
            let upper = min(bytes.count, end + window / 2)
            if end < upper, keywords.occurs(in: self, range: end..<upper) { return true }
        }
        return false
    }
}

/// Runs `body` over the UTF-8 bytes of `text` without copying native strings.
func withUTF8Text<Result>(_ text: String, _ body: (UTF8Text) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable({ body(UTF8Text($0)) }) {
        return result
    }
    var copy = text
    copy.makeContiguousUTF8()
    return copy.utf8.withContiguousStorageIfAvailable { body(UTF8Text($0)) }!
}

/// Keywords matched at word starts, ignoring ASCII case.
struct KeywordList: Sendable {
    let words: [[UInt8]]
    /// One bit per byte a keyword starts with: most word starts of a text end here.
    private let firstBytes: ByteSet

    init(_ words: [String]) {
        self.words = words.map { Array($0.lowercased().utf8) }
        firstBytes = ByteSet(self.words.compactMap(\.first))
    }

    func occurs(in text: UTF8Text, range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index].lowercasedASCII
            if firstBytes.contains(byte), !text.continuesWord(before: index) {
                for word in words where word[0] == byte && index + word.count <= range.upperBound + 8 {
                    if text.matches(word, at: index) { return true }
                }
            }
            index += 1
            // The rest of a word holds no word start.
            if byte.isAlnum {
                while index < range.upperBound, text[index].isAlnum { index += 1 }
            }
        }
        return false
    }
}

/// A set of bytes, tested with a shift and a mask.
struct ByteSet: Sendable {
    private var ascii: UInt128 = 0
    private var high: UInt128 = 0

    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            if byte < 0x80 { ascii |= 1 << UInt128(byte) } else { high |= 1 << UInt128(byte & 0x7F) }
        }
    }

    @inline(__always) func contains(_ byte: UInt8) -> Bool {
        (byte < 0x80 ? ascii : high) >> UInt128(byte & 0x7F) & 1 != 0
    }
}
