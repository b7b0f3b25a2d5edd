import MaturityCore

/// `ccmm open FILE` read without ArgumentParser, whose reflection over the
/// command types is a sixth of the wizard's start-up.
///
/// Only the plainest spellings are taken: the session file, then the
/// wizard's options each at most once, as separate words (`--lang en`, not
/// `--lang=en`), with values ArgumentParser would accept. Anything else —
/// help, a repeated or unknown option, a value that is refused, `-` — gives
/// nil, and ArgumentParser parses the command and says what is wrong.
/// QuickOpenTests checks that both read every accepted line the same way.
enum QuickOpen {
    struct Parsed: Equatable {
        var settings: WizardSettings
        var session: String
        var questionnaire: String?
    }

    static func parse(_ arguments: [String]) -> Parsed? {
        guard arguments.first == "open" else { return nil }
        var settings = WizardSettings()
        var session: String?, questionnaire: String?
        var given = Set<String>()
        var words = arguments.dropFirst().makeIterator()
        while let word = words.next() {
            guard word.hasPrefix("-") else {
                guard session == nil else { return nil }
                session = word
                continue
            }
            guard given.insert(word).inserted else { return nil }
            switch word {
            case "--plain": settings.plain = true
            case "--ascii": settings.ascii = true
            case "--lang":
                guard let value = words.next(), let language = Language(rawValue: value) else { return nil }
                settings.lang = language
            case "--dir", "--questionnaire", "--questionnaires-dir":
                guard let value = words.next(), !value.hasPrefix("-") else { return nil }
                if word == "--dir" { settings.dir = value }
                if word == "--questionnaire" { questionnaire = value }
                if word == "--questionnaires-dir" { settings.questionnairesDirectory = value }
            default: return nil
            }
        }
        guard let session else { return nil }
        return Parsed(settings: settings, session: session, questionnaire: questionnaire)
    }
}
