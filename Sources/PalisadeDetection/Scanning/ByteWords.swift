import PalisadeCore

/// Up to three word ranges kept inline: context checks run for many candidates and must not
/// allocate.
struct WordRanges {
    static let capacity = 3
    private var first0: Range<Int> = 0..<0
    private var second: Range<Int> = 0..<0
    private var third: Range<Int> = 0..<0
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }
    var first: Range<Int>? { count > 0 ? first0 : nil }

    subscript(index: Int) -> Range<Int> {
        precondition(index < count, "word \(index) of \(count)")
        switch index {
        case 0: return first0
        case 1: return second
        default: return third
        }
    }

    mutating func append(_ range: Range<Int>) {
        switch count {
        case 0: first0 = range
        case 1: second = range
        case 2: third = range
        default: return
        }
        count += 1
    }
}

extension UTF8Text {
    /// Up to three words (letters, digits, apostrophes, non-ASCII) before `index`, nearest
    /// first. Stops at a line break once a word was read.
    func previousWordRanges(before index: Int, limit: Int = WordRanges.capacity) -> WordRanges {
        var ranges = WordRanges()
        var cursor = index - 1
        // Hoisted: Swift 6.3.1 -O miscompiles `min(...)` in this loop condition (returns no words).
        let maximum = min(limit, WordRanges.capacity)
        while ranges.count < maximum, cursor >= 0, index - cursor < 80 {
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

    /// The word that starts right after `index` when the byte at `index` is one of `separators`:
    /// a noun or a label read next to a phrase (`Nordvik offices`, `781 1704 office`).
    func word(after index: Int, separatedBy separators: String.UTF8View = " ".utf8) -> Range<Int>? {
        guard separators.contains(byte(at: index)), let next = nextWordRanges(after: index, limit: 1).first, next.lowerBound == index + 1
        else { return nil }
        return next
    }

    /// Up to three words after `index`.
    func nextWordRanges(after index: Int, limit: Int = WordRanges.capacity) -> WordRanges {
        var ranges = WordRanges()
        var cursor = index
        let maximum = min(limit, WordRanges.capacity)
        while ranges.count < maximum, cursor < count, cursor - index < 80 {
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

/// Lowercase words mapped to a 32-bit value, looked up by a hash of the text's bytes so that
/// checking a word of the text allocates nothing. Open addressing over a power-of-two table of
/// 8-byte slots (half empty), each holding part of the hash and where the entry lies in one
/// byte pool; an entry is its value followed by the word. A lookup touches one slot and, on a
/// likely hit, one entry; hits are confirmed byte by byte.
struct ByteHashMap: Sendable {
    private struct Slot: Sendable {
        /// The upper half of the hash: the lower half chose the slot.
        var tag: UInt32 = 0
        /// Offset of the entry in `pool` (upper 24 bits) and the word's length (lower 8 bits);
        /// 0 for an empty slot.
        var location: UInt32 = 0

        var isEmpty: Bool { location == 0 }
        var offset: Int { Int(location >> 8) }
        var length: Int { Int(location & 0xFF) }
    }

    private let slots: [Slot]
    /// Entries one after another: a 4-byte value, then the word. Starts with one unused byte so
    /// that no entry has location 0.
    private let pool: [UInt8]
    private let mask: Int
    private let shortest: Int
    private let longest: Int
    /// One bit per pair of first two lowercased bytes of the members: most words of a text are
    /// rejected by this single load before any hashing.
    private let leadingPairs: [UInt64]

    init(_ entries: [String: UInt32]) {
        let words = entries.keys.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var size = 16
        while size < words.count * 2 { size *= 2 }
        var slots = [Slot](repeating: Slot(), count: size)
        var pool: [UInt8] = [0]
        for word in words {
            precondition(word.count <= 0xFF && pool.count < 1 << 24, "ByteHashMap holds words of up to 255 bytes, 16 MB in all")
            let hash = Self.hash(word[...])
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while !slots[slot].isEmpty { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(tag: UInt32(truncatingIfNeeded: hash >> 32), location: UInt32(pool.count) << 8 | UInt32(word.count))
            let value = entries[String(decoding: word, as: UTF8.self)]!
            pool.append(contentsOf: (0..<4).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) })
            pool.append(contentsOf: word)
        }
        self.slots = slots
        self.pool = pool
        self.mask = size - 1
        self.shortest = words.map { $0.count }.min() ?? 0
        self.longest = words.map { $0.count }.max() ?? 0
        var pairs = [UInt64](repeating: 0, count: 1024)
        for word in words where word.count >= 2 {
            let pair = Int(word[0].lowercasedASCII) << 8 | Int(word[1].lowercasedASCII)
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.leadingPairs = pairs
    }

    /// The value of the text in `range`, lowercased (ASCII letters only); 0 when absent.
    func value(_ text: UTF8Text, _ range: Range<Int>) -> UInt32 {
        guard mayContain(text, range) else { return 0 }
        var hash = Self.seed
        for index in range { hash = Self.hash(hash, text[index]) }
        return value(text, range, hash: hash)
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One step of the FNV-1a hash over lowercased bytes, for callers that hash while scanning.
    @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte.lowercasedASCII)) &* 0x100_0000_01b3
    }

    /// Length and leading-pair filters: most words of a text are rejected here.
    @inline(__always) func mayContain(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        guard range.count >= shortest, range.count <= longest else { return false }
        guard range.count >= 2 else { return true }
        let pair = Int(text[range.lowerBound].lowercasedASCII) << 8 | Int(text[range.lowerBound + 1].lowercasedASCII)
        return leadingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// The value of `range` whose hash the caller computed while reading it.
    func value(_ text: UTF8Text, _ range: Range<Int>, hash: UInt64) -> UInt32 {
        guard mayContain(text, range) else { return 0 }
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: hash) & mask
            while !slots[index].isEmpty {
                let slot = slots[index]
                if slot.tag == tag, slot.length == range.count, let value = entry(at: slot.offset, matching: text, range) { return value }
                index = (index + 1) & mask
            }
            return 0
        }
    }

    /// The value of the entry at `offset` when its word is the text in `range`.
    private func entry(at offset: Int, matching text: UTF8Text, _ range: Range<Int>) -> UInt32? {
        pool.withUnsafeBufferPointer { pool in
            let word = offset + 4
            for position in 0..<range.count where text[range.lowerBound + position].lowercasedASCII != pool[word + position] {
                return nil
            }
            return (0..<4).reduce(UInt32(0)) { value, byte in value | UInt32(pool[offset + byte]) << (byte * 8) }
        }
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reduce(seed, hash)
    }
}

/// A set of words (and phrases) looked up without allocating, ignoring ASCII case: context
/// checks run for every number, key and word candidate and must stay cheap.
struct ByteHashSet: Sendable {
    private let map: ByteHashMap

    init(_ words: some Sequence<String>) {
        let lowercased = words.map { String(decoding: $0.utf8.map(\.lowercasedASCII), as: UTF8.self) }
        map = ByteHashMap(Dictionary(lowercased.map { ($0, 1) }, uniquingKeysWith: { first, _ in first }))
    }

    func contains(_ text: UTF8Text, _ range: Range<Int>) -> Bool { map.value(text, range) != 0 }
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
    /// The words cues end with: most candidates are rejected by their previous word alone.
    private let lastWords: ByteHashSet

    init(_ cues: [[String]]) {
        self.cues = cues.map { words in
            let needsColon = words.last?.hasSuffix(":") ?? false
            precondition(words.count <= CueList.maximumLength, "cue longer than CueList.maximumLength")
            return Cue(words: words.map { Array($0.lowercased().utf8.filter { $0 != UInt8(ascii: ":") }) }, needsColon: needsColon)
        }
        lastWords = ByteHashSet(Self.endingWords(of: cues))
    }

    /// The word each cue ends with, lower-cased and without its colon: the word just before a
    /// candidate that the cue announces.
    static func endingWords(of cues: [[String]]) -> [String] {
        cues.compactMap { $0.last.map { String($0.lowercased().filter { $0 != ":" }) } }
    }

    /// The words before a candidate, read once and checked against several cue lists.
    struct Context {
        let text: UTF8Text
        let previous: WordRanges
        let colonBefore: Bool

        init(before index: Int, in text: UTF8Text) {
            self.text = text
            previous = text.previousWordRanges(before: index)
            colonBefore = text.byte(at: index - 2) == UInt8(ascii: ":") || text.byte(at: index - 1) == UInt8(ascii: ":")
        }
    }

    /// Cues are at most this many words long.
    static let maximumLength = WordRanges.capacity

    func matches(_ context: Context) -> Bool {
        guard let nearest = context.previous.first, lastWords.contains(context.text, nearest) else { return false }
        return cues.contains { cue in
            guard context.previous.count >= cue.words.count, !cue.needsColon || context.colonBefore else { return false }
            for (offset, word) in cue.words.reversed().enumerated() where !context.text.word(context.previous[offset], is: word) { return false }
            return true
        }
    }
}
