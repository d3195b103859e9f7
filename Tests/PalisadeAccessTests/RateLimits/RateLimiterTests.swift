import Foundation
import PalisadeAccess
import PalisadeCore
import Testing

@Suite struct RateLimiterTests {
    private let clock = ManualClock()
    private let key = RateLimitSubject(.key, "key_1")

    private func limiter() -> RateLimiter {
        RateLimiter(clock: clock)
    }

    @Test(arguments: RateLimitScope.allCases)
    func requestLimitTripsAtItsThresholdAndRecoversAfterTheInterval(_ scope: RateLimitScope) throws {
        let limiter = limiter()
        let rules = [RateLimitRule(RateLimitSubject(scope, "subject"), RateLimitPolicy(requests: RateQuota(limit: 3, per: .seconds(60))))]
        for expectedRemaining in [2, 1, 0] {
            let ticket = try limiter.admit(rules, estimatedInputTokens: 10)
            #expect(ticket.status.requests?.remaining == expectedRemaining)
            ticket.complete(usage: TokenUsage(input: 10))
        }
        #expect {
            try limiter.admit(rules, estimatedInputTokens: 10)
        } throws: { error in
            guard let refusal = error as? RateLimitRefusal else { return false }
            return refusal.subject == RateLimitSubject(scope, "subject") && refusal.limit == .requests
                && refusal.limitValue == 3 && refusal.remaining == 0 && refusal.retryAfter == 20
        }
        clock.advance(by: 60)
        for _ in 0..<3 { _ = try limiter.admit(rules, estimatedInputTokens: 10) }
    }

    @Test func aRefusedRequestChargesNoOtherScope() throws {
        let limiter = limiter()
        let app = RateLimitRule(RateLimitSubject(.application, "app"), RateLimitPolicy(requests: RateQuota(limit: 10, per: .seconds(60))))
        let strictKey = RateLimitRule(key, RateLimitPolicy(requests: RateQuota(limit: 1, per: .seconds(60))))
        _ = try limiter.admit([app, strictKey], estimatedInputTokens: 0)
        for _ in 0..<5 { #expect(throws: RateLimitRefusal.self) { try limiter.admit([app, strictKey], estimatedInputTokens: 0) } }
        let ticket = try limiter.admit([app], estimatedInputTokens: 0)
        #expect(ticket.status.requests?.remaining == 8)
    }

    @Test func tokenEstimatesAreChargedAtAdmissionAndOutputWhenKnown() throws {
        let limiter = limiter()
        let rules = [RateLimitRule(key, RateLimitPolicy(tokens: RateQuota(limit: 1_000, per: .seconds(60))))]
        let first = try limiter.admit(rules, estimatedInputTokens: 300)
        #expect(first.status.tokens?.remaining == 700)
        first.complete(usage: TokenUsage(input: 250, output: 500))

        #expect {
            try limiter.admit(rules, estimatedInputTokens: 300)
        } throws: { error in
            guard let refusal = error as? RateLimitRefusal else { return false }
            return refusal.limit == .tokens && refusal.remaining == 250 && refusal.requested == 300 && refusal.retryAfter == 3
        }
        let small = try limiter.admit(rules, estimatedInputTokens: 200)
        #expect(small.status.tokens?.remaining == 50)
        clock.advance(by: 60)
        #expect(try limiter.admit(rules, estimatedInputTokens: 1_000).status.tokens?.remaining == 0)
    }

    @Test func outputBeyondTheLimitIsDebtThatDelaysLaterRequests() throws {
        let limiter = limiter()
        let rules = [RateLimitRule(key, RateLimitPolicy(tokens: RateQuota(limit: 600, per: .seconds(60))))]
        try limiter.admit(rules, estimatedInputTokens: 100).complete(usage: TokenUsage(input: 100, output: 1_100))
        clock.advance(by: 59)
        #expect(throws: RateLimitRefusal.self) { try limiter.admit(rules, estimatedInputTokens: 1) }
        clock.advance(by: 62)
        _ = try limiter.admit(rules, estimatedInputTokens: 1)
    }

    @Test func aRequestLargerThanTheWholeLimitIsRefusedWithAnExplanation() {
        let limiter = limiter()
        let rules = [RateLimitRule(key, RateLimitPolicy(tokens: RateQuota(limit: 100, per: .seconds(60))))]
        #expect {
            try limiter.admit(rules, estimatedInputTokens: 5_000)
        } throws: { error in
            "\(error)".contains("smaller request") && (error as? RateLimitRefusal)?.retryAfter == 60
        }
    }

    @Test func concurrencyIsLimitedAndFreedOnCompletion() throws {
        let limiter = limiter()
        let rules = [RateLimitRule(key, RateLimitPolicy(concurrentRequests: 2))]
        let first = try limiter.admit(rules, estimatedInputTokens: 0)
        let second = try limiter.admit(rules, estimatedInputTokens: 0)
        #expect {
            try limiter.admit(rules, estimatedInputTokens: 0)
        } throws: { error in
            (error as? RateLimitRefusal)?.limit == .concurrentRequests
        }
        first.complete(usage: TokenUsage())
        first.complete(usage: TokenUsage())
        let third = try limiter.admit(rules, estimatedInputTokens: 0)
        #expect(throws: RateLimitRefusal.self) { try limiter.admit(rules, estimatedInputTokens: 0) }
        withExtendedLifetime((second, third)) {}
    }

    @Test func aDroppedTicketFreesItsSlot() throws {
        let limiter = limiter()
        let rules = [RateLimitRule(key, RateLimitPolicy(concurrentRequests: 1))]
        func failingRequest() throws {
            _ = try limiter.admit(rules, estimatedInputTokens: 0)
            throw CancellationError()
        }
        for _ in 0..<3 { #expect(throws: CancellationError.self) { try failingRequest() } }
        _ = try limiter.admit(rules, estimatedInputTokens: 0)
    }

    @Test func refusalsCarryOpenAIHeaders() throws {
        let limiter = limiter()
        let rules = [RateLimitRule(key, RateLimitPolicy(requests: RateQuota(limit: 2, per: .seconds(60)), tokens: RateQuota(limit: 1_000, per: .seconds(360))))]
        _ = try limiter.admit(rules, estimatedInputTokens: 400)
        _ = try limiter.admit(rules, estimatedInputTokens: 400)
        #expect {
            try limiter.admit(rules, estimatedInputTokens: 10)
        } throws: { error in
            guard let refusal = error as? RateLimitRefusal else { return false }
            let headers = Dictionary(uniqueKeysWithValues: refusal.headers.map { ($0.name, $0.value) })
            return headers == [
                "retry-after": "30",
                "x-ratelimit-limit-requests": "2",
                "x-ratelimit-remaining-requests": "0",
                "x-ratelimit-reset-requests": "1m0s",
                "x-ratelimit-limit-tokens": "1000",
                "x-ratelimit-remaining-tokens": "200",
                "x-ratelimit-reset-tokens": "4m48s",
            ]
        }
    }

    @Test func concurrentAdmissionsNeverExceedTheLimit() async throws {
        let limiter = RateLimiter()
        let rules = [RateLimitRule(key, RateLimitPolicy(requests: RateQuota(limit: 100, per: .seconds(3_600))))]
        let admitted = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    (0..<50).reduce(0) { count, _ in (try? limiter.admit(rules, estimatedInputTokens: 0)) == nil ? count : count + 1 }
                }
            }
            return await group.reduce(0, +)
        }
        #expect(admitted == 100)
    }
}
