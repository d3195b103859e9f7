/// Why the store could not do what was asked, worded for the person operating Palisade.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case applicationExists(name: String)
    case cannotOpen(path: String, reason: String)
    case unavailable(reason: String)

    public var description: String {
        switch self {
        case .applicationExists(let name):
            "An application named '\(name)' already exists; choose another name or create a key for it."
        case .cannotOpen(let path, let reason):
            "Cannot open the database at \(path): \(reason). Check that the data directory exists, is writable and is not used by another program."
        case .unavailable(let reason):
            "The database is unavailable: \(reason)"
        }
    }
}
