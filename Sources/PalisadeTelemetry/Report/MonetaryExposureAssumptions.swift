/// What one exposed record costs, by class of data: the basis of a report's monetary-exposure
/// estimate. Configurable in `palisade.yaml`; every figure says where it comes from, and the
/// report prints these statements next to the estimate.
public struct MonetaryExposureAssumptions: Sendable, Hashable, Codable {
    public struct Cost: Sendable, Hashable, Codable {
        public var usdPerRecord: Double
        /// Where the figure comes from, printed in reports.
        public var basis: String

        public init(usdPerRecord: Double, basis: String) {
            self.usdPerRecord = usdPerRecord
            self.basis = basis
        }
    }

    public var costs: [DataSensitivity: Cost]

    public init(costs: [DataSensitivity: Cost]) {
        self.costs = costs
    }

    public static let `default` = MonetaryExposureAssumptions(costs: [
        .credential: Cost(
            usdPerRecord: 1_000,
            basis: "Palisade assumption: rotating one exposed credential and investigating its use."
        ),
        .governmentID: Cost(
            usdPerRecord: 173,
            basis: "IBM Cost of a Data Breach Report 2024: USD 173 per compromised customer-PII record."
        ),
        .financial: Cost(
            usdPerRecord: 173,
            basis: "IBM Cost of a Data Breach Report 2024: USD 173 per compromised customer-PII record."
        ),
        .contact: Cost(
            usdPerRecord: 50,
            basis: "Palisade assumption: contact details alone carry lower notification and fraud costs than identifiers."
        ),
        .otherPersonal: Cost(
            usdPerRecord: 25,
            basis: "Palisade assumption: quasi-identifiers (dates, ages, nationality) on their own."
        ),
    ])
}
