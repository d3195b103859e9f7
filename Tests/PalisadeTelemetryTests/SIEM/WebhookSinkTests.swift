import AsyncHTTPClient
import Foundation
import NIOHTTP1
import PalisadeTelemetry
import Testing

@Suite struct WebhookSinkTests {
    @Test func postsTheBatchAsOneJSONArrayWithTheBearerToken() async throws {
        let receiver = try await HTTPReceiver()
        let sink = WebhookSink(client: .shared, url: "http://127.0.0.1:\(receiver.port)/events", bearerToken: "s3cret")
        try await sink.deliver([Array(#"{"a":1}"#.utf8), Array(#"{"b":"two"}"#.utf8)])

        #expect(receiver.bodies.strings == [#"[{"a":1},{"b":"two"}]"#])
        #expect(receiver.authorizations.strings == ["Bearer s3cret"])
        let parsed = try JSONSerialization.jsonObject(with: Data(receiver.bodies.all[0])) as? [[String: Any]]
        #expect(parsed?.count == 2)
        try await receiver.stop()
    }

    @Test func aRejectingReceiverIsAnError() async throws {
        let receiver = try await HTTPReceiver(status: .serviceUnavailable)
        let sink = WebhookSink(client: .shared, url: "http://127.0.0.1:\(receiver.port)/events")
        await #expect(throws: TelemetryError.self) {
            try await sink.deliver([Array("{}".utf8)])
        }
        try await receiver.stop()
    }
}
