import HTTPTypes
import NIOHTTP1
import PalisadeCore

/// Which headers cross the gateway in each direction.
///
/// Upstream, the caller's credentials are replaced by the provider's and connection-level headers
/// are dropped; `Accept-Encoding` is dropped so answers arrive uncompressed and can be inspected.
/// Downstream, the provider's own headers (request ids, rate-limit hints) reach the caller.
enum HeaderPolicy {
    private static let hopByHop: Set<String> = [
        "connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade",
        "host", "content-length",
    ]
    private static let notForwardedUpstream: Set<String> = hopByHop.union([
        "authorization", "x-api-key", "accept-encoding", "cookie", "x-forwarded-for", "forwarded",
    ])
    private static let notReturnedDownstream: Set<String> = hopByHop.union([
        "content-encoding", "set-cookie", "alt-svc", "server",
    ])

    static func upstreamHeaders(from fields: HTTPFields, endpoint: ProviderEndpoint) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for field in fields {
            let name = field.name.canonicalName
            if notForwardedUpstream.contains(name) || name.hasPrefix("x-palisade-") { continue }
            headers.add(name: field.name.rawName, value: field.value)
        }
        if let key = endpoint.apiKey {
            switch endpoint.format {
            case .openai: headers.replaceOrAdd(name: "authorization", value: "Bearer \(key)")
            case .anthropic: headers.replaceOrAdd(name: "x-api-key", value: key)
            }
        }
        if endpoint.format == .anthropic, !headers.contains(name: "anthropic-version") {
            headers.add(name: "anthropic-version", value: "2023-06-01")
        }
        headers.replaceOrAdd(name: "accept-encoding", value: "identity")
        return headers
    }

    static func downstreamFields(from headers: HTTPHeaders) -> HTTPFields {
        var fields = HTTPFields()
        for header in headers where !notReturnedDownstream.contains(header.name.lowercased()) {
            if let name = HTTPField.Name(header.name) {
                fields.append(HTTPField(name: name, value: header.value))
            }
        }
        return fields
    }
}
