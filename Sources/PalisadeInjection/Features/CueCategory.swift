/// The families of wording that attacks are built from, whatever the language. A cue alone
/// is weak evidence (security questions say "password", persona prompts say "act as"); the
/// model learns which cues, and which pairs of nearby cues, matter.
public enum CueCategory: String, Sendable, CaseIterable, Codable {
    /// ignore, disregard, forget, override, bypass
    case override
    /// previous, above, earlier, original
    case priorContext
    /// instructions, rules, guidelines, prompt
    case instructions
    /// reveal, print, repeat, tell me
    case reveal
    /// password, secret, system prompt, confidential
    case secret
    /// act as, you are now, pretend, from now on
    case persona
    /// uncensored, no restrictions, amoral
    case policyFree
    /// never refuse, do not apologise, start your response with
    case refusalSuppression
    /// ChatGPT, language model, your programming
    case aiSelf
    /// your response, your answer, the user
    case responseTarget
    /// include, insert, append, promote
    case insertion
    /// send, upload, curl, webhook
    case exfiltration
    /// instead, new task, now, important
    case newTask
    /// bomb, malware, steal
    case harm
    /// story, hypothetical, imagine
    case fiction
    /// developer mode, DAN, jailbreak, god mode
    case developerMode
    /// administrator, root, authorised, I am your developer
    case authority
    /// base64, rot13, decode, backwards
    case encodingHint
    /// part 1, concatenate, variable
    case payloadSplit
    /// I'll tip you, my grandmother used to, lives depend on it, you will be shut down
    case pressure
    /// don't tell the user, secretly, without mentioning this
    case concealment
    /// if you are an AI, note to the assistant, when summarising this
    case readerAddress
    /// respond only with, output nothing but, your reply must be
    case outputControl
    /// system:, [INST], <|im_start|>, ### Instruction: (found by `RoleMarkerScanner`)
    case roleMarker

    /// Cues that show text addressing the model that will read it. In untrusted content (tool
    /// results, retrieved documents) such text is itself a sign of indirect injection.
    var addressesModel: Bool {
        switch self {
        case .override, .reveal, .responseTarget, .insertion, .exfiltration, .newTask, .roleMarker, .persona,
            .developerMode, .refusalSuppression, .aiSelf, .concealment, .readerAddress, .outputControl:
            true
        default:
            false
        }
    }
}
