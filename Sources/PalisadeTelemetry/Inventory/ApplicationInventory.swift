import Foundation

/// What one application's traffic has revealed about it, as served by `GET /admin/v1/inventory`.
public struct ApplicationInventory: Sendable, Hashable, Codable {
    public var name: String
    public var firstSeen: Date
    public var lastSeen: Date
    public var requests: Int
    /// Items per category, most used first.
    public var items: [InventoryCategory: [InventoryItem]]
    /// Categories that reached their item limit: later distinct items were counted nowhere.
    public var truncated: Set<InventoryCategory>
    /// Recent threat activity, decayed, the input of the risk score.
    public var signals: ThreatSignals

    public init(
        name: String,
        firstSeen: Date,
        lastSeen: Date,
        requests: Int,
        items: [InventoryCategory: [InventoryItem]] = [:],
        truncated: Set<InventoryCategory> = [],
        signals: ThreatSignals = ThreatSignals()
    ) {
        self.name = name
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.requests = requests
        self.items = items
        self.truncated = truncated
        self.signals = signals
    }

    public func items(_ category: InventoryCategory) -> [InventoryItem] { items[category] ?? [] }
}

/// The whole inventory at one moment.
public struct Inventory: Sendable, Hashable, Codable {
    public var generatedAt: Date
    public var applications: [ApplicationInventory]

    public init(generatedAt: Date, applications: [ApplicationInventory]) {
        self.generatedAt = generatedAt
        self.applications = applications
    }

    public func application(named name: String) -> ApplicationInventory? {
        applications.first { $0.name == name }
    }
}
