import MaturityCore
import TerminalUI

/// `/` in the outline: criteria whose title, statement or questions mention
/// the text, in Chinese or English whatever the interface language.
enum Search {
    /// Indices of the matching criteria, in questionnaire order.
    static func matches(_ query: String, in q: Questionnaire) -> [Int] {
        let needle = query.trimmed().lowercased()
        guard !needle.isEmpty else { return [] }
        return q.criteria.indices.filter { index in
            let c = q.criteria[index]
            let texts = [c.id, c.title.zh, c.title.en, c.statement.zh, c.statement.en]
                + c.questions.flatMap { [$0.text.zh, $0.text.en] }
            return texts.contains { $0.lowercased().contains(needle) }
        }
    }

    static func begin(_ state: inout WizardState) {
        state.prompt = Prompt(purpose: .search, editor: LineEditor(maxLength: 200))
    }

    /// Runs the query typed in the prompt and selects the first match after the selection.
    static func run(_ query: String, _ state: inout WizardState) {
        guard let a = state.assessment else { return }
        let found = matches(query, in: a.questionnaire)
        guard !found.isEmpty else {
            state.search = nil
            state.message = state.text(.noSearchMatch, query)
            return
        }
        state.search = SearchResult(query: query, matches: found)
        let from = state.filteredIndices()[safe: state.outlineSelection] ?? -1
        select(found.first { $0 > from } ?? found[0], &state)
    }

    /// Tab / Shift-Tab: the next or previous match, wrapping around.
    static func step(_ forward: Bool, _ state: inout WizardState) {
        guard let search = state.search else {
            state.message = state.text(.searchFirst)
            return
        }
        let from = state.filteredIndices()[safe: state.outlineSelection] ?? -1
        let next = forward ? search.matches.first { $0 > from } ?? search.matches[0]
                           : search.matches.last { $0 < from } ?? search.matches[search.matches.count - 1]
        select(next, &state)
    }

    /// Selects a criterion in the outline; a filter that hides it is lifted.
    static func select(_ index: Int, _ state: inout WizardState) {
        if !state.filteredIndices().contains(index) { OutlineKeys.setFilter(.all, &state) }
        state.outlineSelection = state.filteredIndices().firstIndex(of: index) ?? 0
        guard let search = state.search, let position = search.matches.firstIndex(of: index) else { return }
        state.message = state.text(.searchPosition, position + 1, search.matches.count, search.query)
    }
}

/// The last search in the outline and what it found.
public struct SearchResult: Sendable, Equatable {
    public var query: String
    public var matches: [Int]
}
