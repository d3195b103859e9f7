import Foundation
import Synchronization

/// The policy in force, shared by every request. A reload validates the new file completely
/// before swapping it in under the lock, so requests see either the old policy or the new one,
/// never a mix, and a bad file leaves the old one in force.
public final class PolicyStore: Sendable {
    private let state: Mutex<PolicySet>
    private let vocabulary: FindingVocabulary

    public init(_ initial: PolicySet, vocabulary: FindingVocabulary = .policyEngine) {
        self.state = Mutex(initial)
        self.vocabulary = vocabulary
    }

    public var current: PolicySet {
        state.withLock { $0 }
    }

    /// Loads `url` and puts it in force, or keeps the current policy and says why not.
    @discardableResult
    public func reload(from url: URL) -> PolicyReload {
        do {
            let next = try PolicySet.load(contentsOf: url, vocabulary: vocabulary)
            let previous = state.withLock { current in
                defer { current = next }
                return current.version
            }
            return .applied(version: next.version, previousVersion: previous)
        } catch {
            return .rejected(error.problems)
        }
    }
}

/// The outcome of `PolicyStore.reload`.
public enum PolicyReload: Sendable, Hashable {
    case applied(version: String, previousVersion: String)
    /// The file is invalid; the previous policy stays in force.
    case rejected([PolicyProblem])
}
