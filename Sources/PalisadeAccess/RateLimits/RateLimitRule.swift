import PalisadeCore

/// Who a limit counts against.
public enum RateLimitScope: String, Sendable, Hashable, CaseIterable {
    case application
    case key
    case endUser = "end_user"
    case clientIP = "client_ip"
}

/// One counted party: an application, a key, an end user or a client address, by its id.
public struct RateLimitSubject: Sendable, Hashable, CustomStringConvertible {
    public var scope: RateLimitScope
    public var id: String

    public init(_ scope: RateLimitScope, _ id: String) {
        self.scope = scope
        self.id = id
    }

    public var description: String { "\(scope.rawValue) \(id)" }
}

/// The limits of one subject. `nil` adds no limit of that kind.
public struct RateLimitPolicy: Sendable, Hashable {
    public var requests: RateQuota?
    public var tokens: RateQuota?
    public var concurrentRequests: Int?

    public init(requests: RateQuota? = nil, tokens: RateQuota? = nil, concurrentRequests: Int? = nil) {
        self.requests = requests
        self.tokens = tokens
        self.concurrentRequests = concurrentRequests
    }

    /// The rate limits of a key; its budgets go to `BudgetPolicy`.
    public init(_ limits: KeyLimits) {
        self.init(requests: limits.requests, tokens: limits.tokens, concurrentRequests: limits.concurrentRequests)
    }

    public var isUnlimited: Bool { requests == nil && tokens == nil && concurrentRequests == nil }
}

/// A subject with the policy that applies to it for this request.
public struct RateLimitRule: Sendable, Hashable {
    public var subject: RateLimitSubject
    public var policy: RateLimitPolicy

    public init(_ subject: RateLimitSubject, _ policy: RateLimitPolicy) {
        self.subject = subject
        self.policy = policy
    }
}

/// What a bucket counts.
public enum RateLimitUnit: String, Sendable, Hashable {
    case requests
    case tokens
}
