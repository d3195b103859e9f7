import Foundation
import JWTKit
import NIOHTTP1
import PalisadeAccess
import PalisadeBench
import PalisadeCore
import PalisadeGateway
import PalisadeStore
import Testing

/// Rate limits, budgets, blocks, key lifecycle and end-user tokens as a caller and an operator
/// experience them, through a running gateway.
@Suite struct GatewayAdmissionTests {
    private static let chat = Bodies.chat(model: "sim-gpt")

    private static func send(_ endpoints: LocalDeployment.Endpoints, key: String?? = .none, user: String? = nil, model: String = "sim-gpt") async throws -> GatewayReply {
        try await endpoints.send("/v1/chat/completions", body: Bodies.chat(model: model), key: key, headers: user.map { [("X-Palisade-User", $0)] } ?? [])
    }

    /// Calls an admin route with a fresh token of `role`.
    private static func admin(_ endpoints: LocalDeployment.Endpoints, _ method: HTTPMethod, _ path: String, _ body: String? = nil, role: AdminRole = .admin) async throws -> GatewayReply {
        let token = try await endpoints.gateway.store.createAdminToken(name: "test-\(role.rawValue)", role: role).secret
        return try await endpoints.send("/admin/v1" + path, body: body, key: token, method: method)
    }

    private static func keyID(_ endpoints: LocalDeployment.Endpoints) async throws -> String {
        try #require(try await endpoints.gateway.store.keys(applicationID: endpoints.application.id).first).id
    }

    private static func errorCode(_ reply: GatewayReply) -> String? {
        reply.json?["error", "code"] as? String
    }

    // MARK: Rate limits

    @Test func aRequestLimitTripsAtItsThresholdAndRecoversAfterTheInterval() async throws {
        let clock = ManualClock()
        try await GatewayFixture.run(accessClock: clock, configure: { configuration, _ in
            configuration.limits.application = KeyLimits(requests: RateQuota(limit: 2, per: .seconds(1)))
        }) { endpoints in
            let first = try await Self.send(endpoints)
            #expect(first.status == 200)
            #expect(first.headers.first(name: "x-ratelimit-limit-requests") == "2")
            #expect(first.headers.first(name: "x-ratelimit-remaining-requests") == "1")
            #expect(try await Self.send(endpoints).status == 200)

            let refused = try await Self.send(endpoints)
            #expect(refused.status == 429)
            #expect(Self.errorCode(refused) == "rate_limit_exceeded")
            #expect(refused.json?["error", "type"] is String)
            #expect(refused.json?["error", "message"] is String)
            let retryAfter = try #require(refused.headers.first(name: "retry-after").flatMap(Int.init))
            #expect(retryAfter == 1)
            #expect(refused.headers.first(name: "x-ratelimit-remaining-requests") == "0")
            #expect(refused.headers.first(name: "x-ratelimit-reset-requests") != nil)

            clock.advance(by: Double(retryAfter) + 0.1)
            #expect(try await Self.send(endpoints).status == 200)
        }
    }

    @Test func aTokenLimitRefusesOnceTheTokensAreUsed() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in
            configuration.limits.application = KeyLimits(tokens: RateQuota(limit: 80, per: .seconds(60)))
        }) { endpoints in
            let first = try await Self.send(endpoints)
            #expect(first.status == 200)
            #expect(first.headers.first(name: "x-ratelimit-limit-tokens") == "80")
            var replies: [GatewayReply] = []
            for _ in 0..<4 { replies.append(try await Self.send(endpoints)) }
            let refused = try #require(replies.first { $0.status != 200 })
            #expect(refused.status == 429)
            #expect(Self.errorCode(refused) == "rate_limit_exceeded")
            #expect((refused.json?["error", "message"] as? String)?.contains("tokens") == true)
            #expect(refused.headers.first(name: "retry-after") != nil)
        }
    }

    /// An upstream that reports absurd usage once drove a token bucket so far into debt that the
    /// next refusal's reset time overflowed and the gateway trapped.
    @Test func absurdUsageFromTheUpstreamIsEstimatedInstead() async throws {
        let upstream = RecordingUpstream(reportedUsage: #"{"prompt_tokens":8.9e15,"completion_tokens":8.9e15}"#)
        try await upstream.run { port in
            try await GatewayFixture.run(configure: { configuration, _ in
                configuration.providers["openai"]?.baseURL = "http://127.0.0.1:\(port)/v1"
                configuration.limits.application = KeyLimits(tokens: RateQuota(limit: 100_000, per: .seconds(86_400)))
            }) { endpoints in
                for _ in 0..<3 { #expect(try await Self.send(endpoints).status == 200) }
                let records = try await endpoints.records()
                #expect(records.count == 3)
                #expect(records.allSatisfy { $0.usage.estimated && $0.usage.total < 1000 })
            }
        }
    }

    @Test func aConcurrencyLimitRefusesWhileARequestIsInFlight() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in
            configuration.limits.application = KeyLimits(concurrentRequests: 1)
        }) { endpoints in
            // The slow request (5 s upstream) must be admitted before the probe. On a loaded
            // machine it can still be queued after a second; then both pass one after the other
            // and the attempt is repeated. With the limit broken, every probe passes and the
            // test fails below.
            for _ in 0..<3 {
                async let slow = Self.send(endpoints, model: "sim-slow")
                try await Task.sleep(for: .seconds(1))
                let probe = try await Self.send(endpoints)
                guard probe.status == 429 else {
                    _ = try await slow
                    continue
                }
                #expect(Self.errorCode(probe) == "rate_limit_exceeded")
                #expect((probe.json?["error", "message"] as? String)?.contains("in flight") == true)
                #expect(try await slow.status == 200)
                #expect(try await Self.send(endpoints).status == 200)
                return
            }
            Issue.record("No request was refused while another was in flight.")
        }
    }

    @Test func anEndUserLimitCountsEachUserSeparately() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in
            configuration.limits.endUser = KeyLimits(requests: RateQuota(limit: 1, per: .seconds(60)))
        }) { endpoints in
            #expect(try await Self.send(endpoints, user: "alice").status == 200)
            let refused = try await Self.send(endpoints, user: "alice")
            #expect(refused.status == 429)
            #expect((refused.json?["error", "message"] as? String)?.contains("alice") == true)
            #expect(try await Self.send(endpoints, user: "bob").status == 200)
            #expect(try await Self.refusalsCounted(endpoints, scope: "end_user") == 1)
            #expect(try await Self.refusalsCounted(endpoints, scope: "application") == 0)
        }
    }

    @Test func aClientAddressLimitCountsRequestsFromOneAddress() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in
            configuration.limits.clientIP = KeyLimits(requests: RateQuota(limit: 1, per: .seconds(60)))
        }) { endpoints in
            #expect(try await Self.send(endpoints, user: "alice").status == 200)
            let refused = try await Self.send(endpoints, user: "bob")
            #expect(refused.status == 429)
            #expect((refused.json?["error", "message"] as? String)?.contains("127.0.0.1") == true)
            #expect(try await Self.refusalsCounted(endpoints, scope: "client_ip") == 1)
        }
    }

    // MARK: Budgets

    @Test func aHardBudgetRefusesOnceExpensiveRequestsHaveSpentIt() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in
            configuration.pricing["sim-*"] = PriceOverride(input: 1_000_000, output: 1_000_000)
            configuration.applications["test-app"] = ApplicationSettings(limits: KeyLimits(dailyBudget: CostBudget(soft: 1, hard: 5)))
        }) { endpoints in
            #expect(try await Self.send(endpoints).status == 200)
            let refused = try await Self.send(endpoints)
            #expect(refused.status == 429)
            #expect(Self.errorCode(refused) == "budget_exceeded")
            #expect(try await Self.refusalsCounted(endpoints, scope: "budget") == 1)
        }
    }

    @Test func aSpentBudgetStaysSpentAfterARestart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("palisade-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let deployment = try LocalDeployment(dataDirectory: directory, applicationName: "test-app", logger: GatewayFixture.logger)
        let configure: @Sendable (inout GatewayConfiguration, Int) -> Void = { configuration, _ in
            configuration.pricing["sim-*"] = PriceOverride(input: 1_000_000, output: 1_000_000)
            configuration.applications["test-app"] = ApplicationSettings(limits: KeyLimits(monthlyBudget: CostBudget(hard: 5)))
        }
        try await deployment.run(configure: configure) { (endpoints: LocalDeployment.Endpoints) async throws -> Void in
            #expect(try await Self.send(endpoints).status == 200)
            #expect(Self.errorCode(try await Self.send(endpoints)) == "budget_exceeded")
        }
        try await deployment.run(configure: configure) { (endpoints: LocalDeployment.Endpoints) async throws -> Void in
            let refused = try await Self.send(endpoints)
            #expect(refused.status == 429)
            #expect(Self.errorCode(refused) == "budget_exceeded")
        }
    }

    /// `palisade_rate_limit_refusals_total` for one scope, as Prometheus would scrape it.
    private static func refusalsCounted(_ endpoints: LocalDeployment.Endpoints, scope: String) async throws -> Double {
        let line = try await endpoints.metrics().split(separator: "\n").first { $0.hasPrefix("palisade_rate_limit_refusals_total{scope=\"\(scope)\"}") }
        return line.flatMap { $0.split(separator: " ").last }.flatMap { Double($0) } ?? 0
    }

    // MARK: Blocks

    @Test func eachKindOfBlockRefusesUntilLifted() async throws {
        try await GatewayFixture.run { endpoints in
            let keyID = try await Self.keyID(endpoints)
            let blocks: [(kind: String, value: String, user: String?, code: String)] = [
                ("key", keyID, nil, "blocked_key"),
                ("end_user", "mallory", "mallory", "blocked_end_user"),
                ("network", "127.0.0.0/8", nil, "blocked_network"),
                ("application", "test-app", nil, "blocked_application"),
            ]
            for block in blocks {
                let body = #"{"kind":"\#(block.kind)","value":"\#(block.value)","reason":"incident 42"}"#
                let created = try await Self.admin(endpoints, .POST, "/blocks", body, role: .responder)
                #expect(created.status == 201, "\(created.body)")
                let refused = try await Self.send(endpoints, user: block.user)
                #expect(refused.status == 403, "\(block.kind)")
                #expect(Self.errorCode(refused) == block.code)
                #expect((refused.json?["error", "message"] as? String)?.contains("incident 42") == true)

                let id = try #require(created.json?["id"] as? String)
                #expect(try await Self.admin(endpoints, .DELETE, "/blocks/\(id)", role: .responder).status == 204)
                #expect(try await Self.send(endpoints, user: block.user).status == 200, "\(block.kind) lifted")
            }
            #expect(try await Self.send(endpoints, user: "alice").status == 200)
        }
    }

    @Test func aQuarantineRefusesTheApplicationUntilLifted() async throws {
        try await GatewayFixture.run { endpoints in
            #expect(try await Self.admin(endpoints, .POST, "/applications/test-app/quarantine", #"{"reason":"leak"}"#, role: .responder).status == 201)
            let refused = try await Self.send(endpoints)
            #expect(Self.errorCode(refused) == "blocked_application")
            #expect(try await Self.admin(endpoints, .DELETE, "/applications/test-app/quarantine", role: .responder).status == 204)
            #expect(try await Self.send(endpoints).status == 200)
        }
    }

    @Test func anExpiringBlockStopsRefusingOnItsOwn() async throws {
        let clock = ManualClock(Date())
        try await GatewayFixture.run(accessClock: clock) { endpoints in
            let body = #"{"kind":"end_user","value":"eve","reason":"cool-off","expires_in_seconds":1}"#
            #expect(try await Self.admin(endpoints, .POST, "/blocks", body, role: .responder).status == 201)
            let refused = try await Self.send(endpoints, user: "eve")
            #expect(Self.errorCode(refused) == "blocked_end_user")
            #expect((refused.json?["error", "message"] as? String)?.contains("until") == true)
            clock.advance(by: 1.2)
            #expect(try await Self.send(endpoints, user: "eve").status == 200)
        }
    }

    @Test func theKillSwitchStopsAllTrafficUntilTurnedOff() async throws {
        try await GatewayFixture.run { endpoints in
            let otherApplication = try await Self.admin(endpoints, .POST, "/applications", #"{"name":"other-app"}"#)
            let otherID = try #require(otherApplication.json?["id"] as? String)
            let otherKey = try #require(try await Self.admin(endpoints, .POST, "/applications/\(otherID)/keys", "{}").json?["secret"] as? String)

            #expect(try await Self.admin(endpoints, .POST, "/kill-switch", #"{"reason":"provider compromised"}"#, role: .responder).status == 201)
            for key in [endpoints.key, otherKey] {
                let refused = try await Self.send(endpoints, key: key)
                #expect(refused.status == 403)
                #expect(Self.errorCode(refused) == "blocked_global")
            }
            #expect(try await endpoints.send("/v1/messages", body: Bodies.anthropicStream, anthropic: true).status == 403)

            #expect(try await Self.admin(endpoints, .DELETE, "/kill-switch", role: .responder).status == 204)
            for key in [endpoints.key, otherKey] {
                #expect(try await Self.send(endpoints, key: key).status == 200)
            }
        }
    }

    // MARK: Keys

    @Test func aRotatedKeyOverlapsWithItsReplacementThenStops() async throws {
        let clock = ManualClock(Date())
        try await GatewayFixture.run(accessClock: clock) { endpoints in
            let keyID = try await Self.keyID(endpoints)
            let rotated = try await Self.admin(endpoints, .POST, "/keys/\(keyID)/rotate", #"{"overlap_seconds":2}"#)
            #expect(rotated.status == 201)
            let newKey = try #require(rotated.json?["secret"] as? String)
            #expect(newKey != endpoints.key)

            #expect(try await Self.send(endpoints, key: newKey).status == 200)
            #expect(try await Self.send(endpoints, key: endpoints.key).status == 200)
            clock.advance(by: 2.2)
            let expired = try await Self.send(endpoints, key: endpoints.key)
            #expect(expired.status == 401)
            #expect(Self.errorCode(expired) == "invalid_api_key")
            #expect(try await Self.send(endpoints, key: newKey).status == 200)
        }
    }

    @Test func aRevokedKeyIsRefusedOnceItsCacheEntryExpires() async throws {
        try await GatewayFixture.run { endpoints in
            #expect(try await Self.send(endpoints).status == 200)
            let keyID = try await Self.keyID(endpoints)
            let revoked = try await Self.admin(endpoints, .POST, "/keys/\(keyID)/revoke", #"{"reason":"leaked"}"#)
            #expect(revoked.json?["state"] as? String == "revoked")
            try await Task.sleep(for: .milliseconds(5_200))
            let refused = try await Self.send(endpoints)
            #expect(refused.status == 401)
            #expect(Self.errorCode(refused) == "invalid_api_key")
        }
    }

    @Test func aKeyLimitedToSomeModelsIsRefusedOthers() async throws {
        try await GatewayFixture.run { endpoints in
            let created = try await Self.admin(endpoints, .POST, "/applications/test-app/keys", #"{"allowed_models":["sim-gpt-mini*"]}"#)
            let key = try #require(created.json?["secret"] as? String)
            let refused = try await Self.send(endpoints, key: key, model: "sim-gpt")
            #expect(refused.status == 403)
            #expect(Self.errorCode(refused) == "model_not_allowed_for_key")
            #expect(try await Self.send(endpoints, key: key, model: "sim-gpt-mini").status == 200)
        }
    }

    // MARK: End-user tokens

    private struct UserClaims: JWTPayload {
        var iss: IssuerClaim
        var aud: AudienceClaim
        var sub: SubjectClaim
        var exp: ExpirationClaim

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    private static let secretVariable = "PALISADE_GATEWAY_TEST_USER_TOKEN_SECRET"
    private static let secret = "a test secret of at least thirty-two bytes for HS256"

    private static func userToken(subject: String, expiresIn: TimeInterval = 600, secret: String = secret) async throws -> String {
        try await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256).sign(claims(subject: subject, expiresIn: expiresIn))
    }

    private static func claims(subject: String, expiresIn: TimeInterval = 600) -> UserClaims {
        UserClaims(
            iss: IssuerClaim(value: "https://idp.example.com/"), aud: AudienceClaim(value: ["palisade"]),
            sub: SubjectClaim(value: subject), exp: ExpirationClaim(value: Date().addingTimeInterval(expiresIn))
        )
    }

    /// A JWKS document publishing one P-256 key, as an identity provider's `jwks_uri` serves it.
    private static func jwks(_ key: ES256PrivateKey, kid: String) throws -> String {
        let parameters = try #require(key.publicKey.parameters)
        return #"{"keys": [{"kty": "EC", "crv": "P-256", "kid": "\#(kid)", "alg": "ES256", "use": "sig", "x": "\#(parameters.x)", "y": "\#(parameters.y)"}]}"#
    }

    @Test func keysFetchedFromTheIdentityProviderFollowItsRotation() async throws {
        let retiring = ES256PrivateKey(), rotatedIn = ES256PrivateKey()
        let identityProvider = CollectingReceiver()
        identityProvider.serve("/.well-known/jwks.json", try Self.jwks(retiring, kid: "2026-10"))
        try await identityProvider.run { port in
            try await GatewayFixture.run(configure: { configuration, _ in
                var settings = EndUserTokenSettings(issuer: "https://idp.example.com/", audience: "palisade")
                settings.jwksURL = "http://127.0.0.1:\(port)/.well-known/jwks.json"
                settings.jwksRefresh = .milliseconds(100)
                configuration.endUserToken = settings
            }) { endpoints in
                let header = "X-Palisade-User-Token"
                let old = try await JWTKeyCollection().add(ecdsa: retiring, kid: "2026-10").sign(Self.claims(subject: "user-old"))
                let new = try await JWTKeyCollection().add(ecdsa: rotatedIn, kid: "2026-11").sign(Self.claims(subject: "user-new"))
                #expect(try await endpoints.send("/v1/chat/completions", body: Self.chat, headers: [(header, old)]).status == 200)
                #expect(try await endpoints.send("/v1/chat/completions", body: Self.chat, headers: [(header, new)]).status == 401)

                identityProvider.serve("/.well-known/jwks.json", try Self.jwks(rotatedIn, kid: "2026-11"))
                var status = 401
                for _ in 0..<100 where status != 200 {
                    try await Task.sleep(for: .milliseconds(100))
                    status = try await endpoints.send("/v1/chat/completions", body: Self.chat, headers: [(header, new)]).status
                }
                #expect(status == 200, "the rotated-in key is accepted once the JWKS is fetched again")
                #expect(try await endpoints.send("/v1/chat/completions", body: Self.chat, headers: [(header, old)]).status == 401)
                #expect(try await endpoints.records().contains { $0.endUser == "user-new" })
            }
        }
    }

    @Test func aVerifiedEndUserTokenNamesTheUserAndForgedOrExpiredOnesAreRefused() async throws {
        setenv(Self.secretVariable, Self.secret, 1)
        try await GatewayFixture.run(configure: { configuration, _ in
            var settings = EndUserTokenSettings(issuer: "https://idp.example.com/", audience: "palisade")
            settings.hmacSecretVariable = Self.secretVariable
            configuration.endUserToken = settings
        }) { endpoints in
            let header = "X-Palisade-User-Token"
            let valid = try await Self.userToken(subject: "user-42")
            let accepted = try await endpoints.send("/v1/chat/completions", body: Self.chat, headers: [(header, valid), ("X-Palisade-User", "claimed-by-header")])
            #expect(accepted.status == 200)
            #expect(try await endpoints.records().first?.endUser == "user-42")

            let forged = try await Self.userToken(subject: "admin", secret: String(Self.secret.reversed()))
            let expired = try await Self.userToken(subject: "user-42", expiresIn: -3_600)
            for token in [forged, expired, "not-a-jwt"] {
                let refused = try await endpoints.send("/v1/chat/completions", body: Self.chat, headers: [(header, token)])
                #expect(refused.status == 401)
                #expect(Self.errorCode(refused) == "invalid_user_token")
            }
        }
    }
}
