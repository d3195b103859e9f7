import PalisadeTelemetry
import Yams

/// The `risk:` and `exposure:` sections: the weights of the risk score and the cost-per-record
/// assumptions of reports, each key falling back to the documented default.
extension ConfigurationReader {
    func readRiskModel(_ node: Node?) throws(ConfigurationError) -> RiskModel {
        let path = ["risk"]
        let risk = try mapping(node, path: path, allowed: [
            "reach", "sensitivity", "sensitive_data_cap", "attacks", "leaks", "blocked_outputs", "rate_limit_refusals",
            "controls", "threat_half_life_days", "levels",
        ])
        var model = RiskModel.default

        let reach = try mapping(risk["reach"], path: path + ["reach"], allowed: ["points", "saturation"])
        model.reach.points = try points(reach["points"], path + ["reach", "points"]) ?? model.reach.points
        model.reach.saturation = try value(reach["saturation"], path + ["reach", "saturation"], as: "a whole number of users, at least 1") {
            Int($0).flatMap { $0 >= 1 ? $0 : nil }
        } ?? model.reach.saturation

        let sensitivity = try mapping(risk["sensitivity"], path: path + ["sensitivity"], allowed: Set(DataSensitivity.allCases.map(\.rawValue)))
        for dataClass in DataSensitivity.allCases {
            model.sensitivity[dataClass] = try points(sensitivity[dataClass.rawValue], path + ["sensitivity", dataClass.rawValue]) ?? model.sensitivity[dataClass]
        }
        model.sensitiveDataCap = try points(risk["sensitive_data_cap"], path + ["sensitive_data_cap"]) ?? model.sensitiveDataCap
        model.attacks = try rateWeight(risk["attacks"], path + ["attacks"], default: model.attacks)
        model.leaks = try rateWeight(risk["leaks"], path + ["leaks"], default: model.leaks)
        model.blockedOutputs = try rateWeight(risk["blocked_outputs"], path + ["blocked_outputs"], default: model.blockedOutputs)
        model.rateLimitRefusals = try rateWeight(risk["rate_limit_refusals"], path + ["rate_limit_refusals"], default: model.rateLimitRefusals)

        let controlsPath = path + ["controls"]
        let controls = try mapping(risk["controls"], path: controlsPath, allowed: ["enforce", "monitor", "redaction", "rate_limits", "budgets", "maximum"])
        model.controls.enforceReduction = try share(controls["enforce"], controlsPath + ["enforce"]) ?? model.controls.enforceReduction
        model.controls.monitorReduction = try share(controls["monitor"], controlsPath + ["monitor"]) ?? model.controls.monitorReduction
        model.controls.redactionReduction = try share(controls["redaction"], controlsPath + ["redaction"]) ?? model.controls.redactionReduction
        model.controls.rateLimitReduction = try share(controls["rate_limits"], controlsPath + ["rate_limits"]) ?? model.controls.rateLimitReduction
        model.controls.budgetReduction = try share(controls["budgets"], controlsPath + ["budgets"]) ?? model.controls.budgetReduction
        model.controls.maximumReduction = try share(controls["maximum"], controlsPath + ["maximum"]) ?? model.controls.maximumReduction
        guard model.controls.monitorReduction <= model.controls.enforceReduction else {
            throw error(at: controls.node("monitor") ?? controls.node("enforce"), path: controlsPath + ["monitor"],
                        "must not exceed `enforce`: watching a policy cannot lower risk more than enforcing it")
        }

        model.threatHalfLifeDays = try value(risk["threat_half_life_days"], path + ["threat_half_life_days"], as: "a number of days above 0, such as 7") {
            Double($0).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        } ?? model.threatHalfLifeDays

        let levels = try mapping(risk["levels"], path: path + ["levels"], allowed: ["medium", "high", "critical"])
        model.levels.medium = try score(levels["medium"], path + ["levels", "medium"]) ?? model.levels.medium
        model.levels.high = try score(levels["high"], path + ["levels", "high"]) ?? model.levels.high
        model.levels.critical = try score(levels["critical"], path + ["levels", "critical"]) ?? model.levels.critical
        guard model.levels.medium < model.levels.high, model.levels.high < model.levels.critical else {
            throw error(at: risk["levels"], path: path + ["levels"], "needs medium < high < critical")
        }
        return model
    }

    func readExposure(_ node: Node?) throws(ConfigurationError) -> MonetaryExposureAssumptions {
        let exposure = try mapping(node, path: ["exposure"], allowed: Set(DataSensitivity.allCases.map(\.rawValue)))
        var assumptions = MonetaryExposureAssumptions.default
        for dataClass in DataSensitivity.allCases where exposure[dataClass.rawValue] != nil {
            let path = ["exposure", dataClass.rawValue]
            let fields = try mapping(exposure[dataClass.rawValue], path: path, allowed: ["usd_per_record", "basis"])
            let cost = try value(fields["usd_per_record"], path + ["usd_per_record"], as: "a cost in USD, 0 or more, such as 173") {
                Double($0).flatMap { $0 >= 0 && $0.isFinite ? $0 : nil }
            }
            guard let cost else { throw error(at: exposure[dataClass.rawValue], path: path, "needs `usd_per_record`") }
            let basis = try value(fields["basis"], path + ["basis"], as: "a sentence saying where the figure comes from") { $0.isEmpty ? nil : $0 }
            assumptions.costs[dataClass] = .init(usdPerRecord: cost, basis: basis ?? "Set in palisade.yaml.")
        }
        return assumptions
    }

    private func rateWeight(_ node: Node?, _ path: [String], default fallback: RiskModel.RateWeight) throws(ConfigurationError) -> RiskModel.RateWeight {
        let fields = try mapping(node, path: path, allowed: ["points", "scale"])
        return RiskModel.RateWeight(
            points: try points(fields["points"], path + ["points"]) ?? fallback.points,
            scale: try value(fields["scale"], path + ["scale"], as: "a rate per 1,000 requests above 0, such as 10") {
                Double($0).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
            } ?? fallback.scale
        )
    }

    private func points(_ node: Node?, _ path: [String]) throws(ConfigurationError) -> Double? {
        try value(node, path, as: "points from 0 to 100") { Double($0).flatMap { (0...100).contains($0) ? $0 : nil } }
    }

    private func score(_ node: Node?, _ path: [String]) throws(ConfigurationError) -> Double? {
        try value(node, path, as: "a score from 0 to 100") { Double($0).flatMap { (0...100).contains($0) ? $0 : nil } }
    }

    private func share(_ node: Node?, _ path: [String]) throws(ConfigurationError) -> Double? {
        try value(node, path, as: "a share from 0 to 1, such as 0.3") { Double($0).flatMap { (0...1).contains($0) ? $0 : nil } }
    }
}
