import ScimdocKit

/// The page sentence a probe finding points at.
struct Anchor {
  var span: SourceSpan?
  var quote: String?
  /// The manifest key the sentence sets (`/tenantUrl`, `/users/mappings`).
  var key: String?
  var severity: Severity?

  init(_ requirement: Requirement) {
    span = requirement.source
    quote = requirement.quote
    key = requirement.key
    severity = requirement.severity
  }

  init(_ fact: Fact) {
    span = fact.source
    quote = fact.text
    key = nil
    severity = nil
  }

  init(page: String) {
    span = SourceSpan(path: page, line: 1, column: 1, endLine: 1, endColumn: 1)
  }

  var location: DiagnosticLocation? {
    span.map {
      DiagnosticLocation(
        file: $0.path, line: $0.line, column: $0.column, endLine: $0.endLine,
        endColumn: $0.endColumn)
    }
  }
}

extension Prober {
  /// The sentence naming the endpoint: the tenant URL, else the page's start.
  var endpointAnchor: Anchor {
    plan.tenantURL.map(Anchor.init) ?? Anchor(page: plan.page)
  }

  /// The sentence about Test Connection, else the tenant URL's.
  var testConnectionAnchor: Anchor {
    plan.testConnection.map(Anchor.init) ?? endpointAnchor
  }

  /// Records a failed step and its finding. Transport and HTTP findings take
  /// the rule's default severity; page checks the sentence's (`severity`).
  func fail(
    _ step: String, _ rule: String, _ message: String, _ anchor: Anchor,
    exchange: ProbeExchange?, pointer: String? = nil, key: String? = nil,
    severity: Severity? = nil, notes extra: [String] = []
  ) {
    let level = severity ?? ProbeRules.all.first { $0.id == rule }?.severity ?? .error
    var notes: [String] = []
    if let exchange { notes.append("HTTP exchange: \(exchange.summary)") }
    notes += extra
    if let pointer {
      notes.append("in the answer at JSON Pointer \(pointer.isEmpty ? "\"\"" : pointer)")
    }
    let requiredBy = anchor.location.flatMap { location in
      anchor.quote.map { RequiredBy(location: location, quote: $0) }
    }
    findings.append(
      Diagnostic(
        rule: rule, severity: level, message: message, location: anchor.location,
        key: key ?? "/probe/" + step, requiredBy: requiredBy, notes: notes))
    checks.append(
      CheckResult(
        id: "probe/" + step, rule: rule, title: title(step), status: .failed, message: message,
        requiredBy: requiredBy, severity: level))
  }

  /// Records a step that passed.
  func pass(_ step: String, _ anchor: Anchor) {
    let requiredBy = anchor.location.flatMap { location in
      anchor.quote.map { RequiredBy(location: location, quote: $0) }
    }
    checks.append(
      CheckResult(
        id: "probe/" + step, rule: "probe", title: title(step), status: .passed,
        requiredBy: requiredBy, severity: anchor.severity))
  }

  private func title(_ step: String) -> String {
    "probe " + step
  }
}
