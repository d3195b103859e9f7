import Foundation

/// Something appeared in an application's traffic for the first time: worth a look by whoever
/// owns the application (a new model may bypass a review, a changed system prompt a release).
public struct InventoryEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case newApplication = "new_application"
        case newProvider = "new_provider"
        case newModel = "new_model"
        case newTool = "new_tool"
        case newSystemPrompt = "new_system_prompt"
    }

    public var kind: Kind
    public var application: String
    /// The new item: provider or model name, tool name, prompt fingerprint; the application's
    /// own name for `newApplication`.
    public var name: String
    public var at: Date

    public init(kind: Kind, application: String, name: String, at: Date) {
        self.kind = kind
        self.application = application
        self.name = name
        self.at = at
    }

    /// The event for a category's first item, if that category announces new items.
    static func kind(announcing category: InventoryCategory) -> Kind? {
        switch category {
        case .provider: .newProvider
        case .model: .newModel
        case .declaredTool, .calledTool: .newTool
        case .systemPrompt: .newSystemPrompt
        case .key, .endUser, .clientIP, .dataClass: nil
        }
    }
}
