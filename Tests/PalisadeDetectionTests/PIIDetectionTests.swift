import PalisadeCore
import Testing
@testable import PalisadeDetection

@Suite struct PIIDetectionTests {
    @Test func emailIsFoundWithExactSpan() {
        let found = detected("Send the invoice to maria.lopez+billing@acme-corp.co.uk, thanks.")
        #expect(found.contains { $0.type == PIIType.email && $0.value == "maria.lopez+billing@acme-corp.co.uk" })
    }

    @Test(arguments: ["zip code 94105", "postal code: 53-320", "Postcode 3610-114", "postal code is 101", "zip 02139-4307"])
    func postalCodesOfSeveralCountriesAfterACue(_ text: String) {
        let code = String(text.split(separator: " ").last!)
        #expect(detected(text).contains { $0.type == PIIType.postalCode && $0.value == code })
    }

    @Test func numberWithoutPostalCueIsNoPostalCode() {
        #expect(!detected("We sold 53-320 units in the spring.").contains { $0.type == PIIType.postalCode })
    }

    @Test func paymentCardNeedsLuhnAndIssuer() {
        #expect(detected("charge card 4539 1488 0343 6467 today").contains { $0.type == PIIType.paymentCard && $0.value == "4539 1488 0343 6467" })
        // One digit off: the Luhn check fails.
        #expect(!detected("charge card 4539 1488 0343 6468 today").contains { $0.type == PIIType.paymentCard })
        // The famous test number is not personal data.
        #expect(!detected("use 4111 1111 1111 1111 in staging").contains { $0.type == PIIType.paymentCard })
    }

    @Test func aNumberCalledACardNeedsNoKnownIssuer() {
        // 9792 (Troy) is on no issuer list here; the word "card" before it is enough.
        #expect(detected("my debit card 9792001234567890 was declined").contains { $0.type == PIIType.paymentCard && $0.value == "9792001234567890" })
        #expect(!detected("shipment 9792001234567890 was delayed").contains { $0.type == PIIType.paymentCard })
        #expect(detected("block the card 070312345674 please").contains { $0.type == PIIType.paymentCard && $0.value == "070312345674" })
        #expect(!detected("ticket 070312345674 is closed").contains { $0.type == PIIType.paymentCard })
    }

    @Test func anAgeNeedsWordsThatMakeItOne() {
        for text in ["She turned 42 last week", "a 63 year old driver", "my father retired at the age of 61", "Written when he was 64.", "I am 30, and I live here"] {
            #expect(detected(text).contains { $0.type == PIIType.age }, "\(text)")
        }
        for text in ["see page 42", "she was 5 minutes late", "he was 64 points ahead", "at the age of 600", "it was 64."] {
            #expect(!detected(text).contains { $0.type == PIIType.age }, "\(text)")
        }
    }

    @Test func ibanIsValidatedByMod97() {
        #expect(detected("Wire it to DE89 3704 0044 0532 0130 00 please").contains { $0.type == PIIType.iban && $0.value == "DE89 3704 0044 0532 0130 00" })
        #expect(!detected("Wire it to DE89 3704 0044 0532 0130 01 please").contains { $0.type == PIIType.iban })
        // Typed in lower case, it needs the word "iban" before it.
        #expect(detected("my iban is gb82west12345698765432").contains { $0.type == PIIType.iban && $0.value == "gb82west12345698765432" })
        #expect(!detected("build id gb82west12345698765432").contains { $0.type == PIIType.iban })
    }

    @Test func drivingLicenceNeedsItsNameBeforeIt() {
        #expect(detected("my driver's license number is 2270-66-1551").contains { $0.type == PIIType.driverLicense && $0.value == "2270-66-1551" })
        #expect(detected("Driving licence: D1234567").contains { $0.type == PIIType.driverLicense && $0.value == "D1234567" })
        #expect(!detected("order D1234567 shipped").contains { $0.type == PIIType.driverLicense })
        #expect(!detected("driver's license fee 2270").contains { $0.type == PIIType.driverLicense })
    }

    @Test func ssnRespectsIssuanceRules() {
        #expect(detected("My SSN is 536-22-8104.").contains { $0.type == PIIType.usSSN && $0.value == "536-22-8104" })
        #expect(!detected("My SSN is 666-22-8104.").contains { $0.type == PIIType.usSSN })
        #expect(!detected("My SSN is 536-00-8104.").contains { $0.type == PIIType.usSSN })
    }

    @Test func phoneNumbersInInternationalAndNationalFormats() {
        #expect(detected("Call me on +44 20 7946 0958 tomorrow").contains { $0.type == PIIType.phone && $0.value == "+44 20 7946 0958" })
        #expect(detected("office (415) 555-0134 ext 12").contains { $0.type == PIIType.phone })
        #expect(!detected("The release has 2048 users and 16 regions").contains { $0.type == PIIType.phone })
    }

    @Test func aShortNationalNumberIsAPhoneWhenALabelFollowsIt() {
        #expect(detected("Dana Ruiz\n781 1704 office\n").contains { $0.type == PIIType.phone && $0.value == "781 1704" })
        #expect(detected("28-64-66-98-Fax").contains { $0.type == PIIType.phone && $0.value == "28-64-66-98" })
        #expect(!detected("we shipped 781 1704 parcels").contains { $0.type == PIIType.phone })
    }

    @Test func houseNumbersBeforeAStreetAreNoPhone() {
        #expect(!detected("She lives at 4410 27 Marathonos Str., Larnaca").contains { $0.type == PIIType.phone })
        #expect(detected("reach me at 0699 868 88 55 tonight").contains { $0.type == PIIType.phone && $0.value == "0699 868 88 55" })
        #expect(detected("Reach me at 781 1704 Office hours only").contains { $0.type == PIIType.phone && $0.value == "781 1704" })
    }

    @Test func nationalIdentifiersWithCheckDigits() {
        #expect(detected("Aadhaar: 2345 6789 0124").contains { $0.type == PIIType.indianAadhaar && $0.value == "2345 6789 0124" })
        #expect(detected("CPF 111.444.777-35").contains { $0.type == PIIType.brazilianCPF && $0.value == "111.444.777-35" })
        #expect(!detected("CPF 111.444.777-36").contains { $0.type == PIIType.brazilianCPF })
        #expect(detected("DNI 12345678Z del titular").contains { $0.type == PIIType.spanishDNI })
        #expect(!detected("DNI 12345678A del titular").contains { $0.type == PIIType.spanishDNI })
        // `Q` is never a first prefix letter.
        #expect(!detected("NI number QQ123456C").contains { $0.type == PIIType.ukNINO })
        #expect(detected("NI number AB123456C on file").contains { $0.type == PIIType.ukNINO })
        #expect(detected("BSN: 111222333").contains { $0.type == PIIType.dutchBSN })
    }

    @Test func passportNeedsContextWord() {
        #expect(detected("passport number X1234567 expires soon").contains { $0.type == PIIType.passport && $0.value == "X1234567" })
        #expect(!detected("build X1234567 expires soon").contains { $0.type == PIIType.passport })
        #expect(detected("Numéro de passeport : 19AB12345").contains { $0.type == PIIType.passport && $0.value == "19AB12345" })
    }

    @Test func chineseResidentIDIsSurerAfterItsChineseName() {
        func confidence(_ text: String) -> Double? {
            CompositeDetector.standard().detect(in: text).first { $0.type == PIIType.chineseResidentID }?.confidence
        }
        #expect(confidence("身份证号码：440304198706152349") == 0.95)
        #expect(confidence("number 440304198706152349 on file") == 0.8)
    }

    /// Number detectors skip text without digits eight bytes at a time; a number must be found
    /// at every offset from such a block.
    @Test(arguments: 0..<18)
    func numbersAreFoundWhereverTheyStart(_ offset: Int) {
        let prefix = String(repeating: "a", count: offset)
        #expect(detected(prefix + " SSN 536-22-8104, thanks").contains { $0.type == PIIType.usSSN && $0.value == "536-22-8104" })
        #expect(detected(prefix + " IBAN DE89370400440532013000").contains { $0.type == PIIType.iban && $0.value == "DE89370400440532013000" })
    }

    @Test func networkAddresses() {
        #expect(detected("client 203.0.113.42 connected").contains { $0.type == PIIType.ipAddress && $0.value == "203.0.113.42" })
        #expect(!detected("version 1.2.300.4 released").contains { $0.type == PIIType.ipAddress })
        #expect(detected("from 2001:db8::8a2e:370:7334 now").contains { $0.type == PIIType.ipAddress && $0.value == "2001:db8::8a2e:370:7334" })
        #expect(detected("nic 00:1a:2b:3c:4d:5e up").contains { $0.type == PIIType.macAddress })
    }

    /// Each run of URL bytes is read once, however many schemes it holds.
    @Test func webAddressesInARunOfSchemes() {
        #expect(detected("go to http://example.com/a, then www.example.org/b.").filter { $0.type == PIIType.url }.map(\.value) == ["http://example.com/a", "www.example.org/b"])
        #expect(detected("see http://http://example.com/x").filter { $0.type == PIIType.url }.map(\.value) == ["http://http://example.com/x"])
        #expect(!detected(String(repeating: "http://", count: 30_000)).contains { $0.type == PIIType.url })
        #expect(detected(String(repeating: "http://", count: 30_000) + "a.io").filter { $0.type == PIIType.url }.count == 1)
    }

    @Test func dateOfBirthNeedsBirthContext() {
        #expect(detected("She was born on 03/14/1987 in Leeds").contains { $0.type == PIIType.dateOfBirth && $0.value == "03/14/1987" })
        #expect(detected("Meeting moved to 2024-06-01").contains { $0.type == PIIType.date })
    }

    /// A date-shaped number whose group overflows an `Int` once trapped the whole gateway.
    @Test(arguments: [
        "release 1.2.12345678901234567890",
        "born on 01/02/99999999999999999999",
        "date of birth 2024-06-123456789012345678901234",
        "age 99999999999999999999 years",
    ])
    func numberGroupsLongerThanAnIntAreNoDate(_ text: String) {
        let found = detected(text)
        #expect(!found.contains { [PIIType.date, PIIType.dateOfBirth, PIIType.age].contains($0.type) })
    }

    @Test func bitcoinAddressChecksum() {
        #expect(detected("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 now").contains { $0.type == PIIType.cryptoWallet })
        #expect(!detected("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3 now").contains { $0.type == PIIType.cryptoWallet })
    }
}
