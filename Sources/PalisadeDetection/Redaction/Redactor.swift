import PalisadeCore

/// Replaces findings in a text with placeholders from a vault (`[EMAIL_1]`), so that a prompt can
/// reach the provider without the values while the conversation stays coherent: the same value
/// gets the same placeholder on every turn.
public struct Redactor: Sendable {
    public var vault: any RedactionVault

    public init(vault: any RedactionVault) {
        self.vault = vault
    }

    /// A text with its findings replaced.
    public struct Result: Sendable, Equatable {
        public var text: String
        /// Placeholders used, in text order.
        public var placeholders: [String]
    }

    /// Replaces every finding (overlaps resolved first) with its placeholder.
    public func redact(_ text: String, findings: [Finding], in scope: RedactionScope) async throws -> Result {
        let resolved = FindingResolver.resolve(findings)
        guard !resolved.isEmpty else { return Result(text: text, placeholders: []) }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var ranges: [Range<Int>] = []
        var values: [RedactionValue] = []
        for finding in resolved {
            let range = finding.utf8Range.clamped(to: 0..<bytes.count)
            guard range.lowerBound >= (ranges.last?.upperBound ?? 0), !range.isEmpty else { continue }
            ranges.append(range)
            values.append(RedactionValue(String(decoding: bytes[range], as: UTF8.self), label: Self.label(for: finding.type)))
        }
        let placeholders = try await vault.placeholders(for: values, in: scope)
        var cursor = 0
        for (range, placeholder) in zip(ranges, placeholders) {
            output.append(contentsOf: bytes[cursor..<range.lowerBound])
            output.append(contentsOf: placeholder.utf8)
            cursor = range.upperBound
        }
        output.append(contentsOf: bytes[cursor...])
        return Result(text: String(decoding: output, as: UTF8.self), placeholders: placeholders)
    }

    /// The findings worth masking by default: personal data and secrets of at least `minimum`
    /// severity. Below `.medium` are values such as dates, ages, towns and URLs whose masking
    /// would cost the model more meaning than it protects.
    public static func maskable(_ findings: [Finding], minimum: Severity = .medium) -> [Finding] {
        findings.filter { ($0.kind == .pii || $0.kind == .secret) && $0.severity >= minimum }
    }

    /// Placeholder labels use only `A-Z`, `0-9` and `_`, which keeps them intact through
    /// tokenizers and easy to find again in a streamed answer.
    static func label(for type: String) -> String {
        let cleaned = type.uppercased().unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        }
        return cleaned.isEmpty ? "REDACTED" : String(cleaned)
    }
}
