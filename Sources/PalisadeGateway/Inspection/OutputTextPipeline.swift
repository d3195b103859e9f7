import PalisadeDetection
import PalisadePolicy

/// What one streamed output's text goes through on its way to the caller: the policy's stream
/// guard first, on the text as the model wrote it, then placeholder restoration, so the user's
/// own data given back to them never trips an output rule.
struct OutputTextPipeline: Sendable {
    var streamGuard: OutputStreamGuard?
    var restorer: PlaceholderRestorer?
    /// Set once the guard cut the output off; nothing more is released.
    private(set) var block: StreamBlock?

    var isActive: Bool { streamGuard != nil || restorer != nil }

    mutating func feed(_ text: String) -> String {
        guard block == nil else { return "" }
        var released = text
        if var current = streamGuard {
            let step = current.feed(text)
            streamGuard = current
            if let cut = step.block {
                block = cut
                return ""
            }
            released = step.text
        }
        if var current = restorer {
            released = current.restore(released)
            restorer = current
        }
        return released
    }

    mutating func finish() -> String {
        guard block == nil else { return "" }
        var released = ""
        if var current = streamGuard {
            let step = current.finish()
            streamGuard = current
            if let cut = step.block {
                block = cut
                return ""
            }
            released = step.text
        }
        if var current = restorer {
            released = current.restore(released) + current.finish()
            restorer = current
        }
        return released
    }
}
