import Foundation
import HTTPTypes
import NIOHTTP1
import PalisadeBench
import PalisadeCore
@testable import PalisadeGateway
import PalisadeStore
import Testing

/// Who may call which admin route, through a running gateway, for every route it registers.
@Suite struct GatewayAdminTests {
    /// The gateway's own admin route list, as it registers it.
    private static func routes(of endpoints: LocalDeployment.Endpoints) -> [AdminRoute] {
        endpoints.gateway.adminRoutes(blocksChanged: {})
    }

    /// The route's path with every `:parameter` replaced by an id that names nothing.
    private static func concretePath(_ route: AdminRoute) -> String {
        route.fullPath.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(":") ? "missing-\($0.dropFirst())" : String($0) }
            .joined(separator: "/")
    }

    private static func call(_ route: AdminRoute, token: String??, on endpoints: LocalDeployment.Endpoints) async throws -> GatewayReply {
        try await endpoints.send(Self.concretePath(route), body: nil, key: token, method: HTTPMethod(rawValue: route.method.rawValue))
    }

    @Test func everyRouteRefusesRolesBelowItsLeastRoleAndServesTheRest() async throws {
        try await GatewayFixture.run { endpoints in
            var tokens: [AdminRole: String] = [:]
            for role in AdminRole.allCases {
                tokens[role] = try await endpoints.gateway.store.createAdminToken(name: "matrix-\(role.rawValue)", role: role).secret
            }
            let routes = Self.routes(of: endpoints)
            #expect(routes.count >= 17)
            for route in routes {
                for role in AdminRole.allCases {
                    let reply = try await Self.call(route, token: tokens[role], on: endpoints)
                    let label = "\(route.method) \(route.fullPath) as \(role.rawValue): \(reply.status) \(reply.body)"
                    if role < route.minimumRole {
                        #expect(reply.status == 403, "\(label)")
                        #expect(reply.json?["error", "code"] as? String == "insufficient_role", "\(label)")
                    } else {
                        // Missing bodies and ids that name nothing answer 400 or 404; never a refusal, never a crash.
                        #expect(![401, 403].contains(reply.status) && reply.status < 500, "\(label)")
                    }
                }
            }
        }
    }

    @Test func callsWithoutAValidAdminTokenAreUnauthorizedOnEveryRoute() async throws {
        try await GatewayFixture.run { endpoints in
            for route in Self.routes(of: endpoints) {
                let missing = try await Self.call(route, token: .some(nil), on: endpoints)
                #expect(missing.status == 401, "\(route.method) \(route.fullPath) without a token")
                #expect(missing.json?["error", "code"] as? String == "missing_admin_token")

                let wrong = try await Self.call(route, token: "padm_notARealTokenButShapedLikeOne0123456789", on: endpoints)
                #expect(wrong.status == 401, "\(route.method) \(route.fullPath) with a wrong token")
                #expect(wrong.json?["error", "code"] as? String == "invalid_admin_token")

                let applicationKey = try await Self.call(route, token: endpoints.key, on: endpoints)
                #expect(applicationKey.status == 401, "\(route.method) \(route.fullPath) with an application key")
            }
        }
    }

    @Test func aRevokedAdminTokenStopsWorkingOnceItsCacheEntryExpires() async throws {
        try await GatewayFixture.run { endpoints in
            let created = try await endpoints.gateway.store.createAdminToken(name: "leaving", role: .admin)
            #expect(try await endpoints.send("/admin/v1/applications", body: nil, key: created.secret, method: .GET).status == 200)

            _ = try await endpoints.gateway.store.revokeAdminToken(id: created.token.id)
            try await Task.sleep(for: .milliseconds(2_200))

            let reply = try await endpoints.send("/admin/v1/applications", body: nil, key: created.secret, method: .GET)
            #expect(reply.status == 401)
            #expect(reply.json?["error", "code"] as? String == "invalid_admin_token")
        }
    }

    @Test func anUnknownIdIsNotFoundRatherThanAServerError() async throws {
        try await GatewayFixture.run { endpoints in
            let token = try await endpoints.gateway.store.createAdminToken(name: "ops", role: .admin).secret
            let revoke = try await endpoints.send("/admin/v1/keys/key_doesNotExist/revoke", body: #"{"reason":"test"}"#, key: token)
            #expect(revoke.status == 404)
            #expect((revoke.json?["error", "message"] as? String)?.contains("key_doesNotExist") == true)
            #expect(try await endpoints.send("/admin/v1/blocks/blk_doesNotExist", body: nil, key: token, method: .DELETE).status == 404)
            #expect(try await endpoints.send("/admin/v1/admin-tokens/adm_doesNotExist", body: nil, key: token, method: .DELETE).status == 404)
        }
    }

    /// The README's admin route table, row by row: method, path and the roles allowed.
    private static func documentedRoutes() throws -> [String] {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let document = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        return document.split(separator: "\n").compactMap { line -> String? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "") }
            guard cells.count >= 5, methods.contains(cells[1]) else { return nil }
            return "\(cells[1]) \(cells[2]) \(cells[3])"
        }
    }

    @Test func theDocumentedRouteTableIsExactlyTheRegisteredRoutes() async throws {
        let documented = try Self.documentedRoutes()
        try await GatewayFixture.run { endpoints in
            let registered = Self.routes(of: endpoints).map { route in
                let allowed = AdminRole.allCases.filter { $0 >= route.minimumRole }.map(\.rawValue).joined(separator: ", ")
                return "\(route.method.rawValue) \(route.fullPath) \(allowed)"
            }
            #expect(documented == registered, "the README's admin route table must list the gateway's admin routes in order, with the roles allowed")
        }
    }
}
