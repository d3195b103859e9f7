import Foundation
import Synchronization

/// A clock that moves only when told to: lets tests (and the gateway's own tests through a
/// running server) pass an interval without sleeping through it, so no limit test depends on
/// how fast the machine is.
public final class ManualClock: AccessClock {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_750_000_000)) {
        current = Mutex(start)
    }

    public var now: Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0.addTimeInterval(seconds) }
    }

    public func set(_ date: Date) {
        current.withLock { $0 = date }
    }
}
