import PalisadeCore

/// Where the rate limiter keeps its counters. In memory for one gateway; the protocol is the seam
/// for a store shared by several replicas (PostgreSQL), which must make `take` atomic across all
/// the counters of one call.
///
/// Times are seconds on the limiter's clock (`Date.timeIntervalSinceReferenceDate`).
public protocol RateCounterStore: Sendable {
    /// Refills every bucket up to `now`; then, only if every bucket holds its charge and every
    /// concurrency ceiling has room, takes all the charges and one slot of each ceiling. Either
    /// everything is taken or nothing is.
    func take(_ charges: [RateCharge], slots: [ConcurrencySlot], at now: Double) -> RateTakeResult
    /// Adds (positive) or refunds (negative) amounts without checking: output tokens become known
    /// after the request was admitted. A bucket may go below zero; the debt delays later requests.
    func adjust(_ charges: [RateCharge], at now: Double)
    /// Gives back slots taken by `take`.
    func release(_ slots: [ConcurrencySlot])
}

/// An amount to take from one subject's bucket of one unit, refilling at `quota`.
public struct RateCharge: Sendable, Hashable {
    public var subject: RateLimitSubject
    public var unit: RateLimitUnit
    public var quota: RateQuota
    public var amount: Double

    public init(subject: RateLimitSubject, unit: RateLimitUnit, quota: RateQuota, amount: Double) {
        self.subject = subject
        self.unit = unit
        self.quota = quota
        self.amount = amount
    }
}

/// One in-flight request counted against a subject's ceiling.
public struct ConcurrencySlot: Sendable, Hashable {
    public var subject: RateLimitSubject
    public var limit: Int

    public init(subject: RateLimitSubject, limit: Int) {
        self.subject = subject
        self.limit = limit
    }
}

public struct RateTakeResult: Sendable {
    /// What each bucket holds after the call, in the order of the charges (before the charge when refused).
    public var levels: [Double]
    public var refusal: Refusal?

    public enum Refusal: Sendable, Hashable {
        /// The charge at this index did not fit in its bucket.
        case bucket(index: Int)
        /// The slot at this index found its ceiling reached.
        case concurrency(index: Int)
    }

    public init(levels: [Double], refusal: Refusal?) {
        self.levels = levels
        self.refusal = refusal
    }
}
