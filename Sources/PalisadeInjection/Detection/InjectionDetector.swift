import PalisadeCore

/// The injection and jailbreak classifier as a `Detector`: one finding for a text whose most
/// hostile window scores at or above the configured sensitivity, with that window's span.
public struct InjectionDetector: Detector {
    public let name = "injection"
    public let classifier: InjectionClassifier
    public var sensitivity: SensitivityLevel

    public init(classifier: InjectionClassifier, sensitivity: SensitivityLevel = .balanced) {
        self.classifier = classifier
        self.sensitivity = sensitivity
    }

    /// Scores `text` as content of unknown origin.
    public func detect(in text: String) -> [Finding] {
        findings(in: text, role: nil)
    }

    /// Scores a segment with its role known, so tool results and retrieved documents are
    /// treated as untrusted; findings carry the segment's role and path.
    public func detect(in segment: Segment) -> [Finding] {
        findings(in: segment.text, role: segment.role).map { finding in
            var located = finding
            located.path = segment.path
            return located
        }
    }

    public func findings(in text: String, role: SegmentRole?) -> [Finding] {
        let assessment = classifier.assess(text, role: role)
        guard assessment.score >= classifier.threshold(for: sensitivity) else { return [] }
        let untrusted = role == .tool || role == .retrieved
        return [
            Finding(
                kind: assessment.kind,
                type: Self.type(of: assessment.kind, untrusted: untrusted),
                severity: severity(of: assessment.score),
                confidence: assessment.score,
                utf8Range: assessment.utf8Range,
                evidence: Self.evidence(text, assessment),
                role: role
            )
        ]
    }

    private static func type(of kind: FindingKind, untrusted: Bool) -> String {
        switch (kind, untrusted) {
        case (.jailbreak, _): "JAILBREAK"
        case (_, true): "INDIRECT_PROMPT_INJECTION"
        default: "PROMPT_INJECTION"
        }
    }

    /// Above the `low` threshold (the fewest false alarms) is critical, above `balanced` high,
    /// above `strict` medium.
    private func severity(of score: Double) -> Severity {
        if score >= classifier.threshold(for: .low) { return .critical }
        if score >= classifier.threshold(for: .balanced) { return .high }
        if score >= classifier.threshold(for: .strict) { return .medium }
        return .low
    }

    /// The start of the hostile window, whitespace collapsed and cut short, with the cue
    /// families that fired and the encoding it was hidden in.
    static func evidence(_ text: String, _ assessment: InjectionAssessment) -> String {
        let utf8 = Array(text.utf8)
        let range = assessment.utf8Range.clamped(to: 0..<utf8.count)
        let window = String(decoding: utf8[range], as: UTF8.self)
        let words = window.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let excerpt = words.count > 80 ? String(words.prefix(80)) + "…" : words
        var notes = assessment.cues.map(\.rawValue)
        if let encoding = assessment.encoding { notes.insert("hidden in \(encoding.rawValue)", at: 0) }
        return notes.isEmpty ? "\"\(excerpt)\"" : "\"\(excerpt)\" [\(notes.joined(separator: ", "))]"
    }
}
