import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An admin API error: the status, a stable code scripts can branch on, and a message a person
/// can act on, as `{"error": {"code": …, "message": …}}`.
struct AdminError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String

    var response: Response {
        let body = ["error": ["code": code, "message": message]]
        let data = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func notFound(_ what: String) -> AdminError {
        AdminError(status: .notFound, code: "not_found", message: "\(what) does not exist.")
    }

    static func invalid(_ message: String) -> AdminError {
        AdminError(status: .badRequest, code: "invalid_request", message: message)
    }
}
