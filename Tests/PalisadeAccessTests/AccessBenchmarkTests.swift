import PalisadeAccess
import PalisadeCore
import Testing

@Suite struct AccessBenchmarkTests {
    @Test func everyCheckIsMeasured() {
        let figures = AccessBenchmark.run(iterations: 2_000)
        #expect(figures.count == 4)
        #expect(figures.allSatisfy { $0.nanosecondsPerOperation > 0 && $0.nanosecondsPerOperation.isFinite })
    }
}
