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
        findings(in: segment.text).map { finding in
            var tagged = finding
            tagged.role = segment.role
            tagged.direction = direction
            tagged.path = segment.path
            return tagged
        }
    }

    /// Findings in every segment of `exchange`. Requests travel as `.input`; a decoded response
    /// is passed with `.output`.
    public func findings(in exchange: Exchange, direction: Direction = .input) -> [Finding] {
        exchange.segments.flatMap { findings(in: $0, direction: direction) }
    }
}
