import SetuCore
import SetuGlossary
import SetuMemory

/// `setu add`: stores a translation unit typed by hand, exactly as typed (only the store's keys are
/// normalized), with the glossary terms of its source.
public struct AddUnitWorkflow {
    let preparer: DocumentPreparer

    public init(termbase: Termbase?) {
        preparer = DocumentPreparer(termbase: termbase)
    }

    /// Adds the unit; returns its id.
    /// - Throws: `WorkflowError.input` for an empty side or a side with several lines.
    public func add(hindi: String, english: String, creator: String, to memory: TranslationMemory) throws(WorkflowError) -> Int64 {
        for (name, text) in [("Hindi", hindi), ("English", english)] {
            if text.allSatisfy(\.isWhitespace) { throw .input("the \(name) text is empty") }
            if text.contains(where: \.isNewline) { throw .input("the \(name) text holds several lines; add one segment per unit") }
        }
        let unit = TranslationUnit(
            source: UnitVariant(language: .hindi, text: hindi), target: UnitVariant(language: .english, text: english),
            origin: .manual, confidence: nil, creator: creator)
        return try workflow { try memory.addManual(unit, sourceTerms: preparer.terms(inText: hindi)) }
    }
}
