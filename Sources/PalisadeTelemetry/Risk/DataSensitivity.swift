import PalisadeCore

/// How much harm a kind of sensitive data does when it leaks, from most to least. Risk weights
/// and cost-per-record assumptions are set per class rather than per finding type.
public enum DataSensitivity: String, Sendable, Codable, CodingKeyRepresentable, CaseIterable {
    /// Keys, tokens, passwords: one leak opens systems, not just one person's data.
    case credential
    /// National identifiers, passports, driving licences.
    case governmentID = "government_id"
    /// Payment cards, bank accounts, wallets.
    case financial
    /// Names, e-mail and postal addresses, phone numbers, network addresses.
    case contact
    /// Everything else personal (dates of birth, ages, nationality...).
    case otherPersonal = "other_personal"

    private static let governmentIDTypes: Set<String> = [
        "US_SSN", "UK_NINO", "ES_DNI", "ES_NIE", "FR_INSEE", "IT_FISCAL_CODE", "DE_TAX_ID", "IN_AADHAAR",
        "BR_CPF", "NL_BSN", "CA_SIN", "CN_RESIDENT_ID", "PASSPORT", "DRIVER_LICENSE",
    ]
    private static let financialTypes: Set<String> = ["PAYMENT_CARD", "IBAN", "CRYPTO_WALLET"]
    private static let contactTypes: Set<String> = [
        "EMAIL", "PHONE", "PERSON", "STREET_ADDRESS", "POSTAL_CODE", "IP_ADDRESS", "MAC_ADDRESS",
    ]

    /// The class of a sensitive-data finding; nil for findings that are not data (injection...).
    public static func of(kind: FindingKind, type: String) -> DataSensitivity? {
        switch kind {
        case .secret: return .credential
        case .pii:
            if governmentIDTypes.contains(type) { return .governmentID }
            if financialTypes.contains(type) { return .financial }
            if contactTypes.contains(type) { return .contact }
            return .otherPersonal
        case .hiddenContent, .injection, .jailbreak, .outputLeak, .policy:
            return nil
        }
    }

    /// The inventory's name for a finding's data class: `pii:EMAIL`.
    static func dataClassName(of finding: Finding) -> String {
        "\(finding.kind.rawValue):\(finding.type)"
    }

    /// The class of an inventory data-class name written by `dataClassName(of:)`.
    static func of(dataClassName name: String) -> DataSensitivity? {
        guard let separator = name.firstIndex(of: ":"), let kind = FindingKind(rawValue: String(name[..<separator])) else {
            return nil
        }
        return of(kind: kind, type: String(name[name.index(after: separator)...]))
    }
}
