import PalisadeCore

/// Characters a reader cannot see but a model reads: Unicode tag characters (U+E0000-E007F, used
/// to smuggle ASCII instructions; the finding's evidence spells out what they encode), zero-width
/// characters and bidirectional controls (which reorder what is displayed).
public struct InvisibleCharacterDetector: ByteScanningDetector {
    public let name = "hidden.invisible"

    public init() {}

    enum Category: Equatable {
        case tag, zeroWidth, bidi

        var type: String {
            switch self {
            case .tag: HiddenContentType.tagCharacters
            case .zeroWidth: HiddenContentType.zeroWidthCharacters
            case .bidi: HiddenContentType.bidiControlCharacters
            }
        }

        init?(_ scalar: UInt32) {
            switch scalar {
            case 0xE0000...0xE007F: self = .tag
            case 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x180E, 0x034F, 0x115F, 0x1160, 0x3164: self = .zeroWidth
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: self = .bidi
            default: return nil
            }
        }
    }

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        guard let first = text.firstNonASCII() else { return }
        var iterator = ScalarIterator(text, from: first)
        // The current run of one category; kept in plain variables so appending stays O(1).
        var category: Category?
        var runStart = 0, runEnd = 0, count = 0
        var decoded: [UInt8] = []
        func flush() {
            guard let current = category else { return }
            category = nil
            let range = runStart..<runEnd
            // A lone zero-width joiner inside emoji sequences or a leading BOM is ordinary text.
            if current == .zeroWidth, count == 1, isBenignJoiner(text, range) { return }
            let evidence: String
            switch current {
            case .tag: evidence = "\(count) tag characters spelling \"\(String(decoding: decoded.prefix(120), as: UTF8.self))\""
            case .zeroWidth: evidence = "\(count) invisible zero-width character(s)"
            case .bidi: evidence = "\(count) invisible bidi control character(s)"
            }
            findings.append(Finding(kind: .hiddenContent, type: current.type, severity: current == .tag ? .high : .medium, confidence: 0.9,
                                    utf8Range: range, evidence: evidence))
        }
        while let (scalar, range) = iterator.next() {
            guard let scalarCategory = Category(scalar) else {
                flush()
                continue
            }
            if scalarCategory != category || range.lowerBound != runEnd {
                flush()
                category = scalarCategory
                runStart = range.lowerBound
                count = 0
                decoded.removeAll(keepingCapacity: true)
            }
            runEnd = range.upperBound
            count += 1
            if scalarCategory == .tag, decoded.count < 120, (0x20...0x7E).contains(scalar - 0xE0000) { decoded.append(UInt8(scalar - 0xE0000)) }
        }
        flush()
    }

    /// ZWJ between two non-ASCII characters (emoji, Indic conjuncts) or ZWNJ in Persian script,
    /// and a byte-order mark at the very start.
    private func isBenignJoiner(_ text: UTF8Text, _ range: Range<Int>) -> Bool {
        if range.lowerBound == 0 { return true }
        let before = text.byte(at: range.lowerBound - 1), after = text.byte(at: range.upperBound)
        return before >= 0x80 && after >= 0x80
    }
}
