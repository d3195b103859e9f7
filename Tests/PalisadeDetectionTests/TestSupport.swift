import PalisadeCore
@testable import PalisadeDetection

/// The substring a finding covers, as a user would see it.
func covered(_ finding: Finding, in text: String) -> String {
    String(decoding: Array(text.utf8)[finding.utf8Range], as: UTF8.self)
}

/// Findings of the standard set in `text` as (type, covered text) pairs.
func detected(_ text: String, by detector: any Detector = CompositeDetector.standard()) -> [(type: String, value: String)] {
    detector.detect(in: text).map { ($0.type, covered($0, in: text)) }
}
