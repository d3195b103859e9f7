/// The OCSF attributes Palisade fills, in camel case: the encoder writes them in snake case.
struct OCSFFindingEvent: Encodable {
    struct Metadata: Encodable {
        struct Product: Encodable {
            var name: String
            var vendorName: String
            var version: String?
        }

        var version: String
        var uid: String
        var correlationUID: String
        var product: Product
        var profiles: [String]?
    }

    struct FindingInfo: Encodable {
        var uid: String
        var title: String
        var types: [String]
        var desc: String
    }

    struct Identified: Encodable {
        var uid: String
    }

    struct Actor: Encodable {
        var user: Identified?
        var appName: String?
        var appUID: String?
        var session: Identified?
    }

    struct Resource: Encodable {
        var type: String
        var uid: String?
        var name: String?
    }

    struct Endpoint: Encodable {
        var ip: String
    }

    struct Fingerprint: Encodable {
        var algorithm = "SHA-256"
        var algorithmID = 3
        var value: String
    }

    struct PreviousEvent: Encodable {
        var uid: String?
        var fingerprint: Fingerprint
    }

    struct Attestation: Encodable {
        var uid: String
        var chainUID: String
        var authorityUID: String?
        var fingerprint: Fingerprint
        var prevEvent: PreviousEvent
    }

    /// Palisade's own context for the finding, kept under `unmapped` as OCSF advises.
    struct Unmapped: Encodable {
        var provider: String?
        var operation: String?
        var model: String?
        var status: Int
        var role: String?
        var direction: String?
        var path: String?
    }

    var classUID: Int
    var className: String
    var categoryUID: Int
    var categoryName: String
    var activityID: Int
    var activityName: String
    var typeUID: Int
    var typeName: String
    var severityID: Int
    var severity: String
    var statusID: Int
    var status: String
    var isAlert: Bool
    var confidenceScore: Int
    var time: Int64
    var message: String
    var metadata: Metadata
    var findingInfo: FindingInfo
    var actor: Actor
    var resources: [Resource]?
    var srcEndpoint: Endpoint?
    var attestationList: [Attestation]?
    var unmapped: Unmapped
}
