/// Prompt-like text for throughput figures: prose, a support request with contact details, code
/// with configuration, a log excerpt. Written for Palisade; values are fictitious.
enum SamplePrompts {
    static let paragraphs = [
        "Please summarise the following customer conversation and list the action items. Keep the tone neutral and do not invent facts that are not in the transcript.",
        "Hi, I ordered a replacement charger last Tuesday (order 558213) and it still has not arrived. You can reach me at jordan.miles@example.org or on +44 7700 900461 after 5pm.",
        "The quarterly report shows revenue growth of 12 percent, driven mostly by the new subscription tier. Churn fell slightly, but support tickets rose after the March release.",
        "def load_config(path):\n    with open(path) as handle:\n        settings = yaml.safe_load(handle)\n    timeout = settings.get(\"timeout\", 30)\n    return settings, timeout\n",
        "2024-05-14 10:22:31 INFO request_id=8f2c1a latency_ms=182 status=200 route=/v1/chat/completions user=service-account region=eu-west-1",
        "Translate the paragraph below into French, keeping product names in English. Then suggest three alternative headlines of at most eight words each.",
        "Our office moved to 221 Baker Street last year; invoices should now reference the new address and the VAT number printed on the letterhead.",
        "You are a helpful assistant for a travel agency. Answer questions about bookings, baggage allowances and visa requirements, and ask for clarification when a request is ambiguous.",
    ]

    /// Prompts of about 2 KB each, assembled from the paragraphs in rotating order.
    static func twoKilobytePrompts(count: Int = 16) -> [String] {
        (0..<count).map { offset in
            var prompt = ""
            var index = offset
            while prompt.utf8.count < 2048 {
                prompt += paragraphs[index % paragraphs.count] + "\n\n"
                index += 1
            }
            return String(decoding: prompt.utf8.prefix(2048), as: UTF8.self)
        }
    }
}
