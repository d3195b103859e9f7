import PalisadeCore

/// Evidence strings are what dashboards and logs show: enough to recognise a finding, never
/// enough to reuse it.
enum Evidence {
    /// Keeps up to two leading and two trailing characters of long values, masks the rest.
    static func masked(_ text: UTF8Text, _ range: Range<Int>) -> String {
        // ASCII values, the common case, are masked on bytes without decoding the value.
        if range.count >= 10, text[range.lowerBound] < 0x80, text[range.lowerBound + 1] < 0x80,
           text[range.upperBound - 2] < 0x80, text[range.upperBound - 1] < 0x80 {
            let bytes = [text[range.lowerBound], text[range.lowerBound + 1], 42, 42, 42, 42, text[range.upperBound - 2], text[range.upperBound - 1]]
            return String(decoding: bytes, as: UTF8.self)
        }
        if range.count < 10, range.allSatisfy({ text[$0] < 0x80 }) { return String(repeating: "*", count: max(range.count, 3)) }
        let value = text.string(range)
        let characters = Array(value.unicodeScalars)
        guard characters.count >= 10 else { return String(repeating: "*", count: max(characters.count, 3)) }
        var masked = String.UnicodeScalarView()
        masked.append(contentsOf: characters.prefix(2))
        masked.append(contentsOf: "****".unicodeScalars)
        masked.append(contentsOf: characters.suffix(2))
        return String(masked)
    }
}

extension Finding {
    /// A finding over `range` of `text`, with masked evidence.
    init(
        _ kind: FindingKind,
        _ type: String,
        _ severity: Severity,
        confidence: Double,
        range: Range<Int>,
        in text: UTF8Text,
        evidence: String? = nil
    ) {
        self.init(
            kind: kind,
            type: type,
            severity: severity,
            confidence: confidence,
            utf8Range: range,
            evidence: evidence ?? Evidence.masked(text, range)
        )
    }
}
