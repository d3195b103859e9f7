/// Latencies of one measured run, in milliseconds, with the statistics the report prints.
public struct LatencySample: Sendable, Hashable {
    public private(set) var milliseconds: [Double]
    public var failures: Int
    public var elapsedSeconds: Double

    public init(milliseconds: [Double], failures: Int, elapsedSeconds: Double) {
        self.milliseconds = milliseconds.sorted()
        self.failures = failures
        self.elapsedSeconds = elapsedSeconds
    }

    public var count: Int { milliseconds.count }
    public var requestsPerSecond: Double { elapsedSeconds > 0 ? Double(count) / elapsedSeconds : 0 }
    public var p50: Double { percentile(0.50) }
    public var p99: Double { percentile(0.99) }

    /// Nearest-rank percentile: an observed value, never an interpolation between two.
    public func percentile(_ fraction: Double) -> Double {
        guard !milliseconds.isEmpty else { return 0 }
        let rank = Int((fraction * Double(milliseconds.count)).rounded(.up))
        return milliseconds[min(max(rank, 1), milliseconds.count) - 1]
    }
}
