import PalisadeCore
import Testing
@testable import PalisadeDetection

@Suite struct SecretDetectionTests {
    @Test func githubTokenWithExactLength() {
        let token = "ghp_" + "R2d2C3poX8wingQ7falconT1eF1ghter9Zk1"
        #expect(detected("export GH=\(token)").contains { $0.type == SecretType.githubToken && $0.value == token })
        #expect(!detected("export GH=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").contains { $0.type == SecretType.githubToken })
    }

    @Test func awsAccessKeyRejectsDocumentationExample() {
        #expect(detected("aws_access_key_id = AKIA4PQ7ZRT2MW9XKV3N").contains { $0.type == SecretType.awsAccessKey })
        #expect(!detected("aws_access_key_id = AKIAIOSFODNN7EXAMPLE").contains { $0.type == SecretType.awsAccessKey })
    }

    @Test func privateKeyBlockIsCoveredWhole() {
        let key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----"
        let found = detected("here:\n\(key)\nthanks")
        #expect(found.contains { $0.type == SecretType.privateKey && $0.value == key })
        #expect(detected("-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----").isEmpty)
    }

    @Test func jwtHeaderMustDecode() {
        let jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJlLWJ5dGVzLWhlcmU"
        #expect(detected("Authorization: Bearer \(jwt)").contains { $0.value.contains(jwt) })
        #expect(!detected("eyJub3QiOiJhIHRva2Vu.eyJzdWIiOiJ1c2VyLTQyIn0").contains { $0.type == SecretType.jwt })
    }

    @Test func passwordInConnectionStringCoversPasswordOnly() {
        let found = detected("DATABASE_URL=postgres://app:Wq8v-Zt3pL@db.internal:5432/prod")
        #expect(found.contains { $0.type == SecretType.connectionString && $0.value == "Wq8v-Zt3pL" })
    }

    @Test func keywordAssignmentsAndPlaceholders() {
        #expect(detected("db_password = \"Tr0ub4dor&3x\"").contains { $0.type == SecretType.password && $0.value == "Tr0ub4dor&3x" })
        #expect(detected("password = \"${DB_PASSWORD}\"").filter { $0.type == SecretType.password }.isEmpty)
        #expect(detected("api_key: <your-key>").filter { $0.type == SecretType.genericSecret }.isEmpty)
        #expect(detected("password: changeme").filter { $0.type == SecretType.password }.isEmpty)
    }

    @Test func slackAndStripeTokens() {
        #expect(detected("SLACK=xoxb-2750382951-8392016455-pQ7vN2mKx9LsT4wRy6ZbEa3D").contains { $0.type == SecretType.slackToken })
        #expect(detected("key sk_live_4eC39HqLyjWDarjtT1zdp7dc0").contains { $0.type == SecretType.stripeKey })
        #expect(CompositeDetector.secrets().detect(in: "key pk_live_4eC39HqLyjWDarjtT1zdp7dc0").isEmpty)
    }
}
