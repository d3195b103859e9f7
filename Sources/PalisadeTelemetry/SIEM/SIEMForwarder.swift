import DequeModule
import Logging
import ServiceLifecycle
import Synchronization

/// Sends security events to a SIEM sink in batches, without ever making the caller wait.
///
/// `submit(_:)` appends to a bounded backlog under a lock and returns. The service task takes
/// batches of up to `batchSize` events, when that many are waiting or every `flushInterval`, and
/// delivers each with retries (`RetryPolicy`). When the backlog is full the oldest event is
/// dropped; when a batch exhausts its retries it is dropped. Both count in
/// `palisade_siem_events_dropped_total`, because losing events silently would hide an outage.
public final class SIEMForwarder: Service, Sendable {
    public struct Configuration: Sendable {
        public var batchSize: Int
        public var flushInterval: Duration
        public var backlogCapacity: Int
        public var retry: RetryPolicy

        public init(batchSize: Int = 100, flushInterval: Duration = .seconds(1), backlogCapacity: Int = 10_000, retry: RetryPolicy = RetryPolicy()) {
            self.batchSize = max(1, batchSize)
            self.flushInterval = flushInterval
            self.backlogCapacity = max(1, backlogCapacity)
            self.retry = retry
        }
    }

    private struct State {
        var backlog: Deque<[UInt8]> = []
        var delivered = 0
        var dropped = 0
    }

    private let sink: any SIEMSink
    private let configuration: Configuration
    private let metrics: GatewayMetrics?
    private let logger: Logger
    private let state = Mutex(State())
    private let wakeups: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    public init(sink: any SIEMSink, configuration: Configuration = Configuration(), metrics: GatewayMetrics? = nil, logger: Logger = Logger(label: "palisade.siem")) {
        self.sink = sink
        self.configuration = configuration
        self.metrics = metrics
        self.logger = logger
        (wakeups, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Queues one encoded event. O(1) and never blocks; if the backlog is full the oldest
    /// queued event makes room.
    public func submit(_ event: [UInt8]) {
        let (full, batchReady) = state.withLock { state in
            var full = false
            if state.backlog.count >= configuration.backlogCapacity {
                state.backlog.removeFirst()
                state.dropped += 1
                full = true
            }
            state.backlog.append(event)
            return (full, state.backlog.count >= configuration.batchSize)
        }
        if full { metrics?.recordSIEMEventsDropped(sink: sink.kind, count: 1) }
        if batchReady { wake.yield() }
    }

    /// Events accepted by the sink so far.
    public var deliveredEvents: Int { state.withLock { $0.delivered } }
    /// Events given up on so far: pushed out of a full backlog or failed after every retry.
    public var droppedEvents: Int { state.withLock { $0.dropped } }
    /// Events waiting to be sent.
    public var backlogCount: Int { state.withLock { $0.backlog.count } }

    public func run() async throws {
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                group.addTask { [wake, interval = configuration.flushInterval] in
                    while !Task.isCancelled {
                        try? await Task.sleep(for: interval)
                        wake.yield()
                    }
                }
                for await _ in wakeups {
                    await deliverBacklog(retrying: true)
                }
                group.cancelAll()
            }
        } onGracefulShutdown: {
            self.wake.finish()
        }
        await deliverBacklog(retrying: false)
    }

    private func deliverBacklog(retrying: Bool) async {
        while true {
            let batch: [[UInt8]] = state.withLock { state in
                let count = min(configuration.batchSize, state.backlog.count)
                let batch = Array(state.backlog.prefix(count))
                state.backlog.removeFirst(count)
                return batch
            }
            guard !batch.isEmpty else { return }
            await deliver(batch, attempts: retrying ? configuration.retry.attempts : 1)
        }
    }

    private func deliver(_ batch: [[UInt8]], attempts: Int) async {
        var generator = SystemRandomNumberGenerator()
        for attempt in 1...attempts {
            do {
                try await sink.deliver(batch)
                state.withLock { $0.delivered += batch.count }
                return
            } catch {
                logger.warning("SIEM delivery failed", metadata: [
                    "sink": "\(sink.kind.rawValue)", "events": "\(batch.count)", "attempt": "\(attempt)", "error": "\(error)",
                ])
                if attempt < attempts {
                    try? await Task.sleep(for: configuration.retry.delay(after: attempt, using: &generator))
                }
            }
        }
        state.withLock { $0.dropped += batch.count }
        metrics?.recordSIEMEventsDropped(sink: sink.kind, count: batch.count)
        logger.error("SIEM events dropped after every retry failed", metadata: ["sink": "\(sink.kind.rawValue)", "events": "\(batch.count)"])
    }
}
