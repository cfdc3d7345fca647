import Foundation
import Testing

@testable import ScimdocKit

/// The canary secret never reaches `description`, `dump` or encoded output.
@Suite struct SecretRedactionTests {
  static let entraBundle = """
    {"jobs": {"value": [{"templateId": "scim", "schedule": {"state": "Active", "interval": "PT40M"}}]},
     "secrets": {"value": [{"key": "BaseAddress", "value": "https://scim.example.test/"},
                           {"key": "SecretToken", "value": "\(NativeConfigExamples.canary)"}]}}
    """

  @Test(arguments: [NativeConfigExamples.full, entraBundle])
  func canaryNeverAppears(_ text: String) throws {
    let loaded = try ConfigLoader.load(file: SourceFile(path: "c.json", text: text))
    #expect(loaded.config.secretToken?.isPresent == true)
    var outputs = [
      String(describing: loaded), String(reflecting: loaded), String(describing: loaded.config),
      String(reflecting: loaded.config), "\(loaded.config.secretToken as Any)",
    ]
    var dumped = ""
    dump(loaded, to: &dumped)
    outputs.append(dumped)
    let encoder = JSONEncoder()
    encoder.outputFormatting = .prettyPrinted
    outputs.append(String(decoding: try encoder.encode(loaded), as: UTF8.self))
    outputs.append(String(decoding: try PropertyListEncoder().encode(loaded), as: UTF8.self))
    if let doc = loaded.config.neutralDocument() {
      outputs.append(String(decoding: doc.file.bytes, as: UTF8.self))
    }
    for output in outputs {
      #expect(!output.contains(NativeConfigExamples.canary))
      #expect(!output.contains("canary"))
    }
    #expect(dumped.contains("set"))
  }

  @Test func maskedAndEmptyTokens() {
    #expect(SecretValue(observing: "*").state == .masked)
    #expect(SecretValue(observing: "*").isPresent)
    #expect(SecretValue(observing: "").isPresent == false)
    #expect("\(SecretValue(observing: "abc"))" == SecretValue.redactedMarker)
  }

  @Test func errorsAboutTheTokenDoNotQuoteIt() throws {
    let text = #"{"provider": "okta", "secretToken": "canary", "secretToken": "canary"}"#
    #expect {
      _ = try ConfigLoader.load(file: SourceFile(path: "c.json", text: text))
    } throws: { error in
      guard let error = error as? InputError else { return false }
      return !error.message.text.contains("canary")
        && error.notes.allSatisfy { !$0.contains("canary") }
    }
  }
}

/// Error snippets never show a secret on the printed line.
@Suite struct SecretMaskingTests {
  func rendered(_ text: String) -> String {
    do {
      _ = try ConfigLoader.load(file: SourceFile(path: "c.json", text: text))
      return "(loaded)"
    } catch {
      return error.rendered
    }
  }

  @Test func loaderErrorOnAMinifiedLineMasksTheToken() {
    let out = rendered(#"{"provider": "okta", "secretToken": "s3cr3t-é", "scope": "some"}"#)
    #expect(!out.contains("s3cr3t"))
    #expect(out.contains(#""secretToken": "********""#))
    #expect(out.contains("^") && out.contains("'some' is not allowed"))
  }

  @Test func graphSecretValuesAreMasked() {
    let out = rendered(
      #"{"secrets": [{"key": "SecretToken", "value": "s3cr3t"}, {"key": "SyncAll", "value": "x"}]}"#
    )
    #expect(!out.contains("s3cr3t") && out.contains("SyncAll must be"))
    #expect(out.contains(#""value": "x""#))
  }

  @Test func syntaxErrorNearATokenMasksStringValues() {
    let out = rendered("{\"provider\": \"okta\", \"secretToken\": \"s3cr3t\" \"scope\": 1}")
    #expect(!out.contains("s3cr3t"))
    #expect(out.contains("\"secretToken\": \"******\""))
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
    // The caret still sits under the offending quote.
    #expect(lines.count == 3, "\(out)")
    #expect(lines.last?.count == 46 && lines[1].dropFirst(45).first == "\"", "\(out)")
  }
}
