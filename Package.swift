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
        .target(name: "MaturityCore"),
        // The only C in the project: a shim that exposes the wide-character ncurses API to Swift.
        // No pkgConfig: SwiftPM would warn about the -D flags it drops, and the
        // shim defines what they set; the header is on the default include path.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // Terminal building blocks with no knowledge of maturity models: display width,
        // the cell grid views draw into, key decoding, line editing, and the one ncurses backend.
        .target(name: "TerminalUI", dependencies: ["CNcursesw"]),
        // The wizard: state, update and views, on top of the core and the terminal blocks.
        .target(name: "MaturityTUI", dependencies: ["MaturityCore", "TerminalUI"]),
        .executableTarget(name: "ccmm", dependencies: [
            "MaturityCore", "MaturityTUI", "TerminalUI",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Benchmarks: prints a table of timings, bytes and memory (scripts/bench, release build).
        .executableTarget(name: "ccmm-bench", dependencies: ["MaturityCore", "MaturityTUI", "TerminalUI"]),
        // Corpus/ holds the bad-input files BadInputCorpusTests reads from the source tree.
        .testTarget(name: "MaturityCoreTests", dependencies: ["MaturityCore"], exclude: ["Corpus"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "MaturityTUITests", dependencies: ["MaturityTUI", "MaturityCore", "TerminalUI"]),
    ],
    swiftLanguageModes: [.v6]
)
