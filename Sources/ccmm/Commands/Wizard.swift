import ArgumentParser
import Foundation
import MaturityCore
import MaturityPresentation
import MaturityTUI

/// Options of the two commands that open the wizard.
struct WizardOptions: ParsableArguments {
    @OptionGroup var libraryOptions: LibraryOptions
    @Option(help: "Interface language: zh or en (default: from the locale; an opened session's own language otherwise).")
    var lang: Language?
    @Option(help: "Folder of saved sessions (default: $CCMM_HOME, else $XDG_DATA_HOME/ccmm, else ~/.local/share/ccmm).")
    var dir: String?

    /// zh when the locale asks for Chinese, English otherwise.
    var language: Language { lang ?? .fromLocale(ProcessInfo.processInfo.environment) }
}
