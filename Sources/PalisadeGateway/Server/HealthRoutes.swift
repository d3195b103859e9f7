import Foundation
import Hummingbird
import NIOCore
import PalisadeStore

/// `/healthz` says the process is alive; `/readyz` says it can serve traffic (the store answers
/// and records are being written), which is what a load balancer should route on.
struct HealthRoutes: Sendable {
    let store: any Store
    let recorder: ExchangeRecorder

    func add(to router: Router<GatewayRequestContext>) {
        router.get("/healthz") { _, _ in
            Self.json(.ok, #"{"status":"ok"}"#)
        }
        router.get("/readyz") { _, _ in
            do {
                try await store.checkHealth()
            } catch {
                return Self.json(.serviceUnavailable, #"{"status":"not_ready","reason":"store: \#(Self.escaped("\(error)"))"}"#)
            }
            guard recorder.isStoreHealthy else {
                return Self.json(.serviceUnavailable, #"{"status":"not_ready","reason":"recent writes to the store failed"}"#)
            }
            return Self.json(.ok, #"{"status":"ready"}"#)
        }
    }

    private static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: " ")
    }
}
