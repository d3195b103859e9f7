import PalisadeCore

/// Which findings a rule applies to. Every constraint left out matches everything, so an empty
/// selector matches every finding.
struct FindingSelector: Sendable, Hashable {
    var kinds: Set<FindingKind>?
    var types: Set<String>?
    var minScore: Double?
    var minSeverity: Severity?
    var direction: Direction?
    var roles: Set<SegmentRole>?

    func matches(_ finding: Finding) -> Bool {
        if let kinds, !kinds.contains(finding.kind) { return false }
        if let types, !types.contains(finding.type) { return false }
        if let minScore, finding.confidence < minScore { return false }
        if let minSeverity, finding.severity < minSeverity { return false }
        if let direction, finding.direction != direction { return false }
        if let roles {
            guard let role = finding.role, roles.contains(role) else { return false }
        }
        return true
    }

    /// True when every finding `other` matches is also matched by this selector; used to find
    /// rules that an `allow` rule makes unreachable.
    func covers(_ other: FindingSelector) -> Bool {
        Self.covers(kinds, other.kinds) && Self.covers(types, other.types) && Self.covers(roles, other.roles)
            && (minScore ?? 0) <= (other.minScore ?? 0)
            && (minSeverity ?? .info) <= (other.minSeverity ?? .info)
            && (direction == nil || direction == other.direction)
    }

    private static func covers<Element>(_ outer: Set<Element>?, _ inner: Set<Element>?) -> Bool {
        guard let outer else { return true }
        guard let inner else { return false }
        return inner.isSubset(of: outer)
    }

    /// A short description for decision reasons: `kind injection, min_score 0.8`.
    var summary: String {
        var parts: [String] = []
        if let kinds { parts.append("kind \(kinds.map(\.rawValue).sorted().joined(separator: "|"))") }
        if let types { parts.append("type \(types.sorted().joined(separator: "|"))") }
        if let minScore { parts.append("min_score \(minScore)") }
        if let minSeverity { parts.append("min_severity \(minSeverity.rawValue)") }
        if let direction { parts.append("direction \(direction.rawValue)") }
        if let roles { parts.append("role \(roles.map(\.rawValue).sorted().joined(separator: "|"))") }
        return parts.isEmpty ? "any finding" : parts.joined(separator: ", ")
    }
}

/// A rule of the policy: findings its selector matches get its action.
public struct PolicyRule: Sendable {
    public let id: String
    public let action: PolicyAction
    let selector: FindingSelector
    let location: SourceLocation?

    init(id: String, action: PolicyAction, selector: FindingSelector, location: SourceLocation?) {
        self.id = id
        self.action = action
        self.selector = selector
        self.location = location
    }
}
