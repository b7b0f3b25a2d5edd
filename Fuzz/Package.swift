// swift-tools-version: 6.0
// libFuzzer harnesses for the three parsers of MaturityCore. Built on its own
// (see README.md), because every target needs -sanitize=fuzzer and
// -parse-as-library, which the main package must not get.
import PackageDescription

let package = Package(
    name: "ccmm-fuzz",
    dependencies: [
        .package(name: "ccmm", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, and a small questionnaire of each kind for the session and CSV harnesses.
        .target(name: "FuzzSupport", dependencies: [.product(name: "MaturityCore", package: "ccmm")],
                swiftSettings: [.enableExperimentalFeature("Extern")]),
        .executableTarget(name: "FuzzQuestionnaire", dependencies: ["FuzzSupport", .product(name: "MaturityCore", package: "ccmm")]),
        .executableTarget(name: "FuzzSession", dependencies: ["FuzzSupport", .product(name: "MaturityCore", package: "ccmm")]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "MaturityCore", package: "ccmm")]),
    ],
    swiftLanguageModes: [.v6]
)
