import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PalisadeAccess
import PalisadeBench
import PalisadeCore
import PalisadeGateway
import PalisadeSimulator
import PalisadeStore

/// Runs a real gateway in front of the simulated model on loopback ports for one test.
enum GatewayFixture {
    static let logger = Logger(label: "palisade-test")

    static func run(
        simulator: ModelSimulator = ModelSimulator(),
        accessClock: any AccessClock = SystemClock(),
        configure: @escaping @Sendable (inout GatewayConfiguration, Int) -> Void = { _, _ in },
        _ body: @escaping @Sendable (LocalDeployment.Endpoints) async throws -> Void
    ) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("palisade-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var deployment = try LocalDeployment(simulator: simulator, dataDirectory: directory, applicationName: "test-app", logger: logger)
        deployment.accessClock = accessClock
        try await deployment.run(configure: configure, body)
    }
}

struct GatewayReply {
    var status: Int
    var headers: HTTPHeaders
    var body: String
    /// The body as it arrived: one element per network read.
    var parts: [String]

    var json: JSONValueLite? { JSONValueLite(body) }
}

/// Just enough JSON reading for assertions, via Foundation, independent of the code under test.
struct JSONValueLite {
    let object: Any

    init?(_ text: String) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return nil }
        self.object = object
    }

    subscript(path: String...) -> Any? {
        var current: Any? = object
        for key in path {
            if let index = Int(key), let array = current as? [Any] {
                current = index < array.count ? array[index] : nil
            } else {
                current = (current as? [String: Any])?[key]
            }
        }
        return current
    }
}

extension LocalDeployment.Endpoints {
    func send(
        _ path: String,
        body: String?,
        key: String?? = .none,
        anthropic: Bool = false,
        method: HTTPMethod = .POST,
        headers extra: [(String, String)] = [],
        contentType: String? = "application/json"
    ) async throws -> GatewayReply {
        try await send(path, bytes: body.map { Array($0.utf8) }, key: key, anthropic: anthropic, method: method, headers: extra, contentType: contentType)
    }

    /// As `send(_:body:...)`, with a body that need not be UTF-8.
    func send(
        _ path: String,
        bytes body: [UInt8]?,
        key: String?? = .none,
        anthropic: Bool = false,
        method: HTTPMethod = .POST,
        headers extra: [(String, String)] = [],
        contentType: String? = "application/json"
    ) async throws -> GatewayReply {
        var request = HTTPClientRequest(url: gatewayURL + path)
        request.method = method
        if let contentType { request.headers.add(name: "content-type", value: contentType) }
        let presented: String? = switch key {
        case .none: self.key
        case .some(let value): value
        }
        if let presented {
            if anthropic {
                request.headers.add(name: "x-api-key", value: presented)
                request.headers.add(name: "anthropic-version", value: "2023-06-01")
            } else {
                request.headers.add(name: "authorization", value: "Bearer \(presented)")
            }
        }
        for (name, value) in extra { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        var parts: [String] = []
        for try await part in response.body { parts.append(String(buffer: part)) }
        return GatewayReply(status: Int(response.status.code), headers: response.headers, body: parts.joined(), parts: parts)
    }

    /// The Prometheus text at `/metrics`, which needs no key.
    func metrics() async throws -> String {
        try await send("/metrics", body: nil, key: .some(nil), method: .GET, contentType: nil).body
    }

    func records() async throws -> [ExchangeRecord] {
        await gateway.recorder.flush()
        return try await gateway.store.exchanges(limit: 100, applicationID: nil)
    }
}

enum Bodies {
    static let chat = #"{"model":"sim-gpt","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"What is the capital of France?"}],"user":"body-user"}"#
    static func chat(model: String, stream: Bool = false) -> String {
        #"{"model":"\#(model)","stream":\#(stream),"messages":[{"role":"user","content":"Tell me a short story about a lighthouse keeper."}]}"#
    }
    static let anthropicStream = #"{"model":"sim-claude","max_tokens":100,"stream":true,"messages":[{"role":"user","content":"Say hello in three words."}]}"#
}
