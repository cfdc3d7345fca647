import Foundation
import Testing

@testable import ScimdocKit

@Suite struct ParallelTests {
  /// Results come back in input order, whatever the thread count.
  @Test func mapKeepsOrder() {
    let items = Array(0..<1_000)
    for threads in [1, 2, 8] {
      #expect(Parallel.map(items, threads: threads) { $0 * $0 } == items.map { $0 * $0 })
    }
    #expect(Parallel.map([Int](), threads: 4) { $0 }.isEmpty)
  }

  /// Both closures run and both results come back.
  @Test func bothReturnsBoth() {
    let (a, b) = Parallel.both({ "a" }, { 2 })
    #expect(a == "a")
    #expect(b == 2)
  }

  /// With two cores, both closures run at the same time: each waits until
  /// the other has started (one thread for both would never get past the
  /// first wait).
  @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount >= 2))
  func bothRunsTogether() {
    let first = DispatchSemaphore(value: 0)
    let second = DispatchSemaphore(value: 0)
    let (a, b) = Parallel.both(
      { () -> String in
        first.signal()
        return second.wait(timeout: .now() + 10) == .success ? "a" : "timed out"
      },
      { () -> Int in
        second.signal()
        return first.wait(timeout: .now() + 10) == .success ? 2 : -1
      })
    #expect(a == "a")
    #expect(b == 2)
  }
}
