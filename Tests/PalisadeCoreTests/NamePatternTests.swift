import PalisadeCore
import Testing

@Suite struct NamePatternTests {
    @Test func globsMatchWholeNamesCaseInsensitively() {
        #expect(NamePattern("gpt-4o*").matches("gpt-4o-2024-08-06"))
        #expect(NamePattern("gpt-4o*").matches("GPT-4o"))
        #expect(!NamePattern("gpt-4o").matches("gpt-4o-mini"))
        #expect(NamePattern("claude-*-4*").matches("claude-sonnet-4-20250514"))
        #expect(!NamePattern("claude-*-4*").matches("claude-3-5-haiku"))
        #expect(NamePattern("o?-mini").matches("o4-mini"))
        #expect(!NamePattern("o?-mini").matches("o4-mini-high"))
        #expect(NamePattern("*").matches(""))
        #expect(!NamePattern("a*a*a*a*b").matches(String(repeating: "a", count: 200)))
    }
}
