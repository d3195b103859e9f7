import Foundation

/// Limits attached to one application key, on top of those of its application. Every field is
/// optional: `nil` means the key adds no limit of that kind.
public struct KeyLimits: Sendable, Hashable, Codable {
    public var requests: RateQuota?
    /// Input and output tokens together.
    public var tokens: RateQuota?
    public var concurrentRequests: Int?
    /// Spending per UTC day, in US dollars.
    public var dailyBudget: CostBudget?
    /// Spending per UTC calendar month, in US dollars.
    public var monthlyBudget: CostBudget?

    public init(
        requests: RateQuota? = nil,
        tokens: RateQuota? = nil,
        concurrentRequests: Int? = nil,
        dailyBudget: CostBudget? = nil,
        monthlyBudget: CostBudget? = nil
    ) {
        self.requests = requests
        self.tokens = tokens
        self.concurrentRequests = concurrentRequests
        self.dailyBudget = dailyBudget
        self.monthlyBudget = monthlyBudget
    }

    public var isUnlimited: Bool {
        requests == nil && tokens == nil && concurrentRequests == nil && dailyBudget == nil && monthlyBudget == nil
    }
}

/// `limit` units per `interval`, e.g. 600 requests per minute.
public struct RateQuota: Sendable, Hashable, Codable {
    public var limit: Int
    public var interval: Duration

    public init(limit: Int, per interval: Duration) {
        self.limit = limit
        self.interval = interval
    }

    private enum CodingKeys: String, CodingKey {
        case limit
        case intervalSeconds = "interval_seconds"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        limit = try container.decode(Int.self, forKey: .limit)
        interval = .seconds(try container.decode(Double.self, forKey: .intervalSeconds))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(limit, forKey: .limit)
        try container.encode(interval.seconds, forKey: .intervalSeconds)
    }
}

/// A spending limit in US dollars. The soft limit raises an alert once per period; the hard limit
/// refuses requests until the period ends.
public struct CostBudget: Sendable, Hashable, Codable {
    public var soft: Decimal?
    public var hard: Decimal?

    public init(soft: Decimal? = nil, hard: Decimal? = nil) {
        self.soft = soft
        self.hard = hard
    }
}

extension Duration {
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
