import Foundation
import Hummingbird
import PalisadeCore
import PalisadePolicy
import PalisadeTelemetry

/// What AI is in use and how risky each application is: the live inventory, its new-item
/// events and the risk scores with the factors that make them.
struct VisibilityAdminRoutes: Sendable {
    let telemetry: GatewayTelemetry
    let configuration: GatewayConfiguration
    let policy: @Sendable () -> PolicySet?

    var routes: [AdminRoute] {
        [
            AdminRoute(.get, "/inventory", .viewer, "Applications, keys, providers, models, end users, tools, system prompts and data classes seen") { _, _ in
                try AdminJSON.response(telemetry.inventory.inventory())
            },
            AdminRoute(.get, "/inventory/events", .viewer, "New models, tools, system prompts, providers and applications, as they first appeared") { _, _ in
                try AdminJSON.response(try telemetry.inventory.allEvents())
            },
            AdminRoute(.get, "/risk", .viewer, "Risk score per application, 0-100, with its contributing factors") { _, _ in
                try AdminJSON.response(assessments())
            },
        ]
    }

    private struct ApplicationRisk: Encodable {
        var application: String
        var assessment: RiskAssessment
    }

    private func assessments() -> [ApplicationRisk] {
        let policies = policy()
        return telemetry.inventory.inventory().applications.map { application in
            let controls = configuration.controlsInForce(for: application.name, policy: policies?.policy(for: application.name))
            return ApplicationRisk(application: application.name, assessment: configuration.risk.assess(RiskInputs(application: application, controls: controls)))
        }
    }

}

extension GatewayConfiguration {
    /// The controls configured for an application, as the risk model weighs them.
    public func controlsInForce(for name: String, policy: EffectivePolicy?) -> ControlsInForce {
        let settings = applications[name]
        let limits = settings?.limits ?? self.limits.application
        return ControlsInForce(
            policyMode: policy?.mode,
            redaction: settings?.redact == true || policy?.rules.contains { $0.action == .redact } == true,
            rateLimits: limits.map { $0.requests != nil || $0.tokens != nil || $0.concurrentRequests != nil } ?? false,
            budgets: limits.map { $0.dailyBudget != nil || $0.monthlyBudget != nil } ?? false
        )
    }
}
