import PalisadeCore

/// Several byte-scanning detectors run over one byte view of the text, with overlaps resolved.
/// The standard families (`pii`, `secrets`, `hidden`) are composites; so is the full set.
public struct CompositeDetector: ByteScanningDetector {
    public let name: String
    public let parts: [any ByteScanningDetector]

    public init(name: String, parts: [any ByteScanningDetector]) {
        self.name = name
        self.parts = parts
    }

    public func scan(_ text: UTF8Text, into findings: inout [Finding]) {
        for part in parts { part.scan(text, into: &findings) }
    }
}

extension CompositeDetector {
    /// Personal data: contact details, payment and bank data, national identifiers, network
    /// addresses, wallets, and names, places and organisations where context supports them.
    public static func pii() -> CompositeDetector {
        CompositeDetector(name: "pii", parts: [
            EmailDetector(), NumericPIIDetector(), IdentifierTokenDetector(), NetworkAddressDetector(), URLDetector(), NamedEntityDetector(),
        ])
    }

    /// Credentials: issuer token formats, private keys, JWTs, credentials in URLs, headers and
    /// command lines, and secrets assigned to secret-named variables.
    public static func secrets() -> CompositeDetector {
        CompositeDetector(name: "secrets", parts: [
            PrefixedTokenDetector(), PrivateKeyDetector(), JWTDetector(), CredentialURLDetector(), CommandLineCredentialDetector(),
            AssignmentSecretDetector(),
        ])
    }

    /// Content a human reviewer does not see: invisible characters, mixed-script look-alikes,
    /// encoded text.
    public static func hiddenContent() -> CompositeDetector {
        CompositeDetector(name: "hidden_content", parts: [InvisibleCharacterDetector(), ConfusableScriptDetector(), EncodedBlobDetector()])
    }

    /// Everything above: what `palisade check` and the gateway run by default.
    public static func standard() -> CompositeDetector {
        CompositeDetector(name: "sensitive_data", parts: [pii(), secrets(), hiddenContent()])
    }
}
