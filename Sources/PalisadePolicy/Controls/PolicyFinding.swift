import PalisadeCore

extension Finding {
    /// A finding produced by a control rather than a detector: certain (confidence 1) and high
    /// severity, since a control either applies or does not.
    static func policy(
        _ type: String,
        _ evidence: String,
        direction: Direction,
        role: SegmentRole? = nil,
        path: String? = nil,
        range: Range<Int> = 0..<0
    ) -> Finding {
        Finding(
            kind: .policy, type: type, severity: .high, confidence: 1, utf8Range: range,
            evidence: evidence, role: role, direction: direction, path: path
        )
    }
}
