import PalisadeCore

/// The protections configured for an application, as the gateway's configuration states them.
public struct ControlsInForce: Sendable, Hashable, Codable {
    /// `nil` when no policy applies to the application.
    public var policyMode: PolicyMode?
    /// Sensitive values are masked before reaching the provider.
    public var redaction: Bool
    public var rateLimits: Bool
    public var budgets: Bool

    public init(policyMode: PolicyMode? = nil, redaction: Bool = false, rateLimits: Bool = false, budgets: Bool = false) {
        self.policyMode = policyMode
        self.redaction = redaction
        self.rateLimits = rateLimits
        self.budgets = budgets
    }
}
