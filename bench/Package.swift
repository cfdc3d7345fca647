// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder.
let rootName = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent

// Benchmarks for scimdoc, kept apart so the main package stays lean.
// Run: swift run -c release --package-path bench markdown-bench FILES...
let package = Package(
  name: "scimdoc-bench",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "markdown-bench",
      dependencies: [.product(name: "ScimdocKit", package: rootName)],
      path: "Sources/MarkdownBench"
    )
  ],
  swiftLanguageModes: [.v6]
)
