import Foundation

/// Latin words allowed in Chinese output: ids, model and level codes, units,
/// file names. Everything else in Chinese output must be Chinese.
enum LatinWords {
    static let allowed: Set<String> = [
        // model and questionnaire codes
        "CC", "CMM", "OC", "SEE", "CCCS", "OP", "V7", "cc", "cmm", "oc", "see", "cccs", "op", "v7", "outline",
        // level codes and units
        "L0", "L1", "L2", "L3", "L4", "L5", "pass", "five", "star", "conditional", "fail", "withheld",
        "YYYY", "MM", "DD", "MB", "Ctrl", "Esc", "Enter", "Tab", "PgUp", "PgDn", "Delete", "F2", "fg", "ccmm",
        // the XLSX format and the command-line flags messages name
        "xlsx", "hash", "check", "output",
        // acronyms the standards' Chinese text itself uses
        "IT", "IVR", "CTI", "CRM", "CRUCIAL",
        "Cohen", "Fleiss", "kappa", "json", "csv", "md", "html", "text", "zh", "en", "id", "CSV", "JSON", "HTML", "UTF",
    ]

    /// Runs of ASCII letters (with digits) not in the allowed list. Command-line
    /// options (`--force`) and environment variables (`CCMM_HOME`) are names
    /// the user types, so they stay as they are.
    static func unexpected(in text: String, alsoAllowed: Set<String> = []) -> [String] {
        let text = text.replacing(/--[a-z][a-z-]*/, with: "").replacing(/[A-Z]+(_[A-Z]+)+/, with: "")
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII && (CharacterSetLike.letter(scalar) || (!current.isEmpty && CharacterSetLike.digit(scalar))) {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        // Module codes (M1…M9) are ids.
        return words.filter { !allowed.contains($0) && !alsoAllowed.contains($0) && !($0.count == 2 && $0.hasPrefix("M") && $0.last?.isNumber == true) }
    }

    enum CharacterSetLike {
        static func letter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        static func digit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    }
}
