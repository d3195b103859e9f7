import Foundation
import PalisadeCore
import Synchronization

/// An admitted request's hold on its limits. `complete(usage:)` settles the tokens and frees the
/// concurrency slots; a ticket dropped without it (an error, a cancelled task, a client gone)
/// frees its slots when it is deinitialised, keeping the estimate as the charge. A slot can
/// therefore never outlive the request that holds it.
public final class RateLimitTicket: Sendable {
    private let counters: any RateCounterStore
    private let clock: any AccessClock
    private let tokenCharges: [RateCharge]
    private let slots: [ConcurrencySlot]
    private let estimatedInputTokens: Int
    private let settled = Atomic<Bool>(false)
    /// The limits as they stood after admission, for the response headers.
    public let status: RateLimitStatus

    init(
        counters: any RateCounterStore,
        clock: any AccessClock,
        tokenCharges: [RateCharge],
        slots: [ConcurrencySlot],
        estimatedInputTokens: Int,
        status: RateLimitStatus
    ) {
        self.counters = counters
        self.clock = clock
        self.tokenCharges = tokenCharges
        self.slots = slots
        self.estimatedInputTokens = estimatedInputTokens
        self.status = status
    }

    /// Charges what the request really used, less the estimate taken at admission (a refund when
    /// the estimate was high), and frees the slots. Only the first call counts.
    public func complete(usage: TokenUsage) {
        guard !settled.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let difference = Double(usage.input + usage.output - estimatedInputTokens)
        if difference != 0, !tokenCharges.isEmpty {
            let adjustments = tokenCharges.map { charge in
                var adjustment = charge
                adjustment.amount = difference
                return adjustment
            }
            counters.adjust(adjustments, at: clock.now.timeIntervalSinceReferenceDate)
        }
        counters.release(slots)
    }

    deinit {
        if !settled.exchange(true, ordering: .acquiringAndReleasing), !slots.isEmpty {
            counters.release(slots)
        }
    }
}
