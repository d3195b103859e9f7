import PalisadeCore

/// The policy's verdict on one exchange: the action per kind of finding, under a mode.
public struct PolicyOutcome: Sendable, Hashable {
    /// `nil` when no policy applies to the application.
    public var mode: PolicyMode?
    /// The action taken for findings of each kind; kinds not listed were only flagged.
    public var actions: [FindingKind: PolicyAction]

    public init(mode: PolicyMode? = nil, actions: [FindingKind: PolicyAction] = [:]) {
        self.mode = mode
        self.actions = actions
    }

    public func action(for kind: FindingKind) -> PolicyAction { actions[kind] ?? .flag }

    /// The exchange's overall decision: the strongest action applied to any of its findings.
    public func decision(for findings: [Finding]) -> PolicyAction {
        findings.reduce(PolicyAction.allow) { max($0, action(for: $1.kind)) }
    }
}

/// Which limit refused a request; a closed set so that it can label a metric.
public enum RefusingLimit: String, Sendable, Codable, CaseIterable {
    case key
    case application
    case endUser = "end_user"
    case clientIP = "client_ip"
    case budget
}
