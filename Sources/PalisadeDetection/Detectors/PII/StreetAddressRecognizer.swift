import PalisadeCore

/// Street addresses in the common European and North American writings: house number before
/// the street (`221 Baker Street`), after it (`Koskikatu 25`, `Via delle Coste 41`), with an
/// optional unit (`Apt. 864`, `Suite 510`). The number is required: a street name alone is a
/// place, not an address.
enum StreetAddressRecognizer {
    /// Where an address was found; findings are built only for matches that are kept.
    struct Match {
        var range: Range<Int>
        var confidence: Double
        /// The town written as the next field after the address (`...Apt. 26  Zoetermeer`).
        var locality: Range<Int>?
        var nextWord: Int
        /// For an address written as a block of lines: where its street line ends, and the lines after it.
        var block: (streetEnd: Int, lines: [BlockLine])?

        func findings(in text: UTF8Text) -> [Finding] {
            guard let block else {
                var findings = [Finding(.pii, PIIType.streetAddress, .medium, confidence: confidence, range: range, in: text)]
                if let locality { findings.append(Finding(.pii, PIIType.location, .low, confidence: 0.5, range: locality, in: text)) }
                return findings
            }
            let street = Finding(.pii, PIIType.streetAddress, .medium, confidence: confidence, range: range.lowerBound..<block.streetEnd, in: text)
            return [street] + block.lines.map { line in
                Finding(.pii, line.type, line.type == PIIType.location ? .low : .medium, confidence: 0.5, range: line.range, in: text)
            }
        }

        /// Joins the address found just before (`Apt. 675` before `62314 Mellemvej 32`). A block
        /// stays one when the joined address no longer starts a line.
        mutating func join(previous: Range<Int>, in text: UTF8Text) {
            range = previous.lowerBound..<range.upperBound
            if block != nil, !StreetAddressRecognizer.startsLine(range.lowerBound, text) { block = nil }
        }

        /// Whether the address found just before is part of this one rather than the street
        /// line of this block, on a line of its own above it.
        func continues(_ previous: Range<Int>, in text: UTF8Text) -> Bool {
            block == nil || !StreetAddressRecognizer.startsLine(previous.lowerBound, text)
                || !(previous.upperBound..<range.lowerBound).contains { text[$0] == UInt8(ascii: "\n") }
        }
    }

    /// A street corner given as a place to meet or deliver to (`the corner of 159 Eleftheriou
    /// Venizelou Str and Rennie Union`): `the corner of`, a capitalised street with or without
    /// its number, `and`, and a second capitalised street. `index` is the word `corner`.
    static func intersection(atCorner index: Int, in words: [NamedEntityDetector.Word], text: UTF8Text) -> Match? {
        // Asked of every lowercase word: the length of `corner` is tested before its literal is
        // loaded (a lazily initialised static, checked on each access).
        guard words[index].range.count == 6, text.word(words[index].range, is: cornerWord), index > 0, index + 3 < words.count,
              text.word(words[index - 1].range, is: NamedEntityDetector.theWord), text.word(words[index + 1].range, is: ofWord),
              NamedEntityDetector.joined(words[index], words[index + 1], text)
        else { return nil }
        // The first street: up to five words (and the numbers between them) before `and`.
        var joiner = index + 2
        while joiner < words.count, joiner - index <= 7, !text.word(words[joiner].range, is: NamedEntityDetector.andWord) {
            guard words[joiner].capitalized || !words[joiner].kinds.isDisjoint(with: [.streetConnector, .streetSuffix]) else { return nil }
            joiner += 1
        }
        guard joiner > index + 2, joiner + 1 < words.count, text.word(words[joiner].range, is: NamedEntityDetector.andWord),
              words[joiner + 1].capitalized, words[joiner + 1].range.lowerBound == words[joiner].range.upperBound + 1
        else { return nil }
        // The second street: its capitalised words, and a street word's period (`St.`).
        var last = joiner + 1
        while last + 1 < words.count, last - joiner < 4, words[last + 1].capitalized, NamedEntityDetector.joined(words[last], words[last + 1], text) {
            last += 1
        }
        var end = words[last].range.upperBound
        if text.byte(at: end) == UInt8(ascii: "."), words[last].kinds.contains(.streetSuffix) { end += 1 }
        return Match(range: words[index - 1].range.lowerBound..<end, confidence: 0.6, locality: nil, nextWord: last + 1)
    }

    private static let cornerWord = Array("corner".utf8)
    private static let ofWord = Array("of".utf8)

    static func address(startingAt index: Int, in words: [NamedEntityDetector.Word], text: UTF8Text) -> Match? {
        let word = words[index]
        // Street abbreviations are written in lowercase as often as not (`ul. Cicha 86`).
        guard word.capitalized || word.kinds.contains(.lowercaseStreetPrefix) else { return nil }
        // Number, then up to four words ending with a street word: `90 Whitchurch Road`.
        if let numberStart = number(before: word.range.lowerBound, text) {
            var end = index
            while end < words.count, end - index < 4 {
                if end > index, words[end].kinds.contains(.streetSuffix) || endsWithStreetWord(text, words[end].range) {
                    // A building number after the street word as well: `91211 Koepenicker Str. 74`.
                    var close = words[end].range.upperBound
                    if text.byte(at: close) == UInt8(ascii: "."), let building = number(after: close + 1, text) { close = building }
                    return match(numberStart, after: close, nextWord: end + 1, words, text)
                }
                if end == index, words[end].kinds.contains(.streetPrefix), end + 1 < words.count, words[end + 1].capitalized {
                    // `31 Rue de la Gare`: the name runs to the end of the capitalised words.
                    var nameEnd = end + 1
                    while nameEnd + 1 < words.count, nameEnd - end < 5, words[nameEnd + 1].range.lowerBound - words[nameEnd].range.upperBound == 1,
                          words[nameEnd + 1].capitalized || words[nameEnd + 1].kinds.contains(.streetConnector), !words[nameEnd + 1].kinds.contains(.unit) {
                        nameEnd += 1
                    }
                    return match(numberStart, after: words[nameEnd].range.upperBound, nextWord: nameEnd + 1, words, text)
                }
                // `172 Maneeži 75`: house number, name, number (building or flat) with no street word.
                // English words make a headline instead (`5 Musicians Of The 70s`).
                if end - index < 3, words[end].capitalized, let close = number(after: words[end].range.upperBound, text),
                   (index...end).allSatisfy({ !isEnglishNameWord(words[$0], text) }) {
                    return match(numberStart, after: close, nextWord: end + 1, words, text, confidence: 0.6)
                }
                if end == index, endsWithStreetWord(text, words[end].range) {
                    let close = number(after: words[end].range.upperBound, text) ?? words[end].range.upperBound
                    return match(numberStart, after: close, nextWord: end + 1, words, text)
                }
                guard end + 1 < words.count, words[end + 1].range.lowerBound - words[end].range.upperBound == 1 else { break }
                end += 1
            }
        }
        // Street word ending the name, number after: `Koskikatu 25`, `Friedhofstrasse 33`.
        if let close = number(after: word.range.upperBound, text), endsWithStreetWord(text, word.range) {
            return match(word.range.lowerBound, after: close, nextWord: index + 1, words, text)
        }
        // Name, then a street word of its own, then the number: `Villacher Strasse 89`,
        // `Trenerys gate 232`, `Kálmán Imre u. 12`.
        for length in 1...3 where index + length < words.count {
            let street = words[index + length]
            guard (index..<(index + length)).allSatisfy({ words[$0].capitalized && words[$0 + 1].range.lowerBound - words[$0].range.upperBound == 1 }),
                  let wordEnd = streetWordEnd(text, street.range), let close = number(after: wordEnd, text)
            else { continue }
            return match(word.range.lowerBound, after: close, nextWord: index + length + 1, words, text)
        }
        // A unit on its own line or field: `Apt. 322`, `Suite 541`.
        if word.kinds.contains(.unit), word.capitalized {
            var after = word.range.upperBound
            if text.byte(at: after) == UInt8(ascii: ".") { after += 1 }
            if let close = number(after: after, text) {
                return match(word.range.lowerBound, after: close, nextWord: index + 1, words, text, confidence: 0.5)
            }
        }
        // A street named without a number: `Lovers Lane`, `Dora Creek` (one or two words and a strong street word).
        for length in 1...2 where index + length < words.count {
            let suffix = words[index + length]
            guard (index..<(index + length)).allSatisfy({ words[$0].capitalized && words[$0 + 1].range.lowerBound - words[$0].range.upperBound == 1 }),
                  suffix.capitalized, suffix.kinds.contains(.strongStreetSuffix) else { continue }
            return match(word.range.lowerBound, after: suffix.range.upperBound, nextWord: index + length + 1, words, text, confidence: 0.5)
        }
        // Street word first, name, number: `Via delle Coste 41`, `Rua Diadema 1903`.
        if word.kinds.contains(.streetPrefix) {
            var end = index + 1
            while end < words.count, end - index <= 4, words[end].capitalized || words[end].kinds.contains(.streetConnector) {
                if let close = number(after: words[end].range.upperBound, text), words[end].capitalized {
                    return match(word.range.lowerBound, after: close, nextWord: end + 1, words, text)
                }
                end += 1
            }
        }
        return nil
    }

    private static func match(
        _ start: Int, after end: Int, nextWord: Int, _ words: [NamedEntityDetector.Word], _ text: UTF8Text, confidence: Double = 0.7
    ) -> Match {
        var close = end
        var next = nextWord
        // `Apt. 864`, `Suite 510`, `, Unit 4`.
        var cursor = close
        if text.byte(at: cursor) == UInt8(ascii: ",") { cursor += 1 }
        if text.byte(at: cursor) == UInt8(ascii: " ") || text.byte(at: cursor) == UInt8(ascii: "\n") { cursor += 1 }
        if next < words.count, words[next].range.lowerBound == cursor, words[next].kinds.contains(.unit) {
            var after = words[next].range.upperBound
            if text.byte(at: after) == UInt8(ascii: ".") { after += 1 }
            if let unitEnd = number(after: after, text) {
                close = unitEnd
                next += 1
            }
        }
        if let block = block(startingLineAt: start, streetEnd: close, text), let last = block.lines.last {
            while next < words.count, words[next].range.lowerBound < last.range.upperBound { next += 1 }
            return Match(range: block.start..<last.range.upperBound, confidence: confidence, nextWord: next, block: (block.streetEnd, block.lines))
        }
        let streetEnd = close
        close = trailingLocality(after: close, text)
        while next < words.count, words[next].range.lowerBound < close { next += 1 }
        // `Rua do Arenque 1634, Goiânia`: a town alone after the street is a place of its own;
        // with a region, postcode or country after it, it is part of the address.
        if let town = singleTown(after: streetEnd, upTo: close, text) {
            return Match(range: start..<streetEnd, confidence: confidence, locality: town, nextWord: next)
        }
        var locality: Range<Int>?
        if let town = separateField(after: close, next, words, text) {
            locality = words[town.lowerBound].range.lowerBound..<words[town.upperBound - 1].range.upperBound
            next = town.upperBound
        }
        return Match(range: start..<close, confidence: confidence, locality: locality, nextWord: next)
    }

    /// The capitalised words (one to three) of the field after an address, when fields are
    /// separated by wide gaps or markers (`  `, ` > `, `,`): the town.
    private static func separateField(after end: Int, _ next: Int, _ words: [NamedEntityDetector.Word], _ text: UTF8Text) -> Range<Int>? {
        guard next < words.count, words[next].capitalized, !words[next].kinds.contains(.common) else { return nil }
        let gap = end..<words[next].range.lowerBound
        guard (2...8).contains(gap.count),
              gap.allSatisfy({ text[$0] == UInt8(ascii: " ") || text[$0] == UInt8(ascii: ">") || text[$0] == UInt8(ascii: ",")
                  || text[$0] == UInt8(ascii: "?") || text[$0] == UInt8(ascii: "\n") })
        else { return nil }
        var last = next
        while last + 1 < words.count, last - next < 2, words[last + 1].capitalized,
              words[last + 1].range.lowerBound - words[last].range.upperBound == 1, text[words[last].range.upperBound] == UInt8(ascii: " ") {
            last += 1
        }
        return next..<(last + 1)
    }

    /// An English word of four letters or more that is no street word (`Musicians`, not `Rua`,
    /// `do`, `Postbox`).
    private static func isEnglishNameWord(_ word: NamedEntityDetector.Word, _ text: UTF8Text) -> Bool {
        word.range.count >= 4 && word.kinds.isDisjoint(with: [.streetPrefix, .streetSuffix, .streetConnector, .unit])
            && !text.word(word.range, is: postbox) && WordLists.englishWords.contains(text, word.range)
    }

    private static let postbox = Array("postbox".utf8)

    /// The town of `, Town` when that is all that follows the street: one field after a comma,
    /// without digits.
    private static func singleTown(after streetEnd: Int, upTo end: Int, _ text: UTF8Text) -> Range<Int>? {
        guard end > streetEnd + 2, text[streetEnd] == UInt8(ascii: ","), text[streetEnd + 1] == UInt8(ascii: " ") else { return nil }
        let town = (streetEnd + 2)..<end
        guard town.allSatisfy({ text[$0] != UInt8(ascii: ",") && text[$0] != UInt8(ascii: "\n") && !text[$0].isDigit }) else { return nil }
        // The sentence goes on after the town (or `, and ...`); a lowercase word or another
        // field after it (`Mora de Rubielos, Spain`) leaves the address whole.
        let after = text.byte(at: end)
        let endsField = end == text.count || [UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ")"), UInt8(ascii: "\n")].contains(after)
            || after == UInt8(ascii: ",") && text.byte(at: end + 1) == UInt8(ascii: " ") && text.byte(at: end + 2).isLower
        return endsField ? town : nil
    }

    /// Addresses continue with city, region, postcode and country, on the same line after commas
    /// or on the next lines: capitalised or upper-case words and short numbers are taken until a
    /// lowercase word, sentence punctuation or ten parts.
    private static func trailingLocality(after end: Int, _ text: UTF8Text) -> Int {
        // The period of a house number written as an ordinal (`Piroska u. 97.`).
        let ordinal = text.byte(at: end) == UInt8(ascii: ".") && text.byte(at: end - 1).isDigit
        var close = ordinal ? end + 1 : end
        var cursor = close
        var parts = 0
        while parts < 10 {
            var gap = cursor
            var hasBreak = false
            while gap < text.count, gap - cursor < 4, text[gap] == UInt8(ascii: " ") || text[gap] == UInt8(ascii: "\n") || text[gap] == UInt8(ascii: ",") {
                if text[gap] != UInt8(ascii: " ") { hasBreak = true }
                gap += 1
            }
            // One space, or a comma or line break: wider gaps separate fields of a form.
            guard gap > cursor, gap < text.count, hasBreak || gap - cursor == 1 else { break }
            let first = text[gap]
            var partEnd = gap
            if first.isDigit {
                while partEnd < text.count, partEnd - gap < 6, text[partEnd].isDigit { partEnd += 1 }
                guard !text.byte(at: partEnd).isLetter else { break }
            } else if first.isUpper || (first >= 0xC0 && NamedEntityDetector.isCapitalized(text, gap)) {
                while partEnd < text.count, text[partEnd].isLetter || text[partEnd] >= 0x80 || text[partEnd] == UInt8(ascii: "-") { partEnd += 1 }
                partEnd = townNameEnd(after: partEnd, text)
                let kinds = Lexicon.kinds(text, gap..<partEnd)
                if kinds.contains(.common), !kinds.contains(.place) {
                    // `New Zealand`, `United Kingdom`: a common word that opens a place's name.
                    guard let placeEnd = placeNameEnd(from: gap, firstWordEnd: partEnd, text) else { break }
                    partEnd = placeEnd
                }
            } else {
                break
            }
            close = partEnd
            cursor = partEnd
            parts += 1
        }
        return close
    }

    /// The end of a town's name whose words are joined by a connector (`Mora de Rubielos`,
    /// `Chomutice u Horic v Podkrkonoší`): up to three lowercase connectors, each followed by a
    /// capitalised word.
    private static func townNameEnd(after wordEnd: Int, _ text: UTF8Text) -> Int {
        var end = wordEnd
        for _ in 0..<3 {
            guard text.byte(at: end) == UInt8(ascii: " "), text.byte(at: end + 1).isLower else { break }
            var connectorEnd = end + 1
            while connectorEnd < text.count, text[connectorEnd].isLower { connectorEnd += 1 }
            let connector = (end + 1)..<connectorEnd
            guard connector.count <= 2 || !Lexicon.kinds(text, connector).isDisjoint(with: [.nameConnector, .streetConnector]),
                  text.byte(at: connectorEnd) == UInt8(ascii: " "), connectorEnd + 1 < text.count, NamedEntityDetector.isCapitalized(text, connectorEnd + 1)
            else { break }
            end = connectorEnd + 1
            while end < text.count, text[end].isLetter || text[end] >= 0x80 || text[end] == UInt8(ascii: "-") { end += 1 }
        }
        return end
    }

    /// The end of a place of two or three words starting at `start` (`South Africa`), if any.
    private static func placeNameEnd(from start: Int, firstWordEnd: Int, _ text: UTF8Text) -> Int? {
        var end = firstWordEnd
        var found: Int?
        for _ in 0..<2 {
            guard text.byte(at: end) == UInt8(ascii: " "), end + 1 < text.count, NamedEntityDetector.isCapitalized(text, end + 1) else { break }
            end += 1
            while end < text.count, text[end].isLetter || text[end] >= 0x80 { end += 1 }
            if NamedEntityDetector.placePhrases.contains(text, start..<end) { found = end }
        }
        return found
    }

    private static let endings = Gazetteers.streetEndings.map { Array($0.utf8) }

    /// Whether the word in `range` ends with a street word of another language (`Koskikatu`).
    private static func endsWithStreetWord(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        range.count > 4 && endings.contains { ending in ending.count < range.count && text.matches(ending, at: range.upperBound - ending.count) }
    }

    private static let streetWords = ByteHashSet(Gazetteers.streetEndings)
    private static let abbreviations = ByteHashSet(Gazetteers.streetAbbreviations)

    /// The end of a street word of another language written apart from the name (`Strasse`,
    /// `tér`), or of an abbreviated one with its dot (`u.`, `Str.`; without the dot, `u 2` is
    /// chat), when a number follows.
    private static func streetWordEnd(_ text: UTF8Text, _ range: Range<Int>) -> Int? {
        let dotted = text.byte(at: range.upperBound) == UInt8(ascii: ".")
        let end = dotted ? range.upperBound + 1 : range.upperBound
        // Cheap test first: every word of a text passes here.
        guard range.count <= 8, text.byte(at: end) == UInt8(ascii: " "), text.byte(at: end + 1).isDigit else { return nil }
        if abbreviations.contains(text, range) { return dotted ? end : nil }
        return streetWords.contains(text, range) ? end : nil
    }

    /// The start of a house number (digits, optional letter) followed by one space at `index`.
    private static func number(before index: Int, _ text: UTF8Text) -> Int? {
        guard text.byte(at: index - 1) == UInt8(ascii: " ") else { return nil }
        var start = index - 1
        if text.byte(at: start - 1).isUpper, text.byte(at: start - 2).isDigit { start -= 1 }
        while start > 0, index - start < 8, text[start - 1].isDigit { start -= 1 }
        guard start < index - 1, text.byte(at: start).isDigit, !text.byte(at: start - 1).isAlnum else { return nil }
        return start
    }

    /// The end of a house number after one space at `index` (`25`, `12B`, `41/3`).
    private static func number(after index: Int, _ text: UTF8Text) -> Int? {
        guard text.byte(at: index) == UInt8(ascii: " "), text.byte(at: index + 1).isDigit else { return nil }
        var end = index + 1
        while end < text.count, end - index < 7, text[end].isDigit { end += 1 }
        if text.byte(at: end).isLetter, !text.byte(at: end + 1).isAlnum { end += 1 }
        if text.byte(at: end) == UInt8(ascii: "/"), text.byte(at: end + 1).isDigit {
            end += 1
            while end < text.count, end - index < 10, text[end].isDigit { end += 1 }
        }
        guard !text.byte(at: end).isAlnum else { return nil }
        return end
    }
}
