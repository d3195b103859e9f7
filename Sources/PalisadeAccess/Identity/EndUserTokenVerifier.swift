import Foundation
import JWTKit
import Synchronization

/// Where the verifier gets the identity provider's keys.
public enum EndUserTokenKeys: Sendable {
    /// A JWKS document (the contents of the IdP's `jwks_uri`), keys chosen by `kid`.
    case jwks(String)
    /// An RSA or EC public key in PEM; RSA keys verify RS256.
    case publicKeyPEM(String)
    /// A shared secret for HS256, at least 32 bytes (RFC 7518 §3.2).
    case hmacSecret(String)
}

public struct EndUserTokenConfiguration: Sendable {
    public var issuer: String
    public var audience: String
    /// The claim that names the end user.
    public var claim: String
    public var keys: EndUserTokenKeys
    /// Tolerated difference between the IdP's clock and Palisade's.
    public var clockSkew: TimeInterval

    public init(issuer: String, audience: String, claim: String = "sub", keys: EndUserTokenKeys, clockSkew: TimeInterval = 60) {
        self.issuer = issuer
        self.audience = audience
        self.claim = claim
        self.keys = keys
        self.clockSkew = clockSkew
    }
}

/// Turns a JWT issued by the customer's identity provider into the end user it names.
///
/// The signature is checked by jwt-kit; the header's `alg` is read first only to refuse unsigned
/// (`none`) tokens by name. Issuer, audience, expiry (required) and not-before are checked here
/// against the injected clock, so each failure says which check failed.
public final class EndUserTokenVerifier: Sendable {
    /// Swapped whole when the identity provider's keys are refreshed, so a verification sees
    /// either the old set or the new one, never a mix.
    private let keys: Mutex<JWTKeyCollection>
    private let configuration: EndUserTokenConfiguration
    private let clock: any AccessClock

    public init(_ configuration: EndUserTokenConfiguration, clock: any AccessClock = SystemClock()) async throws(EndUserTokenError) {
        self.configuration = configuration
        self.clock = clock
        keys = Mutex(try await Self.collection(configuration.keys))
    }

    /// Replaces the keys, e.g. with a JWKS fetched again after the identity provider rotated its
    /// signing keys. Keys that fail to load leave the current ones in force.
    public func replaceKeys(_ keys: EndUserTokenKeys) async throws(EndUserTokenError) {
        let collection = try await Self.collection(keys)
        self.keys.withLock { $0 = collection }
    }

    private static func collection(_ source: EndUserTokenKeys) async throws(EndUserTokenError) -> JWTKeyCollection {
        let keys = JWTKeyCollection()
        do {
            switch source {
            case .jwks(let document):
                try await keys.add(jwksJSON: document)
            case .hmacSecret(let secret):
                guard secret.utf8.count >= 32 else {
                    throw EndUserTokenError.invalidKeys("an HS256 secret must be at least 32 bytes, this one has \(secret.utf8.count)")
                }
                await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
            case .publicKeyPEM(let pem):
                if let rsa = try? Insecure.RSA.PublicKey(pem: pem) {
                    await keys.add(rsa: rsa, digestAlgorithm: .sha256)
                } else if let p256 = try? ES256PublicKey(pem: pem) {
                    await keys.add(ecdsa: p256)
                } else if let p384 = try? ES384PublicKey(pem: pem) {
                    await keys.add(ecdsa: p384)
                } else {
                    await keys.add(ecdsa: try ES512PublicKey(pem: pem))
                }
            }
        } catch let error as EndUserTokenError {
            throw error
        } catch {
            throw .invalidKeys(String(describing: error))
        }
        return keys
    }

    /// The end user named by `token`'s configured claim.
    public func verify(_ token: String) async throws(EndUserTokenError) -> String {
        try Self.refuseUnsigned(token)
        let claims: EndUserClaims
        do {
            claims = try await keys.withLock { $0 }.verify(token, as: EndUserClaims.self)
        } catch let error as JWTError where error.errorType == .malformedToken {
            throw .malformed(error.reason ?? String(describing: error))
        } catch {
            throw .signatureInvalid
        }
        let now = clock.now
        guard claims.issuer == configuration.issuer else {
            throw .wrongIssuer(expected: configuration.issuer, found: claims.issuer)
        }
        guard claims.audiences.contains(configuration.audience) else {
            throw .wrongAudience(expected: configuration.audience, found: claims.audiences)
        }
        guard let expiresAt = claims.expiresAt else { throw .missingClaim("exp") }
        guard now.addingTimeInterval(-configuration.clockSkew) < expiresAt else { throw .expired(at: expiresAt) }
        if let notBefore = claims.notBefore, now.addingTimeInterval(configuration.clockSkew) < notBefore {
            throw .notYetValid(until: notBefore)
        }
        guard let user = claims.strings[configuration.claim], !user.isEmpty else {
            throw .missingClaim(configuration.claim)
        }
        return user
    }

    /// Reads the header without trusting it: three dot-separated parts, a JSON header, and an
    /// algorithm other than `none`.
    private static func refuseUnsigned(_ token: String) throws(EndUserTokenError) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed("a JWT has three dot-separated parts, this token has \(parts.count)") }
        guard let header = Data(base64URLEncoded: parts[0]),
              let fields = try? JSONSerialization.jsonObject(with: header) as? [String: Any]
        else {
            throw .malformed("the header is not base64url-encoded JSON")
        }
        guard let algorithm = fields["alg"] as? String else { throw .malformed("the header names no algorithm") }
        if algorithm.lowercased() == "none" || parts[2].isEmpty { throw .unsigned }
    }
}

/// Why an end-user token was refused, naming the check that failed.
public enum EndUserTokenError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidKeys(String)
    case malformed(String)
    case unsigned
    case signatureInvalid
    case wrongIssuer(expected: String, found: String?)
    case wrongAudience(expected: String, found: [String])
    case expired(at: Date)
    case notYetValid(until: Date)
    case missingClaim(String)

    public var description: String {
        switch self {
        case .invalidKeys(let reason):
            "The end-user token keys could not be loaded (\(reason)); configure a JWKS document, a PEM public key or an HMAC secret."
        case .malformed(let reason):
            "The end-user token is not a well-formed JWT: \(reason)."
        case .unsigned:
            "The end-user token is unsigned (alg 'none'); only signed tokens are accepted."
        case .signatureInvalid:
            "The end-user token's signature does not verify with the configured keys."
        case .wrongIssuer(let expected, let found):
            "The end-user token was issued by \(found.map { "'\($0)'" } ?? "no issuer"), not the configured issuer '\(expected)'."
        case .wrongAudience(let expected, let found):
            "The end-user token is meant for \(found.isEmpty ? "no audience" : found.map { "'\($0)'" }.joined(separator: ", ")), not the configured audience '\(expected)'."
        case .expired(let date):
            "The end-user token expired at \(date.formatted(.iso8601))."
        case .notYetValid(let date):
            "The end-user token is not valid before \(date.formatted(.iso8601))."
        case .missingClaim(let claim):
            "The end-user token has no '\(claim)' claim."
        }
    }
}

extension Data {
    fileprivate init?(base64URLEncoded text: Substring) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        self.init(base64Encoded: base64)
    }
}
