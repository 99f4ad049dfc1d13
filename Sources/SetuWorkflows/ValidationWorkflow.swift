import SetuExchange

/// `setu validate`: checks exchange files against their standards (TMX DTD, XLIFF schemas, TBX-Basic).
public enum ValidationWorkflow {
    /// Validates each file; a file that cannot be read at all is a failure with its error.
    public static func validate(_ paths: [String], as format: ExchangeFormat? = nil) -> [Result<ValidationReport, WorkflowError>] {
        paths.map { path in
            do {
                return .success(try ExchangeValidator.validate(path: path, as: format))
            } catch {
                return .failure(WorkflowError.wrap(error))
            }
        }
    }
}
