import Foundation
import GRDB

/// Why the audit log could not do what was asked, worded for the person operating Palisade.
public enum AuditError: Error, Sendable, Hashable, CustomStringConvertible {
    case keyFileTooOpen(path: String, permissions: Int)
    case malformedKey(source: String, expected: String)
    case unreadableKeyFile(path: String)
    case cannotCreateKeyFile(path: String)
    /// A payload was sealed with a key the keyring does not hold.
    case unknownKey(keyID: String, eventID: String)
    case sealingKeyMissing(keyID: String, keyFile: String)
    /// A payload did not authenticate under the key its record names.
    case payloadUnreadable(eventID: String, keyID: String)
    case payloadAccessDenied
    case corruptDatabase(path: String, reason: String)
    case notAnAuditLog(path: String)
    case diskFull(path: String)
    case readOnly(path: String)
    case cannotOpen(path: String, reason: String)
    case unavailable(reason: String)
    case invalidCursor(String)
    /// A search filter's name or value was not understood.
    case invalidFilter(name: String, problem: String)
    /// The log has been shut down and accepts no more events.
    case closed

    public var description: String {
        switch self {
        case .keyFileTooOpen(let path, let permissions):
            "The key file \(path) is readable by others (mode \(String(permissions, radix: 8))); run `chmod 600 \(path)` and start again."
        case .malformedKey(let source, let expected):
            "The key in \(source) is not \(expected); generate a new one or restore the original file."
        case .unreadableKeyFile(let path):
            "Cannot read the key file \(path); check that it exists and that Palisade's user owns it."
        case .cannotCreateKeyFile(let path):
            "Cannot create the key file \(path); check that its directory exists and is writable."
        case .unknownKey(let keyID, let eventID):
            "Event \(eventID) was encrypted with audit key \(keyID), which is not in the keyring; add that retired key to the audit keyring directory to read it."
        case .sealingKeyMissing(let keyID, let keyFile):
            "The newest audit events are sealed with audit key \(keyID), which is neither the key in \(keyFile) (or PALISADE_AUDIT_KEY) nor a retired key; restore that key. To rotate keys, move the old key file into audit-keys-retired/ first. Palisade does not start with a key that cannot read its own log."
        case .payloadUnreadable(let eventID, let keyID):
            "The payload of event \(eventID) does not decrypt under audit key \(keyID): the record was altered or the key file holds a different key with a colliding id."
        case .payloadAccessDenied:
            "Reading payloads was not allowed for this query; free-text search and payload display need payload access."
        case .corruptDatabase(let path, let reason):
            "The audit database \(path) is damaged (\(reason)); restore it from a copy and run `palisade audit verify` on it."
        case .notAnAuditLog(let path):
            "\(path) is not a Palisade audit log (no audit tables); point the command at the audit.sqlite file of a data directory."
        case .diskFull(let path):
            "The disk holding the audit database \(path) is full; free space or purge old events, then retry."
        case .readOnly(let path):
            "The audit database \(path) is read-only; check the file's permissions and the mount."
        case .cannotOpen(let path, let reason):
            "Cannot open the audit database \(path): \(reason). Check that the data directory exists and is writable."
        case .unavailable(let reason):
            "The audit database is unavailable: \(reason)"
        case .invalidCursor(let cursor):
            "The page cursor '\(cursor)' is not one this log returned; start the search again without a cursor."
        case .invalidFilter(let name, let problem):
            "The filter '\(name)' \(problem)."
        case .closed:
            "The audit log has been shut down and accepts no more events."
        }
    }

    /// Maps a database failure to the error that tells the operator what to fix.
    static func database(_ error: any Error, path: String) -> AuditError {
        if let error = error as? AuditError { return error }
        guard let error = error as? DatabaseError else {
            return .unavailable(reason: (error as NSError).localizedDescription)
        }
        switch error.resultCode {
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corruptDatabase(path: path, reason: error.message ?? "\(error.resultCode)")
        default: return .unavailable(reason: error.message ?? error.description)
        }
    }
}
