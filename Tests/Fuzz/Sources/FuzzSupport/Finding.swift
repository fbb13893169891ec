// How a fuzz target reports a broken rule: it stops the process, so libFuzzer saves the input.

/// Stops the fuzzer with `rule`, the strict rule that an accepted input broke.
///
/// libFuzzer treats the trap as a crash and writes the input to its artifact
/// file. The message names the rule only, never the input (a fuzz input can
/// be a real-looking token, and tokens are never printed).
public func finding(_ rule: String) -> Never {
    fatalError("FUZZ FINDING: \(rule)")
}
