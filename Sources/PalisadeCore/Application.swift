import Foundation

/// An AI application registered with Palisade. Requests are attributed to it through its keys.
public struct Application: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var createdAt: Date

    public init(id: String, name: String, createdAt: Date) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
    }
}
