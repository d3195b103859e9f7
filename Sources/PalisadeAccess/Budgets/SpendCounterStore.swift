import Foundation
import Synchronization

/// Spending of one subject in one period.
public struct SpendCounter: Sendable, Hashable {
    public var subject: BudgetSubject
    public var period: BudgetPeriod

    public init(subject: BudgetSubject, period: BudgetPeriod) {
        self.subject = subject
        self.period = period
    }
}

/// Where the budget tracker keeps spent amounts, in US dollars. In memory for one gateway; a
/// store shared by replicas implements the same three operations.
public protocol SpendCounterStore: Sendable {
    func spent(_ counter: SpendCounter) -> Decimal
    /// Adds `amount` and returns the total before it, so that the caller sees which thresholds
    /// this addition crossed.
    func add(_ amount: Decimal, to counter: SpendCounter) -> Decimal
    /// Sets the amount already spent, e.g. summed from recorded exchanges at start-up.
    func seed(_ amount: Decimal, for counter: SpendCounter)
}

/// Keeps only the current period per subject and kind: a period that has ended is replaced by
/// the next, so memory grows with subjects, not with time.
public final class InMemorySpendCounterStore: SpendCounterStore {
    private struct Slot: Hashable {
        var subject: BudgetSubject
        var kind: BudgetPeriod.Kind
    }

    private let totals = Mutex<[Slot: (period: BudgetPeriod, spent: Decimal)]>([:])

    public init() {}

    public func spent(_ counter: SpendCounter) -> Decimal {
        totals.withLock { totals in
            guard let entry = totals[Self.slot(counter)], entry.period == counter.period else { return 0 }
            return entry.spent
        }
    }

    public func add(_ amount: Decimal, to counter: SpendCounter) -> Decimal {
        totals.withLock { totals in
            let slot = Self.slot(counter)
            let before = totals[slot].flatMap { $0.period == counter.period ? $0.spent : nil } ?? 0
            if let entry = totals[slot], Self.isLater(entry.period, than: counter.period) { return before }
            totals[slot] = (counter.period, before + amount)
            return before
        }
    }

    public func seed(_ amount: Decimal, for counter: SpendCounter) {
        totals.withLock { totals in
            let slot = Self.slot(counter)
            if let entry = totals[slot], Self.isLater(entry.period, than: counter.period) { return }
            totals[slot] = (counter.period, amount)
        }
    }

    private static func slot(_ counter: SpendCounter) -> Slot {
        Slot(subject: counter.subject, kind: counter.period.kind)
    }

    /// A late write for a period that has already been replaced is ignored rather than rolling the
    /// counter back.
    private static func isLater(_ stored: BudgetPeriod, than other: BudgetPeriod) -> Bool {
        stored.start > other.start
    }
}
