import Hummingbird
import Logging
import PalisadeCore
import PalisadeStore

/// The admin API under `/admin/v1/`: every route authenticated with an admin token and allowed
/// only to its least role and those above it. Refusals and every change are logged with who
/// made them.
struct AdminAPI: Sendable {
    let authenticator: AdminAuthenticator
    let routes: [AdminRoute]
    let logger: Logger

    func add(to router: Router<GatewayRequestContext>) {
        for route in routes {
            router.on(RouterPath(route.fullPath), method: route.method) { request, context in
                await handle(request, context: context, route: route)
            }
        }
    }

    private func handle(_ request: Request, context: GatewayRequestContext, route: AdminRoute) async -> Response {
        let principal: AdminPrincipal
        do {
            principal = try await authenticator.authenticate(request.headers)
        } catch {
            logger.notice("Admin call refused", metadata: ["route": "\(route.method) \(route.fullPath)", "code": "\(error.code)", "client_ip": "\(context.clientIP ?? "")"])
            return error.response
        }
        guard principal.role >= route.minimumRole else {
            logger.notice("Admin call refused", metadata: ["route": "\(route.method) \(route.fullPath)", "admin": "\(principal.name)", "role": "\(principal.role.rawValue)"])
            return AdminError(
                status: .forbidden, code: "insufficient_role",
                message: "\(route.method) \(route.fullPath) needs the \(route.minimumRole.rawValue) role or above; this token has \(principal.role.rawValue)."
            ).response
        }
        do {
            let response = try await route.handler(request, AdminCall(principal: principal, context: context))
            if route.method != .get {
                logger.info("Admin change", metadata: ["route": "\(route.method) \(request.uri.path)", "admin": "\(principal.name)", "status": "\(response.status.code)"])
            }
            return response
        } catch let error as AdminError {
            return error.response
        } catch let error as StoreError {
            return AdminError(error).response
        } catch let error as HTTPError {
            return AdminError(status: error.status, code: "http_\(error.status.code)", message: error.body ?? error.status.reasonPhrase).response
        } catch {
            logger.error("Admin call failed", metadata: ["route": "\(route.method) \(route.fullPath)", "error": "\(error)"])
            return AdminError(status: .internalServerError, code: "internal_error", message: "\(error)").response
        }
    }
}
