import PalisadeCore

/// Postal addresses written as a block of lines, as on an envelope, a letter or a signature:
/// the street line, then unit, town, region, postcode and country lines. Each line is reported
/// on its own, as what it is (the street and unit as a street address, a line of digits as a
/// postal code, the others as places), which keeps the block's layout when it is masked.
extension StreetAddressRecognizer {
    /// One line of a block after the street line.
    struct BlockLine {
        var range: Range<Int>
        var type: String
    }

    /// The end of the street line and the lines that continue it, when the street (found
    /// ending at `end`) starts a line of its own (after at most an indentation or a quote marker
    /// such as `>`), nothing but house numbers and a unit follow it on its line, and two to six
    /// short lines of names, codes or a unit follow, with at most one blank line between.
    static func block(startingLineAt start: Int, streetEnd end: Int, _ text: UTF8Text) -> (start: Int, streetEnd: Int, lines: [BlockLine])? {
        guard let start = streetLineStart(before: start, text), let streetEnd = streetLineEnd(after: end, text) else { return nil }
        var cursor = streetEnd
        while text.byte(at: cursor) == UInt8(ascii: " ") { cursor += 1 }
        var lines: [BlockLine] = []
        var blank = false
        while lines.count < 6, text.byte(at: cursor) == UInt8(ascii: "\n") {
            let lineStart = afterLinePrefix(cursor + 1, text)
            var lineEnd = lineStart
            while lineEnd < text.count, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            if lineEnd == lineStart {
                guard !blank, !lines.isEmpty else { break }
                blank = true
                cursor = lineEnd
                continue
            }
            guard let line = blockLine(lineStart..<lineEnd, text) else { break }
            lines.append(line)
            blank = false
            cursor = lineEnd
        }
        guard lines.count >= 2 else { return nil }
        // A unit on the street line is reported apart from the street, as on a line of its own.
        if let unit = unitStart(in: start..<streetEnd, text) {
            var end = unit
            while end > start, text[end - 1] == UInt8(ascii: " ") || text[end - 1] == UInt8(ascii: ",") { end -= 1 }
            return (start, end, [BlockLine(range: unit..<streetEnd, type: PIIType.streetAddress)] + lines)
        }
        return (start, streetEnd, lines)
    }

    private static let postOfficeBox = Array("box".utf8)

    /// Where a unit and its number (`Apt. 595`) start inside a street line, after the street.
    private static func unitStart(in line: Range<Int>, _ text: UTF8Text) -> Int? {
        for token in tokens(in: line, text) {
            let word = wordRange(token, text)
            // `P.O. Box 242` is the address itself, not a unit of it.
            if token.lowerBound > line.lowerBound, !word.isEmpty, text[word.lowerBound].isLetter, Lexicon.kinds(text, word).contains(.unit),
               !text.word(word, is: postOfficeBox),
               text.byte(at: token.upperBound) == UInt8(ascii: " "), text.byte(at: token.upperBound + 1).isDigit {
                return token.lowerBound
            }
        }
        return nil
    }

    /// The end of the street's line when what follows the street on it is house numbers and
    /// units (`25`, `Apt. 595`, `Suite 838`), at most four words.
    private static func streetLineEnd(after end: Int, _ text: UTF8Text) -> Int? {
        // The period of a house number written as an ordinal (`Erzsébet tér 19.`).
        var streetEnd = text.byte(at: end) == UInt8(ascii: ".") && text.byte(at: end - 1).isDigit ? end + 1 : end
        var lineEnd = streetEnd
        while lineEnd < text.count, text[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let rest = tokens(in: streetEnd..<lineEnd, text)
        guard rest.count <= 4 else { return nil }
        for token in rest {
            let word = wordRange(token, text)
            guard !word.isEmpty, word.count <= 8 else { return nil }
            let isNumber = text[word.lowerBound].isDigit && word.dropLast().allSatisfy { text[$0].isDigit }
            guard isNumber || Lexicon.kinds(text, word).contains(.unit) else { return nil }
            streetEnd = word.upperBound
        }
        return streetEnd
    }

    /// The start of the street's line when only numbers (`3536 1659 Hoog St`) or a post-office
    /// abbreviation (`45818 P.O. Box 242`) stand before the street on it.
    private static func streetLineStart(before start: Int, _ text: UTF8Text) -> Int? {
        var lineStart = start
        while lineStart > 0, start - lineStart < 32, text[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        guard lineStart == 0 || text[lineStart - 1] == UInt8(ascii: "\n") else { return nil }
        lineStart = afterLinePrefix(lineStart, text)
        let before = tokens(in: lineStart..<start, text)
        guard before.count <= 3 else { return nil }
        for token in before {
            let number = token.allSatisfy { text[$0].isDigit }
            let postOffice = token.count <= 4 && token.allSatisfy { text[$0].isUpper || text[$0] == UInt8(ascii: ".") }
                && text[token.upperBound - 1] == UInt8(ascii: ".")
            guard number || postOffice else { return nil }
        }
        return lineStart
    }

    /// Whether only an indentation or quote marker stands between the last line break and `start`.
    static func startsLine(_ start: Int, _ text: UTF8Text) -> Bool {
        var index = start
        while index > 0, start - index < 8 {
            let byte = text[index - 1]
            if byte == UInt8(ascii: "\n") { return true }
            guard isLinePrefix(byte) else { return false }
            index -= 1
        }
        return index == 0
    }

    /// Where a line's text starts once its padding (`isLinePrefix`) at `index` is passed.
    static func afterLinePrefix(_ index: Int, _ text: UTF8Text) -> Int {
        var index = index
        while index < text.count, isLinePrefix(text[index]) { index += 1 }
        return index
    }

    /// Padding before a field of a letter or form: spaces, tabs, quote markers (`>`) and the
    /// `?` that lost characters leave behind.
    static func isLinePrefix(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "?")
    }

    /// A unit (`Apt. 902`), a postcode (`53650`, `53-320`, `340 12`) or a short line of names and
    /// at most two codes (`Riisa`, `Estonia 62488`, `Cyprus (Greek) 51034`, `NS`); anything
    /// else (a phone number, a `Mobile:` field, a sentence) ends the block.
    private static func blockLine(_ line: Range<Int>, _ text: UTF8Text) -> BlockLine? {
        var end = line.upperBound
        while end > line.lowerBound, text[end - 1] == UInt8(ascii: " ") || text[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        if end - line.lowerBound > 2, text[end - 1] == UInt8(ascii: "."), end == text.count || text.byte(at: end) == UInt8(ascii: "\n") {
            end -= 1
        }
        // `, NI`: a region code written after the comma that closed the town's line.
        var start = line.lowerBound
        while start < end, text[start] == UInt8(ascii: ",") || text[start] == UInt8(ascii: " ") { start += 1 }
        let range = start..<end
        guard (1...48).contains(range.count) else { return nil }
        let tokens = Self.tokens(in: range, text)
        guard tokens.count <= 5 else { return nil }
        var codes = 0
        var names = 0
        for token in tokens {
            guard token.allSatisfy({ isBlockByte(text[$0]) }) else { return nil }
            let digits = token.filter { text[$0].isDigit }.count
            if digits > 0 {
                codes += 1
                // A code is digits with a hyphen (`53-320`), or letters and digits mixed in a short one (`B0J`).
                guard digits <= 7, token.count <= 3 || token.allSatisfy({ text[$0].isDigit || text[$0] == UInt8(ascii: "-") })
                else { return nil }
                continue
            }
            let word = wordRange(token, text)
            guard !word.isEmpty else { continue }
            switch wordShape(word, text) {
            case .name: names += 1
            case .englishWord: continue
            case .none: return nil
            }
        }
        guard codes <= 2 else { return nil }
        if tokens.count == 2, codes == 1, Lexicon.kinds(text, wordRange(tokens[0], text)).contains(.unit) {
            return BlockLine(range: range, type: PIIType.streetAddress)
        }
        if codes == tokens.count {
            return BlockLine(range: range, type: PIIType.postalCode)
        }
        // `Thanks,` or `Best regards` after an address: English words alone make no place.
        guard names > 0 else { return nil }
        return BlockLine(range: range, type: PIIType.location)
    }

    private static func isBlockByte(_ byte: UInt8) -> Bool {
        byte.isAlnum || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    private enum WordShape {
        /// A place, a short code (`NS`, `nan`), an upper-case word or a capitalised word that is no English word.
        case name
        /// A capitalised English word (`Mill`, `Regards`): part of a town's name only beside a name.
        case englishWord
    }

    /// What a word of a block line can be; nil for a lowercase English word, which belongs to a
    /// sentence, not to an address (in text written all in lowercase, other words are names).
    private static func wordShape(_ word: Range<Int>, _ text: UTF8Text) -> WordShape? {
        if word.count <= 3 || WordLists.places.contains(text, word) { return .name }
        let english = WordLists.englishWords.contains(text, word)
        guard NamedEntityDetector.isCapitalized(text, word.lowerBound) else { return english ? nil : .name }
        let upperCase = word.allSatisfy { !text[$0].isLetter || text[$0].isUpper }
        return english && !upperCase ? .englishWord : .name
    }

    /// The space-separated tokens of `range`.
    private static func tokens(in range: Range<Int>, _ text: UTF8Text) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard text[index] != UInt8(ascii: " ") else { index += 1; continue }
            let tokenStart = index
            while index < range.upperBound, text[index] != UInt8(ascii: " ") { index += 1 }
            tokens.append(tokenStart..<index)
        }
        return tokens
    }

    /// The token without the punctuation around it (`(Greek)` → `Greek`, `Apt.` → `Apt`).
    private static func wordRange(_ token: Range<Int>, _ text: UTF8Text) -> Range<Int> {
        var lower = token.lowerBound, upper = token.upperBound
        while lower < upper, !(text[lower].isAlnum || text[lower] >= 0x80) { lower += 1 }
        while upper > lower, !(text[upper - 1].isAlnum || text[upper - 1] >= 0x80) { upper -= 1 }
        return lower..<upper
    }
}
