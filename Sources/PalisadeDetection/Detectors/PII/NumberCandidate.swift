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
        self.groupLengths = groups.map(\.count)
    }

    /// Whether every separator is `separator` (true for a single group).
    func separators(areAll separator: UInt8) -> Bool { separators.allSatisfy { $0 == separator } }

    /// The value of the digits in `group` as an integer.
    func value(ofGroup index: Int, in text: UTF8Text) -> Int {
        groups[index].reduce(0) { $0 * 10 + text[$1].digitValue }
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
            let byte = text[index]
            guard byte.isDigit else { index += 1; continue }
            // A digit glued to a letter is part of a word or a token (`GB26`, `sha256`), not a number.
            if text.byte(at: index - 1).isLetter || text.byte(at: index - 1) == UInt8(ascii: "_") {
                while index < count, text[index].isAlnum { index += 1 }
                continue
            }
            let candidate = scan(text, from: index)
            body(candidate)
            index = max(index + 1, candidate.range.upperBound)
        }
    }

    private static func scan(_ text: UTF8Text, from start: Int) -> NumberCandidate {
        var groups: [Range<Int>] = []
        var separators: [UInt8] = []
        var digits: [Int] = []
        groups.reserveCapacity(4)
        separators.reserveCapacity(4)
        digits.reserveCapacity(16)
        var cursor = start
        let limit = min(text.count, start + maximumLength)
        while cursor < limit {
            let groupStart = cursor
            while cursor < limit, text[cursor].isDigit {
                digits.append(text[cursor].digitValue)
                cursor += 1
            }
            groups.append(groupStart..<cursor)
            // A gap is one separator, or `) `, ` (`, `-(`: at most two bytes, then a digit.
            var gap = cursor
            while gap < limit, gap - cursor < 2, isSeparator(text[gap]) { gap += 1 }
            guard gap > cursor, gap < limit, text[gap].isDigit, validGap(text, cursor..<gap) else { break }
            separators.append(text[cursor])
            cursor = gap
        }
        let end = groups.last!.upperBound
        var rangeStart = start
        var leadingPlus = false
        if text.byte(at: start - 1) == UInt8(ascii: "+") { rangeStart -= 1; leadingPlus = true }
        if text.byte(at: start - 1) == UInt8(ascii: "("), text.byte(at: start - 2) != UInt8(ascii: "(") {
            if let close = groups.first.map({ $0.upperBound }), text.byte(at: close) == UInt8(ascii: ")") { rangeStart -= 1 }
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
