import HTTPTypes
import Hummingbird
import PalisadeCore

/// One admin endpoint and the least role that may call it. The gateway registers exactly these,
/// the README's route table lists exactly these, and a test calls each with every role.
struct AdminRoute: Sendable {
    typealias Handler = @Sendable (Request, AdminCall) async throws -> Response

    let method: HTTPRequest.Method
    /// Below `/admin/v1`, in Hummingbird's syntax (`/keys/:id/revoke`).
    let path: String
    let minimumRole: AdminRole
    let summary: String
    let handler: Handler

    init(_ method: HTTPRequest.Method, _ path: String, _ minimumRole: AdminRole, _ summary: String, handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.minimumRole = minimumRole
        self.summary = summary
        self.handler = handler
    }

    static let prefix = "/admin/v1"

    var fullPath: String { Self.prefix + path }
}

/// What an admin handler knows about its call: who made it and the route parameters.
struct AdminCall: Sendable {
    let principal: AdminPrincipal
    let context: GatewayRequestContext

    func parameter(_ name: String) throws -> String {
        guard let value = context.parameters.get(name) else {
            throw AdminError(status: .badRequest, code: "missing_parameter", message: "The path needs a value for :\(name).")
        }
        return value
    }
}

/// An authenticated admin: a named credential with a role.
struct AdminPrincipal: Sendable, Hashable {
    var id: String
    var name: String
    var role: AdminRole
}
