import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Posts each batch as one JSON array to an HTTP endpoint (Splunk HEC-style collectors,
/// Logstash, custom receivers).
public struct WebhookSink: SIEMSink {
    public let kind = SIEMSinkKind.webhook
    private let client: HTTPClient
    private let url: String
    private let bearerToken: String?
    private let timeout: TimeAmount

    /// - Parameters:
    ///   - client: shared with the gateway; the sink does not shut it down.
    ///   - bearerToken: sent as `Authorization: Bearer …` when set.
    public init(client: HTTPClient, url: String, bearerToken: String? = nil, timeout: Duration = .seconds(10)) {
        self.client = client
        self.url = url
        self.bearerToken = bearerToken
        self.timeout = TimeAmount(timeout)
    }

    public func deliver(_ events: [[UInt8]]) async throws {
        var body = ByteBuffer()
        body.reserveCapacity(events.reduce(2) { $0 + $1.count + 1 })
        body.writeInteger(UInt8(ascii: "["))
        for (index, event) in events.enumerated() {
            if index > 0 { body.writeInteger(UInt8(ascii: ",")) }
            body.writeBytes(event)
        }
        body.writeInteger(UInt8(ascii: "]"))

        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let bearerToken {
            request.headers.add(name: "Authorization", value: "Bearer \(bearerToken)")
        }
        request.body = .bytes(body)
        let response: HTTPClientResponse
        do {
            response = try await client.execute(request, timeout: timeout)
        } catch {
            throw TelemetryError.siemDeliveryFailed(sink: "webhook \(url)", reason: "\(error)")
        }
        _ = try? await response.body.collect(upTo: 64 * 1024)
        guard (200..<300).contains(response.status.code) else {
            throw TelemetryError.siemDeliveryFailed(sink: "webhook \(url)", reason: "the receiver answered HTTP \(response.status.code)")
        }
    }
}
