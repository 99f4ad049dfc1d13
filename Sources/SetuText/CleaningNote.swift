/// A record of something the document cleaner removed or reclassified, for `setu segment --explain`.
public struct CleaningNote: Sendable, Hashable {
    public enum Action: String, Sendable, Hashable, CaseIterable {
        /// The URL of a markdown image was dropped; its alt text was kept as a caption.
        case removedImageURL = "removed-image-url"
        /// A markdown image without alt text was dropped.
        case removedEmptyImage = "removed-empty-image"
        /// The target of a markdown link was dropped; the link text was kept.
        case removedLinkTarget = "removed-link-target"
        /// A line consisting only of URLs was dropped.
        case removedURL = "removed-url"
        /// Markdown syntax (heading marks, bullets, emphasis) was dropped.
        case removedMarkup = "removed-markup"
        /// A line was kept as a non-translatable segment.
        case nonTranslatable = "non-translatable"
        /// A line repeats an earlier line of the same document.
        case repeatedLine = "repeat"
    }

    public var document: String
    /// 1-based line number.
    public var line: Int
    /// Code point span of what the note is about, in the original input.
    public var start: Int
    public var end: Int
    public var action: Action
    /// The removed or reclassified text (truncated for display by callers), or a reason.
    public var detail: String

    public init(document: String, line: Int, start: Int, end: Int, action: Action, detail: String) {
        self.document = document
        self.line = line
        self.start = start
        self.end = end
        self.action = action
        self.detail = detail
    }
}
