import ArgumentParser
import Foundation
import PalisadeAudit
import PalisadeCore
import PalisadeDetection
import PalisadeGateway
import PalisadeInjection
import PalisadePolicy
import PalisadeProviders

struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Validate a policy file, run its tests, or replay recorded traffic against it.",
        subcommands: [Validate.self, Test.self, Replay.self]
    )

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check policy files as the gateway loads them; every problem is printed as file:line:column: message."
        )

        @Argument(help: "Policy files to check.")
        var files: [String]

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("Give at least one policy file.") }
        }

        func run() async throws {
            var failed = false
            for file in files {
                do {
                    let policies = try PolicySet.load(contentsOf: URL(fileURLWithPath: file), vocabulary: .gateway)
                    print("\(file): OK, version \(policies.shortVersion), \(policies.applicationNames.count) application override(s)")
                } catch {
                    failed = true
                    for problem in error.problems { print(problem) }
                }
            }
            if failed { throw ExitCode.failure }
        }
    }

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a directory of policy test cases with the gateway's detectors; fails when any case fails.",
            discussion: "Each .yaml, .yml or .json file of --cases is one case; see docs/policy-language.md, Policy tests."
        )

        @Argument(help: "The policy file.")
        var file: String

        @Option(help: "Directory of test cases.")
        var cases: String

        /// Canaries only need to be the same for the policy and the case's `{{canary}}`, so any
        /// fixed secret serves, and results do not change from run to run.
        private static let canarySecret = Array("palisade policy test".utf8)

        func run() async throws {
            let policies = try loadPolicy(file)
            let suite: PolicyTestSuite
            do {
                suite = try PolicyTestSuite.load(directory: URL(fileURLWithPath: cases))
            } catch {
                for problem in error.problems { print(problem) }
                throw ExitCode.failure
            }
            guard !suite.cases.isEmpty else {
                throw PolicyCommandError("\(cases) holds no test case (.yaml, .yml or .json files).")
            }
            let results = suite.run(against: policies, findings: try GatewayFindingSource(), canarySecret: Self.canarySecret)
            for result in results {
                print("\(result.passed ? "PASS" : "FAIL")  \(result.name)  (\(result.file))")
                for difference in result.differences { print("      \(difference)") }
            }
            let failures = results.filter { !$0.passed }.count
            print("\(results.count - failures) passed, \(failures) failed, policy version \(policies.shortVersion)")
            if failures > 0 { throw ExitCode.failure }
        }
    }

    struct Replay: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what a candidate policy would change on the requests recorded in the audit log.",
            discussion: """
                Reads the audit events of the last --since (e.g. 30m, 24h, 7d), decodes each recorded request, \
                runs the gateway's detectors and evaluates it under the candidate policy and under the current one: \
                the --current file, or else the decisions recorded with each event. Events captured without \
                payloads (audit capture `metadata`) cannot be replayed and are counted as skipped. The audit key \
                is read from PALISADE_AUDIT_KEY, audit.key_file or <data-dir>/audit.key, as the gateway does.
                """
        )

        @Option(help: "The candidate policy file.")
        var policy: String

        @Option(help: "How far back to replay: a number with s, m, h or d.")
        var since: String

        @OptionGroup var location: AuditLocation

        @Option(help: "The policy to compare with (default: the decisions recorded with each event).")
        var current: String?

        @Option(help: "text or json.")
        var format = "text"

        func validate() throws {
            guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json.") }
            guard DurationText.parse(since) != nil else { throw ValidationError("--since must be a positive number with s, m, h or d, such as 24h; got '\(since)'.") }
        }

        func run() async throws {
            let candidate = try loadPolicy(policy)
            let baseline = try current.map(loadPolicy)
            let from = Date().addingTimeInterval(-(DurationText.parse(since)?.timeInterval ?? 0))
            let reader = try location.resolve().reader(payloads: true)
            let replayer = ReplayEvaluator(candidate: candidate, baseline: baseline, findings: try GatewayFindingSource())
            var report = ReplayReport(
                since: from, candidateVersion: candidate.shortVersion,
                baseline: baseline.map { "policy \($0.file) (version \($0.shortVersion))" } ?? "decisions recorded with each event"
            )
            var cursor: String?
            repeat {
                let page = try await reader.events(matching: AuditQuery(from: from, readPayloads: true, limit: 500, cursor: cursor))
                for event in page.events { report.add(replayer.replay(event)) }
                cursor = page.nextCursor
            } while cursor != nil
            report.finish()
            if format == "json" {
                try JSONOutput.print(report)
            } else {
                print(report.text)
            }
        }
    }
}

/// Loads a policy file, or stops with every problem in it.
private func loadPolicy(_ file: String) throws -> PolicySet {
    do {
        return try PolicySet.load(contentsOf: URL(fileURLWithPath: file), vocabulary: .gateway)
    } catch {
        throw PolicyCommandError(error.description)
    }
}

/// A problem found while running, printed without the usage text that argument errors get.
struct PolicyCommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The findings the gateway's inspection would produce: personal data, secrets and hidden
/// content everywhere, injection only in what users, tools and documents wrote.
struct GatewayFindingSource: FindingSource {
    let pipeline = DetectionPipeline()
    let injection: InjectionDetector
    static let injectionRoles: Set<SegmentRole> = [.user, .tool, .retrieved]

    init() throws {
        injection = InjectionDetector(classifier: try InjectionClassifier.shipped(), sensitivity: .balanced)
    }

    func findings(in segments: [Segment], direction: Direction) -> [Finding] {
        var findings: [Finding] = []
        for segment in segments {
            findings += pipeline.findings(in: segment, direction: direction)
            guard direction == .input, Self.injectionRoles.contains(segment.role) else { continue }
            findings += injection.detect(in: segment).map { finding in
                var tagged = finding
                tagged.direction = .input
                return tagged
            }
        }
        return findings
    }
}

/// One recorded request under the current and the candidate policy, or why it was skipped.
enum ReplayOutcome {
    case compared(event: AuditEvent, before: Verdict, after: Verdict, errorCode: String?)
    case skipped(reason: String)

    /// What a policy made of a request: its strongest action and each acting rule's action.
    struct Verdict: Equatable {
        var action: PolicyAction
        var rules: [String: PolicyAction]

        init(action: PolicyAction, rules: [String: PolicyAction]) {
            self.action = action
            self.rules = rules
        }

        init(_ decision: PolicyDecision) {
            action = decision.action
            rules = decision.matches.filter { $0.action != .allow }.reduce(into: [:]) { rules, match in
                rules[match.ruleID] = max(rules[match.ruleID] ?? .allow, match.action)
            }
        }

        var blockingRules: [String] { rules.filter { $0.value == .block }.keys.sorted() }
    }
}

/// Re-evaluates recorded requests. The application's own payload is preferred: it is what the
/// caller sent, before masking and the canary changed it.
struct ReplayEvaluator {
    let candidate: PolicySet
    let baseline: PolicySet?
    let findings: GatewayFindingSource

    func replay(_ event: AuditEvent) -> ReplayOutcome {
        guard let operation = event.record.operation else { return .skipped(reason: "no operation recorded") }
        guard let payload = event.payloads?.applicationRequest ?? event.payloads?.providerRequest else {
            return .skipped(reason: "no request payload (capture mode \(event.captureMode.rawValue))")
        }
        let exchange: Exchange
        do {
            exchange = try ExchangeDecoder.decode(try JSONValue.parse(payload), operation: operation)
        } catch {
            return .skipped(reason: "request not decodable as \(operation.rawValue)")
        }
        let found = findings.findings(in: exchange.segments, direction: .input)
        let evaluate = { (policies: PolicySet) throws(PolicyEvaluationError) -> PolicyDecision in
            try policies.policy(for: event.applicationName).evaluateInput(exchange, findings: found, bodyBytes: payload.count)
        }
        do {
            let after = try evaluate(candidate)
            let before = try baseline.map { try evaluate($0) }.map(ReplayOutcome.Verdict.init) ?? recordedVerdict(event)
            return .compared(event: event, before: before, after: ReplayOutcome.Verdict(after), errorCode: after.errorCode)
        } catch {
            return .skipped(reason: "evaluation failed: \(error)")
        }
    }

    /// The request decisions the gateway recorded; none means no policy was in force.
    private func recordedVerdict(_ event: AuditEvent) -> ReplayOutcome.Verdict {
        let decisions = event.record.decisions.filter { $0.direction == .input }.map(ReplayOutcome.Verdict.init)
        return ReplayOutcome.Verdict(
            action: decisions.map(\.action).max() ?? .allow,
            rules: decisions.reduce(into: [:]) { $0.merge($1.rules, uniquingKeysWith: max) }
        )
    }
}

/// What a replay found, for people (`text`) and scripts (JSON).
struct ReplayReport: Encodable {
    struct Change: Encodable {
        var event: String
        var time: String
        var application: String?
        var model: String?
        var before: PolicyAction
        var after: PolicyAction
        var rules: [String]
        var errorCode: String?
    }

    struct RuleCount: Encodable {
        var rule: String
        var before: Int
        var after: Int
    }

    var since: String
    var candidateVersion: String
    var baseline: String
    var replayed = 0
    var skipped: [String: Int] = [:]
    var newlyBlocked: [Change] = []
    var newlyAllowed: [Change] = []
    var actionChanged: [Change] = []
    var rules: [RuleCount] = []
    private var counts: [String: (before: Int, after: Int)] = [:]

    private enum CodingKeys: String, CodingKey {
        case since, candidateVersion, baseline, replayed, skipped, newlyBlocked, newlyAllowed, actionChanged, rules
    }

    init(since: Date, candidateVersion: String, baseline: String) {
        self.since = since.formatted(.iso8601)
        self.candidateVersion = candidateVersion
        self.baseline = baseline
    }

    mutating func add(_ outcome: ReplayOutcome) {
        switch outcome {
        case .skipped(let reason):
            skipped[reason, default: 0] += 1
        case let .compared(event, before, after, errorCode):
            replayed += 1
            for rule in before.rules.keys { counts[rule, default: (0, 0)].before += 1 }
            for rule in after.rules.keys { counts[rule, default: (0, 0)].after += 1 }
            guard before.action != after.action else { return }
            let deciding = after.action == .block ? after : before.action == .block ? before : after
            let change = Change(
                event: event.id, time: event.record.startedAt.formatted(.iso8601), application: event.applicationName, model: event.record.model,
                before: before.action, after: after.action,
                rules: deciding.action == .block ? deciding.blockingRules : deciding.rules.keys.sorted(),
                errorCode: after.action == .block ? errorCode : nil
            )
            if after.action == .block {
                newlyBlocked.append(change)
            } else if before.action == .block {
                newlyAllowed.append(change)
            } else {
                actionChanged.append(change)
            }
        }
    }

    mutating func finish() {
        rules = counts.map { RuleCount(rule: $0.key, before: $0.value.before, after: $0.value.after) }.sorted { $0.rule < $1.rule }
    }

    var text: String {
        var lines = ["Replayed \(replayed) request(s) since \(since) under candidate \(candidateVersion), compared with \(baseline)."]
        for (reason, count) in skipped.sorted(by: { $0.key < $1.key }) { lines.append("  skipped \(count): \(reason)") }
        func section(_ title: String, _ changes: [Change]) {
            lines.append("\(title) (\(changes.count)):")
            for change in changes {
                let rules = change.rules.isEmpty ? "no rule" : change.rules.joined(separator: ", ")
                lines.append("  \(change.event)  \(change.application ?? "-")  \(change.model ?? "-")  \(change.before.rawValue) -> \(change.after.rawValue)  [\(rules)]")
            }
        }
        section("Newly blocked", newlyBlocked)
        section("Newly allowed", newlyAllowed)
        section("Other action changes", actionChanged)
        lines.append("Requests per rule (current -> candidate):")
        if rules.isEmpty { lines.append("  no rule acted on any request") }
        for count in rules {
            let delta = count.after - count.before
            lines.append("  \(count.rule): \(count.before) -> \(count.after)\(delta == 0 ? "" : " (\(delta > 0 ? "+" : "")\(delta))")")
        }
        return lines.joined(separator: "\n")
    }
}
