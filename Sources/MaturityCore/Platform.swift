// What every module above the core uses from the platform, imported once here
// for them: FoundationEssentials (files, dates, environment; no ICU, so the
// binary starts fast) where it exists, full Foundation elsewhere, and the C
// library (open, write, errno, signals).
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
#if canImport(Glibc)
@_exported import Glibc
#elseif canImport(Musl)
@_exported import Musl
#elseif canImport(Darwin)
@_exported import Darwin
#endif
