import Foundation
import PalisadeCore

/// Per-request cost of the admission checks, for `palisade bench` and the README. The issue asks
/// for admission in a few microseconds; these figures show where it stands.
public enum AccessBenchmark {
    public static func run(iterations: Int = 200_000) -> [OperationTiming] {
        let now = Date()
        let blocks = BlockList(
            (0..<1_000).map { index in
                let target: BlockTarget = switch index % 4 {
                case 0: .key(id: "key_\(index)")
                case 1: .endUser("user-\(index)")
                case 2: .network("10.\(index / 256 % 256).\(index % 256).0/24")
                default: .network("2001:db8:\(String(index, radix: 16))::/48")
                }
                return Block(id: "blk_\(index)", target: target, reason: "benchmark", createdBy: "bench", createdAt: now)
            }
        )
        let limiter = RateLimiter()
        let rateRules = [
            RateLimitRule(RateLimitSubject(.application, "app_bench"), RateLimitPolicy(requests: RateQuota(limit: .max / 2, per: .seconds(60)), tokens: RateQuota(limit: .max / 2, per: .seconds(60)))),
            RateLimitRule(RateLimitSubject(.key, "key_bench"), RateLimitPolicy(requests: RateQuota(limit: .max / 2, per: .seconds(60)), concurrentRequests: 64)),
            RateLimitRule(RateLimitSubject(.clientIP, "192.0.2.1"), RateLimitPolicy(requests: RateQuota(limit: .max / 2, per: .seconds(60)))),
        ]
        let budgets = BudgetTracker()
        let budgetRules = [
            BudgetRule(BudgetSubject(.application, "app_bench"), BudgetPolicy(daily: CostBudget(soft: 900, hard: 1_000))),
            BudgetRule(BudgetSubject(.key, "key_bench"), BudgetPolicy(monthly: CostBudget(hard: 10_000))),
        ]
        let usage = TokenUsage(input: 500, output: 200)
        return [
            measure("block check (1,000 blocks, IPv4 client)", iterations) {
                blocks.check(keyID: "key_bench", endUser: "alice", clientIP: "192.0.2.1", applicationID: "app_bench", now: now) == nil
            },
            measure("block check (1,000 blocks, IPv6 client)", iterations) {
                blocks.check(keyID: "key_bench", endUser: "alice", clientIP: "2001:db9::1", applicationID: "app_bench", now: now) == nil
            },
            measure("rate limit admit + complete (3 scopes)", iterations) {
                guard let ticket = try? limiter.admit(rateRules, estimatedInputTokens: 500) else { return false }
                ticket.complete(usage: usage)
                return true
            },
            measure("budget check (2 scopes)", iterations) {
                (try? budgets.check(budgetRules)) != nil
            },
        ]
    }

    /// Times the check on its passing path: a check that fails would measure the refusal instead.
    private static func measure(_ name: String, _ iterations: Int, _ operation: () -> Bool) -> OperationTiming {
        .measure(name, iterations: iterations) { _ in
            precondition(operation(), "\(name): the check failed, so the figure would measure the failure path")
        }
    }
}
