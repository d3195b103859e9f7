import Dispatch
import Foundation
import GRDB

/// Another connection holding a SQLite database's write lock, on a thread of its own, as a
/// backup or a second process would: from `init` until `release()`, or until `limit` passes.
public final class SQLiteWriteLock: Sendable {
    public struct NotTaken: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "the write lock of \(path) could not be taken within 10 s" }
    }

    private let released = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// Returns once the lock is held.
    public init(path: String, heldAtMost limit: TimeInterval? = nil) throws {
        let queue = try DatabaseQueue(path: path)
        let taken = DispatchSemaphore(value: 0)
        Thread { [released, finished] in
            try? queue.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                taken.signal()
                _ = released.wait(timeout: limit.map { .now() + $0 } ?? .distantFuture)
                try db.execute(sql: "ROLLBACK")
            }
            finished.signal()
        }.start()
        guard taken.wait(timeout: .now() + 10) == .success else { throw NotTaken(path: path) }
    }

    /// Releases the lock if it is still held, and returns once it is. Call it once.
    public func release() {
        released.signal()
        finished.wait()
    }
}
