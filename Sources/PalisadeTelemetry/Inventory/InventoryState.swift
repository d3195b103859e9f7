import Foundation
import PalisadeCore

/// The in-memory inventory: per application, a table of items per category. Updating it for
/// one exchange costs a handful of dictionary lookups; what changed is remembered so the next
/// persistence batch writes only that.
struct InventoryState {
    struct ItemKey: Hashable {
        var application: String
        var category: InventoryCategory
        var name: String
    }

    /// An item and whether it changed since the last persistence batch, so that a busy item is
    /// queued for writing once per batch rather than hashed into a set on every request.
    struct TrackedItem {
        var item: InventoryItem
        var dirty: Bool
    }

    struct ApplicationState {
        var firstSeen: Date
        var lastSeen: Date
        var requests: Int
        /// One table per category, indexed by `InventoryCategory.index`.
        var items = [[String: TrackedItem]](repeating: [:], count: InventoryCategory.allCases.count)
        var truncated: Set<InventoryCategory> = []
        var signals = ThreatSignals()
    }

    struct Limits {
        /// Distinct end users and client addresses tracked per application.
        var people: Int
        /// Distinct items of any other category tracked per application (model names are chosen
        /// by callers, so this bounds memory too).
        var others: Int

        func limit(for category: InventoryCategory) -> Int {
            category == .endUser || category == .clientIP ? people : others
        }
    }

    var applications: [String: ApplicationState] = [:]
    var dirtyApplications: Set<String> = []
    var dirtyItems: [ItemKey] = []
    var pendingEvents: [InventoryEvent] = []
    var recentEvents: [InventoryEvent] = []
    let limits: Limits
    let halfLife: TimeInterval
    let recentEventLimit: Int

    init(limits: Limits, halfLife: TimeInterval, recentEventLimit: Int) {
        self.limits = limits
        self.halfLife = halfLife
        self.recentEventLimit = recentEventLimit
    }

    mutating func apply(_ observation: ObservedExchange, endUserDigest: String?, clientDigest: String?) {
        let record = observation.record
        let name = observation.applicationName
        let now = record.startedAt
        // Taken out of the dictionary while it changes, so that its tables are mutated in place.
        var application = applications.removeValue(forKey: name) ?? {
            announce(InventoryEvent(kind: .newApplication, application: name, name: name, at: now))
            return ApplicationState(firstSeen: now, lastSeen: now, requests: 0)
        }()
        application.lastSeen = max(application.lastSeen, now)
        application.requests += 1
        application.signals.add(observation, halfLife: halfLife)
        dirtyApplications.insert(name)

        see(.key, record.keyID, in: &application, named: name, at: now)
        see(.provider, observation.providerEndpoint ?? record.provider?.rawValue, in: &application, named: name, at: now)
        see(.model, record.model, in: &application, named: name, at: now)
        see(.endUser, endUserDigest, in: &application, named: name, at: now)
        see(.clientIP, clientDigest, in: &application, named: name, at: now)
        see(.systemPrompt, observation.systemPromptFingerprint, in: &application, named: name, at: now)
        for tool in observation.declaredTools { see(.declaredTool, tool, in: &application, named: name, at: now) }
        for tool in observation.calledTools { see(.calledTool, tool, in: &application, named: name, at: now) }
        for finding in record.findings where finding.kind == .pii || finding.kind == .secret {
            see(.dataClass, DataSensitivity.dataClassName(of: finding), in: &application, named: name, at: now)
        }
        applications[name] = application
    }

    private mutating func see(
        _ category: InventoryCategory,
        _ item: String?,
        in application: inout ApplicationState,
        named applicationName: String,
        at date: Date
    ) {
        guard let item, !item.isEmpty else { return }
        let index = category.index
        if var known = application.items[index][item] {
            let wasDirty = known.dirty
            known.item.count += 1
            known.item.lastSeen = max(known.item.lastSeen, date)
            known.dirty = true
            application.items[index][item] = known
            guard !wasDirty else { return }
        } else if application.items[index].count < limits.limit(for: category) {
            application.items[index][item] = TrackedItem(item: InventoryItem(name: item, firstSeen: date, lastSeen: date, count: 1), dirty: true)
            let alreadyDeclared = category == .calledTool && application.items[InventoryCategory.declaredTool.index][item] != nil
            if let kind = InventoryEvent.kind(announcing: category), !alreadyDeclared {
                announce(InventoryEvent(kind: kind, application: applicationName, name: item, at: date))
            }
        } else {
            application.truncated.insert(category)
            return
        }
        dirtyItems.append(ItemKey(application: applicationName, category: category, name: item))
    }

    private mutating func announce(_ event: InventoryEvent) {
        pendingEvents.append(event)
        recentEvents.append(event)
        if recentEvents.count > recentEventLimit {
            recentEvents.removeFirst(recentEvents.count - recentEventLimit)
        }
    }

    func snapshot(at date: Date) -> Inventory {
        let applications = applications.map { name, state in
            ApplicationInventory(
                name: name,
                firstSeen: state.firstSeen,
                lastSeen: state.lastSeen,
                requests: state.requests,
                items: Dictionary(uniqueKeysWithValues: InventoryCategory.allCases.compactMap { category in
                    let table = state.items[category.index]
                    return table.isEmpty ? nil : (category, table.values.map(\.item).sorted { ($0.count, $1.name) > ($1.count, $0.name) })
                }),
                truncated: state.truncated,
                signals: state.signals.decayed(to: date, halfLife: halfLife)
            )
        }
        return Inventory(generatedAt: date, applications: applications.sorted { $0.name < $1.name })
    }
}

extension InventoryState {
    /// The items changed since the last call, marked clean.
    mutating func takeDirtyItems() -> [(ItemKey, InventoryItem)] {
        let keys = dirtyItems
        dirtyItems.removeAll(keepingCapacity: true)
        return keys.compactMap { key in
            let index = key.category.index
            guard let tracked = applications[key.application]?.items[index][key.name] else { return nil }
            applications[key.application]!.items[index][key.name]!.dirty = false
            return (key, tracked.item)
        }
    }

    /// Queues items again after a failed write.
    mutating func markDirty(_ keys: [ItemKey]) {
        for key in keys {
            let index = key.category.index
            guard let tracked = applications[key.application]?.items[index][key.name], !tracked.dirty else { continue }
            applications[key.application]!.items[index][key.name]!.dirty = true
            dirtyItems.append(key)
        }
    }
}
