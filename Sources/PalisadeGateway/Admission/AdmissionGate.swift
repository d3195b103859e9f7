import Foundation
import Logging
import PalisadeAccess
import PalisadeCore
import PalisadeProviders
import PalisadeStore
import PalisadeTelemetry
import ServiceLifecycle
import Synchronization

/// The checks a request passes before anything is forwarded: blocks (key, end user, address,
/// application quarantine, kill switch), rate limits per application, key, end user and client
/// address, and budgets per application and key.
///
/// Blocks live in the store, so every replica sees them; this gate keeps a snapshot that is
/// refreshed every few seconds and at once when the admin API changes a block. Counters are
/// the process's own (see `RateCounterStore` for sharing them between replicas).
final class AdmissionGate: Service, Sendable {
    private let store: any Store
    private let configuration: GatewayConfiguration
    private let blocks = Mutex(BlockList([]))
    /// Blocks, limits and budgets all read this clock, so a test can pass their intervals.
    private let clock: any AccessClock
    private let limiter: RateLimiter
    private let budgets: BudgetTracker
    let pricing: PricingTable
    private let refreshInterval: Duration
    private let logger: Logger

    init(store: any Store, configuration: GatewayConfiguration, clock: any AccessClock, logger: Logger, refreshInterval: Duration = .seconds(2)) throws {
        self.clock = clock
        limiter = RateLimiter(clock: clock)
        budgets = BudgetTracker(clock: clock)
        self.store = store
        self.configuration = configuration
        self.logger = logger
        self.refreshInterval = refreshInterval
        pricing = try PricingTable.bundled(overrides: configuration.pricing.mapValues { ModelPrice(input: $0.input, output: $0.output) })
    }

    /// Rebuilds this month's and today's spending per application and key from the recorded
    /// exchanges, so that restarting the gateway does not reset a budget. Priced with today's
    /// table; returns how many application and key budgets were resumed.
    @discardableResult
    func resumeBudgets(now: Date = Date()) async throws(StoreError) -> Int {
        let month = BudgetPeriod.containing(now, kind: .month)
        let today = BudgetPeriod.containing(now, kind: .day)
        var spent: [BudgetSubject: [BudgetPeriod: Decimal]] = [:]
        for usage in try await store.recordedUsage(since: month.start) {
            guard let cost = pricing.cost(model: usage.model, usage: usage.usage), cost > 0 else { continue }
            let day = BudgetPeriod.containing(usage.day, kind: .day)
            var subjects = [BudgetSubject(.application, usage.applicationID)]
            if let keyID = usage.keyID { subjects.append(BudgetSubject(.key, keyID)) }
            for subject in subjects {
                spent[subject, default: [:]][month, default: 0] += cost
                if day == today { spent[subject, default: [:]][today, default: 0] += cost }
            }
        }
        for (subject, periods) in spent {
            for (period, amount) in periods { budgets.seed(amount, for: subject, in: period) }
        }
        return spent.count
    }

    func run() async throws {
        await refreshBlocks()
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await Task.sleep(for: refreshInterval)
            await refreshBlocks()
        }
    }

    /// Reads the active blocks again; a store failure keeps the last snapshot in force.
    func refreshBlocks() async {
        do {
            let active = try await store.activeBlocks(at: clock.now)
            blocks.withLock { $0 = BlockList(active) }
        } catch {
            logger.error("Cannot refresh blocks; the previous list stays in force", metadata: ["error": "\(error)"])
        }
    }

    /// Refuses with 403 when a block applies, saying which and until when.
    func checkBlocks(keyID: String?, endUser: String?, clientIP: String?, applicationID: String?) throws(ProviderError) {
        let now = clock.now
        guard let block = blocks.withLock({ $0.check(keyID: keyID, endUser: endUser, clientIP: clientIP, applicationID: applicationID, now: now) }) else { return }
        let what = switch block.target {
        case .global: "All traffic through Palisade is stopped (kill switch)"
        case .application: "This application is quarantined"
        case .key: "This key is blocked"
        case .endUser: "This end user is blocked"
        case .network: "Requests from this address are blocked"
        }
        let until = block.expiresAt.map { " until \(ISO8601DateFormatter().string(from: $0))" } ?? ""
        throw ProviderError(status: 403, code: "blocked_\(block.target.kind)", message: "\(what)\(until): \(block.reason)")
    }

    /// Takes one request and its estimated input tokens from every applicable limit and checks
    /// the budgets; refuses with 429 and the rate-limit headers when one is exhausted.
    func admit(_ identity: CallerIdentity, endUser: String?, clientIP: String?, estimatedInputTokens: Int) throws(AdmissionRefusal) -> Admission {
        let settings = configuration.applications[identity.application.name]
        var rules: [RateLimitRule] = []
        if let limits = settings?.limits ?? configuration.limits.application {
            rules.append(RateLimitRule(RateLimitSubject(.application, identity.application.id), RateLimitPolicy(limits)))
        }
        if !identity.key.limits.isUnlimited {
            rules.append(RateLimitRule(RateLimitSubject(.key, identity.key.id), RateLimitPolicy(identity.key.limits)))
        }
        if let endUser, let limits = configuration.limits.endUser {
            rules.append(RateLimitRule(RateLimitSubject(.endUser, identity.application.id + "/" + endUser), RateLimitPolicy(limits)))
        }
        if let clientIP, let limits = configuration.limits.clientIP {
            rules.append(RateLimitRule(RateLimitSubject(.clientIP, clientIP), RateLimitPolicy(limits)))
        }
        var budgetRules: [BudgetRule] = []
        if let limits = settings?.limits, limits.dailyBudget != nil || limits.monthlyBudget != nil {
            budgetRules.append(BudgetRule(BudgetSubject(.application, identity.application.id), BudgetPolicy(limits)))
        }
        if identity.key.limits.dailyBudget != nil || identity.key.limits.monthlyBudget != nil {
            budgetRules.append(BudgetRule(BudgetSubject(.key, identity.key.id), BudgetPolicy(identity.key.limits)))
        }
        do {
            try budgets.check(budgetRules)
        } catch {
            throw AdmissionRefusal(scope: .budget, error: ProviderError(status: 429, code: "budget_exceeded", message: error.description))
        }
        guard !rules.isEmpty else { return Admission(ticket: nil, budgetRules: budgetRules) }
        do {
            return Admission(ticket: try limiter.admit(rules, estimatedInputTokens: estimatedInputTokens), budgetRules: budgetRules)
        } catch {
            throw AdmissionRefusal(scope: RefusingLimit(error.subject.scope), error: ProviderError(
                status: 429, code: "rate_limit_exceeded", message: error.description,
                headers: Dictionary(error.headers.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            ))
        }
    }

    /// Charges what the exchange really used and releases its concurrency slot; returns its cost.
    @discardableResult
    func settle(_ admission: Admission?, model: String?, usage: TokenUsage) -> Decimal? {
        admission?.ticket?.complete(usage: usage)
        guard let model, let cost = pricing.cost(model: model, usage: usage) else { return nil }
        if let admission, !admission.budgetRules.isEmpty {
            for alert in budgets.record(cost, for: admission.budgetRules) {
                logger.warning("Budget threshold reached", metadata: ["alert": "\(alert)"])
            }
        }
        return cost
    }
}

/// What admission granted one request: the rate-limit ticket to settle and the budgets to charge.
struct Admission: Sendable {
    var ticket: RateLimitTicket?
    var budgetRules: [BudgetRule]
}
