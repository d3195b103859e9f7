/// The `type` strings of personal-data findings. They name what was found in Palisade's own
/// vocabulary; evaluation maps them to a dataset's labels.
public enum PIIType {
    public static let email = "EMAIL"
    public static let phone = "PHONE"
    public static let paymentCard = "PAYMENT_CARD"
    public static let iban = "IBAN"
    public static let usSSN = "US_SSN"
    public static let ukNINO = "UK_NINO"
    public static let spanishDNI = "ES_DNI"
    public static let spanishNIE = "ES_NIE"
    public static let frenchINSEE = "FR_INSEE"
    public static let italianFiscalCode = "IT_FISCAL_CODE"
    public static let germanTaxID = "DE_TAX_ID"
    public static let indianAadhaar = "IN_AADHAAR"
    public static let brazilianCPF = "BR_CPF"
    public static let dutchBSN = "NL_BSN"
    public static let canadianSIN = "CA_SIN"
    public static let chineseResidentID = "CN_RESIDENT_ID"
    public static let passport = "PASSPORT"
    public static let driverLicense = "DRIVER_LICENSE"
    public static let ipAddress = "IP_ADDRESS"
    public static let macAddress = "MAC_ADDRESS"
    public static let dateOfBirth = "DATE_OF_BIRTH"
    public static let date = "DATE"
    public static let age = "AGE"
    public static let postalCode = "POSTAL_CODE"
    public static let streetAddress = "STREET_ADDRESS"
    public static let person = "PERSON"
    public static let title = "TITLE"
    public static let location = "LOCATION"
    public static let organization = "ORGANIZATION"
    public static let nationality = "NATIONALITY"
    public static let url = "URL"
    public static let cryptoWallet = "CRYPTO_WALLET"

    /// Every type a personal-data finding can carry.
    public static let all: Set<String> = [
        email, phone, paymentCard, iban, usSSN, ukNINO, spanishDNI, spanishNIE,
        frenchINSEE, italianFiscalCode, germanTaxID, indianAadhaar, brazilianCPF, dutchBSN, canadianSIN, chineseResidentID,
        passport, driverLicense, ipAddress, macAddress, dateOfBirth, date, age, postalCode,
        streetAddress, person, title, location, organization, nationality, url, cryptoWallet,
    ]
}
