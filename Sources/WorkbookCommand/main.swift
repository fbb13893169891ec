import Foundation
let process = Process()
process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
process.arguments = ["swift", "test", "--filter", "ExerciseTests"]
try process.run()
process.waitUntilExit()
print("nested exit", process.terminationStatus)
