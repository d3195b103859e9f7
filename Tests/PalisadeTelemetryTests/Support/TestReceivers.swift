import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// What a test receiver got, readable from the test while the server runs.
final class Received: Sendable {
    private let items = Mutex<[[UInt8]]>([])

    func append(_ bytes: [UInt8]) { items.withLock { $0.append(bytes) } }
    var all: [[UInt8]] { items.withLock { $0 } }
    var strings: [String] { all.map { String(decoding: $0, as: UTF8.self) } }

    /// Waits until `condition` holds for what was received, or about `seconds` pass.
    func wait(seconds: Double = 15, until condition: ([[UInt8]]) -> Bool) async -> Bool {
        await eventually(seconds: seconds) { condition(all) }
    }
}

/// Waits until `condition` holds, or about `seconds` pass; whether it held. For state that
/// other tasks update (a receiver's inbox, a forwarder's counters) after the test's last step.
func eventually(seconds: Double = 15, _ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1_000))
    while ContinuousClock.now < deadline {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

/// A minimal HTTP server: records each request's authorization header and body, answers
/// with a fixed status.
final class HTTPReceiver: Sendable {
    let channel: any Channel
    let bodies: Received
    let authorizations: Received
    var port: Int { channel.localAddress!.port! }

    init(status: HTTPResponseStatus = .ok) async throws {
        let bodies = Received(), authorizations = Received()
        self.bodies = bodies
        self.authorizations = authorizations
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(RecordingHandler(status: status, bodies: bodies, authorizations: authorizations))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    func stop() async throws {
        try await channel.close()
    }

    private final class RecordingHandler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        private let status: HTTPResponseStatus
        private let bodies: Received
        private let authorizations: Received
        private var body: [UInt8] = []

        init(status: HTTPResponseStatus, bodies: Received, authorizations: Received) {
            self.status = status
            self.bodies = bodies
            self.authorizations = authorizations
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                body = []
                authorizations.append(Array((head.headers.first(name: "Authorization") ?? "").utf8))
            case .body(let buffer):
                body += buffer.readableBytesView
            case .end:
                bodies.append(body)
                var headers = HTTPHeaders()
                headers.add(name: "Content-Length", value: "0")
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
            }
        }
    }
}

/// A UDP socket that records every datagram.
final class UDPReceiver: Sendable {
    let channel: any Channel
    let datagrams: Received
    var port: Int { channel.localAddress!.port! }

    init() async throws {
        let datagrams = Received()
        self.datagrams = datagrams
        channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(DatagramRecorder(received: datagrams)) }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    func stop() async throws {
        try await channel.close()
    }

    private final class DatagramRecorder: ChannelInboundHandler {
        typealias InboundIn = AddressedEnvelope<ByteBuffer>
        private let received: Received

        init(received: Received) { self.received = received }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            received.append(Array(unwrapInboundIn(data).data.readableBytesView))
        }
    }
}

/// A TCP server that records the byte stream of each connection when it closes.
final class TCPReceiver: Sendable {
    let channel: any Channel
    let streams: Received
    var port: Int { channel.localAddress!.port! }

    init() async throws {
        let streams = Received()
        self.streams = streams
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(StreamRecorder(received: streams)) }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
    }

    func stop() async throws {
        try await channel.close()
    }

    private final class StreamRecorder: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        private let received: Received
        private var bytes: [UInt8] = []

        init(received: Received) { self.received = received }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            bytes += unwrapInboundIn(data).readableBytesView
        }

        func channelInactive(context: ChannelHandlerContext) {
            received.append(bytes)
        }
    }
}
