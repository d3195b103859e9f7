import PalisadeCore

/// Identifiers written as one alphanumeric token: IBAN (also in groups of four), UK NINO,
/// Spanish DNI/NIE, Italian codice fiscale, crypto wallet addresses (Bitcoin Base58Check and
/// Bech32, Ethereum), and passport or driving-licence numbers when a context word names them.
public struct IdentifierTokenDetector: ByteScanningDetector {
    public let name = "pii.identifiers"
    private static let ibanContext = KeywordList(["iban"])
    private static let passportContext = KeywordList(["passport", "passeport", "reisepass", "pasaporte", "passaporto"])
    private static let licenseContext = KeywordList(["driver's license", "drivers license", "driver license", "driving licence", "driving license", "driver's licence", "licence number", "license number", "dl number", "dl#", "führerschein", "permis de conduire"])
    private static let ninoContext = KeywordList(["national insurance", "nino", "ni number"])

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        var index = 0
        while index < text.count {
            // Every identifier recognised here holds a digit: tokens are read from their digits,
            // and plain words are never read.
            let digit = text.firstDigit(from: index)
            guard digit < text.count else { return }
            var start = digit
            while start > index, text[start - 1].isAlnum { start -= 1 }
            index = digit + 1
            while index < text.count, text[index].isAlnum { index += 1 }
            guard !Self.gluedToToken(text, start, index) else {
                while index < text.count, text[index].isAlnum || text[index] == UInt8(ascii: "_") || text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: ".") { index += 1 }
                continue
            }
            if let finding = classify(text, start..<index) {
                findings.append(finding)
                index = max(index, finding.utf8Range.upperBound)
            }
        }
    }

    /// Tokens inside file names, paths or identifiers (`a_b`, `x/y`) are never personal data.
    private static func gluedToToken(_ text: UTF8Text, _ start: Int, _ end: Int) -> Bool {
        let before = text.byte(at: start - 1), after = text.byte(at: end)
        return before == UInt8(ascii: "_") || after == UInt8(ascii: "_") || before == UInt8(ascii: "/") || before == UInt8(ascii: "\\")
    }

    private func classify(_ text: UTF8Text, _ range: Range<Int>) -> Finding? {
        let length = range.count
        let first = text[range.lowerBound]
        guard length >= 4 else { return nil }
        // Digits only: no format here but the document numbers is all digits.
        guard range.contains(where: { text[$0].isLetter }) else { return Self.documentNumber(text, range) }
        let characters = Array(text.bytes[range])
        if text[range.lowerBound + 2].isDigit, text[range.lowerBound + 3].isDigit {
            if first.isUpper, text[range.lowerBound + 1].isUpper, let iban = Self.iban(text, range) { return iban }
            // Typed in lower case in chat ("my iban is gb42…"): only with the word before it.
            if first.isLower, text[range.lowerBound + 1].isLower, text.hasContext(Self.ibanContext, before: range.lowerBound, window: 24),
               IBANFormat.isValid(characters.map(\.uppercasedASCII)) {
                return Finding(.pii, PIIType.iban, .high, confidence: 0.9, range: range, in: text)
            }
        }
        switch length {
        case 9 where NationalIDFormats.isValidNINO(characters):
            return Finding(.pii, PIIType.ukNINO, .high, confidence: text.hasContext(Self.ninoContext, before: range.lowerBound) ? 0.95 : 0.75, range: range, in: text)
        case 9 where NationalIDFormats.isValidSpanishID(characters):
            return Finding(.pii, first.isDigit ? PIIType.spanishDNI : PIIType.spanishNIE, .high, confidence: 0.85, range: range, in: text)
        case 16 where NationalIDFormats.isValidItalianFiscalCode(characters):
            return Finding(.pii, PIIType.italianFiscalCode, .high, confidence: 0.9, range: range, in: text)
        default:
            break
        }
        return Self.wallet(text, range, characters) ?? Self.documentNumber(text, range)
    }

    /// A passport or driving-licence number: a token of the document's length with the
    /// document's name just before it.
    private static func documentNumber(_ text: UTF8Text, _ range: Range<Int>) -> Finding? {
        let length = range.count
        if (6...9).contains(length), text.hasContext(passportContext, before: range.lowerBound, window: 40) {
            return Finding(.pii, PIIType.passport, .high, confidence: 0.8, range: range, in: text)
        }
        if length <= 16, text.hasContext(licenseContext, before: range.lowerBound, window: 40) {
            // Hyphenated groups count together: `2270-66-1551`, `D123-4567-8901`.
            var end = range.upperBound
            var characters = length
            while text.byte(at: end) == UInt8(ascii: "-"), text.byte(at: end + 1).isAlnum {
                end += 1
                while end < text.count, text[end].isAlnum { end += 1; characters += 1 }
            }
            guard (5...16).contains(characters) else { return nil }
            return Finding(.pii, PIIType.driverLicense, .high, confidence: 0.8, range: range.lowerBound..<end, in: text)
        }
        return nil
    }

    /// An IBAN written solid or as space-separated groups of four.
    private static func iban(_ text: UTF8Text, _ range: Range<Int>) -> Finding? {
        var characters: [UInt8] = []
        var end = range.upperBound
        for index in range { characters.append(text[index]) }
        if range.count == 4 {
            var cursor = end
            while text.byte(at: cursor) == UInt8(ascii: " "), characters.count < 34 {
                let groupStart = cursor + 1
                var groupEnd = groupStart
                while groupEnd < text.count, groupEnd - groupStart < 4, text[groupEnd].isUpper || text[groupEnd].isDigit { groupEnd += 1 }
                guard groupEnd > groupStart, !text.byte(at: groupEnd).isAlnum else { break }
                characters.append(contentsOf: text.bytes[groupStart..<groupEnd])
                cursor = groupEnd
                end = groupEnd
                if IBANFormat.isValid(characters) { break }
            }
        }
        guard characters.allSatisfy({ $0.isUpper || $0.isDigit }), IBANFormat.isValid(characters) else { return nil }
        return Finding(.pii, PIIType.iban, .high, confidence: 0.95, range: range.lowerBound..<end, in: text)
    }

    private static func wallet(_ text: UTF8Text, _ range: Range<Int>, _ characters: [UInt8]) -> Finding? {
        let length = characters.count
        var valid = false
        if characters.starts(with: Array("0x".utf8)), length == 42, characters[2...].allSatisfy { $0.isHex },
           characters[2...].contains(where: \.isLetter), characters[2...].contains(where: \.isDigit) {
            valid = true
        } else if characters.starts(with: Array("bc1".utf8)), (14...74).contains(length) {
            valid = WalletAddress.isValidBech32(characters[...])
        } else if characters[0] == UInt8(ascii: "1") || characters[0] == UInt8(ascii: "3"), (26...35).contains(length) {
            valid = WalletAddress.isValidBase58Check(characters[...])
        }
        guard valid else { return nil }
        return Finding(.pii, PIIType.cryptoWallet, .medium, confidence: 0.9, range: range, in: text)
    }
}
