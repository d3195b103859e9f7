import AsyncHTTPClient
import Foundation
import Logging
import PalisadeTelemetry
import Synchronization
import Testing

@Suite struct SIEMForwarderTests {
    private func event(_ index: Int) -> [UInt8] { Array(#"{"event":\#(index)}"#.utf8) }

    @Test func eventsArriveInBatchesAtTheWebhook() async throws {
        let receiver = try await HTTPReceiver()
        let forwarder = SIEMForwarder(
            sink: WebhookSink(client: .shared, url: "http://127.0.0.1:\(receiver.port)/"),
            configuration: .init(batchSize: 10, flushInterval: .milliseconds(50))
        )
        let running = Task { try await forwarder.run() }
        for index in 0..<25 { forwarder.submit(event(index)) }

        #expect(await receiver.bodies.wait { $0.count >= 3 })
        let delivered = try receiver.bodies.all.flatMap { body in
            try #require(JSONSerialization.jsonObject(with: Data(body)) as? [[String: Int]]).map { $0["event"]! }
        }
        #expect(delivered == Array(0..<25))
        #expect(receiver.bodies.all.count == 3)
        _ = await eventually { forwarder.deliveredEvents == 25 }
        #expect(forwarder.deliveredEvents == 25)
        running.cancel()
        try await receiver.stop()
    }

    @Test func eventsArriveOverUDPSyslog() async throws {
        let receiver = try await UDPReceiver()
        let forwarder = SIEMForwarder(
            sink: try SyslogSink(host: "127.0.0.1", port: receiver.port, transport: .udp),
            configuration: .init(batchSize: 5, flushInterval: .milliseconds(20))
        )
        let running = Task { try await forwarder.run() }
        for index in 0..<7 { forwarder.submit(event(index)) }
        #expect(await receiver.datagrams.wait { $0.count >= 7 })
        #expect(Set(receiver.datagrams.strings.compactMap { $0.split(separator: " ").last.map(String.init) }) == Set((0..<7).map { #"{"event":\#($0)}"# }))
        running.cancel()
        try await receiver.stop()
    }

    @Test func aDownReceiverIsRetriedThenTheBatchIsDroppedAndCounted() async throws {
        let metrics = GatewayMetrics()
        let closed = try await HTTPReceiver()
        let port = closed.port
        try await closed.stop()
        // AsyncHTTPClient keeps retrying a refused connection until the request times out.
        let sink = CountingSink(wrapping: WebhookSink(client: .shared, url: "http://127.0.0.1:\(port)/", timeout: .milliseconds(200)))
        let forwarder = SIEMForwarder(
            sink: sink,
            configuration: .init(batchSize: 4, flushInterval: .milliseconds(10), retry: RetryPolicy(attempts: 3, initialDelay: .milliseconds(5), maximumDelay: .milliseconds(20))),
            metrics: metrics,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let running = Task { try await forwarder.run() }
        for index in 0..<4 { forwarder.submit(event(index)) }

        _ = await eventually { forwarder.droppedEvents >= 4 }
        #expect(forwarder.droppedEvents == 4)
        #expect(sink.attempts == 3)
        #expect(metrics.prometheusText().contains(#"palisade_siem_events_dropped_total{sink="webhook"} 4"#))
        running.cancel()
    }

    @Test func theBacklogIsBoundedAndWhatItDropsIsCounted() async throws {
        let metrics = GatewayMetrics()
        let forwarder = SIEMForwarder(
            sink: CountingSink(),
            configuration: .init(batchSize: 1_000_000, flushInterval: .seconds(3_600), backlogCapacity: 1_000),
            metrics: metrics
        )
        for index in 0..<100_000 { forwarder.submit(event(index)) }
        #expect(forwarder.backlogCount == 1_000)
        #expect(forwarder.droppedEvents == 99_000)
        #expect(metrics.prometheusText().contains(#"palisade_siem_events_dropped_total{sink="syslog"} 99000"#))
    }
}

/// Counts delivery attempts; either forwards to a real sink or fails every time.
private final class CountingSink: SIEMSink {
    let kind: SIEMSinkKind
    private let wrapped: (any SIEMSink)?
    private let count = Mutex(0)

    init(wrapping sink: any SIEMSink) {
        kind = sink.kind
        wrapped = sink
    }

    /// A syslog sink that fails every delivery.
    init() {
        kind = .syslog
        wrapped = nil
    }

    var attempts: Int { count.withLock { $0 } }

    func deliver(_ events: [[UInt8]]) async throws {
        count.withLock { $0 += 1 }
        guard let wrapped else { throw TelemetryError.siemDeliveryFailed(sink: "test", reason: "always fails") }
        try await wrapped.deliver(events)
    }
}
