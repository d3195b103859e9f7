import Crypto
import Foundation
import PalisadeAudit
import PalisadeTestSupport
import Testing

@Suite struct AuditKeyTests {
    private let scratch = TemporaryDirectory("palisade-audit-keys")
    private var directory: String { scratch.path }

    @Test func theKeyFileIsCreatedPrivateAndReused() throws {
        let file = directory + "/audit.key"
        let created = try AuditKeyring.load(keyFile: file, environment: [:])
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        #expect(try AuditKeyring.load(keyFile: file, environment: [:]).current.id == created.current.id)
        #expect(created.current.id.count == 8)
    }

    @Test func theEnvironmentKeyWinsAndMustBe32Bytes() throws {
        let file = directory + "/audit.key"
        let fromFile = try AuditKeyring.load(keyFile: file, environment: [:])
        let fromEnvironment = try AuditKeyring.load(
            keyFile: file, environment: [AuditKeyring.environmentVariable: Data(repeating: 7, count: 32).base64EncodedString()]
        )
        #expect(fromEnvironment.current.id != fromFile.current.id)
        #expect(throws: AuditError.malformedKey(source: AuditKeyring.environmentVariable, expected: "32 bytes of base64 (generate one with `openssl rand -base64 32`)")) {
            try AuditKeyring.load(keyFile: file, environment: [AuditKeyring.environmentVariable: Data(count: 16).base64EncodedString()])
        }
    }

    @Test func aKeyFileOthersCanReadIsRefused() throws {
        let file = directory + "/audit.key"
        _ = try AuditKeyring.load(keyFile: file, environment: [:])
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(throws: AuditError.keyFileTooOpen(path: file, permissions: 0o644)) { try AuditKeyring.load(keyFile: file, environment: [:]) }
    }

    @Test func aKeyFileOfTheWrongLengthIsRefused() throws {
        let file = directory + "/audit.key"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: file, contents: Data(Data(count: 31).base64EncodedString().utf8), attributes: [.posixPermissions: 0o600]))
        #expect {
            try AuditKeyring.load(keyFile: file, environment: [:])
        } throws: { error in
            if case .malformedKey(let source, _) = error as? AuditError { return source == file }
            return false
        }
    }

    @Test func retiredKeysAreLoadedFromTheirDirectory() throws {
        let retiredDirectory = directory + "/retired"
        let old = try AuditKeyring.load(keyFile: retiredDirectory + "/2025.key", environment: [:])
        let keyring = try AuditKeyring.load(keyFile: directory + "/audit.key", retiredDirectory: retiredDirectory, environment: [:])
        #expect(keyring.current.id != old.current.id)
        #expect(try AuditKeyring.load(keyFile: retiredDirectory + "/2025.key", environment: [:]).current.id == old.current.id)
    }

    @Test func theSigningKeyIsGeneratedOnceAndItsPublicHalfExported() throws {
        let file = directory + "/audit-signing.key"
        let publicFile = directory + "/audit-signing.pub"
        let key = try AuditSigningKey.load(file: file, publicKeyFile: publicFile)
        let again = try AuditSigningKey.load(file: file, publicKeyFile: publicFile)
        #expect(again.id == key.id)
        #expect(try AuditSigningKey.publicKey(file: publicFile).rawRepresentation == key.publicKey.rawRepresentation)
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
    }
}
