import MaturityCore
@testable import MaturityPresentation
import Testing

/// The catalog is complete in both languages and its Chinese is Chinese.
struct CatalogTests {
    static func placeholders(_ template: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false)[0]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    @Test func everyKeyIsInBothLanguagesWithTheSamePlaceholders() {
        for key in Phrase.allCases {
            let zh = Words.zh[key], en = Words.en[key]
            #expect(zh != nil, "\(key) has no Chinese")
            #expect(en != nil, "\(key) has no English")
            if let zh, let en {
                // Chinese has no plurals, so a placeholder used only to choose an English form may be absent in zh.
                #expect(Self.placeholders(zh).isSubset(of: Self.placeholders(en)), "\(key): \(zh) / \(en)")
            }
        }
        #expect(Words.zh.count == Phrase.allCases.count)
        #expect(Words.en.count == Phrase.allCases.count)
    }

    /// A side table (the wizard's, the plain wizard's, the portfolio's) has
    /// every key in both languages, with the same placeholders.
    static func checkComplete<Key: CaseIterable & Hashable>(_ zh: [Key: String], _ en: [Key: String]) {
        for key in Key.allCases {
            #expect(zh[key] != nil, "\(key) has no Chinese")
            #expect(en[key] != nil, "\(key) has no English")
            if let zh = zh[key], let en = en[key] {
                #expect(placeholders(zh).isSubset(of: placeholders(en)), "\(key): \(zh) / \(en)")
            }
        }
        #expect(zh.count == Key.allCases.count)
        #expect(en.count == Key.allCases.count)
    }

    @Test func everySideTableIsComplete() {
        Self.checkComplete(WizardWords.zh, WizardWords.en)
        Self.checkComplete(PlainWords.zh, PlainWords.en)
        Self.checkComplete(PortfolioWords.zh, PortfolioWords.en)
        Self.checkComplete(ProblemTable.zh, ProblemTable.en)
    }

    @Test func wizardWordsAreFilled() {
        #expect(Catalog.zh.wizard(.criterionPosition, 3, 170) == "条目 3/170")
        #expect(Catalog.en.wizard(.criteriaCount, 1) == "1 criterion")
        #expect(Catalog.en.wizard(.criteriaCount, 4) == "4 criteria")
        #expect(Catalog.en.wizard(.searchPosition, 2, 5, "IVR") == "\"IVR\": match 2 of 5 (Tab next, Shift-Tab previous)")
    }

    @Test func placeholdersAndPluralsAreFilled() {
        #expect(Catalog.en(.shortCriteriaAtTop, 1, 10) == "1 more criterion at 10")
        #expect(Catalog.en(.shortCriteriaAtTop, 12, 10) == "12 more criteria at 10")
        #expect(Catalog.zh(.shortCriteriaAtTop, 12, 10) == "还需 12 条评为 10 分")
        #expect(Catalog.en(.requirementPercent, "1.0–4.0", "Method", 90) == "Method ≥ 90% in 1.0–4.0")
        // A brace in an argument is not read as a placeholder.
        #expect(Catalog.en(.yearsValue, "{1}") == "{1} years")
    }

    @Test func localeDecidesTheDefaultLanguage() {
        #expect(Language.fromLocale(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromLocale(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.fromLocale(["LC_ALL": "", "LC_MESSAGES": "zh_TW"]) == .zh)
        #expect(Language.fromLocale([:]) == .en)
    }
}
