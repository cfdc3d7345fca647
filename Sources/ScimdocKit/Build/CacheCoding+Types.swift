/// The binary cache form of each type a ``CacheEntry`` holds, field by field.
extension CacheEntry {
  /// True when some text in the entry looks like a secret to the redactor
  /// (such entries are not cached).
  var holdsSecretLookingText: Bool {
    var probe = CacheWriter()
    probe.probingSecrets = true
    // The page's own strings (links, findings) are also probed with the
    // page masker; the artifacts were rendered from a masked manifest, and
    // their hashes beside the word "secret" are not secrets.
    probe.probingPageText = true
    analysis.write(to: &probe)
    probe.probingPageText = false
    for text in artifacts?.files.values.sorted() ?? [] { probe.string(text) }
    return probe.sawSecret
  }

  func write(to w: inout CacheWriter) {
    w.string(key)
    analysis.write(to: &w)
    w.optional(artifacts) { w, a in
      w.array(a.files.sorted { $0.key < $1.key }) { w, file in
        w.string(file.key)
        w.string(file.value)
      }
      w.optional(a.provider) { $0.string($1) }
      w.int(a.requirements)
    }
  }

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    let key = try r.string()
    let analysis = try PageAnalysis(from: &r)
    let artifacts = try r.optional { r throws(CacheReader.Malformed) in
      let pairs = try r.array { r throws(CacheReader.Malformed) in (try r.string(), try r.string())
      }
      return PageArtifacts(
        files: Dictionary(pairs, uniquingKeysWith: { a, _ in a }),
        provider: try r.optional { r throws(CacheReader.Malformed) in try r.string() },
        requirements: try r.int())
    }
    self.init(key: key, analysis: analysis, artifacts: artifacts)
  }
}

extension PageAnalysis {
  func write(to w: inout CacheWriter) {
    w.string(path)
    w.string(contentHash)
    w.optional(title) { $0.string($1) }
    w.optional(pageID) { $0.string($1) }
    w.optional(pageIDLocation) { $1.write(to: &$0) }
    w.array(anchors) { $0.string($1) }
    w.array(links) { w, link in
      w.string(link.destination)
      link.location.write(to: &w)
      w.bool(link.inContents)
    }
    w.array(findings) { $1.write(to: &$0) }
    w.array(suppressions) { w, s in
      w.array(s.rules) { $0.string($1) }
      w.string(s.scope.rawValue)
      w.string(s.reason)
      w.int(s.targetLine)
      s.location.write(to: &w)
    }
    w.array(settings) { w, s in
      for field in [s.product, s.provider, s.key, s.value] { w.string(field) }
      s.location.write(to: &w)
    }
    w.bool(isSetupPage)
  }

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    typealias M = CacheReader.Malformed
    self.init(path: try r.string(), contentHash: try r.string())
    title = try r.optional { r throws(M) in try r.string() }
    pageID = try r.optional { r throws(M) in try r.string() }
    pageIDLocation = try r.optional { r throws(M) in try DiagnosticLocation(from: &r) }
    anchors = try r.array { r throws(M) in try r.string() }
    links = try r.array { r throws(M) in
      LinkRecord(
        destination: try r.string(), location: try DiagnosticLocation(from: &r),
        inContents: try r.bool())
    }
    findings = try r.array { r throws(M) in try Diagnostic(from: &r) }
    suppressions = try r.array { r throws(M) in
      let rules = try r.array { r throws(M) in try r.string() }
      guard let scope = Suppression.Scope(rawValue: try r.string()) else { throw M() }
      return Suppression(
        rules: rules, scope: scope, reason: try r.string(), targetLine: try r.int(),
        location: try DiagnosticLocation(from: &r))
    }
    settings = try r.array { r throws(M) in
      SettingRecord(
        product: try r.string(), provider: try r.string(), key: try r.string(),
        value: try r.string(), location: try DiagnosticLocation(from: &r))
    }
    isSetupPage = try r.bool()
  }
}

extension Diagnostic {
  func write(to w: inout CacheWriter) {
    w.string(rule)
    w.string(severity.rawValue)
    w.string(message)
    w.optional(location) { $1.write(to: &$0) }
    w.optional(key) { $0.string($1) }
    w.optional(requiredBy) { w, r in
      r.location.write(to: &w)
      w.string(r.quote)
    }
    w.optional(fix) { $0.string($1) }
    w.array(notes) { $0.string($1) }
    w.bool(suppressed)
    w.optional(suppressionReason) { $0.string($1) }
    w.optional(quotes) { w, q in w.array(q) { $0.string($1) } }
    w.array(edits) { w, e in
      for v in [e.offset, e.length, e.line, e.column, e.endLine, e.endColumn] { w.int(v) }
      w.string(e.text)
    }
  }

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    typealias M = CacheReader.Malformed
    let rule = try r.string()
    guard let severity = Severity(rawValue: try r.string()) else { throw M() }
    self.init(
      rule: rule, severity: severity, message: try r.string(),
      location: try r.optional { r throws(M) in try DiagnosticLocation(from: &r) },
      key: try r.optional { r throws(M) in try r.string() },
      requiredBy: try r.optional { r throws(M) in
        RequiredBy(location: try DiagnosticLocation(from: &r), quote: try r.string())
      },
      fix: try r.optional { r throws(M) in try r.string() },
      notes: try r.array { r throws(M) in try r.string() }, suppressed: try r.bool(),
      suppressionReason: try r.optional { r throws(M) in try r.string() },
      quotes: try r.optional { r throws(M) in try r.array { r throws(M) in try r.string() } },
      edits: try r.array { r throws(M) in
        FixEdit(
          offset: try r.int(), length: try r.int(), line: try r.int(), column: try r.int(),
          endLine: try r.int(), endColumn: try r.int(), text: try r.string())
      })
  }
}

extension DiagnosticLocation {
  func write(to w: inout CacheWriter) {
    w.string(file)
    for v in [line, column, endLine, endColumn] { w.int(v) }
    w.optional(pointer) { $0.string($1) }
  }

  init(from r: inout CacheReader) throws(CacheReader.Malformed) {
    self.init(
      file: try r.string(), line: try r.int(), column: try r.int(), endLine: try r.int(),
      endColumn: try r.int(),
      pointer: try r.optional { r throws(CacheReader.Malformed) in try r.string() })
  }
}
