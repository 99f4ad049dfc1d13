import Foundation
import SetuCore

/// Writes a glossary as TBX-Basic (ISO 30042:2008 element names: `martif`, `termEntry`, `langSet`, `tig`),
/// the form terminology tools import most widely.
///
/// Each entry becomes a `termEntry` with its id, a `descrip type="subjectField"` for the domain, notes, and
/// one `langSet` per language holding a `tig` per term with `administrativeStatus`. Setu's entity type and
/// ambiguity flag and review states (`proposed`, `needs-translation`), which TBX-Basic has no data category
/// for, travel as notes (`setu-type: person`, `setu-status: proposed`), which `TBXReader` reads back. An entry
/// waiting for its translation has no English `langSet`.
public enum TBXWriter {
    public static func document(_ entries: [TermEntry], title: String = "Setu glossary") -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en">
              <martifHeader>
                <fileDesc><sourceDesc><p>\(XMLEscaping.escape(title))</p></sourceDesc></fileDesc>
                <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
              </martifHeader>
              <text>
                <body>

            """
        for entry in entries {
            xml += "      <termEntry id=\"\(XMLEscaping.escape(entry.id, attribute: true))\">\n"
            if let domain = entry.domain {
                xml += "        <descrip type=\"subjectField\">\(XMLEscaping.escape(domain))</descrip>\n"
            }
            xml += "        <note>setu-type: \(entry.type.rawValue)</note>\n"
            if entry.ambiguous { xml += "        <note>setu-ambiguous: yes</note>\n" }
            // TBX-Basic has no data category for review states; they travel as a note like the type.
            if entry.status.isReview { xml += "        <note>setu-status: \(entry.status.rawValue)</note>\n" }
            if let note = entry.note { xml += "        <note>\(XMLEscaping.escape(note))</note>\n" }
            for (language, terms) in [("en", entry.english), ("hi", entry.hindi)] where !terms.isEmpty {
                xml += "        <langSet xml:lang=\"\(language)\">\n"
                for (index, term) in terms.enumerated() {
                    let status = entry.status == .forbidden ? "deprecatedTerm-admn-sts"
                        : index == 0 && entry.status == .preferred ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts"
                    xml += "          <tig>\n            <term>\(XMLEscaping.escape(term))</term>\n"
                    xml += "            <termNote type=\"administrativeStatus\">\(status)</termNote>\n          </tig>\n"
                }
                xml += "        </langSet>\n"
            }
            xml += "      </termEntry>\n"
        }
        xml += "    </body>\n  </text>\n</martif>\n"
        return xml
    }
}
