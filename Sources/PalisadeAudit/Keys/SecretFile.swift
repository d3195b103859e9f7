import Foundation

/// Reads and creates the base64 files that hold audit secrets. A file that others can read
/// is refused rather than used: a leaked key silently voids the log's guarantees.
enum SecretFile {
    static func read(_ path: String, expectedBytes: Int, describing expected: String) throws(AuditError) -> Data {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { throw .unreadableKeyFile(path: path) }
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
        guard permissions & 0o077 == 0 else { throw .keyFileTooOpen(path: path, permissions: permissions) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .unreadableKeyFile(path: path) }
        return try decode(text, source: path, expectedBytes: expectedBytes, describing: expected)
    }

    static func decode(_ text: String, source: String, expectedBytes: Int, describing expected: String) throws(AuditError) -> Data {
        guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), bytes.count == expectedBytes else {
            throw .malformedKey(source: source, expected: expected)
        }
        return bytes
    }

    /// Writes `bytes` as base64 to a new file with mode 0600, creating its directory.
    static func create(_ path: String, bytes: Data) throws(AuditError) {
        try write(path, text: bytes.base64EncodedString() + "\n", permissions: 0o600)
    }

    static func write(_ path: String, text: String, permissions: Int) throws(AuditError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: permissions]) else {
            throw .cannotCreateKeyFile(path: path)
        }
    }
}
