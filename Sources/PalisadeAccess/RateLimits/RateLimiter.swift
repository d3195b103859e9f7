import Foundation
import PalisadeCore

/// Request, token and concurrency limits per application, key, end user and client address.
///
/// Each limit is a token bucket (the continuous form of GCRA): a bucket holds up to `limit`
/// units and refills at `limit / interval`. It was chosen over sliding windows because its state
/// is two numbers per subject whatever the traffic (a sliding log keeps every request; a sliding
/// counter only approximates), it allows a burst up to the limit and then a steady rate, it can
/// run into debt when output tokens are charged after the fact, and "when will this fit?" has an
/// exact answer for `Retry-After`. The reset header reports when the bucket will be full again,
/// which is what OpenAI's `x-ratelimit-reset-*` means.
///
/// Input tokens are charged at admission from an estimate; `RateLimitTicket.complete(usage:)`
/// corrects the estimate and charges output tokens once they are known.
public final class RateLimiter: Sendable {
    private let counters: any RateCounterStore
    private let clock: any AccessClock

    public init(counters: any RateCounterStore = InMemoryRateCounterStore(), clock: any AccessClock = SystemClock()) {
        self.counters = counters
        self.clock = clock
    }

    /// Admits the request under every rule at once, or refuses it without charging anything.
    /// Keep the ticket for the life of the request: releasing it frees the concurrency slots.
    public func admit(_ rules: [RateLimitRule], estimatedInputTokens: Int) throws(RateLimitRefusal) -> RateLimitTicket {
        var charges: [RateCharge] = []
        var slots: [ConcurrencySlot] = []
        for rule in rules {
            if let quota = rule.policy.requests {
                charges.append(RateCharge(subject: rule.subject, unit: .requests, quota: quota, amount: 1))
            }
            if let quota = rule.policy.tokens {
                charges.append(RateCharge(subject: rule.subject, unit: .tokens, quota: quota, amount: Double(max(0, estimatedInputTokens))))
            }
            if let limit = rule.policy.concurrentRequests {
                slots.append(ConcurrencySlot(subject: rule.subject, limit: limit))
            }
        }
        let now = clock.now.timeIntervalSinceReferenceDate
        let result = counters.take(charges, slots: slots, at: now)
        let status = Self.status(charges, result.levels)
        switch result.refusal {
        case nil:
            return RateLimitTicket(
                counters: counters,
                clock: clock,
                tokenCharges: charges.filter { $0.unit == .tokens },
                slots: slots,
                estimatedInputTokens: max(0, estimatedInputTokens),
                status: status
            )
        case .bucket(let index):
            let charge = charges[index]
            let level = result.levels[index]
            let refill = Double(charge.quota.limit) / charge.quota.interval.secondsValue
            let wait = charge.amount > Double(charge.quota.limit)
                ? charge.quota.interval.secondsValue
                : (charge.amount - level) / refill
            throw RateLimitRefusal(
                subject: charge.subject,
                limit: charge.unit == .requests ? .requests : .tokens,
                limitValue: charge.quota.limit,
                remaining: max(0, Int(saturating: level.rounded(.down))),
                requested: Int(saturating: charge.amount),
                retryAfter: max(1, Int(saturating: wait.rounded(.up))),
                status: status
            )
        case .concurrency(let index):
            throw RateLimitRefusal(
                subject: slots[index].subject,
                limit: .concurrentRequests,
                limitValue: slots[index].limit,
                remaining: 0,
                requested: 1,
                retryAfter: 1,
                status: status
            )
        }
    }

    /// For each unit, the state of the bucket with the fewest units left.
    private static func status(_ charges: [RateCharge], _ levels: [Double]) -> RateLimitStatus {
        var status = RateLimitStatus()
        for (charge, level) in zip(charges, levels) {
            let capacity = Double(charge.quota.limit)
            let state = RateLimitState(
                subject: charge.subject,
                limit: charge.quota.limit,
                remaining: max(0, Int(saturating: level.rounded(.down))),
                resetAfter: max(0, capacity - level) / (capacity / charge.quota.interval.secondsValue)
            )
            switch charge.unit {
            case .requests where status.requests.map({ state.remaining < $0.remaining }) ?? true: status.requests = state
            case .tokens where status.tokens.map({ state.remaining < $0.remaining }) ?? true: status.tokens = state
            default: break
            }
        }
        return status
    }
}
