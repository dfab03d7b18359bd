import Foundation
import HyteCLI

exit(HyteCommand.run(Array(CommandLine.arguments.dropFirst())))
