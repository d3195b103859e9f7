import PalisadeCore

/// URLs that carry a password (`postgres://app:s3cr3t@db:5432/prod`, `https://user:pw@host`,
/// `redis://:s3cr3t@cache:6379`).
/// Database schemes are reported as connection strings; the finding covers the password only, so
/// redaction keeps the rest of the URL readable.
public struct CredentialURLDetector: ByteScanningDetector {
    public let name = "secrets.url_credentials"
    private static let databaseSchemes: Set<String> = [
        "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps", "mssql",
        "sqlserver", "oracle", "clickhouse", "cassandra", "couchdb", "neo4j", "bolt", "db2", "cockroachdb", "snowflake", "jdbc:mysql",
        "jdbc:postgresql", "jdbc:sqlserver", "jdbc:oracle",
    ]

    private static let schemeSeparator = Trigger("://")

    public init() {}

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        text.scan(for: Self.schemeSeparator, into: &findings) { Self.credential(text, schemeEnd: $0) }
    }

    private static func credential(_ text: UTF8Text, schemeEnd: Int) -> Finding? {
        var schemeStart = schemeEnd
        while schemeStart > 0, schemeEnd - schemeStart < 24,
              text[schemeStart - 1].isAlnum || text[schemeStart - 1] == UInt8(ascii: "+") || text[schemeStart - 1] == UInt8(ascii: ":") {
            schemeStart -= 1
        }
        guard schemeStart < schemeEnd else { return nil }
        let userStart = schemeEnd + 3
        var cursor = userStart
        var colon = -1
        while cursor < text.count, cursor - userStart < 256 {
            let byte = text[cursor]
            if byte == UInt8(ascii: "@") { break }
            if byte.isSpace || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "<") { return nil }
            if byte == UInt8(ascii: ":"), colon < 0 { colon = cursor }
            cursor += 1
        }
        // `redis://:password@host` has no user name; a password alone must be longer.
        guard text.byte(at: cursor) == UInt8(ascii: "@"), colon >= userStart, colon + (colon == userStart ? 8 : 1) < cursor,
              text.byte(at: cursor + 1).isAlnum
        else { return nil }
        let user = userStart..<colon
        let password = (colon + 1)..<cursor
        guard !Placeholder.isPlaceholder(text, password), text.string(user) != text.string(password) else { return nil }
        let scheme = text.string(schemeStart..<schemeEnd).lowercased()
        let type = databaseSchemes.contains(scheme) ? SecretType.connectionString : SecretType.urlCredentials
        return Finding(.secret, type, .critical, confidence: 0.9, range: password, in: text)
    }
}
