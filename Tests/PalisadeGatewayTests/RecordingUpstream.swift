import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle
import Synchronization

/// An OpenAI-format upstream for tests that keeps every request body it receives and answers by
/// echoing the last user message. Streams are sent three bytes per chunk, so that placeholders
/// are split across chunks.
final class RecordingUpstream: Sendable {
    private let received = Mutex<[(body: String, traceparent: String?)]>([])
    /// The `usage` object of each non-streamed answer, as a JSON literal; none when nil.
    private let reportedUsage: String?

    init(reportedUsage: String? = nil) {
        self.reportedUsage = reportedUsage
    }

    /// The body of the last request the upstream received.
    var lastBody: String? { received.withLock { $0.last?.body } }
    /// The W3C trace context the gateway passed on with the last request.
    var lastTraceparent: String? { received.withLock { $0.last?.traceparent } }

    func run(_ body: @escaping @Sendable (_ port: Int) async throws -> Void) async throws {
        let router = Router()
        router.post("/v1/chat/completions") { request, _ -> Response in
            let data = try await request.body.collect(upTo: 1 << 20)
            let text = String(buffer: data)
            let traceparent = request.headers[HTTPField.Name("traceparent")!]
            self.received.withLock { $0.append((text, traceparent)) }
            let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
            let messages = json["messages"] as? [[String: Any]] ?? []
            let answer = "You said: " + (messages.last?["content"] as? String ?? "")
            if json["stream"] as? Bool == true {
                return Self.stream(answer)
            }
            var reply: [String: Any] = ["id": "x", "object": "chat.completion", "choices": [["index": 0, "message": ["role": "assistant", "content": answer], "finish_reason": "stop"]]]
            if let usage = self.reportedUsage { reply["usage"] = try JSONSerialization.jsonObject(with: Data(usage.utf8)) }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: reply))))
        }
        let port = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { if let bound = $0.localAddress?.port { port.continuation.yield(bound) } },
            logger: GatewayFixture.logger
        )
        let group = ServiceGroup(services: [application], logger: GatewayFixture.logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            guard let bound = await port.stream.first(where: { _ in true }) else { return }
            do {
                try await body(bound)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
        }
    }

    /// One chat chunk per three characters of the answer, each written separately.
    private static func stream(_ answer: String) -> Response {
        var pieces: [String] = []
        var current = ""
        for character in answer {
            current.append(character)
            if current.count == 3 {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty { pieces.append(current) }
        let chunks = pieces
        return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: ResponseBody { writer in
            for piece in chunks {
                let chunk: [String: Any] = ["object": "chat.completion.chunk", "choices": [["index": 0, "delta": ["content": piece], "finish_reason": NSNull()]]]
                let data = String(decoding: try JSONSerialization.data(withJSONObject: chunk), as: UTF8.self)
                try await writer.write(ByteBuffer(string: "data: \(data)\n\n"))
            }
            let last: [String: Any] = ["object": "chat.completion.chunk", "choices": [["index": 0, "delta": [:] as [String: Any], "finish_reason": "stop"]]]
            try await writer.write(ByteBuffer(string: "data: \(String(decoding: try JSONSerialization.data(withJSONObject: last), as: UTF8.self))\n\ndata: [DONE]\n\n"))
            try await writer.finish(nil)
        })
    }
}
