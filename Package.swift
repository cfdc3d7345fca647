// swift-tools-version: 6.0
// scimdoc: Copyright 2026 the scimdoc authors.
// Licensed under the Apache License, Version 2.0 (see LICENSE).
// SPDX-License-Identifier: Apache-2.0
import PackageDescription

let package = Package(
  name: "scimdoc",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "scimdoc", targets: ["scimdoc"]),
    .library(name: "ScimdocKit", targets: ["ScimdocKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    // AsyncHTTPClient's own SwiftNIO, named for the request and deadline types.
    .package(url: "https://github.com/apple/swift-nio.git", from: "2.100.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CYaml",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .target(
      name: "ScimdocKit",
      dependencies: [
        "CYaml",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      // Compiled in (BuiltInResources+Embedded.swift, made from these files by
      // scripts/embed-resources.py), so the binary needs no folder beside it.
      exclude: ["Resources"]
    ),
    // `scimdoc probe`: the HTTP side, kept out of ScimdocKit so the core
    // library stays free of SwiftNIO.
    .target(
      name: "ScimdocProbe",
      dependencies: [
        "ScimdocKit",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
      ]
    ),
    .executableTarget(
      name: "scimdoc",
      dependencies: [
        "ScimdocKit",
        "ScimdocProbe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "scimdoc-fuzz",
      dependencies: ["ScimdocKit"]
    ),
    .testTarget(
      name: "ScimdocKitTests",
      dependencies: ["ScimdocKit", "ScimdocProbe"],
      exclude: [
        "Extract/Fixtures", "Checklist/Snapshots", "Check/Fixtures", "Check/Snapshots",
        "Lint/Fixtures", "Probe/Fixtures",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
