import ArgumentParser
import Foundation
import ScimdocKit
import ScimdocProbe

extension SCIMDoc {
  struct Probe: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "probe",
      abstract: "Check a live SCIM endpoint against a setup page, as the identity provider would.",
      discussion: """
        PAGE is a setup page (or a manifest written by `scimdoc manifest`). The probe
        talks to the endpoint the page names (its tenant URL, or --url when the page
        gives only a template) with a bearer token read from an environment variable
        or a file, never from an argument. It:

          1. sends Entra's Test Connection, GET /Users?filter=userName eq "<random>",
             expecting 200 and an empty SCIM ListResponse;
          2. reads /ServiceProviderConfig, /Schemas and /ResourceTypes: does every
             attribute the page maps exist? is filtering supported for its matching
             attribute? is its authentication among authenticationSchemes?
          3. with --write only: creates one disposable user from the page's mapping
             table, finds it by the matching attribute, updates, deactivates and
             deletes it (deleted again even when a step fails).

        Findings are those of `lint`: each names the page sentence behind the check and
        the HTTP exchange (method, path, status, JSON Pointer into the answer).
        Timeouts, refused connections, TLS errors, redirects (never followed), bodies
        that are not JSON and 401/403/404/5xx answers are findings. Plain http:// is
        refused unless --allow-http-loopback is given and the host is 127.0.0.1, ::1 or
        localhost. The token never appears in any output.

        Exit codes as for lint: 0 clean, 1 findings at or above --fail-level, 2 the
        probe could not start (usage, unreadable page, no usable URL or token).

        Examples:
          export SCIM_TOKEN=...   # from your SCIM service
          scimdoc probe content/setting-up-scim-with-okta.md --token-env SCIM_TOKEN
          scimdoc probe docs/scim.md --url https://scim.example.com/v2 \\
            --token-file ~/.scim-token --write --format sarif > probe.sarif
          scimdoc probe page.md --url http://127.0.0.1:8080/v2 --allow-http-loopback \\
            --token-env SCIM_TOKEN --verbose
        """)

    @Argument(help: "The setup page (Markdown), or a manifest JSON written by `scimdoc manifest`.")
    var page: String

    @Option(help: "The SCIM base URL (default: the tenant URL the page gives).")
    var url: String?

    @Option(
      name: .customLong("token-env"),
      help: ArgumentHelp("Read the bearer token from this environment variable.", valueName: "name")
    )
    var tokenEnv: String?

    @Option(
      name: .customLong("token-file"),
      help: ArgumentHelp("Read the bearer token from this file.", valueName: "file"))
    var tokenFile: String?

    @Flag(
      name: .customLong("allow-http-loopback"),
      help: "Allow plain http:// to 127.0.0.1, ::1 or localhost (a local test server).")
    var allowHTTPLoopback = false

    @Flag(help: "Also create, find, update, deactivate and delete one disposable user.")
    var write = false

    @Option(help: "Seconds to wait for each answer.")
    var timeout: Double = 10

    @Flag(
      name: .shortAndLong,
      help: "List each request on stderr: method, path and query, status, time.")
    var verbose = false

    @OptionGroup var output: OutputOptions
    @OptionGroup var files: ReportFileOptions
    @OptionGroup var manifestOptions: ManifestOptions
    @OptionGroup var input: InputOptions

    func validate() throws {
      if (tokenEnv == nil) == (tokenFile == nil) {
        throw ValidationError(
          "give the token with exactly one of --token-env NAME or --token-file FILE")
      }
      if !(timeout > 0 && timeout <= 600) {
        throw ValidationError("--timeout must be between 0 and 600 seconds")
      }
    }

    func run() throws {
      _ = try output.destinations(files.output)  // usage errors before any work
      try runReportingErrors(format: output.format) {
        let token = try ProbeSession.token(env: tokenEnv, file: tokenFile, loader: input.loader)
        let session = try ProbeSession(
          path: page, url: url, allowHTTPLoopback: allowHTTPLoopback,
          pipeline: try manifestOptions.pipeline(input, from: page))
        let redactor = Redactor(secrets: [token])
        let transport = HTTPTransport(base: session.target, token: token, timeout: timeout)
        if verbose { log(redactor.scrub("probe: base URL \(session.target.url)")) }
        let prober = Prober(transport: transport, plan: session.plan) { [verbose] exchange in
          if verbose { log(redactor.scrub(exchange.logLine)) }
        }
        let report = prober.run(write: write)
        try output.emit(
          report, context: output.context(sources: session.sources, redactor: redactor),
          outputs: files.output)
      }
    }
  }
}
