// What the token targets do once, before libFuzzer sends the first input.

@_silgen_name("__lsan_disable") private func lsanDisable()
@_silgen_name("__lsan_enable") private func lsanEnable()

/// Builds every reference key and verifier before fuzzing starts.
///
/// They live for the whole run, but LeakSanitizer reports the keys held in
/// these globals as leaked when the process exits, so they are built with
/// leak checking paused. Leaks during an input are still reported.
public func prepareReferenceKeys() {
    lsanDisable()
    defer { lsanEnable() }
    _ = ReferenceKeys.everyVerifier
}
