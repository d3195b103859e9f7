@testable import PalisadeAccess
import Testing

@Suite struct RateLimitStatusTests {
    @Test(arguments: [(0.0201, "21ms"), (1, "1s"), (360, "6m0s"), (3_723.5, "1h2m3.5s"), (0, "0ms")] as [(Double, String)])
    func resetTimesAreWrittenLikeOpenAI(_ seconds: Double, _ expected: String) {
        #expect(RateLimitStatus.format(seconds) == expected)
    }

    /// A reset time past what an `Int` of milliseconds holds is written, not a trap.
    @Test func resetTimesBeyondIntAreWrittenAtTheirCeiling() {
        #expect(RateLimitStatus.format(1e300) == "2562047788015h12m55.807s")
        #expect(RateLimitStatus.format(.infinity) == "2562047788015h12m55.807s")
        #expect(RateLimitStatus.format(.nan) == "0ms")
    }
}
