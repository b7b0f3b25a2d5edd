// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "ccmm",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ccmm", targets: ["ccmm"]),
        .library(name: "MaturityCore", targets: ["MaturityCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure domain logic: questionnaires, sessions, scoring. No terminal, no I/O beyond files.
        .target(name: "MaturityCore", dependencies: ["CBuiltInQuestionnaires"]),
        // The four questionnaires of Questionnaires/, compiled into the binary (C23 #embed).
        .target(name: "CBuiltInQuestionnaires"),
        // The only C in the project: a shim that exposes the wide-character ncurses API to Swift.
        // No pkgConfig: SwiftPM would warn about the -D flags it drops, and the
        // shim defines what they set; the header is on the default include path.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // Terminal building blocks with no knowledge of maturity models: display width,
        // the cell grid views draw into, key decoding, line editing, and the one ncurses backend.
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        // Says what the core computes: one bilingual catalog of every word, a neutral
        // document per result, one formatter per kind of figure, and the writers
        // (terminal text, Markdown, HTML, CSV) that own each format's escaping.
        .target(name: "MaturityPresentation", dependencies: ["MaturityCore", "TerminalUI"]),
        // The wizard: state, update and views, on top of the core and the terminal blocks.
        .target(name: "MaturityTUI", dependencies: ["MaturityCore", "MaturityPresentation", "TerminalUI"]),
        // SHA-256 of evidence files through the system's libcrypto (see the shim for why).
        .systemLibrary(name: "CLibCrypto", path: "Sources/CLibCrypto", providers: [.apt(["libssl-dev"])]),
        .target(name: "FileDigest", dependencies: ["CLibCrypto"]),
        // XLSX workbooks: typed cells and sheet XML written here, zipped by zlib's minizip (see its shim for why).
        .systemLibrary(name: "CMinizip", path: "Sources/CMinizip", providers: [.apt(["libminizip-dev"])]),
        .target(name: "XLSXWriter", dependencies: ["TerminalUI", "CMinizip"]),
        .executableTarget(name: "ccmm", dependencies: [
            "MaturityCore", "MaturityPresentation", "MaturityTUI", "TerminalUI", "FileDigest", "XLSXWriter",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: prints a table of timings, bytes and memory (scripts/bench, release build).
        .executableTarget(name: "ccmm-bench", dependencies: ["MaturityCore", "MaturityTUI", "TerminalUI"]),
        // Corpus/ holds the bad-input files BadInputCorpusTests reads from the source tree.
        .testTarget(name: "MaturityCoreTests", dependencies: ["MaturityCore", "MaturityPresentation"], exclude: ["Corpus"]),
        .testTarget(name: "MaturityPresentationTests", dependencies: ["MaturityPresentation", "MaturityCore"]),
        // Runs the built `ccmm` binary. Snapshots/ holds its recorded output
        // (CCMM_RECORD_SNAPSHOTS=1 records it again, for review in the diff).
        .testTarget(name: "CommandLineTests", dependencies: ["MaturityCore", "MaturityPresentation"], exclude: ["Snapshots"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        // The ccmm executable's own types: the quick reading of `ccmm open FILE` against ArgumentParser's.
        .testTarget(name: "CommandParsingTests", dependencies: ["ccmm", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .testTarget(name: "ExportTests", dependencies: ["XLSXWriter", "FileDigest", "MaturityCore"]),
        .testTarget(name: "MaturityTUITests", dependencies: ["MaturityTUI", "MaturityCore", "MaturityPresentation", "TerminalUI"]),
    ],
    swiftLanguageModes: [.v6]
)
