import CryptoExtras
import Foundation
import JWTKit
import PalisadeAccess
import Testing

@Suite struct EndUserTokenVerifierTests {
    private struct Payload: JWTPayload {
        var iss: IssuerClaim?
        var aud: AudienceClaim?
        var sub: SubjectClaim?
        var exp: ExpirationClaim?
        var nbf: NotBeforeClaim?
        var email: String?

        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    private let clock = ManualClock(Date(timeIntervalSince1970: 1_750_000_000))
    private let issuer = "https://idp.example.com/"
    private let audience = "palisade-gateway"
    private let sharedSecret = "a shared secret of at least thirty-two bytes"

    private func payload(
        issuer: String? = nil,
        audience: AudienceClaim? = nil,
        subject: String? = "user-42",
        expiresIn: TimeInterval? = 600,
        notBeforeIn: TimeInterval? = nil,
        email: String? = nil
    ) -> Payload {
        Payload(
            iss: IssuerClaim(value: issuer ?? self.issuer),
            aud: audience ?? AudienceClaim(value: [self.audience]),
            sub: subject.map { SubjectClaim(value: $0) },
            exp: expiresIn.map { ExpirationClaim(value: clock.now.addingTimeInterval($0)) },
            nbf: notBeforeIn.map { NotBeforeClaim(value: clock.now.addingTimeInterval($0)) },
            email: email
        )
    }

    private func verifier(_ keys: EndUserTokenKeys, claim: String = "sub") async throws -> EndUserTokenVerifier {
        try await EndUserTokenVerifier(EndUserTokenConfiguration(issuer: issuer, audience: audience, claim: claim, keys: keys), clock: clock)
    }

    private func hmacSigner(_ secret: String) async -> JWTKeyCollection {
        await JWTKeyCollection().add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    }

    private func expect(_ verifier: EndUserTokenVerifier, _ token: String, throws expected: EndUserTokenError) async {
        await #expect(throws: expected) { try await verifier.verify(token) }
    }

    @Test func hs256TokensNameTheirSubject() async throws {
        let signer = await hmacSigner(sharedSecret)
        let verifier = try await verifier(.hmacSecret(sharedSecret))
        #expect(try await verifier.verify(try await signer.sign(payload())) == "user-42")
    }

    @Test func rs256TokensVerifyWithAPEMKeyOrAJWKS() async throws {
        let privateKey = try Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
        let signer = await JWTKeyCollection().add(rsa: privateKey, digestAlgorithm: .sha256, kid: "rsa-1")
        let token = try await signer.sign(payload())

        let fromPEM = try await verifier(.publicKeyPEM(privateKey.publicKey.pemRepresentation))
        #expect(try await fromPEM.verify(token) == "user-42")

        let (modulus, exponent) = try privateKey.publicKey.getKeyPrimitives()
        let jwks = #"{"keys": [{"kty": "RSA", "kid": "rsa-1", "alg": "RS256", "use": "sig", "n": "\#(modulus.base64URL)", "e": "\#(exponent.base64URL)"}]}"#
        let fromJWKS = try await verifier(.jwks(jwks))
        #expect(try await fromJWKS.verify(token) == "user-42")

        let otherKey = try Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
        let forged = try await JWTKeyCollection().add(rsa: otherKey, digestAlgorithm: .sha256, kid: "rsa-1").sign(payload())
        await expect(fromJWKS, forged, throws: .signatureInvalid)
        await expect(fromPEM, forged, throws: .signatureInvalid)
    }

    @Test func es256TokensVerifyWithAPEMKeyOrAJWKS() async throws {
        let privateKey = ES256PrivateKey()
        let signer = await JWTKeyCollection().add(ecdsa: privateKey, kid: "ec-1")
        let token = try await signer.sign(payload())

        #expect(try await verifier(.publicKeyPEM(privateKey.publicKey.pemRepresentation)).verify(token) == "user-42")
        let parameters = try #require(privateKey.publicKey.parameters)
        let jwks = #"{"keys": [{"kty": "EC", "crv": "P-256", "kid": "ec-1", "alg": "ES256", "x": "\#(parameters.x)", "y": "\#(parameters.y)"}]}"#
        #expect(try await verifier(.jwks(jwks)).verify(token) == "user-42")

        let forged = try await JWTKeyCollection().add(ecdsa: ES256PrivateKey(), kid: "ec-1").sign(payload())
        await expect(try await verifier(.jwks(jwks)), forged, throws: .signatureInvalid)
    }

    @Test func aTokenSignedWithAnotherSecretIsRefused() async throws {
        let verifier = try await verifier(.hmacSecret(sharedSecret))
        let forged = try await hmacSigner(String(sharedSecret.reversed())).sign(payload())
        await expect(verifier, forged, throws: .signatureInvalid)
    }

    @Test func theRSAPublicKeyUsedAsAnHMACSecretIsRefused() async throws {
        let privateKey = try Insecure.RSA.PrivateKey(backing: _RSA.Signing.PrivateKey(keySize: .bits2048))
        let pem = privateKey.publicKey.pemRepresentation
        let confused = try await hmacSigner(pem).sign(payload())
        await expect(try await verifier(.publicKeyPEM(pem)), confused, throws: .signatureInvalid)
    }

    @Test func unsignedTokensAreRefusedByName() async throws {
        let verifier = try await verifier(.hmacSecret(sharedSecret))
        let header = Data(#"{"alg":"none","typ":"JWT"}"#.utf8).base64URL
        let body = try Data(JSONEncoder().encode(payload())).base64URL
        await expect(verifier, "\(header).\(body).", throws: .unsigned)
        await expect(verifier, "\(header).\(body).c2lnbmF0dXJl", throws: .unsigned)
        let noneUpper = Data(#"{"alg":"NONE"}"#.utf8).base64URL
        await expect(verifier, "\(noneUpper).\(body).", throws: .unsigned)
    }

    @Test func expiredAndNotYetValidTokensAreRefused() async throws {
        let signer = await hmacSigner(sharedSecret)
        let verifier = try await verifier(.hmacSecret(sharedSecret))
        let expired = try await signer.sign(payload(expiresIn: -3_600))
        await expect(verifier, expired, throws: .expired(at: clock.now.addingTimeInterval(-3_600)))
        let early = try await signer.sign(payload(notBeforeIn: 3_600))
        await expect(verifier, early, throws: .notYetValid(until: clock.now.addingTimeInterval(3_600)))
        let undated = try await signer.sign(payload(expiresIn: nil))
        await expect(verifier, undated, throws: .missingClaim("exp"))

        let withinSkew = try await signer.sign(payload(expiresIn: -30, notBeforeIn: 30))
        #expect(try await verifier.verify(withinSkew) == "user-42")
        let token = try await signer.sign(payload(expiresIn: 600))
        clock.advance(by: 661)
        await expect(verifier, token, throws: .expired(at: clock.now.addingTimeInterval(-61)))
    }

    @Test func wrongIssuerAndAudienceAreRefused() async throws {
        let signer = await hmacSigner(sharedSecret)
        let verifier = try await verifier(.hmacSecret(sharedSecret))
        let otherIssuer = try await signer.sign(payload(issuer: "https://evil.example.com/"))
        await expect(verifier, otherIssuer, throws: .wrongIssuer(expected: issuer, found: "https://evil.example.com/"))
        let otherAudience = try await signer.sign(payload(audience: AudienceClaim(value: ["another-api"])))
        await expect(verifier, otherAudience, throws: .wrongAudience(expected: audience, found: ["another-api"]))
        let severalAudiences = try await signer.sign(payload(audience: AudienceClaim(value: ["another-api", audience])))
        #expect(try await verifier.verify(severalAudiences) == "user-42")
    }

    @Test func malformedTokensAreRefused() async throws {
        let verifier = try await verifier(.hmacSecret(sharedSecret))
        for token in ["", "abc", "a.b", "a.b.c.d", "!!!.e30.c2ln", "e30.e30.c2ln"] {
            await #expect {
                try await verifier.verify(token)
            } throws: { error in
                if case .malformed = error as? EndUserTokenError { return true }
                return false
            }
        }
    }

    @Test func theConfiguredClaimNamesTheUser() async throws {
        let signer = await hmacSigner(sharedSecret)
        let verifier = try await verifier(.hmacSecret(sharedSecret), claim: "email")
        #expect(try await verifier.verify(try await signer.sign(payload(email: "ada@example.com"))) == "ada@example.com")
        await expect(verifier, try await signer.sign(payload()), throws: .missingClaim("email"))
    }

    @Test func errorsSayWhichCheckFailed() {
        #expect("\(EndUserTokenError.expired(at: Date(timeIntervalSince1970: 0)))".contains("expired"))
        #expect("\(EndUserTokenError.wrongAudience(expected: "a", found: ["b"]))".contains("audience"))
        #expect("\(EndUserTokenError.unsigned)".contains("none"))
    }

    @Test func unusableKeysAreReportedAtConfiguration() async {
        await #expect {
            try await verifier(.hmacSecret("short"))
        } throws: { error in
            "\(error)".contains("32 bytes")
        }
        await #expect(throws: EndUserTokenError.self) { try await verifier(.publicKeyPEM("not a key")) }
        await #expect(throws: EndUserTokenError.self) { try await verifier(.jwks("{\"keys\": [{\"kty\": \"RSA\"}]}")) }
    }
}

extension Data {
    fileprivate var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
