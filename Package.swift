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
    .executableTarget(
      name: "scimdoc",
      dependencies: [
        "ScimdocKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "scimdoc-fuzz",
      dependencies: ["ScimdocKit"]
    ),
    .testTarget(
      name: "ScimdocKitTests",
      dependencies: ["ScimdocKit"],
      exclude: [
        "Extract/Fixtures", "Checklist/Snapshots", "Check/Fixtures", "Check/Snapshots",
        "Lint/Fixtures",
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
