import PalisadeCore

/// Evidence strings are what dashboards and logs show: enough to recognise a finding, never
/// enough to reuse it.
enum Evidence {
    /// Keeps up to two leading and two trailing characters of long values, masks the rest.
    static func masked(_ text: UTF8Text, _ range: Range<Int>) -> String {
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
