import PalisadeCore

/// Runs a configured set of detectors over every text of an exchange and tags each finding with
/// where it was found, so that policies can treat a secret in a tool result differently from one
/// the user typed.
public struct DetectionPipeline: Sendable {
    public var detectors: [any Detector]

    public init(detectors: [any Detector] = [CompositeDetector.standard()]) {
        self.detectors = detectors
    }

    /// Findings in one text, overlaps resolved, ordered by position.
    public func findings(in text: String) -> [Finding] {
        var findings: [Finding] = []
        for detector in detectors { findings.append(contentsOf: detector.detect(in: text)) }
        return detectors.count > 1 ? FindingResolver.resolve(findings) : findings
    }

    /// Findings in one segment, tagged with its role, path and the direction of travel.
    public func findings(in segment: Segment, direction: Direction) -> [Finding] {
        findings(in: segment.text).map { $0.located(in: segment, direction: direction) }
    }

    /// Findings in every segment of `exchange`. Requests travel as `.input`; a decoded response
    /// is passed with `.output`.
    public func findings(in exchange: Exchange, direction: Direction = .input) -> [Finding] {
        exchange.segments.flatMap { findings(in: $0, direction: direction) }
    }

    /// `text` with every personal datum and secret replaced by its masked evidence
    /// (`ja****rg`), for excerpts that other detectors quote and logs and records keep.
    public func masking(_ text: String) -> String {
        let sensitive = findings(in: text).filter { $0.kind == .pii || $0.kind == .secret }
        guard !sensitive.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        var cursor = 0
        for finding in sensitive.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }) {
            let range = finding.utf8Range.clamped(to: 0..<bytes.count)
            guard range.lowerBound >= cursor else { continue }
            output += bytes[cursor..<range.lowerBound]
            output += Array(finding.evidence.utf8)
            cursor = range.upperBound
        }
        output += bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }
}
