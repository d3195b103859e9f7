import Foundation

/// The proxy benchmark as a person reads it: raw figures, then what the gateway adds.
public enum BenchmarkTable {
    public static func render(_ rows: [ProxyBenchmark.Row]) -> String {
        var lines = ["mode    conc  target       req/s   p50 ms   p99 ms  first-byte p50 ms  failures"]
        for row in rows {
            lines.append(
                padded(row.mode, 7) + " "
                    + String(format: "%4d  ", row.concurrency) + padded(row.target, 9)
                    + String(
                        format: " %8.0f  %7.3f  %7.3f  %17.3f  %8d",
                        row.requestsPerSecond, row.p50Ms, row.p99Ms, row.firstByteP50Ms, row.failures
                    )
            )
        }
        lines.append("")
        lines.append("What Palisade adds (same run):")
        let groups = Dictionary(grouping: rows) { "\($0.mode) \($0.concurrency)" }
        for row in rows where row.target == "palisade" {
            let peers = groups["\(row.mode) \(row.concurrency)"] ?? []
            guard let direct = peers.first(where: { $0.target == "direct" }) else { continue }
            var line = "  " + padded(row.mode, 6) + " "
                + String(
                    format: "c=%-3d added p50 %+.3f ms, added p99 %+.3f ms, throughput vs direct %.2f",
                    row.concurrency, row.p50Ms - direct.p50Ms, row.p99Ms - direct.p99Ms,
                    ratio(row.requestsPerSecond, direct.requestsPerSecond)
                )
            if let nginx = peers.first(where: { $0.target == "nginx" }) {
                line += String(format: ", vs nginx %.2f", ratio(row.requestsPerSecond, nginx.requestsPerSecond))
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Left-aligned in `width` columns: Foundation on Linux ignores the width of `%@`.
    private static func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func ratio(_ value: Double, _ baseline: Double) -> Double {
        baseline > 0 ? value / baseline : 0
    }
}
