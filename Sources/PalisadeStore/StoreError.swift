/// Why the store could not do what was asked, worded for the person operating Palisade.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case applicationExists(name: String)
    case cannotOpen(path: String, reason: String)
    case unavailable(reason: String)
    case keyNotFound(id: String)
    case keyNotUsable(id: String)
    case adminTokenNotFound(id: String)
    case blockNotFound(id: String)

    public var description: String {
        switch self {
        case .applicationExists(let name):
            "An application named '\(name)' already exists; choose another name or create a key for it."
        case .cannotOpen(let path, let reason):
            "Cannot open the database at \(path): \(reason). Check that the data directory exists, is writable and is not used by another program."
        case .unavailable(let reason):
            "The database is unavailable: \(reason)"
        case .keyNotFound(let id):
            "No application key has the id '\(id)'; list an application's keys to find the id (ids start with 'key_', secrets with 'pal_')."
        case .keyNotUsable(let id):
            "The key '\(id)' is revoked or expired and cannot be rotated; create a new key for its application instead."
        case .adminTokenNotFound(let id):
            "No admin token has the id '\(id)'; list admin tokens to find the id (ids start with 'adm_')."
        case .blockNotFound(let id):
            "No active block has the id '\(id)'; it may have expired or been lifted already. List active blocks to find the id."
        }
    }
}
