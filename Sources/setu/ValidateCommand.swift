import ArgumentParser
import SetuExchange
import SetuWorkflows

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check TMX, TBX and XLIFF files against their standards.",
        discussion: """
            TMX is checked against the TMX 1.4 DTD, XLIFF 2.0 against the OASIS core schema with the Translation Candidates, Glossary and Metadata modules, XLIFF 1.2 against the OASIS transitional schema, and TBX against TBX-Basic's structure. The DTD and schemas are built into Setu; nothing is fetched. Each problem is printed with its line; the exit status is 1 when a file is invalid or unreadable.

            Examples:
              setu validate memory.tmx
              setu validate --as xliff-2.0 job/*.xlf
            """
    )

    @Option(name: .customLong("as"), help: "The format to check against: \(ExchangeFormat.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the file).")
    var format: ExchangeFormat?

    @Argument(help: "The files to check.")
    var files: [String]

    func run() throws {
        var failed = false
        let output = OutputWriter.standardOutput
        for result in ValidationWorkflow.validate(files, as: format) {
            switch result {
            case let .success(report) where report.isValid:
                output.line("\(report.path): valid \(report.format.rawValue) (\(report.standard))")
            case let .success(report):
                failed = true
                output.line("\(report.path): invalid \(report.format.rawValue) (\(report.standard)): \(report.problems.count) problems")
                for problem in report.problems { reportError(problem.description) }
            case let .failure(error):
                failed = true
                reportError(error.description)
            }
        }
        output.flush()
        if failed { throw ExitCode.failure }
    }
}

extension ExchangeFormat: ExpressibleByArgument {}
