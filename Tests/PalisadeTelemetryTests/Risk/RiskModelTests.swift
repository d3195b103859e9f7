import Foundation
import PalisadeCore
import PalisadeTelemetry
import Testing

@Suite struct RiskModelTests {
    private let model = RiskModel.default

    private func signals(requests: Double, attacks: Double = 0, leaks: Double = 0, blocked: Double = 0, refusals: Double = 0) -> ThreatSignals {
        var signals = ThreatSignals()
        signals.requests = requests
        signals.attacks = attacks
        signals.leaks = leaks
        signals.blockedOutputs = blocked
        signals.rateLimitRefusals = refusals
        return signals
    }

    private func inputs(
        reach: Int = 50,
        data: Set<DataSensitivity> = [.contact],
        signals: ThreatSignals? = nil,
        controls: ControlsInForce = ControlsInForce()
    ) -> RiskInputs {
        RiskInputs(reach: reach, dataSeen: data, signals: signals ?? self.signals(requests: 1_000), controls: controls)
    }

    @Test func quietApplicationIsLowAndAttackedOneIsHigh() {
        let quiet = model.assess(inputs(reach: 3, data: []))
        let attacked = model.assess(inputs(reach: 5_000, data: [.credential, .governmentID], signals: signals(requests: 1_000, attacks: 40, leaks: 10)))
        #expect(quiet.level == .low)
        #expect(attacked.level >= .high)
        #expect(attacked.factors.first?.name == "attacks")
        #expect(attacked.factors.allSatisfy { !$0.explanation.isEmpty })
    }

    @Test func moreThreatsNeverLowerTheScore() {
        var previous = -1
        for attacks in stride(from: 0.0, through: 500, by: 5) {
            for leaks in [0.0, 3, 30] {
                let score = model.assess(inputs(signals: signals(requests: 1_000, attacks: attacks, leaks: leaks))).score
                if leaks == 0 {
                    #expect(score >= previous)
                    previous = score
                }
                #expect(score >= model.assess(inputs(signals: signals(requests: 1_000, attacks: attacks))).score)
            }
        }
    }

    @Test func moreExposureNeverLowersTheScore() {
        let scores = [1, 10, 100, 1_000, 100_000].map { model.assess(inputs(reach: $0)).score }
        #expect(scores == scores.sorted())
        #expect(scores.first! < scores.last!)
        let data: [Set<DataSensitivity>] = [[], [.contact], [.contact, .financial], [.contact, .financial, .credential]]
        let dataScores = data.map { model.assess(inputs(data: $0)).score }
        #expect(dataScores == dataScores.sorted())
    }

    @Test func sensitivityOrdersSecretsAboveIdentifiersAboveContacts() {
        let score = { (data: DataSensitivity) in model.assess(self.inputs(data: [data])).score }
        #expect(score(.credential) > score(.governmentID))
        #expect(score(.governmentID) == score(.financial))
        #expect(score(.financial) > score(.contact))
    }

    @Test func moreControlsNeverRaiseTheScore() {
        let threatened = signals(requests: 1_000, attacks: 20, leaks: 5, refusals: 30)
        let ladder: [ControlsInForce] = [
            ControlsInForce(),
            ControlsInForce(policyMode: .monitor),
            ControlsInForce(policyMode: .enforce),
            ControlsInForce(policyMode: .enforce, redaction: true),
            ControlsInForce(policyMode: .enforce, redaction: true, rateLimits: true),
            ControlsInForce(policyMode: .enforce, redaction: true, rateLimits: true, budgets: true),
        ]
        let scores = ladder.map { model.assess(inputs(reach: 2_000, data: [.credential], signals: threatened, controls: $0)).score }
        #expect(scores == scores.sorted(by: >))
        #expect(scores.first! > scores.last!)
        let reduced = model.assess(inputs(signals: threatened, controls: ladder.last!))
        #expect(reduced.factors.contains { $0.name == "policy_enforced" && $0.points < 0 })
    }

    @Test func factorsAddUpToTheScore() {
        let assessment = model.assess(inputs(reach: 300, data: [.financial], signals: signals(requests: 2_000, attacks: 7, blocked: 2), controls: ControlsInForce(policyMode: .enforce)))
        let sum = assessment.factors.reduce(0) { $0 + $1.points }
        #expect(Int(sum.rounded()) == assessment.score)
    }

    @Test func modelDecodesFromConfiguration() throws {
        let json = try JSONEncoder().encode(RiskModel.default)
        var model = try JSONDecoder().decode(RiskModel.self, from: json)
        #expect(model == .default)
        #expect(String(decoding: json, as: UTF8.self).contains(#""credential":12"#))
        model.levels.high = 10
        #expect(model.assess(inputs(reach: 1_000, data: [.credential])).level >= .high)
    }
}
