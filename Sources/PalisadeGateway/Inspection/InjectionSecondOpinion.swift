import Foundation
import Logging
import PalisadeCore
import PalisadeTelemetry
import Synchronization

/// Settles the injection findings the classifier is unsure about by asking a judging LLM.
///
/// The classifier reports everything from the `strict` threshold up; findings at or above `low`
/// stand on their own, those in between go to the judge, which keeps (`ATTACK`) or clears
/// (`BENIGN`) them. Without a verdict (failure, timeout, rate limit) the classifier decides at
/// the configured sensitivity, as it would with no judge, so the judge can only refine.
final class InjectionSecondOpinion: Sendable {
    private struct Window {
        var started: ContinuousClock.Instant
        var calls: Int
    }

    let judge: SecondOpinionJudge
    /// Scores the judge is asked about: from the `strict` threshold up to `low`.
    let uncertain: Range<Double>
    /// The configured sensitivity's threshold, which decides when the judge gives no verdict.
    let threshold: Double
    private let metrics: GatewayMetrics
    private let logger: Logger
    private let window = Mutex(Window(started: .now, calls: 0))

    /// Findings of one request beyond this many are decided by the classifier alone, so one
    /// request cannot spend the minute's calls.
    static let maximumQuestionsPerRequest = 4

    init(judge: SecondOpinionJudge, uncertain: Range<Double>, threshold: Double, metrics: GatewayMetrics, logger: Logger) {
        self.judge = judge
        self.uncertain = uncertain
        self.threshold = threshold
        self.metrics = metrics
        self.logger = logger
    }

    func review(_ findings: [Finding], in exchange: Exchange) async -> [Finding] {
        let questions = findings.indices
            .filter { findings[$0].kind.isInjectionAttempt && uncertain.contains(findings[$0].confidence) }
            .sorted { findings[$0].confidence > findings[$1].confidence }
            .prefix(Self.maximumQuestionsPerRequest)
        guard !questions.isEmpty else { return findings.filter { !$0.kind.isInjectionAttempt || $0.confidence >= threshold } }
        let texts = Dictionary(exchange.segments.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        let verdicts = await withTaskGroup(of: (Int, SecondOpinionJudge.Verdict?).self) { group in
            for index in questions {
                let finding = findings[index]
                guard let text = texts[finding.path ?? ""] else { continue }
                guard takeCall() else {
                    metrics.recordSecondOpinion(.overLimit)
                    continue
                }
                group.addTask { (index, await self.ask(about: Self.excerpt(of: text, around: finding.utf8Range))) }
            }
            var verdicts: [Int: SecondOpinionJudge.Verdict] = [:]
            for await (index, verdict) in group { verdicts[index] = verdict }
            return verdicts
        }
        return findings.indices.compactMap { index in
            var finding = findings[index]
            guard finding.kind.isInjectionAttempt else { return finding }
            switch verdicts[index] {
            case .attack:
                finding.evidence += " [second opinion of \(judge.settings.model): attack]"
                return finding
            case .benign:
                logger.info("Injection finding cleared by the second opinion", metadata: [
                    "path": "\(finding.path ?? "")", "score": "\(finding.confidence)", "model": "\(judge.settings.model)",
                ])
                return nil
            case nil:
                return finding.confidence >= threshold ? finding : nil
            }
        }
    }

    private func ask(about text: String) async -> SecondOpinionJudge.Verdict? {
        do {
            let answer = try await judge.judge(text)
            metrics.recordSecondOpinion(
                answer.verdict == .attack ? .attack : .benign,
                inputTokens: answer.usage?.input ?? 0, outputTokens: answer.usage?.output ?? 0
            )
            return answer.verdict
        } catch {
            metrics.recordSecondOpinion(.unavailable)
            logger.warning("No second opinion on an injection score; the classifier decides alone", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// One call from this minute's allowance, if any is left.
    private func takeCall() -> Bool {
        let now = ContinuousClock.now
        let limit = judge.settings.maxPerMinute
        return window.withLock { window in
            if now - window.started >= .seconds(60) { window = Window(started: now, calls: 0) }
            guard window.calls < limit else { return false }
            window.calls += 1
            return true
        }
    }

    /// The classifier's hostile window with as much context around it as fits the judge's limit.
    static func excerpt(of text: String, around range: Range<Int>) -> String {
        let utf8 = Array(text.utf8)
        let limit = SecondOpinionJudge.maximumExcerptBytes
        guard utf8.count > limit else { return text }
        let window = range.clamped(to: 0..<utf8.count)
        let center = window.lowerBound + window.count / 2
        let start = min(max(0, center - limit / 2), utf8.count - limit)
        return String(decoding: utf8[start..<start + limit], as: UTF8.self)
    }
}
