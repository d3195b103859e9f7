import PalisadeCore

/// A run of digit groups joined by the separators people write inside numbers
/// (`4111 1111 1111 1111`, `+41 (0)85 806 98 67`, `1992-11-12`). Every numeric recognizer works
/// on these, so the text is scanned for digits once.
struct NumberCandidate {
    var range: Range<Int>
    /// Byte ranges of the digit groups.
    var groups: [Range<Int>]
    /// The first byte of each gap between groups (`-`, ` `, `.`, `/`, `(`, `)`).
    var separators: [UInt8]
    var digits: [Int]
    var leadingPlus: Bool

    let groupLengths: [Int]
    var digitCount: Int { digits.count }

    init(range: Range<Int>, groups: [Range<Int>], separators: [UInt8], digits: [Int], leadingPlus: Bool) {
        self.range = range
        self.groups = groups
        self.separators = separators
        self.digits = digits
        self.leadingPlus = leadingPlus
        self.groupLengths = groups.map { $0.count }
    }

    /// Whether every separator is `separator` (true for a single group).
    func separators(areAll separator: UInt8) -> Bool { separators.allSatisfy { $0 == separator } }

    /// The value of the digits in `group` as an integer, or `Int.max` when it has more digits
    /// than an `Int` holds: no date, age or address part is that long, and a candidate may be
    /// up to `NumberScanner.maximumLength` digits.
    func value(ofGroup index: Int, in text: UTF8Text) -> Int {
        guard groups[index].count <= 18 else { return .max }
        return groups[index].reduce(0) { $0 * 10 + text[$1].digitValue }
    }
}

/// Finds number candidates in one pass. Bounded: a candidate never grows past `maximumLength`
/// bytes, and scanning resumes after it, so time is linear in the text.
enum NumberScanner {
    static let maximumLength = 48

    static func forEachCandidate(in text: UTF8Text, _ body: (NumberCandidate) -> Void) {
        var index = 0
        let count = text.count
        while index < count {
            index = text.firstDigit(from: index)
            guard index < count else { return }
            // A digit glued to a letter is part of a word or a token (`GB26`, `sha256`), not a number.
            if text.byte(at: index - 1).isLetter || text.byte(at: index - 1) == UInt8(ascii: "_") {
                while index < count, text[index].isAlnum { index += 1 }
                continue
            }
            // Measure first: most numbers in prose are short and settled without building arrays.
            var groupCount = 0, digitCount = 0
            let end = walk(text, from: index) { group, _ in
                groupCount += 1
                digitCount += group.count
            }
            defer { index = max(index + 1, end) }
            if groupCount == 1, !worthClassifying(text, index..<end, digits: digitCount) { continue }
            body(build(text, from: index, groupCount: groupCount, digitCount: digitCount))
        }
    }

    /// Single numbers that can only be an age, a year or a postal code need their context word.
    private static func worthClassifying(_ text: UTF8Text, _ range: Range<Int>, digits: Int) -> Bool {
        switch digits {
        case ...3: ContextualNumberClassifier.mightBeAge(text, range)
        case 4: true
        case 5...6: ContextualNumberClassifier.hasPostalContext(text, range)
        default: true
        }
    }

    /// Steps over the digit groups of the number at `start`, calling `body` with each group and
    /// the separator byte before it; returns the end of the last group.
    @inline(__always)
    private static func walk(_ text: UTF8Text, from start: Int, _ body: (Range<Int>, UInt8?) -> Void) -> Int {
        var cursor = start
        var separator: UInt8?
        let limit = min(text.count, start + maximumLength)
        while cursor < limit {
            let groupStart = cursor
            while cursor < limit, text[cursor].isDigit { cursor += 1 }
            body(groupStart..<cursor, separator)
            // A gap is one separator, or `) `, ` (`, `-(`: at most two bytes, then a digit.
            var gap = cursor
            while gap < limit, gap - cursor < 2, isSeparator(text[gap]) { gap += 1 }
            guard gap > cursor, gap < limit, text[gap].isDigit, validGap(text, cursor..<gap) else { break }
            separator = text[cursor]
            cursor = gap
        }
        return cursor
    }

    /// The counts measured by the first walk size the arrays once, instead of growing them.
    private static func build(_ text: UTF8Text, from start: Int, groupCount: Int, digitCount: Int) -> NumberCandidate {
        var groups: [Range<Int>] = []
        var separators: [UInt8] = []
        var digits: [Int] = []
        groups.reserveCapacity(groupCount)
        separators.reserveCapacity(groupCount - 1)
        digits.reserveCapacity(digitCount)
        let end = walk(text, from: start) { group, separator in
            groups.append(group)
            if let separator { separators.append(separator) }
            for position in group { digits.append(text[position].digitValue) }
        }
        var rangeStart = start
        var leadingPlus = false
        if text.byte(at: start - 1) == UInt8(ascii: "+") { rangeStart -= 1; leadingPlus = true }
        if text.byte(at: start - 1) == UInt8(ascii: "("), text.byte(at: start - 2) != UInt8(ascii: "("),
           text.byte(at: groups[0].upperBound) == UInt8(ascii: ")") {
            rangeStart -= 1
        }
        return NumberCandidate(range: rangeStart..<end, groups: groups, separators: separators, digits: digits, leadingPlus: leadingPlus)
    }

    @inline(__always) private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    private static func validGap(_ text: UTF8Text, _ gap: Range<Int>) -> Bool {
        if gap.count == 1 { return true }
        let first = text[gap.lowerBound], second = text[gap.lowerBound + 1]
        return (first == UInt8(ascii: ")") && second == UInt8(ascii: " "))
            || (first == UInt8(ascii: " ") && second == UInt8(ascii: "("))
            || (first == UInt8(ascii: "-") && second == UInt8(ascii: "("))
            || (first == UInt8(ascii: ")") && second == UInt8(ascii: "-"))
    }
}
