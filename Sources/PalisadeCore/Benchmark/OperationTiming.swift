/// One micro-benchmark figure: wall-clock nanoseconds per operation, measured on one core.
/// Shared by the modules' benchmarks so that `palisade bench` prints and encodes them alike.
public struct OperationTiming: Sendable, Hashable, Encodable {
    public var name: String
    public var nanosecondsPerOperation: Double

    public init(name: String, nanosecondsPerOperation: Double) {
        self.name = name
        self.nanosecondsPerOperation = nanosecondsPerOperation
    }

    /// Runs `body(index)` for up to 1,000 warm-up indices, then times `iterations` calls. Each call
    /// counts as `operationsPerCall` operations (e.g. chunks fed to a stream guard).
    public static func measure(_ name: String, iterations: Int, operationsPerCall: Int = 1, _ body: (Int) -> Void) -> OperationTiming {
        let iterations = max(iterations, 1)
        for index in 0..<min(iterations, 1_000) { body(index) }
        let elapsed = ContinuousClock().measure {
            for index in 0..<iterations { body(index) }
        }
        let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
        return OperationTiming(name: name, nanosecondsPerOperation: nanoseconds / Double(iterations * max(operationsPerCall, 1)))
    }
}
