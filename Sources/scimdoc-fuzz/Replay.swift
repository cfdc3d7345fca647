#if !FUZZING
  import Foundation

  /// Replays saved inputs (crash reproducers, corpus files) through a target
  /// without libFuzzer: `scimdoc-fuzz TARGET FILE...`.
  ///
  /// Prints one line per file with its size and the time taken, and exits 0
  /// when every input returned; a crash ends the process as it would under
  /// the fuzzer.
  @main
  struct Replay {
    static func main() {
      let args = Array(CommandLine.arguments.dropFirst())
      let known = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
      guard let name = args.first, let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("usage: scimdoc-fuzz \(known) FILE...\n".utf8))
        exit(2)
      }
      for path in args.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
          exit(2)
        }
        let start = ContinuousClock.now
        target.run([UInt8](data))
        let elapsed = ContinuousClock.now - start
        print("\(path): \(data.count) bytes, \(elapsed)")
      }
    }
  }
#endif
