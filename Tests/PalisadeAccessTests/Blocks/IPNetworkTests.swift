import PalisadeAccess
import Testing

@Suite struct IPNetworkTests {
    @Test(arguments: [
        ("192.0.2.1", "192.0.2.1"),
        ("0.0.0.0", "0.0.0.0"),
        ("::", "0:0:0:0:0:0:0:0"),
        ("::1", "0:0:0:0:0:0:0:1"),
        ("2001:db8::8a2e:370:7334", "2001:db8:0:0:0:8a2e:370:7334"),
        ("fe80::", "fe80:0:0:0:0:0:0:0"),
        ("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"),
        ("64:ff9b::192.0.2.33", "64:ff9b:0:0:0:0:c000:221"),
        ("::ffff:192.0.2.1", "192.0.2.1"),
    ])
    func addressesParse(_ text: String, _ canonical: String) throws {
        #expect(try #require(IPAddress(text)).description == canonical)
    }

    @Test(arguments: [
        "", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "1.2.3.4 ", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1:2", "1:2:", "12345::",
        "g::1", "::1.2.3", "1:2:3:4:5:6:7:1.2.3.4", "fe80::1%eth0",
    ])
    func malformedAddressesDoNotParse(_ text: String) {
        #expect(IPAddress(text) == nil)
    }

    @Test func networksClearHostBitsAndRejectBadPrefixes() throws {
        #expect(try #require(IPNetwork("10.1.2.3/8")).description == "10.0.0.0/8")
        #expect(try #require(IPNetwork("2001:db8::1/32")).description == "2001:db8:0:0:0:0:0:0/32")
        #expect(IPNetwork("10.0.0.0/33") == nil)
        #expect(IPNetwork("::/129") == nil)
        #expect(IPNetwork("10.0.0.0/") == nil)
        let everything = try #require(IPNetwork("0.0.0.0/0"))
        #expect(everything.contains(try #require(IPAddress("203.0.113.9"))))
        #expect(!everything.contains(try #require(IPAddress("2001:db8::1"))))
    }
}
