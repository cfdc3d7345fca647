import Foundation

/// Runs library work on its own thread with a deadline, so a hang fails the
/// test instead of stalling the suite, and reads the process's peak memory.
enum Bounded {
  /// What happened to one bounded call.
  enum Outcome<T: Sendable>: Sendable {
    case finished(T, seconds: Double)
    case timedOut
  }

  /// Runs `body` on a thread with an 8 MiB stack (the size of a main
  /// thread; deep-input cases must not depend on it being larger) and waits
  /// at most `seconds`. A timed-out body keeps running in the background.
  static func run<T: Sendable>(
    seconds: Double = 20, _ body: @escaping @Sendable () -> T
  ) -> Outcome<T> {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      let start = Date()
      let value = body()
      box.set(value, Date().timeIntervalSince(start))
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    guard done.wait(timeout: .now() + seconds) == .success, let (value, took) = box.get() else {
      return .timedOut
    }
    return .finished(value, seconds: took)
  }

  /// True when this test process runs under a sanitizer (ASan or TSan),
  /// which slows parsing 5-10 times.
  static let underSanitizer: Bool = {
    guard let handle = dlopen(nil, RTLD_NOW) else { return false }
    defer { dlclose(handle) }
    return dlsym(handle, "__asan_init") != nil || dlsym(handle, "__tsan_init") != nil
  }()

  /// Multiplier for every deadline: 8 under a sanitizer, else 1.
  static var timeScale: Double { underSanitizer ? 8 : 1 }

  /// The process's peak resident memory in MiB (Linux reports KiB).
  static var peakRSSMiB: Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss / 1024
  }

  private final class Box<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: (T, Double)?
    func set(_ v: T, _ s: Double) { lock.withLock { value = (v, s) } }
    func get() -> (T, Double)? { lock.withLock { value } }
  }
}
