import Foundation
import Hummingbird
import PalisadeAccess
import PalisadeCore
import PalisadeStore

/// Applications, their keys, admin tokens and blocks: the levers of access control.
struct AccessAdminRoutes: Sendable {
    let store: any Store
    let clock: any AccessClock
    /// Called after a block changes, so admission sees it on the next request.
    let blocksChanged: @Sendable () async -> Void

    var routes: [AdminRoute] {
        [
            AdminRoute(.get, "/applications", .viewer, "List applications") { _, _ in
                try AdminJSON.response(try await store.applications())
            },
            AdminRoute(.post, "/applications", .admin, "Register an application (`{\"name\"}`)") { request, _ in
                let body = try await AdminJSON.decode(NameBody.self, from: request)
                guard try await store.application(named: body.name) == nil else {
                    throw AdminError(status: .conflict, code: "already_exists", message: "An application named '\(body.name)' already exists.")
                }
                return try AdminJSON.response(try await store.createApplication(named: body.name), status: .created)
            },
            AdminRoute(.get, "/applications/:application/keys", .viewer, "List an application's keys (never their secrets)") { _, call in
                let application = try await application(call)
                return try AdminJSON.response(try await store.keys(applicationID: application.id).map { KeyView($0, now: clock.now) })
            },
            AdminRoute(.post, "/applications/:application/keys", .admin, "Create a key; the answer shows its secret once") { request, call in
                let application = try await application(call)
                let options = try await AdminJSON.decode(KeyOptions.self, from: request)
                var (secret, key) = ApplicationKey.generate(for: application.id)
                key.limits = options.limits ?? KeyLimits()
                key.allowedModels = options.allowedModels ?? []
                key.expiresAt = options.expiresInSeconds.map { clock.now.addingTimeInterval($0) }
                try await store.addKey(key)
                return try AdminJSON.response(KeyView(key, secret: secret, now: clock.now), status: .created)
            },
            AdminRoute(.post, "/keys/:key/rotate", .admin, "Rotate a key: a new secret, the old one valid for `overlap_seconds` (default 86400)") { request, call in
                let options = try await AdminJSON.decode(RotateOptions.self, from: request)
                let rotated = try await store.rotateKey(id: try call.parameter("key"), overlap: options.overlapSeconds ?? 86_400, now: clock.now)
                return try AdminJSON.response(KeyView(rotated.key, secret: rotated.secret, now: clock.now), status: .created)
            },
            AdminRoute(.post, "/keys/:key/revoke", .admin, "Revoke a key now (`{\"reason\"}`)") { request, call in
                let body = try await AdminJSON.decode(ReasonBody.self, from: request)
                return try AdminJSON.response(KeyView(try await store.revokeKey(id: try call.parameter("key"), reason: body.reason), now: clock.now))
            },
            AdminRoute(.put, "/keys/:key/limits", .admin, "Set a key's limits, allowed models and expiry") { request, call in
                let id = try call.parameter("key")
                let options = try await AdminJSON.decode(KeyOptions.self, from: request)
                var key = try await store.setKeyLimits(id: id, limits: options.limits ?? KeyLimits(), allowedModels: options.allowedModels ?? [])
                if let seconds = options.expiresInSeconds {
                    key = try await store.setKeyExpiry(id: id, expiresAt: clock.now.addingTimeInterval(seconds))
                }
                return try AdminJSON.response(KeyView(key, now: clock.now))
            },
            AdminRoute(.get, "/admin-tokens", .admin, "List admin tokens") { _, _ in
                try AdminJSON.response(try await store.adminTokens().map { AdminTokenView($0) })
            },
            AdminRoute(.post, "/admin-tokens", .admin, "Create an admin token (`{\"name\", \"role\"}`); the answer shows it once") { request, _ in
                let body = try await AdminJSON.decode(AdminTokenBody.self, from: request)
                let created = try await store.createAdminToken(name: body.name, role: body.role)
                return try AdminJSON.response(AdminTokenView(created.token, secret: created.secret), status: .created)
            },
            AdminRoute(.delete, "/admin-tokens/:token", .admin, "Revoke an admin token") { _, call in
                try AdminJSON.response(AdminTokenView(try await store.revokeAdminToken(id: try call.parameter("token"))))
            },
            AdminRoute(.get, "/blocks", .viewer, "List active blocks") { _, _ in
                try AdminJSON.response(try await store.activeBlocks(at: clock.now).map(BlockView.init))
            },
            AdminRoute(.post, "/blocks", .responder, "Block a key, end user, IP or CIDR, or application (`{\"kind\", \"value\", \"reason\", \"expires_in_seconds\"}`)") { request, call in
                let body = try await AdminJSON.decode(BlockBody.self, from: request)
                let target = try await target(kind: body.kind, value: body.value)
                return try await addBlock(target, reason: body.reason, expiresIn: body.expiresInSeconds, by: call.principal)
            },
            AdminRoute(.delete, "/blocks/:block", .responder, "Lift a block") { _, call in
                try await store.liftBlock(id: try call.parameter("block"), liftedBy: call.principal.name)
                await blocksChanged()
                return Response(status: .noContent)
            },
            AdminRoute(.post, "/applications/:application/quarantine", .responder, "Quarantine an application: refuse all its traffic") { request, call in
                let application = try await application(call)
                let body = try await AdminJSON.decode(ReasonBody.self, from: request)
                return try await addBlock(.application(id: application.id), reason: body.reason, expiresIn: body.expiresInSeconds, by: call.principal)
            },
            AdminRoute(.delete, "/applications/:application/quarantine", .responder, "Lift an application's quarantine") { _, call in
                let application = try await application(call)
                try await lift(by: call.principal) { $0 == .application(id: application.id) }
                return Response(status: .noContent)
            },
            AdminRoute(.post, "/kill-switch", .responder, "Stop all model traffic through this gateway") { request, call in
                let body = try await AdminJSON.decode(ReasonBody.self, from: request)
                return try await addBlock(.global, reason: body.reason, expiresIn: body.expiresInSeconds, by: call.principal)
            },
            AdminRoute(.delete, "/kill-switch", .responder, "Let traffic flow again") { _, call in
                try await lift(by: call.principal) { $0 == .global }
                return Response(status: .noContent)
            },
        ]
    }

    private func application(_ call: AdminCall) async throws -> PalisadeCore.Application {
        let name = try call.parameter("application")
        if let application = try await store.application(named: name) { return application }
        if let application = try await store.application(id: name) { return application }
        throw AdminError.notFound("Application '\(name)'")
    }

    private func target(kind: String, value: String) async throws -> BlockTarget {
        switch kind {
        case "application":
            let named = try await store.application(named: value)
            let byID = named == nil ? try await store.application(id: value) : nil
            guard let application = named ?? byID else {
                throw AdminError.notFound("Application '\(value)'")
            }
            return .application(id: application.id)
        case "network":
            guard IPNetwork(value) != nil else { throw AdminError.invalid("'\(value)' is not an IP address or CIDR range (203.0.113.7, 203.0.113.0/24, 2001:db8::/32).") }
            return .network(value)
        default:
            guard let target = BlockTarget(kind: kind, value: value), kind == "global" || !value.isEmpty else {
                throw AdminError.invalid("`kind` must be key, end_user, network, application or global, with a `value` except for global.")
            }
            return target
        }
    }

    private func addBlock(_ target: BlockTarget, reason: String, expiresIn: Double?, by principal: AdminPrincipal) async throws -> Response {
        let block = try await store.addBlock(target: target, reason: reason, createdBy: principal.name, expiresAt: expiresIn.map { clock.now.addingTimeInterval($0) })
        await blocksChanged()
        return try AdminJSON.response(BlockView(block), status: .created)
    }

    private func lift(by principal: AdminPrincipal, where matches: (BlockTarget) -> Bool) async throws {
        for block in try await store.activeBlocks(at: clock.now) where matches(block.target) {
            try await store.liftBlock(id: block.id, liftedBy: principal.name)
        }
        await blocksChanged()
    }
}

private struct NameBody: Decodable {
    var name: String
}

private struct ReasonBody: Decodable {
    var reason: String
    var expiresInSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case reason
        case expiresInSeconds = "expires_in_seconds"
    }
}

private struct KeyOptions: Decodable {
    var limits: KeyLimits?
    var allowedModels: [String]?
    var expiresInSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case limits
        case allowedModels = "allowed_models"
        case expiresInSeconds = "expires_in_seconds"
    }
}

private struct RotateOptions: Decodable {
    var overlapSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case overlapSeconds = "overlap_seconds"
    }
}

private struct AdminTokenBody: Decodable {
    var name: String
    var role: AdminRole
}

private struct BlockBody: Decodable {
    var kind: String
    var value: String
    var reason: String
    var expiresInSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case kind, value, reason
        case expiresInSeconds = "expires_in_seconds"
    }
}
