/// What the risk model looks at for one application.
public struct RiskInputs: Sendable, Hashable {
    /// Distinct end users plus distinct client addresses seen.
    public var reach: Int
    /// Classes of sensitive data seen in its traffic.
    public var dataSeen: Set<DataSensitivity>
    /// Recent activity; rates are taken per 1,000 of its (decayed) requests.
    public var signals: ThreatSignals
    public var controls: ControlsInForce

    public init(reach: Int, dataSeen: Set<DataSensitivity>, signals: ThreatSignals, controls: ControlsInForce) {
        self.reach = reach
        self.dataSeen = dataSeen
        self.signals = signals
        self.controls = controls
    }

    /// The inputs for an application from its inventory.
    public init(application: ApplicationInventory, controls: ControlsInForce) {
        self.init(
            reach: application.items(.endUser).count + application.items(.clientIP).count,
            dataSeen: Set(application.items(.dataClass).compactMap { DataSensitivity.of(dataClassName: $0.name) }),
            signals: application.signals,
            controls: controls
        )
    }
}
