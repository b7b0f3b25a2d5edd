import ArgumentParser
import MaturityCore
import MaturityPresentation

struct PortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Many centres, many years: each centre's latest level, a heat map, trends and the weakest criteria.",
        discussion: """
        Reads the session files and folders given (folders recursively; hidden entries such as .git and \
        lock files are not read). Centres are told apart by the profile's centre and site; each centre's \
        assessments are ordered by date. Sessions are grouped by model (--model keeps one) and scored \
        against the built-in questionnaire of their id, as compare does: a session of another version \
        is carried over by criterion id and listed. Every file that is not used is listed with the reason. \
        html is one self-contained page with an SVG heat map and a trend line per centre; csv has one \
        section per table (UTF-8 with a byte-order mark); json is for scripts.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, csv, json }

    @OptionGroup var libraryOptions: LibraryOptions
    @Argument(help: "Session files and folders.") var paths: [String]
    @Option(help: "text, md, html, csv or json.") var format: Format = .text
    @Option(help: "The file to write (default: standard output).") var output: String?
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Option(help: "Only sessions of this questionnaire id (e.g. cc-cmm-oc).") var model: String?
    @Option(help: "Heat-map figure: method, execution or points (percent).") var heat: HeatMap.Measure = .points
    @Option(help: "Percent reading: strict (only 10s count) or weighted (a 5 counts half). Default: each questionnaire's.") var counting: Counting?
    @Option(help: "Language: zh or en (default: the locale).") var lang: Language?

    func run() throws {
        let library = libraryOptions.library
        let portfolio = Portfolio.read(paths: paths, options: Portfolio.Options(model: model, counting: counting)) { id throws(LoadError) in
            try library.load(id)
        }
        let catalog = Catalog(lang ?? Language.fromLocale(ProcessInfo.processInfo.environment))
        let builder = PortfolioBuilder(portfolio, catalog: catalog, measure: heat, requestedModel: model)
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(TerminalWriter.write(builder.document()).utf8)
        case .md: bytes = Array(MarkdownWriter.write(builder.document()).utf8)
        case .html: bytes = Array(PortfolioHTML.page(builder).utf8)
        case .csv: bytes = Array(builder.csv().utf8)
        case .json: bytes = Array(JSONWriter.render(PortfolioJSON.encode(portfolio)).utf8)
        }
        guard let output else {
            try StandardOutput.write(bytes)
            return
        }
        if !force && FileManager.default.fileExists(atPath: output) {
            throw UserError(catalog.portfolio(.outputExists, [output]))
        }
        try AtomicFile.write(bytes, to: output)
        StandardOutput.error(catalog.portfolio(.written, [output]) + "\n")
    }
}

extension HeatMap.Measure: ExpressibleByArgument {}
