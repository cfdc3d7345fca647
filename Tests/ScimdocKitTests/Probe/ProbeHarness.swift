import Foundation
import ScimdocKit
import ScimdocProbe

/// Runs the probe in process, with the real HTTP transport, on a fixture page.
enum ProbeHarness {
  /// The plan of `page`: `examples/tallyframe-entra.md` (the README's
  /// example, which scim2-server fully supports) or a `Probe/Fixtures` page.
  static func plan(_ page: String) throws -> ProbePlan {
    ProbePlan(try TestPipeline.manifest(path(page)))
  }

  /// Where `page` is.
  static func path(_ page: String) -> String {
    page == "tallyframe-entra.md"
      ? TestPaths.packageRoot.appendingPathComponent("examples/\(page)").path
      : TestPaths.fixture("Probe", page)
  }

  /// Probes `base` as `page` says, with `token`.
  static func probe(
    _ page: String, base: String, token: String, write: Bool = false, timeout: Double = 10
  ) throws -> (report: Report, exchanges: [ProbeExchange]) {
    let target = try ProbeTarget.parse(base, allowHTTPLoopback: true).get()
    let transport = HTTPTransport(base: target, token: token, timeout: timeout)
    let prober = Prober(transport: transport, plan: try plan(page))
    let report = prober.run(write: write)
    return (report, prober.exchanges)
  }

  /// The users the server holds now (`GET /Users`), by user name.
  static func userNames(base: String, token: String) throws -> [String] {
    let target = try ProbeTarget.parse(base, allowHTTPLoopback: true).get()
    let answer = try HTTPTransport(base: target, token: token, timeout: 10)
      .send(ProbeRequest(method: "GET", path: "/Users")).get()
    let json = try ProbeJSON.parse(answer.body).get()
    return (json.member("Resources")?.array ?? []).compactMap { $0.member("userName")?.string }
  }
}

extension Report {
  /// The rule ids of the findings, sorted.
  var ruleIDs: [String] { findings.map(\.rule).sorted() }
}
