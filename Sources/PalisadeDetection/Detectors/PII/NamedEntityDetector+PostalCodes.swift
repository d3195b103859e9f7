import PalisadeCore

extension NamedEntityDetector {
    /// Postal codes written beside a town, as most countries write them (`Aalborg 9100`,
    /// `75008 Paris`, `Delmas, MP 35739`, `Halifax NS B3H 4R2`): the town is the context that
    /// a keyword ("zip code") gives elsewhere.
    static func postalCodesBesideTowns(_ text: UTF8Text, ownFindingsFrom first: Int, in findings: inout [Finding]) {
        // A number after a country closes an address block, which the address finding covers.
        let towns = findings[first...].filter { $0.type == PIIType.location }.map(\.utf8Range)
            .filter { !Gazetteers.countries.contains(text.string($0).lowercased()) }
        for town in towns {
            let candidates = [code(after: town.upperBound, text), code(before: town.lowerBound, text)].compactMap { $0 }
            for code in candidates where !findings.contains(where: { $0.utf8Range.overlaps(code) }) {
                findings.append(Finding(.pii, PIIType.postalCode, .low, confidence: 0.6, range: code, in: text))
            }
        }
    }

    /// Whether a postal code follows a run of words (`in Costamezzana 43015`): the run is a town.
    static func isFollowedByPostalCode(_ phrase: Range<Int>, _ text: UTF8Text) -> Bool {
        code(after: phrase.upperBound, text) != nil
    }

    /// A code after the town, past an optional comma and a two-letter region (`, MP`), on the
    /// same line or the next lines of an address block.
    private static func code(after end: Int, _ text: UTF8Text) -> Range<Int>? {
        guard var cursor = space(after: end, text) else { return nil }
        if text.byte(at: cursor).isUpper, text.byte(at: cursor + 1).isUpper, let next = space(after: cursor + 2, text) { cursor = next }
        return postalCode(at: cursor, text)
    }

    /// Past an optional comma and one to six spaces or line breaks.
    private static func space(after index: Int, _ text: UTF8Text) -> Int? {
        var cursor = index
        if text.byte(at: cursor) == UInt8(ascii: ",") { cursor += 1 }
        let start = cursor
        while cursor - start < 6, text.byte(at: cursor) == UInt8(ascii: " ") || text.byte(at: cursor) == UInt8(ascii: "\n") { cursor += 1 }
        return cursor > start ? cursor : nil
    }

    /// A code before the town: `75008 Paris`, `3610-114 Quinta`.
    private static func code(before start: Int, _ text: UTF8Text) -> Range<Int>? {
        guard text.byte(at: start - 1) == UInt8(ascii: " ") else { return nil }
        var cursor = start - 1
        while cursor > 0, start - cursor < 10, text[cursor - 1].isDigit || text[cursor - 1] == UInt8(ascii: "-") { cursor -= 1 }
        guard cursor < start - 1, let code = postalCode(at: cursor, text), code.upperBound == start - 1 else { return nil }
        return code
    }

    /// Digit groups of the world's postal codes (`9100`, `75008`, `53-320`, `3610-114`,
    /// `12345-6789`) or the Canadian form (`B3H 4R2`), standing alone. Four-digit numbers that
    /// read as years of the last century or this one are left out: `Paris 2024` is an event.
    private static func postalCode(at start: Int, _ text: UTF8Text) -> Range<Int>? {
        guard !text.byte(at: start - 1).isAlnum else { return nil }
        if let canadian = canadianCode(at: start, text) { return canadian }
        var end = start
        var groups: [Int] = []
        while groups.count < 2 {
            let groupStart = end
            while end < text.count, end - groupStart < 6, text[end].isDigit { end += 1 }
            guard end > groupStart else { return nil }
            groups.append(end - groupStart)
            guard text.byte(at: end) == UInt8(ascii: "-"), text.byte(at: end + 1).isDigit, groups.count < 2 else { break }
            end += 1
        }
        guard [[4], [5], [5, 4], [2, 3], [4, 3]].contains(groups), !text.byte(at: end).isAlnum,
              text.byte(at: end) != UInt8(ascii: "%"), !(text.byte(at: end) == UInt8(ascii: ".") && text.byte(at: end + 1).isDigit)
        else { return nil }
        if groups == [4] {
            let year = (start..<end).reduce(0) { $0 * 10 + text[$1].digitValue }
            if (1900...2099).contains(year) { return nil }
        }
        return start..<end
    }

    private static func canadianCode(at start: Int, _ text: UTF8Text) -> Range<Int>? {
        let shape: [(UInt8) -> Bool] = [\.isUpper, \.isDigit, \.isUpper, { $0 == UInt8(ascii: " ") }, \.isDigit, \.isUpper, \.isDigit]
        guard start + shape.count <= text.count, shape.enumerated().allSatisfy({ $0.element(text[start + $0.offset]) }),
              !text.byte(at: start + shape.count).isAlnum
        else { return nil }
        return start..<(start + shape.count)
    }
}
