/// How much a finding matters, ordered so that policies can say "at least high".
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info
    case low
    case medium
    case high
    case critical

    private var rank: Int {
        switch self {
        case .info: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The family of a finding; `type` within it names the exact thing found (`EMAIL_ADDRESS`).
public enum FindingKind: String, Sendable, Codable, CaseIterable {
    case pii
    case secret
    case hiddenContent = "hidden_content"
    case injection
    case jailbreak
    case outputLeak = "output_leak"
    case policy

    /// An attempt to manipulate the model: what injection blocking, the second opinion, risk
    /// scores and reports count as an attack.
    public var isInjectionAttempt: Bool { self == .injection || self == .jailbreak }
}

/// Something a detector found in one text. Offsets are UTF-8 byte offsets into the text the
/// detector was given: that is what redaction rewrites, and it is cheap to compute.
public struct Finding: Sendable, Hashable, Codable {
    public var kind: FindingKind
    public var type: String
    public var severity: Severity
    /// 0...1: how sure the detector is (a checksum-valid card is 1, a bare 9-digit number less).
    public var confidence: Double
    public var utf8Range: Range<Int>
    /// A short, already-redacted excerpt safe to show in logs and dashboards.
    public var evidence: String
    /// Where the text came from; set by the pipeline, not by detectors.
    public var role: SegmentRole?
    public var direction: Direction?
    public var path: String?

    public init(
        kind: FindingKind,
        type: String,
        severity: Severity,
        confidence: Double,
        utf8Range: Range<Int>,
        evidence: String,
        role: SegmentRole? = nil,
        direction: Direction? = nil,
        path: String? = nil
    ) {
        self.kind = kind
        self.type = type
        self.severity = severity
        self.confidence = confidence
        self.utf8Range = utf8Range
        self.evidence = evidence
        self.role = role
        self.direction = direction
        self.path = path
    }
}

extension Finding {
    /// The finding of a detector run on one segment's text, with the segment's provenance
    /// filled in: where it was found and which way it was travelling.
    public func located(in segment: Segment, direction: Direction) -> Finding {
        var finding = self
        finding.role = segment.role
        finding.direction = direction
        finding.path = segment.path
        return finding
    }
}
