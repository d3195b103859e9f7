import Foundation
import PalisadeCore

/// Spending per application and key, per UTC day and month, against soft and hard limits.
///
/// The hard limit is checked before a request is forwarded: once spending has reached it, the
/// subject is refused until the period ends. A request in flight when the limit is crossed still
/// completes, so spending can overshoot by what the last concurrent requests cost. The soft limit
/// alerts exactly once per period: when a recorded cost carries spending across it.
public struct BudgetTracker: Sendable {
    private let counters: any SpendCounterStore
    private let clock: any AccessClock

    public init(counters: any SpendCounterStore = InMemorySpendCounterStore(), clock: any AccessClock = SystemClock()) {
        self.counters = counters
        self.clock = clock
    }

    /// Refuses when any subject's spending in the current day or month has reached its hard limit.
    public func check(_ rules: [BudgetRule]) throws(BudgetRefusal) {
        let now = clock.now
        for rule in rules {
            for kind in BudgetPeriod.Kind.allCases {
                guard let hard = rule.policy.budget(for: kind)?.hard else { continue }
                let period = BudgetPeriod.containing(now, kind: kind)
                let spent = counters.spent(SpendCounter(subject: rule.subject, period: period))
                if spent >= hard {
                    throw BudgetRefusal(subject: rule.subject, period: period, limit: hard, spent: spent, now: now)
                }
            }
        }
    }

    /// Adds the cost of a completed request to every subject's day and month, and returns the
    /// thresholds this cost crossed.
    @discardableResult
    public func record(_ cost: Decimal, for rules: [BudgetRule]) -> [BudgetAlert] {
        guard cost > 0 else { return [] }
        let now = clock.now
        var alerts: [BudgetAlert] = []
        for rule in rules {
            for kind in BudgetPeriod.Kind.allCases {
                let period = BudgetPeriod.containing(now, kind: kind)
                let before = counters.add(cost, to: SpendCounter(subject: rule.subject, period: period))
                guard let budget = rule.policy.budget(for: kind) else { continue }
                let after = before + cost
                for (threshold, limit) in [(BudgetAlert.Threshold.soft, budget.soft), (.hard, budget.hard)] {
                    if let limit, before < limit, after >= limit {
                        alerts.append(BudgetAlert(subject: rule.subject, period: period, threshold: threshold, limit: limit, spent: after))
                    }
                }
            }
        }
        return alerts
    }

    /// What the subject has spent in the current period of this kind.
    public func spent(by subject: BudgetSubject, in kind: BudgetPeriod.Kind) -> Decimal {
        counters.spent(SpendCounter(subject: subject, period: .containing(clock.now, kind: kind)))
    }

    /// Sets what the subject had already spent in `period`, e.g. from the store's recorded
    /// exchanges at start-up, so a restart does not reset budgets. Seeding raises no alert.
    public func seed(_ amount: Decimal, for subject: BudgetSubject, in period: BudgetPeriod) {
        counters.seed(amount, for: SpendCounter(subject: subject, period: period))
    }
}

/// A spending threshold crossed, to be logged and sent to the operator's alerting.
public struct BudgetAlert: Sendable, Hashable, CustomStringConvertible {
    public enum Threshold: String, Sendable, Hashable {
        case soft
        case hard
    }

    public var subject: BudgetSubject
    public var period: BudgetPeriod
    public var threshold: Threshold
    public var limit: Decimal
    public var spent: Decimal

    public var description: String {
        "\(subject) has spent $\(spent) in \(period), reaching its \(threshold.rawValue) limit of $\(limit)."
    }
}

/// A request refused because a hard budget is spent.
public struct BudgetRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    public var subject: BudgetSubject
    public var period: BudgetPeriod
    public var limit: Decimal
    public var spent: Decimal
    /// Whole seconds until the period ends, at least 1: the `Retry-After` value.
    public var retryAfter: Int

    init(subject: BudgetSubject, period: BudgetPeriod, limit: Decimal, spent: Decimal, now: Date) {
        self.subject = subject
        self.period = period
        self.limit = limit
        self.spent = spent
        retryAfter = max(1, Int(period.end.timeIntervalSince(now).rounded(.up)))
    }

    public var description: String {
        "The \(period.kind == .day ? "daily" : "monthly") budget of \(subject) is spent ($\(spent) of $\(limit) in \(period)); requests resume when the period ends, or raise the limit."
    }
}
