import MaturityCore

/// `ccmm`, `ccmm start` and `ccmm open FILE` read without ArgumentParser,
/// whose reflection over the command types is a sixth of the wizard's
/// start-up.
///
/// Only the plainest spellings are taken: the wizard's options each at most
/// once, as separate words (`--lang en`, not `--lang=en`), with values
/// ArgumentParser would accept, and for `open` one session file. Anything
/// else — help, a repeated or unknown option, a value that is refused, `-`
/// — gives nil, and ArgumentParser parses the command and says what is
/// wrong. QuickWizardTests checks that both read every accepted line the
/// same way.
enum QuickWizard {
    enum Parsed: Equatable {
        case start(WizardSettings)
        case open(WizardSettings, session: String, questionnaire: String?)
    }

    static func parse(_ arguments: [String]) -> Parsed? {
        var words = arguments[...]
        let opening: Bool
        switch words.first {
        case "open", "start":
            opening = words.first == "open"
            words = words.dropFirst()
        case let first? where first.hasPrefix("-"): opening = false   // the start screen is the default command
        case nil: return .start(WizardSettings())
        default: return nil
        }
        var settings = WizardSettings()
        var session: String?, questionnaire: String?
        var given = Set<String>()
        var iterator = words.makeIterator()
        while let word = iterator.next() {
            guard word.hasPrefix("-") else {
                guard opening, session == nil else { return nil }
                session = word
                continue
            }
            guard given.insert(word).inserted else { return nil }
            switch word {
            case "--plain": settings.plain = true
            case "--ascii": settings.ascii = true
            case "--lang":
                guard let value = iterator.next(), let language = Language(rawValue: value) else { return nil }
                settings.lang = language
            case "--dir", "--questionnaires-dir":
                guard let value = iterator.next(), !value.hasPrefix("-") else { return nil }
                if word == "--dir" { settings.dir = value } else { settings.questionnairesDirectory = value }
            case "--questionnaire" where opening:
                guard let value = iterator.next(), !value.hasPrefix("-") else { return nil }
                questionnaire = value
            default: return nil
            }
        }
        guard opening else { return .start(settings) }
        guard let session else { return nil }
        return .open(settings, session: session, questionnaire: questionnaire)
    }
}
