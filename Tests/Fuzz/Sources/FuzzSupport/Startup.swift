// What every target does once, before libFuzzer sends the first input.

@_silgen_name("__lsan_disable") private func lsanDisable()
@_silgen_name("__lsan_enable") private func lsanEnable()

/// libFuzzer calls this once before the first input, in every target:
/// it builds every reference key and verifier.
///
/// They live for the whole run, but LeakSanitizer reports the keys held in
/// these globals as leaked when the process exits, so they are built with
/// leak checking paused. Leaks during an input are still reported.
@_cdecl("LLVMFuzzerInitialize")
public func prepareReferenceKeys(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    lsanDisable()
    defer { lsanEnable() }
    _ = ReferenceKeys.everyVerifier
    return 0
}
