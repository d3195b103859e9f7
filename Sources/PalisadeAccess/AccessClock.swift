import Foundation

/// Where rate limits, budgets and token checks read the time, so that tests move time forward
/// instead of sleeping.
public protocol AccessClock: Sendable {
    var now: Date { get }
}

/// The system's wall clock. Budgets need calendar days, so limits run on wall time too; a clock
/// stepped backwards only pauses refills, it never lets extra requests through.
public struct SystemClock: AccessClock {
    public init() {}

    public var now: Date { Date() }
}
