import ArgumentParser
import MaturityPresentation
import Foundation
import MaturityCore

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Merge several assessors' sessions of the same questionnaire into a consensus session.",
        discussion: """
        Where the assessors agree, the answer is taken. Where they differ, the criterion is marked in \
        conflict, every assessor's ratings and notes are kept in the file, and the LOWER rating counts \
        until a facilitator settles it in the wizard (N/A against a rating counts as a disagreement). \
        Notes are combined under each assessor's name. Agreement is printed: exact agreement per angle, \
        and Cohen's kappa for two assessors or Fleiss' kappa for three or more (categories: the scale \
        values and N/A; questions some assessor left unanswered are left out). Sessions answered against \
        different questionnaires or versions are refused.
        """)

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "Two or more session files, one per assessor.") var sessions: [String] = []
    @Option(help: "The consensus session file to write; - writes it to standard output (the summary goes to standard error).") var output: String
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Option(help: "Language of the printed summary: zh or en (default: the first session's).") var lang: Language?

    func validate() throws {
        guard sessions.count >= 2 else { throw ValidationError("give at least two session files to merge") }
        var seen: Set<String> = []
        for path in sessions {
            let key = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            guard seen.insert(key).inserted else { throw ValidationError("\(path) is given twice") }
        }
    }

    func run() throws {
        var raw: [MergeInput] = []
        for path in sessions { raw.append(MergeInput(session: try SessionJournal.recover(path: path).session, file: path)) }
        do {
            try Consensus.checkSameQuestionnaire(raw)
        } catch {
            throw UserError(error.message)
        }
        guard let first = raw.first else { return }
        let q = try libraryOptions.library.load(first.session.questionnaire.id)
        var inputs: [MergeInput] = []
        var changed: [String] = []
        for input in raw {
            let reconciliation = try SessionReconciler.reconcile(input.session, with: q, file: input.file)
            if reconciliation.questionnaireChanged { changed.append(input.file) }
            inputs.append(MergeInput(session: reconciliation.session, file: input.file))
        }
        let result: MergeResult
        do {
            result = try Consensus.merge(inputs, questionnaire: q, at: Clock.now())
        } catch {
            throw UserError(error.message)
        }
        let language = lang ?? first.session.profile.language
        // With --output - the session goes to standard output and the summary to standard error.
        let toStandardOutput = output == StandardInput.dash
        if toStandardOutput {
            try StandardOutput.write(SessionStore.render(result.session, questionnaire: q))
        } else {
            if !force && FileManager.default.fileExists(atPath: output) {
                throw UserError("\(output): the file already exists; it was not overwritten (use --force to replace it)")
            }
            try SessionStore.save(result.session, questionnaire: q, to: output)
        }
        let say = { (text: String) throws in
            if toStandardOutput { StandardOutput.error(ControlCharacters.visible(text, keepNewlines: true)) } else { try printOut(text) }
        }
        try say(MergeText.render(result, questionnaire: q, output: output, language: language))
        if !changed.isEmpty {
            try say(language == .zh
                ? "注意：这些文件是按问卷的另一版本作答的，答案已按条目编号带入 \(q.version)：\(changed.joined(separator: ", "))\n"
                : "Note: these files were answered against another version of the questionnaire; answers were carried over by criterion id to \(q.version): \(changed.joined(separator: ", "))\n")
        }
    }
}
