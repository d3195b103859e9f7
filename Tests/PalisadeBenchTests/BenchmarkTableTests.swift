import Foundation
import Testing

@testable import PalisadeBench

@Suite struct BenchmarkTableTests {
    private static func row(_ mode: String, _ concurrency: Int, _ target: String, requestsPerSecond: Double, p50: Double) -> ProxyBenchmark.Row {
        ProxyBenchmark.Row(
            mode: mode, concurrency: concurrency, target: target, requestsPerSecond: requestsPerSecond,
            p50Ms: p50, p99Ms: p50 * 2, firstByteP50Ms: p50, failures: 0
        )
    }

    @Test func everyFigureStandsUnderItsHeading() throws {
        let table = BenchmarkTable.render([
            Self.row("plain", 1, "direct", requestsPerSecond: 3400, p50: 0.28),
            Self.row("plain", 1, "palisade", requestsPerSecond: 1000, p50: 1.02),
            Self.row("stream", 64, "nginx", requestsPerSecond: 12345, p50: 10.5),
        ])
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines[0]
        let rows = Array(lines[1...3])
        for heading in ["conc", "req/s", "p50 ms", "p99 ms", "first-byte p50 ms", "failures"] {
            let end = try #require(header.range(of: heading)).upperBound.utf16Offset(in: header)
            for row in rows.map(Array.init) {
                #expect(row.count >= end && row[end - 1] != " ", "\(heading) in \(String(row))")
                #expect(row.count <= end || row[end] == " ", "\(heading) in \(String(row))")
            }
        }
        let target = try #require(header.range(of: "target")).lowerBound.utf16Offset(in: header)
        #expect(rows.map { String($0.dropFirst(target).prefix(8)) } == ["direct  ", "palisade", "nginx   "])
        #expect(lines.contains("  plain  c=1   added p50 +0.740 ms, added p99 +1.480 ms, throughput vs direct 0.29"))
    }
}
