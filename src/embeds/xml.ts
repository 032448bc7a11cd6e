// Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates — matched one by one in `u`
// mode —, U+FFFE/U+FFFF), plus the C1 controls it discourages.
const NOT_XML = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Drops the characters an XML document cannot carry at all, even escaped. */
export function stripNonXml(text: string): string {
  return text.replace(NOT_XML, "");
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? "");
}

/** Any text, made safe to place in an XML document (SVG, Atom). */
export function xmlText(text: string): string {
  return escapeXml(stripNonXml(text));
}
