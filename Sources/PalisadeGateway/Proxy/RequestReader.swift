import Hummingbird
import NIOCore
import PalisadeCore
import PalisadeProviders

/// Reads a caller's request body within its size limit and decodes it.
enum RequestReader {
    static func body(of request: Request, limit: Int) async throws(ProviderError) -> ByteBuffer {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw tooLarge(limit)
        }
        do {
            return try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw tooLarge(limit)
        } catch {
            throw ProviderError(status: 400, code: "invalid_body", message: "The request body could not be read: \(error)")
        }
    }

    static func exchange(from body: ByteBuffer, request: Request, operation: APIOperation) throws(ProviderError) -> (json: JSONValue?, exchange: Exchange) {
        guard request.method == .post else { return (nil, Exchange(operation: operation)) }
        if let contentType = request.headers[.contentType], !contentType.lowercased().contains("json") {
            throw ProviderError(
                status: 400,
                code: "unsupported_content_type",
                message: "Expected a JSON body (Content-Type: application/json), got '\(contentType)'."
            )
        }
        guard body.readableBytes > 0 else {
            throw ProviderError(status: 400, code: "invalid_json", message: "The request body is empty; expected a JSON object.")
        }
        do {
            let json = try JSONValue.parse(body.readableBytesView)
            return (json, try ExchangeDecoder.decode(json, operation: operation))
        } catch let error as MalformedJSONError {
            throw ProviderError(status: 400, code: "invalid_json", message: error.description)
        } catch {
            throw ProviderError(status: 400, code: "invalid_request", message: "\(error)")
        }
    }

    private static func tooLarge(_ limit: Int) -> ProviderError {
        ProviderError(
            status: 413,
            code: "request_too_large",
            message: "The request body is larger than the \(ByteCount(limit)) this application may send."
        )
    }
}

/// Byte counts in the unit a person would use.
struct ByteCount: CustomStringConvertible {
    var bytes: Int
    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
