import Crypto
import Foundation
import GRDB
import Logging
import Synchronization

/// The tamper-evident audit log's writer.
///
/// One writer task (`run()`) numbers, hashes and inserts events, committing on the thread it
/// runs on rather than hopping to GRDB's queue and back. Callers encode and encrypt on
/// their own task, queue the result and, with `append`, wait for the commit: whatever queued
/// while the previous transaction committed goes into the next one (group commit), so many
/// concurrent durable appends cost one transaction. `appendAsync` does not wait; a crash can
/// lose what is queued, at most `asyncCapacity` events or one batch's commit time.
public final class AuditLog: Sendable {
    private struct Waiting {
        var event: PreparedEvent
        var committed: CheckedContinuation<Void, any Error>?
    }

    private struct State {
        var queue: [Waiting] = []
        var queuedAsync = 0
        var checkpointDue = false
        var closed = false
        var healthy = true
        var dropped = 0
        var lost = 0
        var eventsSinceWALCheckpoint = 0
        var purgesRunning = 0
    }

    /// Events committed between two WAL checkpoints: at low load each is a transaction of about
    /// eight pages, so the write-ahead log stays near SQLite's default of a thousand pages.
    static let eventsPerWALCheckpoint = 128

    public let database: AuditDatabase
    private let keyring: AuditKeyring
    private let publicKey: Curve25519.Signing.PublicKey
    private let writer: ChainWriter
    private let configuration: AuditLogConfiguration
    private let logger: Logger
    private let state = Mutex(State())
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    public init(
        database: AuditDatabase, keyring: AuditKeyring, signingKey: AuditSigningKey,
        configuration: AuditLogConfiguration = AuditLogConfiguration(), logger: Logger
    ) {
        self.database = database
        self.keyring = keyring
        publicKey = signingKey.publicKey
        self.configuration = configuration
        self.logger = logger
        writer = ChainWriter(chainID: database.chainID, signingKey: signingKey, checkpointEvery: Int64(max(1, configuration.checkpointEvery)))
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Returns once the event is committed; throws when it could not be, so the gateway can
    /// fail open or closed. `run()` must be running.
    public func append(_ entry: AuditEntry) async throws(AuditError) {
        let event = try PreparedEvent(entry, keyring: keyring)
        do {
            try await withCheckedThrowingContinuation { (committed: CheckedContinuation<Void, any Error>) in
                let accepted = state.withLock { state in
                    guard !state.closed else { return false }
                    state.queue.append(Waiting(event: event, committed: committed))
                    return true
                }
                if accepted { wake.yield() } else { committed.resume(throwing: AuditError.closed) }
            }
        } catch {
            throw (error as? AuditError) ?? .unavailable(reason: "\(error)")
        }
    }

    /// Queues the event and returns at once; false when the queue is full or the log closed,
    /// in which case the event is dropped and counted in `droppedEvents`.
    @discardableResult
    public func appendAsync(_ entry: AuditEntry) -> Bool {
        guard let event = try? PreparedEvent(entry, keyring: keyring) else {
            state.withLock { $0.dropped += 1 }
            return false
        }
        let accepted = state.withLock { state in
            guard !state.closed, state.queuedAsync < configuration.asyncCapacity else {
                state.dropped += 1
                return false
            }
            state.queue.append(Waiting(event: event, committed: nil))
            state.queuedAsync += 1
            return true
        }
        if accepted { wake.yield() }
        return accepted
    }

    /// Searches and reads this log with its keyring, so investigations can decrypt payloads.
    public var reader: AuditReader { AuditReader(database: database, keyring: keyring) }

    /// Verifies this log's file as `AuditVerifier` would a copy, with this log's keys.
    public func verify() async throws(AuditError) -> AuditVerificationReport {
        try await AuditVerifier.verify(databasePath: database.path, publicKey: publicKey, keyring: keyring)
    }

    /// Whether the last write succeeded; with fail-closed the gateway refuses traffic it cannot audit.
    public var isHealthy: Bool { state.withLock { $0.healthy } }
    /// Asynchronous events refused because the queue was full or the log closed.
    public var droppedEvents: Int { state.withLock { $0.dropped } }
    /// Asynchronous events accepted but lost because their transaction failed.
    public var lostEvents: Int { state.withLock { $0.lost } }

    /// Writes queued events and signs timed checkpoints until `close()` is called or the task
    /// is cancelled; then writes what is left and seals the chain with a final checkpoint.
    public func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.requestCheckpoints() }
            for await _ in wakeups {
                await drain()
            }
            group.cancelAll()
        }
        state.withLock { state in
            state.closed = true
            state.checkpointDue = true
        }
        // A cancelled task would refuse the database work; the final drain must still happen.
        await Task { await self.drain() }.value
    }

    /// Stops accepting events; `run()` returns once the queue is written.
    public func close() {
        state.withLock { $0.closed = true }
        wake.finish()
    }

    /// Deletes the oldest events started before `date` (a prefix of the chain) and signs a
    /// checkpoint recording the purged range, so the rest still verifies. Returns how many went.
    @discardableResult
    public func purge(olderThan date: Date) async throws(AuditError) -> Int {
        let writer = self.writer
        let cutoff = Int64((date.timeIntervalSince1970 * 1000).rounded())
        state.withLock { $0.purgesRunning += 1 }
        defer { state.withLock { $0.purgesRunning -= 1 } }
        return Int(try await database.write { db in try writer.purge(olderThan: cutoff, in: db) })
    }

    private func requestCheckpoints() async {
        while !Task.isCancelled {
            try? await Task.sleep(for: configuration.checkpointInterval)
            state.withLock { $0.checkpointDue = true }
            wake.yield()
        }
    }

    private func drain() async {
        while true {
            let (batch, checkpointDue): ([Waiting], Bool) = state.withLock { state in
                let batch = Array(state.queue.prefix(configuration.batchSize))
                state.queue.removeFirst(batch.count)
                state.queuedAsync -= batch.count(where: { $0.committed == nil })
                let due = state.checkpointDue
                state.checkpointDue = false
                return (batch, due)
            }
            guard !batch.isEmpty || checkpointDue else { return }
            await write(batch, checkpoint: checkpointDue)
            let walCheckpointDue = state.withLock { state in
                state.eventsSinceWALCheckpoint += batch.count
                guard state.eventsSinceWALCheckpoint >= Self.eventsPerWALCheckpoint else { return false }
                state.eventsSinceWALCheckpoint = 0
                return true
            }
            if walCheckpointDue { await checkpointWriteAheadLog() }
        }
    }

    private func write(_ batch: [Waiting], checkpoint: Bool) async {
        let writer = self.writer
        let events = batch.map(\.event)
        let append: @Sendable (Database) throws -> Void = { db in try writer.append(events, forceCheckpoint: checkpoint, in: db) }
        do {
            // A purge, or another process, can hold the database for long: wait for them on
            // GRDB's queue rather than on this thread.
            let purging = state.withLock { $0.purgesRunning > 0 }
            let committedHere = try !purging && database.writeOnCurrentThreadUnlessLocked(append) != nil
            if !committedHere { try await database.write(append) }
            state.withLock { $0.healthy = true }
            for waiting in batch { waiting.committed?.resume() }
        } catch {
            let lost = batch.count(where: { $0.committed == nil })
            state.withLock { state in
                state.healthy = false
                state.lost += lost
            }
            logger.error("Cannot write audit events", metadata: ["error": "\(error)", "events": "\(batch.count)", "lost": "\(lost)"])
            for waiting in batch { waiting.committed?.resume(throwing: error) }
        }
    }

    private func checkpointWriteAheadLog() async {
        do {
            try await database.checkpointWriteAheadLog()
        } catch {
            logger.warning("Cannot checkpoint the audit write-ahead log", metadata: ["error": "\(error)"])
        }
    }
}
