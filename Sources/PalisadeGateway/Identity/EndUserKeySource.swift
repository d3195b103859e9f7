import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import PalisadeAccess
import ServiceLifecycle

/// Where the end-user tokens' keys come from, as configured: a JWKS fetched from the identity
/// provider's `jwks_uri`, a JWKS or PEM file, or a shared secret in the environment.
struct EndUserKeySource: Sendable {
    let settings: EndUserTokenSettings

    /// The keys as they stand now; a missing file, variable or unreachable URL stops start-up
    /// with what is missing.
    func load() async throws -> EndUserTokenKeys {
        if let url = settings.jwksURL { return .jwks(try await Self.fetch(url)) }
        if let file = settings.jwksFile { return .jwks(try String(contentsOfFile: file, encoding: .utf8)) }
        if let file = settings.publicKeyFile { return .publicKeyPEM(try String(contentsOfFile: file, encoding: .utf8)) }
        let variable = settings.hmacSecretVariable ?? ""
        guard let secret = ProcessInfo.processInfo.environment[variable], !secret.isEmpty else {
            throw ConfigurationError(source: "environment", key: "end_user_token.hmac_secret_env", message: "names \(variable), which is not set")
        }
        return .hmacSecret(secret)
    }

    static func fetch(_ url: String) async throws -> String {
        var request = HTTPClientRequest(url: url)
        request.headers.add(name: "accept", value: "application/json")
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            let body = try await response.body.collect(upTo: 1 << 20)
            guard response.status == .ok else {
                throw EndUserKeyFetchError(url: url, reason: "the identity provider answered \(response.status.code)")
            }
            return String(buffer: body)
        } catch let error as EndUserKeyFetchError {
            throw error
        } catch {
            throw EndUserKeyFetchError(url: url, reason: "\(error)")
        }
    }
}

struct EndUserKeyFetchError: Error, CustomStringConvertible {
    var url: String
    var reason: String

    var description: String { "Cannot fetch the end-user token keys from \(url): \(reason)." }
}

/// Fetches the JWKS again every `jwks_refresh`, so keys the identity provider rotates in are
/// accepted and keys it retires stop being accepted. A failed fetch keeps the keys in force.
struct EndUserKeyRefresher: Service {
    let source: EndUserKeySource
    let verifier: EndUserTokenVerifier
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await Task.sleep(for: source.settings.jwksRefresh)
            guard !Task.isCancelled, !Task.isShuttingDownGracefully else { return }
            do {
                try await verifier.replaceKeys(try await source.load())
            } catch {
                logger.error("Cannot refresh the end-user token keys; the previous keys stay in force", metadata: ["error": "\(error)"])
            }
        }
    }
}
