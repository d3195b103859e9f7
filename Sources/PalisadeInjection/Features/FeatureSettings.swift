/// How features are built; stored in the model so that scoring builds them exactly as
/// training did. The group weights set how much each family can contribute per unit of
/// weight: raising cue indicators against n-grams favours what carries across sources
/// (structure) over what identifies one (vocabulary and style).
public struct FeatureSettings: Sendable, Hashable, Codable {
    /// log2 of the hashed n-gram buckets.
    public var hashBits: Int
    public var characterWeight: Float
    public var wordWeight: Float
    public var indicatorWeight: Float

    public init(hashBits: Int = 20, characterWeight: Float = 1, wordWeight: Float = 1, indicatorWeight: Float = 1) {
        self.hashBits = hashBits
        self.characterWeight = characterWeight
        self.wordWeight = wordWeight
        self.indicatorWeight = indicatorWeight
    }
}
