import PalisadeCore
import Testing
@testable import PalisadeDetection

@Suite struct EntityDetectionTests {
    @Test func personAfterNameCue() {
        #expect(detected("Hello, my name is Ana Kovač and I need help.").contains { $0.type == PIIType.person && $0.value == "Ana Kovač" })
    }

    @Test func honorificGivesTitleAndPerson() {
        let found = detected("Please forward this to Mrs. Okonkwo today.")
        #expect(found.contains { $0.type == PIIType.title && $0.value == "Mrs." })
        #expect(found.contains { $0.type == PIIType.person && $0.value == "Okonkwo" })
    }

    @Test func streetAddressWithUnitAndTown() {
        let found = detected("Ship it to 221 Baker Street, Apt. 4, London please.")
        #expect(found.contains { $0.type == PIIType.streetAddress && $0.value.hasPrefix("221 Baker Street, Apt. 4") })
    }

    @Test func europeanStreetWithNumberAfter() {
        #expect(detected("Meet me at Hauptstrasse 12 tomorrow").contains { $0.type == PIIType.streetAddress && $0.value == "Hauptstrasse 12" })
    }

    @Test func placesAndGroups() {
        let found = detected("We flew from Lisbon to visit our Brazilian friends.")
        #expect(found.contains { $0.type == PIIType.location && $0.value == "Lisbon" })
        #expect(found.contains { $0.type == PIIType.nationality && $0.value == "Brazilian" })
    }

    @Test func headingsAndSentenceStartsAreNotPeople() {
        let found = detected("The Quarterly Report was shared. Mission Statement follows.")
        #expect(!found.contains { $0.type == PIIType.person })
    }

    @Test func organisationByDesignator() {
        #expect(detected("She joined Northwind Traders Ltd. last year").contains { $0.type == PIIType.organization && $0.value == "Northwind Traders Ltd." })
    }
}
