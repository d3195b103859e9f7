import PalisadeCore

/// Identifiers written as one alphanumeric token: IBAN (also in groups of four), UK NINO,
/// Spanish DNI/NIE, Italian codice fiscale, crypto wallet addresses (Bitcoin Base58Check and
/// Bech32, Ethereum), and passport or driving-licence numbers when a context word names them.
public struct IdentifierTokenDetector: ByteScanningDetector {
    public let name = "pii.identifiers"
    private static let passportContext = KeywordList(["passport", "passeport", "reisepass", "pasaporte", "passaporto"])
    private static let licenseContext = KeywordList(["driver's license", "drivers license", "driver license", "driving licence", "driving license", "driver's licence", "licence number", "license number", "dl number", "dl#", "führerschein", "permis de conduire"])
    private static let ninoContext = KeywordList(["national insurance", "nino", "ni number"])

    public init() {}

    /// Stems of the document words, without their first letter so that either case matches.
    private static let documentStems = ["assport", "icense", "icence", "ührerschein", "ermis de conduire", "asaporte", "assaporto", "eisepass", "L#", "L number"]
        .map(Trigger.init)

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        // Passport and licence numbers need their word nearby: one search, made when the first
        // candidate needs it, decides whether to look at all.
        var mentionsDocuments: Bool?
        var index = 0
        while index < text.count {
            guard text[index].isAlnum else { index += 1; continue }
            let start = index
            var hasDigit = false
            while index < text.count, text[index].isAlnum {
                if text[index].isDigit { hasDigit = true }
                index += 1
            }
            // Every identifier recognised here holds a digit; plain words are skipped unread.
            guard hasDigit else { continue }
            guard !Self.gluedToToken(text, start, index) else {
                while index < text.count, text[index].isAlnum || text[index] == UInt8(ascii: "_") || text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: ".") { index += 1 }
                continue
            }
            if index - start >= 5, mentionsDocuments == nil {
                mentionsDocuments = Self.documentStems.contains { text.index(of: $0.bytes, anchor: $0.anchor, from: 0) != nil }
            }
            if let finding = classify(text, start..<index, mentionsDocuments: mentionsDocuments ?? false) {
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

    private func classify(_ text: UTF8Text, _ range: Range<Int>, mentionsDocuments: Bool) -> Finding? {
        let length = range.count
        let first = text[range.lowerBound]
        guard length >= 4 else { return nil }
        // Digits only: no format here but the document numbers is all digits.
        let hasLetter = range.contains { text[$0].isLetter }
        guard hasLetter || mentionsDocuments else { return nil }
        let characters = Array(text.bytes[range])
        if first.isUpper, text[range.lowerBound + 1].isUpper, text[range.lowerBound + 2].isDigit, text[range.lowerBound + 3].isDigit {
            if let iban = Self.iban(text, range) { return iban }
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
        if let wallet = Self.wallet(text, range, characters) { return wallet }
        guard mentionsDocuments else { return nil }
        if (6...9).contains(length), text.hasContext(Self.passportContext, before: range.lowerBound, window: 40) {
            return Finding(.pii, PIIType.passport, .high, confidence: 0.8, range: range, in: text)
        }
        if (5...16).contains(length), text.hasContext(Self.licenseContext, before: range.lowerBound, window: 40) {
            var end = range.upperBound
            while text.byte(at: end) == UInt8(ascii: "-"), text.byte(at: end + 1).isAlnum {
                end += 1
                while end < text.count, text[end].isAlnum { end += 1 }
            }
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
