/// What a person holding an admin token may do. Roles are ordered: each includes every power of
/// the roles below it, so a route states the least role it needs (`role >= .responder`).
public enum AdminRole: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Reads dashboards and aggregate figures.
    case viewer
    /// Also reads individual exchanges and findings.
    case analyst
    /// Also blocks and unblocks keys, users, addresses and applications during an incident.
    case responder
    /// Also manages applications, keys, limits and admin tokens.
    case admin

    private var rank: Int {
        switch self {
        case .viewer: 0
        case .analyst: 1
        case .responder: 2
        case .admin: 3
        }
    }

    public static func < (lhs: AdminRole, rhs: AdminRole) -> Bool {
        lhs.rank < rhs.rank
    }
}
