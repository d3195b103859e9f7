import Foundation
import PalisadeCore

/// Finds markup that runs code when an application renders the answer as HTML: script and
/// frame elements, event-handler attributes and `javascript:` URLs.
public struct UnsafeHTMLDetector: Detector {
    public let name = "html"

    public init() {}

    private static let markup = try! NSRegularExpression(
        pattern: #"<\s*(script|iframe|object|embed|frame|frameset)\b|\bjavascript\s*:|<[a-z][^>]*?\s(on[a-z]+)\s*=|\bsrcdoc\s*="#,
        options: [.caseInsensitive]
    )

    public func detect(in text: String) -> [Finding] {
        guard text.utf8.contains(UInt8(ascii: "<")) || TextNormalizer.normalize(text).contains("javascript") else { return [] }
        let utf8 = text.utf8
        return Self.markup.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range, in: text) else { return nil }
            let what = String(text[range].prefix(40))
            return Finding(
                kind: .policy, type: PolicyFindingType.unsafeHTML, severity: .high, confidence: 0.9,
                utf8Range: utf8.distance(from: utf8.startIndex, to: range.lowerBound)..<utf8.distance(from: utf8.startIndex, to: range.upperBound),
                evidence: "active markup `\(what)`"
            )
        }
    }
}
