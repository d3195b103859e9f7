import PalisadeCore
import PalisadeTelemetry
import Testing

@Suite struct TelemetryBenchmarkTests {
    @Test func measuresMetricsInventoryAndBoth() throws {
        let results = try TelemetryBenchmark.run(iterations: 2_000)
        #expect(results.map(\.name) == ["metrics", "inventory", "metrics+inventory"])
        #expect(results.allSatisfy { $0.nanosecondsPerOperation > 0 && $0.nanosecondsPerOperation.isFinite })
    }
}
