import Crypto
import Foundation
import PalisadeDetection
import PalisadeStore
import PalisadeTestSupport
import Testing

@Suite struct SQLiteRedactionVaultTests {
    private let scope = RedactionScope(applicationID: "app_1", conversationID: "conv-1")
    private let scratch = TemporaryDirectory("palisade-vault")
    private var directory: String { scratch.path }

    @Test func placeholdersAreStablePerScopeAndValuesAreEncryptedAtRest() async throws {
        let store = try SQLiteStore(directory: directory)
        let key = try VaultKey.load(file: directory + "/vault.key", environment: [:])
        let vault = store.redactionVault(key: key, retention: 3600)

        let first = try await vault.placeholder(for: "jane@example.org", label: "EMAIL", in: scope)
        let again = try await vault.placeholder(for: "jane@example.org", label: "EMAIL", in: scope)
        let second = try await vault.placeholder(for: "bob@example.net", label: "EMAIL", in: scope)
        let elsewhere = try await vault.placeholder(for: "bob@example.net", label: "EMAIL", in: RedactionScope(applicationID: "app_1", conversationID: "conv-2"))
        #expect(first == "[EMAIL_1]")
        #expect(again == first)
        #expect(second == "[EMAIL_2]")
        #expect(elsewhere == "[EMAIL_1]")
        #expect(try await vault.entries(in: scope) == ["[EMAIL_1]": "jane@example.org", "[EMAIL_2]": "bob@example.net"])

        let database = try Data(contentsOf: URL(fileURLWithPath: directory + "/palisade.sqlite"))
        let wal = (try? Data(contentsOf: URL(fileURLWithPath: directory + "/palisade.sqlite-wal"))) ?? Data()
        #expect(database.range(of: Data("jane@example.org".utf8)) == nil)
        #expect(wal.range(of: Data("jane@example.org".utf8)) == nil)
    }

    /// A text's values are placed in one call: repeats share a placeholder, each label counts on
    /// from what the conversation already holds, and thousands of values cost one transaction.
    @Test func aWholeTextIsPlacedInOneCall() async throws {
        let store = try SQLiteStore(directory: directory)
        let vault = store.redactionVault(key: try VaultKey.load(file: directory + "/vault.key", environment: [:]), retention: 3600)
        _ = try await vault.placeholder(for: "jane@example.org", label: "EMAIL", in: scope)
        let batch = try await vault.placeholders(for: [
            RedactionValue("bob@example.net", label: "EMAIL"), RedactionValue("+44 20 7946 0958", label: "PHONE"),
            RedactionValue("jane@example.org", label: "EMAIL"), RedactionValue("bob@example.net", label: "EMAIL"),
        ], in: scope)
        #expect(batch == ["[EMAIL_2]", "[PHONE_1]", "[EMAIL_1]", "[EMAIL_2]"])

        let many = (0..<5_000).map { RedactionValue("user\($0)@example.com", label: "EMAIL") }
        let placed = try await vault.placeholders(for: many, in: scope)
        #expect(placed.first == "[EMAIL_3]" && placed.last == "[EMAIL_5002]" && Set(placed).count == 5_000)
        #expect(try await vault.entries(in: scope)["[EMAIL_5002]"] == "user4999@example.com")
    }

    @Test func theKeyFileIsCreatedPrivateAndReused() throws {
        let file = directory + "/keys/vault.key"
        let created = try VaultKey.load(file: file, environment: [:])
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try VaultKey.load(file: file, environment: [:]).id == created.id)
        let fromEnvironment = try VaultKey.load(file: file, environment: [VaultKey.environmentVariable: Data(repeating: 7, count: 32).base64EncodedString()])
        #expect(fromEnvironment.id != created.id)
        #expect(throws: VaultKeyError.self) { try VaultKey.load(file: file, environment: [VaultKey.environmentVariable: "too-short"]) }
    }

    @Test func entriesOfAnotherKeyAreNotReadAndExpiredOnesAreGone() async throws {
        let store = try SQLiteStore(directory: directory)
        let old = store.redactionVault(key: VaultKey(key: SymmetricKey(size: .bits256)), retention: 3600)
        _ = try await old.placeholder(for: "4539 1488 0343 6467", label: "PAYMENT_CARD", in: scope)
        let rotated = store.redactionVault(key: VaultKey(key: SymmetricKey(size: .bits256)), retention: 3600)
        #expect(try await rotated.entries(in: scope).isEmpty)

        let shortLived = store.redactionVault(key: VaultKey(key: SymmetricKey(size: .bits256)), retention: 0.05)
        _ = try await shortLived.placeholder(for: "x@example.com", label: "EMAIL", in: scope)
        try await Task.sleep(for: .milliseconds(100))
        #expect(try await shortLived.entries(in: scope).isEmpty)
    }
}
