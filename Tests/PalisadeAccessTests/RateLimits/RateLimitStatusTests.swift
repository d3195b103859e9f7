@testable import PalisadeAccess
import Testing

@Suite struct RateLimitStatusTests {
    @Test(arguments: [(0.0201, "21ms"), (1, "1s"), (360, "6m0s"), (3_723.5, "1h2m3.5s"), (0, "0ms")] as [(Double, String)])
    func resetTimesAreWrittenLikeOpenAI(_ seconds: Double, _ expected: String) {
        #expect(RateLimitStatus.format(seconds) == expected)
    }
}
