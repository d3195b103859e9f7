import Foundation
import Logging
import PalisadeCore
import PalisadePolicy
import ServiceLifecycle
import UnixSignals

/// The policy file in force and its reloads: on `SIGHUP` and whenever the file changes on
/// disk. A reload swaps the whole policy atomically, so in-flight requests finish under the
/// policy they started with; a bad file is refused and the previous policy stays, with the
/// problems logged.
final class PolicyRuntime: Service, Sendable {
    let policies: PolicyStore
    let file: URL
    private let pollInterval: Duration
    private let logger: Logger
    /// The file's stamp when the policy in force was read: a change made before the watcher
    /// starts still counts as a change.
    private let loadedStamp: [String]

    /// Fails with every problem of the file when it is not a valid policy: start-up stops.
    init(file: String, pollInterval: Duration, logger: Logger) throws(PolicyValidationError) {
        self.file = URL(fileURLWithPath: file)
        loadedStamp = Self.stamp(of: self.file)
        policies = PolicyStore(try PolicySet.load(contentsOf: self.file, vocabulary: .gateway), vocabulary: .gateway)
        self.pollInterval = pollInterval
        self.logger = logger
    }

    var current: PolicySet { policies.current }

    func run() async throws {
        let signals = await UnixSignalsSequence(trapping: .sighup)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in signals {
                    self.reload(reason: "SIGHUP")
                }
            }
            group.addTask {
                var seen = self.loadedStamp
                while !Task.isCancelled {
                    try? await Task.sleep(for: self.pollInterval)
                    let stamp = Self.stamp(of: self.file)
                    if stamp != seen {
                        seen = stamp
                        self.reload(reason: "file changed")
                    }
                }
            }
            try? await gracefulShutdown()
            group.cancelAll()
        }
    }

    @discardableResult
    func reload(reason: String) -> PolicyReload {
        let outcome = policies.reload(from: file)
        switch outcome {
        case .applied(let version, let previous):
            logger.notice("Policy reloaded", metadata: ["reason": "\(reason)", "version": "\(version.prefix(12))", "previous": "\(previous.prefix(12))"])
        case .rejected(let problems):
            logger.error(
                "Policy file rejected; the previous policy stays in force",
                metadata: ["reason": "\(reason)", "problems": "\(problems.map(\.description).joined(separator: "; "))"]
            )
        }
        return outcome
    }

    private static func stamp(of file: URL) -> [String] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
        return ["\(attributes?[.modificationDate] ?? "")", "\(attributes?[.size] ?? "")"]
    }
}
