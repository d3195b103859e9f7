import PalisadeCore
import PalisadeStore

/// Who is calling: the application a valid key belongs to, and that key.
public struct CallerIdentity: Sendable, Hashable {
    public var application: Application
    public var key: StoredKey
}
