import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle
import Synchronization

/// A stand-in for a collector, a SIEM or an identity provider: an HTTP server that accepts any
/// POST and keeps its path and body, so tests can read what the gateway exported, and answers
/// GETs with the documents a test serves (404 for others).
final class CollectingReceiver: Sendable {
    struct Delivery: Sendable {
        var path: String
        var body: Data
        var authorization: String?
    }

    private let received = Mutex<[Delivery]>([])
    private let documents = Mutex<[String: String]>([:])

    /// Serves `body` as JSON at `path` from now on, to GETs and as the answer to POSTs,
    /// replacing what was served there.
    func serve(_ path: String, _ body: String) {
        documents.withLock { $0[path] = body }
    }

    var deliveries: [Delivery] { received.withLock { $0 } }

    /// Runs the receiver on a loopback port for the duration of `body`.
    func run<T: Sendable>(_ body: @escaping @Sendable (_ port: Int) async throws -> T) async throws -> T {
        let router = Router()
        router.post("**") { request, _ -> Response in
            let data = try await request.body.collect(upTo: 16 << 20)
            let delivery = Delivery(path: request.uri.path, body: Data(data.readableBytesView), authorization: request.headers[.authorization])
            self.received.withLock { $0.append(delivery) }
            let answer = self.documents.withLock { $0[request.uri.path] } ?? "{}"
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: answer)))
        }
        router.get("**") { request, _ -> Response in
            guard let document = self.documents.withLock({ $0[request.uri.path] }) else { return Response(status: .notFound) }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: document)))
        }
        let port = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { if let bound = $0.localAddress?.port { port.continuation.yield(bound) } },
            logger: GatewayFixture.logger
        )
        let group = ServiceGroup(services: [application], logger: GatewayFixture.logger)
        return try await withThrowingTaskGroup(of: T?.self) { tasks in
            tasks.addTask {
                try await group.run()
                return nil
            }
            guard let bound = await port.stream.first(where: { _ in true }) else { throw CancellationError() }
            let outcome: Result<T, any Error>
            do {
                outcome = .success(try await body(bound))
            } catch {
                outcome = .failure(error)
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return try outcome.get()
        }
    }
}
