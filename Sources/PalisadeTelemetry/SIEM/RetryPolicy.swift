/// Exponential back-off with full jitter: attempt `n` waits a random time up to
/// `min(maximumDelay, initialDelay × 2^(n-1))`, so that gateways retrying against a receiver that
/// comes back do not all hit it at once.
public struct RetryPolicy: Sendable, Hashable {
    public var attempts: Int
    public var initialDelay: Duration
    public var maximumDelay: Duration

    public init(attempts: Int = 5, initialDelay: Duration = .milliseconds(200), maximumDelay: Duration = .seconds(10)) {
        self.attempts = max(1, attempts)
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
    }

    /// The wait before retrying after failed attempt `attempt` (1-based).
    func delay<Generator: RandomNumberGenerator>(after attempt: Int, using generator: inout Generator) -> Duration {
        let ceiling = min(maximumDelay, initialDelay * (1 << min(attempt - 1, 30)))
        let nanoseconds = ceiling.components.seconds * 1_000_000_000 + ceiling.components.attoseconds / 1_000_000_000
        guard nanoseconds > 0 else { return .zero }
        return .nanoseconds(Int64.random(in: 0...nanoseconds, using: &generator))
    }
}
