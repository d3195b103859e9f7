import PalisadeCore

/// Checks a streamed answer as it arrives. Text is released as soon as nothing in it can still
/// turn into a match: only the tail that might (an unclosed `![`, `[..](` or `<`, or the
/// unbroken run of characters at the end, which could still grow into a canary, a secret or a
/// URL) is held back, and never more than `maxHoldBytes`. Detectors run over that tail plus
/// the end of what was already released, so matches split across chunks are caught, and each
/// match is reported once.
///
/// Owned by the task relaying one stream; feed deltas in order, then call `finish()`.
public struct OutputStreamGuard: Sendable {
    public static let defaultMaxHoldBytes = 256

    private let policy: EffectivePolicy
    private let detectors: [any Detector]
    private let maxHoldBytes: Int
    /// Received and not yet released.
    private var pending: [UInt8] = []
    /// The end of the released text, kept as context for matches that straddle the boundary.
    private var releasedTail: [UInt8] = []
    /// Stream offset of `pending[0]`.
    private var releasedCount = 0
    /// Stream ranges to replace when released, with the type that names the placeholder.
    private var masks: [(range: Range<Int>, type: String)] = []
    /// Findings so far, with stream offsets: the basis of `decision`.
    private var findings: [Finding] = []
    /// The findings that reach into the current window, the only ones a new match can repeat.
    /// Searching all of `findings` instead made a long answer full of links quadratic.
    private var recentFindings: [(type: String, range: Range<Int>)] = []
    private var finished = false
    public private(set) var block: StreamBlock?
    /// The most bytes held back after any feed: what the guard cost in latency.
    public private(set) var maxHeldBytes = 0

    init(policy: EffectivePolicy, detectors: [any Detector], maxHoldBytes: Int) {
        self.policy = policy
        self.detectors = detectors
        self.maxHoldBytes = max(maxHoldBytes, 16)
    }

    /// Takes the next text delta; returns what may be sent on now, or the block.
    public mutating func feed(_ delta: String) -> StreamGuardStep {
        guard block == nil, !finished else { return StreamGuardStep() }
        pending += delta.utf8
        var step = inspect(final: false)
        guard step.block == nil else { return step }
        step.text = release(upTo: holdStart())
        maxHeldBytes = max(maxHeldBytes, pending.count)
        return step
    }

    /// The stream ended: a last check over the held tail, then the rest is released.
    public mutating func finish() -> StreamGuardStep {
        guard block == nil, !finished else { return StreamGuardStep() }
        finished = true
        var step = inspect(final: true)
        guard step.block == nil else { return step }
        step.text = release(upTo: pending.count)
        return step
    }

    /// The decision over everything found so far, for the record.
    public var decision: PolicyDecision {
        policy.decide(findings, direction: .output)
    }

    // MARK: Detection

    /// Runs the detectors over the window. Until the stream ends, a match that reaches into the
    /// word still being written is left for later: `https://exa` may yet become an allowed
    /// `https://example.com`, and the held tail guarantees it is not sent meanwhile.
    private mutating func inspect(final: Bool) -> StreamGuardStep {
        var window = releasedTail + pending
        var windowStart = releasedCount - releasedTail.count
        while let first = window.first, first & 0xC0 == 0x80 {
            window.removeFirst()
            windowStart += 1
        }
        let text = String(decoding: window, as: UTF8.self)
        let growingFrom = final ? Int.max : releasedCount + trailingTokenStart()
        recentFindings.removeAll { $0.range.upperBound <= windowStart }
        var step = StreamGuardStep()
        for detector in detectors {
            for found in detector.detect(in: text) {
                var finding = found
                finding.utf8Range = (found.utf8Range.lowerBound + windowStart)..<(found.utf8Range.upperBound + windowStart)
                finding.role = .assistant
                finding.direction = .output
                guard finding.utf8Range.upperBound <= growingFrom else { continue }
                guard !recentFindings.contains(where: { $0.type == finding.type && $0.range.overlaps(finding.utf8Range) }) else { continue }
                findings.append(finding)
                recentFindings.append((finding.type, finding.utf8Range))
                let (action, matches) = policy.judge(finding)
                step.matches += matches
                guard policy.mode == .enforce else { continue }
                if action == .block {
                    let rule = matches.first { $0.action == .block }
                    block = StreamBlock(
                        ruleID: rule?.ruleID ?? "", finding: finding, withheldBytes: pending.count,
                        errorCode: PolicyErrorCode.code(for: finding), message: policy.blockMessage
                    )
                    step.block = block
                    pending.removeAll()
                    return step
                }
                if action == .redact, finding.utf8Range.upperBound > releasedCount {
                    masks.append((max(finding.utf8Range.lowerBound, releasedCount)..<finding.utf8Range.upperBound, finding.type))
                }
            }
        }
        return step
    }

    // MARK: Holding back

    /// Where the unbroken run of characters at the end of `pending` begins.
    private func trailingTokenStart() -> Int {
        var start = pending.count
        while start > 0, pending[start - 1] > 0x20 { start -= 1 }
        return start
    }

    /// Where in `pending` the text that may still become a match begins.
    private func holdStart() -> Int {
        var start = trailingTokenStart()
        if let angle = pending.lastIndex(of: UInt8(ascii: "<")), !pending[angle...].contains(UInt8(ascii: ">")) {
            start = min(start, angle)
        }
        if let bracket = unclosedMarkdownStart() { start = min(start, bracket) }
        start = max(start, pending.count - maxHoldBytes)
        while start > 0, start < pending.count, pending[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The start of a markdown link or image whose target is not complete yet.
    private func unclosedMarkdownStart() -> Int? {
        guard let open = pending.lastIndex(of: UInt8(ascii: "[")) else { return nil }
        let start = open > 0 && pending[open - 1] == UInt8(ascii: "!") ? open - 1 : open
        guard let close = pending[open...].firstIndex(of: UInt8(ascii: "]")) else { return start }
        let next = close + 1
        guard next < pending.count else { return start }
        guard pending[next] == UInt8(ascii: "(") else { return nil }
        return pending[next...].contains(UInt8(ascii: ")")) ? nil : start
    }

    private mutating func release(upTo end: Int) -> String {
        guard end > 0 else { return "" }
        var output: [UInt8] = []
        output.reserveCapacity(end)
        for offset in 0..<end {
            let position = releasedCount + offset
            if let mask = masks.first(where: { $0.range.contains(position) }) {
                if position == mask.range.lowerBound { output += "[REDACTED:\(mask.type)]".utf8 }
            } else {
                output.append(pending[offset])
            }
        }
        releasedTail = Array((releasedTail + pending[..<end]).suffix(maxHoldBytes))
        pending.removeFirst(end)
        releasedCount += end
        masks.removeAll { $0.range.upperBound <= releasedCount }
        return String(decoding: output, as: UTF8.self)
    }
}

/// What one delta produced: text the gateway may send now, and rules that matched.
public struct StreamGuardStep: Sendable {
    public var text = ""
    public var matches: [PolicyRuleMatch] = []
    /// Set when the answer must be cut off; the gateway ends the stream with the policy error.
    public var block: StreamBlock?
}

/// Why a stream was cut off.
public struct StreamBlock: Sendable, Hashable {
    public var ruleID: String
    public var finding: Finding
    /// Bytes received but never sent to the client.
    public var withheldBytes: Int
    public var errorCode: String
    public var message: String
}
