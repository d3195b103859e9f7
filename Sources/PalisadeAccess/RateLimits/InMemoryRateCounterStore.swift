import PalisadeCore
import Synchronization

/// Counters for one gateway process, behind one lock: an admission touches a handful of
/// counters for well under a microsecond, so a single lock is cheaper than finer ones.
///
/// Memory is bounded: a subject whose buckets have refilled and that has nothing in flight is in
/// the same state as one never seen, so it is dropped when the table reaches `capacity`. If that is
/// not enough (many subjects busy at once, e.g. a flood from many addresses), the least recently
/// used subjects without requests in flight go too; they restart with full buckets, which errs on
/// the side of letting requests through rather than growing without bound. The check runs once
/// per call, so the table can pass `capacity` by the few subjects of one call.
public final class InMemoryRateCounterStore: RateCounterStore {
    private struct Bucket {
        var level: Double
        var updatedAt: Double
        var capacity: Double
        var refillPerSecond: Double

        init(quota: RateQuota, now: Double) {
            capacity = Double(quota.limit)
            refillPerSecond = capacity / max(quota.interval.secondsValue, .leastNonzeroMagnitude)
            level = capacity
            updatedAt = now
        }

        mutating func refill(to now: Double, quota: RateQuota) {
            capacity = Double(quota.limit)
            refillPerSecond = capacity / max(quota.interval.secondsValue, .leastNonzeroMagnitude)
            level = min(capacity, level + max(0, now - updatedAt) * refillPerSecond)
            updatedAt = max(updatedAt, now)
        }

        func isFull(at now: Double) -> Bool {
            level + max(0, now - updatedAt) * refillPerSecond >= capacity
        }
    }

    private struct Counters {
        var requests: Bucket?
        var tokens: Bucket?
        var inFlight = 0
        var lastUsed: Double

        subscript(unit: RateLimitUnit) -> Bucket? {
            get { unit == .requests ? requests : tokens }
            set { if unit == .requests { requests = newValue } else { tokens = newValue } }
        }

        mutating func refill(_ charge: RateCharge, now: Double) -> Double {
            var bucket = self[charge.unit] ?? Bucket(quota: charge.quota, now: now)
            bucket.refill(to: now, quota: charge.quota)
            self[charge.unit] = bucket
            lastUsed = max(lastUsed, now)
            return bucket.level
        }

        func isAtRest(at now: Double) -> Bool {
            inFlight == 0 && requests?.isFull(at: now) != false && tokens?.isFull(at: now) != false
        }
    }

    private let state = Mutex<[RateLimitSubject: Counters]>([:])
    private let capacity: Int

    public init(capacity: Int = 100_000) {
        self.capacity = capacity
    }

    /// Subjects currently held; for tests and metrics.
    public var subjectCount: Int { state.withLock { $0.count } }

    public func take(_ charges: [RateCharge], slots: [ConcurrencySlot], at now: Double) -> RateTakeResult {
        state.withLock { table in
            if table.count >= capacity { evict(&table, now) }
            var levels: [Double] = []
            levels.reserveCapacity(charges.count)
            var refusal: RateTakeResult.Refusal?
            for (index, charge) in charges.enumerated() {
                let level = table[charge.subject, default: Counters(lastUsed: now)].refill(charge, now: now)
                levels.append(level)
                if refusal == nil, level < charge.amount { refusal = .bucket(index: index) }
            }
            if refusal == nil {
                for (index, slot) in slots.enumerated() where (table[slot.subject]?.inFlight ?? 0) >= slot.limit {
                    refusal = .concurrency(index: index)
                    break
                }
            }
            guard refusal == nil else { return RateTakeResult(levels: levels, refusal: refusal) }
            for (index, charge) in charges.enumerated() {
                table[charge.subject]?[charge.unit]?.level -= charge.amount
                levels[index] -= charge.amount
            }
            for slot in slots {
                table[slot.subject, default: Counters(lastUsed: now)].inFlight += 1
            }
            return RateTakeResult(levels: levels, refusal: nil)
        }
    }

    public func adjust(_ charges: [RateCharge], at now: Double) {
        state.withLock { table in
            if table.count >= capacity { evict(&table, now) }
            for charge in charges {
                let level = table[charge.subject, default: Counters(lastUsed: now)].refill(charge, now: now)
                table[charge.subject]?[charge.unit]?.level = min(Double(charge.quota.limit), level - charge.amount)
            }
        }
    }

    public func release(_ slots: [ConcurrencySlot]) {
        state.withLock { table in
            for slot in slots {
                if let inFlight = table[slot.subject]?.inFlight, inFlight > 0 {
                    table[slot.subject]?.inFlight = inFlight - 1
                }
            }
        }
    }

    /// Drops subjects at rest; if more than three quarters of `capacity` remain, drops the least
    /// recently used of those with nothing in flight down to half. Runs once per many inserts.
    private func evict(_ table: inout [RateLimitSubject: Counters], _ now: Double) {
        table = table.filter { !$0.value.isAtRest(at: now) }
        guard table.count > capacity * 3 / 4 else { return }
        let idle = table.filter { $0.value.inFlight == 0 }.sorted { $0.value.lastUsed < $1.value.lastUsed }
        for (subject, _) in idle.prefix(table.count - capacity / 2) {
            table[subject] = nil
        }
    }
}
