/// The `type` strings of hidden-content findings.
public enum HiddenContentType {
    public static let tagCharacters = "UNICODE_TAG_CHARACTERS"
    public static let zeroWidthCharacters = "ZERO_WIDTH_CHARACTERS"
    public static let bidiControlCharacters = "BIDI_CONTROL_CHARACTERS"
    public static let confusableMixedScript = "CONFUSABLE_MIXED_SCRIPT"
    public static let hexEncodedText = "HEX_ENCODED_TEXT"
    public static let base64EncodedText = "BASE64_ENCODED_TEXT"

    /// Every type a hidden-content finding can carry.
    public static let all: Set<String> = [
        tagCharacters, zeroWidthCharacters, bidiControlCharacters, confusableMixedScript, hexEncodedText, base64EncodedText,
    ]
}
