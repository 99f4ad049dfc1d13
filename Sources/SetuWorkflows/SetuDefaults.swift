import Foundation

/// Where commands find the translation memory and the glossary when not told.
public enum SetuDefaults {
    /// The memory: the explicit path, else `$SETU_DB`, else `setu.sqlite` in the current directory.
    public static func memoryPath(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let explicit { return explicit }
        if let value = environment["SETU_DB"], !value.isEmpty { return value }
        return "setu.sqlite"
    }

    /// The glossary: the explicit path, else `glossaries/` of the current directory, else `$SETU_GLOSSARY`;
    /// nil when there is none.
    public static func glossaryPath(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let explicit { return explicit }
        if FileManager.default.fileExists(atPath: "glossaries") { return "glossaries" }
        if let value = environment["SETU_GLOSSARY"], !value.isEmpty { return value }
        return nil
    }

    /// Inputs of this size or more are written in bulk mode (`TranslationMemory.storeImport(bulk:)`).
    public static let bulkWriteBytes = 8 << 20
}
