import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PalisadeStore

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

extension AdminError {
    /// A store refusal as the status a caller can act on: an unknown id is a 404, a conflict a
    /// 409, only an unavailable database a 503.
    init(_ error: StoreError) {
        switch error {
        case .keyNotFound, .adminTokenNotFound, .blockNotFound:
            self.init(status: .notFound, code: "not_found", message: error.description)
        case .applicationExists, .keyNotUsable:
            self.init(status: .conflict, code: "conflict", message: error.description)
        case .cannotOpen, .unavailable:
            self.init(status: .serviceUnavailable, code: "store_unavailable", message: error.description)
        }
    }
}
