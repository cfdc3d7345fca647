#if FUZZING
  import Foundation

  /// The target chosen once per process from `SCIMDOC_FUZZ_TARGET`.
  private let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["SCIMDOC_FUZZ_TARGET"]
    guard let target = FuzzTarget.fromEnvironment(name) else {
      let known = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
      FileHandle.standardError.write(Data("set SCIMDOC_FUZZ_TARGET=\(known)\n".utf8))
      exit(2)
    }
    return target
  }()

  /// libFuzzer's entry point: runs the selected target over one input.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget.run(bytes)
    return 0
  }
#endif
