import MaturityCore
import MaturityPresentation

// The core reports problems as data; these tests read them as an English
// reader would, through the presentation layer's words.
extension Problem {
    var message: String { ProblemWords.message(kind, .en) }
}

extension JSONParser.SyntaxError {
    var message: String { ProblemWords.json(problem, .en) }
}

extension LoadError {
    /// Every problem as `ccmm --lang en` prints it.
    var english: String { ProblemWords.describe(self, .en) }
}
