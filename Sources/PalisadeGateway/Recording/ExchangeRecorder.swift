import Logging
import PalisadeCore
import PalisadeStore
import ServiceLifecycle
import Synchronization

/// Writes exchange records to the store in batches, off the request path.
///
/// Requests append their record to a buffer and move on; one writer task waits `coalescing`
/// after the first new record, then takes everything that has accumulated and appends it in
/// one transaction, so recording costs one write per batch rather than one per request, even
/// at low load where requests arrive one at a time. The buffer is bounded: if the store
/// stalls, new records are dropped and counted rather than memory growing without limit.
public final class ExchangeRecorder: Service, Sendable {
    private struct State {
        var pending: [ExchangeRecord] = []
        var writing = false
        var dropped = 0
        var storeHealthy = true
    }

    private let store: any Store
    private let logger: Logger
    private let capacity: Int
    private let batchSize: Int
    private let coalescing: Duration
    private let state = Mutex(State())
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    public init(store: any Store, logger: Logger, capacity: Int = 50_000, batchSize: Int = 1_000, coalescing: Duration = .milliseconds(20)) {
        self.store = store
        self.logger = logger
        self.capacity = capacity
        self.batchSize = batchSize
        self.coalescing = coalescing
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    public func record(_ record: ExchangeRecord) {
        let accepted = state.withLock { state in
            guard state.pending.count < capacity else {
                state.dropped += 1
                return false
            }
            state.pending.append(record)
            return true
        }
        if accepted { wake.yield() }
    }

    /// Whether the last write to the store succeeded; with `failure_mode: closed` the gateway
    /// refuses traffic it cannot record.
    public var isStoreHealthy: Bool { state.withLock { $0.storeHealthy } }
    public var droppedRecords: Int { state.withLock { $0.dropped } }

    public func run() async throws {
        await withGracefulShutdownHandler {
            for await _ in wakeups {
                try? await Task.sleep(for: coalescing)
                await drain()
            }
        } onGracefulShutdown: {
            self.wake.finish()
        }
        await drain()
    }

    /// Returns once every record handed over before the call is written (or given up on).
    public func flush() async {
        while state.withLock({ !$0.pending.isEmpty || $0.writing }) {
            wake.yield()
            try? await Task.sleep(for: .milliseconds(2))
        }
    }

    private func drain() async {
        while true {
            let batch: [ExchangeRecord] = state.withLock { state in
                let count = min(batchSize, state.pending.count)
                let batch = Array(state.pending.prefix(count))
                state.pending.removeFirst(count)
                state.writing = !batch.isEmpty
                return batch
            }
            guard !batch.isEmpty else { return }
            await write(batch)
            state.withLock { $0.writing = false }
        }
    }

    private func write(_ batch: [ExchangeRecord]) async {
        for attempt in 1...3 {
            do {
                try await store.append(batch)
                state.withLock { $0.storeHealthy = true }
                return
            } catch {
                state.withLock { $0.storeHealthy = false }
                logger.error("Cannot record exchanges", metadata: ["error": "\(error)", "records": "\(batch.count)", "attempt": "\(attempt)"])
                try? await Task.sleep(for: .milliseconds(50 * attempt))
            }
        }
        state.withLock { $0.dropped += batch.count }
    }
}
