import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import PalisadeBench
import PalisadeGateway
import ServiceLifecycle
import Testing

/// The application's Palisade key never reaches the provider; the provider's key never reaches
/// the application. Checked against an upstream that reports the headers it received.
@Suite struct UpstreamCredentialTests {
    @Test func theProviderKeyReplacesThePalisadeKey() async throws {
        let router = Router()
        router.post("/v1/chat/completions") { request, _ -> Response in
            let seen: [String: String] = [
                "authorization": request.headers[.authorization] ?? "",
                "x_api_key": request.headers[HTTPField.Name("x-api-key")!] ?? "",
                "custom": request.headers[HTTPField.Name("openai-beta")!] ?? "",
                "palisade": request.headers[HTTPField.Name("x-palisade-session")!] ?? "",
                "accept_encoding": request.headers[.acceptEncoding] ?? "",
            ]
            let message: [String: Any] = ["role": "assistant", "content": "ok"]
            let answer: [String: Any] = ["choices": [["index": 0, "message": message]], "seen": seen]
            let data = try JSONSerialization.data(withJSONObject: answer)
            return Response(status: .ok, headers: [.contentType: "application/json", HTTPField.Name("set-cookie")!: "tracking=1"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        let port = AsyncStream.makeStream(of: Int.self)
        let upstream = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { if let bound = $0.localAddress?.port { port.continuation.yield(bound) } },
            logger: GatewayFixture.logger
        )
        let group = ServiceGroup(services: [upstream], logger: GatewayFixture.logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let upstreamPort = try #require(await port.stream.first(where: { _ in true }))
            try await GatewayFixture.run(configure: { configuration, _ in
                configuration.providers["openai"]?.baseURL = "http://127.0.0.1:\(upstreamPort)/v1"
                configuration.providers["openai"]?.apiKey = "sk-upstream-secret"
            }) { gateway in
                let reply = try await gateway.send(
                    "/v1/chat/completions",
                    body: Bodies.chat,
                    headers: [("openai-beta", "assistants=v2"), ("x-palisade-session", "s"), ("accept-encoding", "gzip")]
                )
                #expect(reply.status == 200)
                #expect(reply.json?["seen", "authorization"] as? String == "Bearer sk-upstream-secret")
                #expect(reply.json?["seen", "x_api_key"] as? String == "")
                #expect(reply.json?["seen", "custom"] as? String == "assistants=v2")
                #expect(reply.json?["seen", "palisade"] as? String == "")
                #expect(reply.json?["seen", "accept_encoding"] as? String == "identity")
                #expect(reply.headers.first(name: "set-cookie") == nil)
                #expect(!reply.body.contains(gateway.key))
            }
            await group.triggerGracefulShutdown()
        }
    }
}
