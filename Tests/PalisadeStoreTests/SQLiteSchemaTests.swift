import Foundation
import GRDB
import PalisadeCore
@testable import PalisadeStore
import PalisadeTestSupport
import Testing

@Suite struct SQLiteSchemaTests {
    private let scratch = TemporaryDirectory("palisade-schema")

    /// A database written before keys had limits opens with its keys intact and unlimited.
    @Test func keysFromBeforeLimitsAreBroughtForward() async throws {
        let directory = URL(fileURLWithPath: scratch.path)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("palisade.sqlite").path
        let (secret, key) = ApplicationKey.generate(for: "app_old")
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteSchema.migrator.migrate(queue, upTo: "v2: redaction vault")
            try await queue.write { db in
                try db.execute(sql: "INSERT INTO application (id, name, created_at) VALUES ('app_old', 'legacy', ?)", arguments: [Date()])
                try db.execute(
                    sql: "INSERT INTO application_key (id, application_id, hash, display_prefix, created_at) VALUES (?, 'app_old', ?, ?, ?)",
                    arguments: [key.id, key.hash, key.displayPrefix, key.createdAt]
                )
            }
        }
        let store = try SQLiteStore(path: path)
        let found = try #require(try await store.key(hash: ApplicationKey.hash(secret)))
        #expect(found.id == key.id)
        #expect(found.limits.isUnlimited)
        #expect(found.allowedModels.isEmpty)
        #expect(found.revokedReason == nil)
        #expect(try await store.adminTokens().isEmpty)
        #expect(try await store.activeBlocks(at: Date()).isEmpty)
    }
}
