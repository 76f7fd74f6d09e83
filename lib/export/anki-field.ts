/**
 * One field of an Anki note in both of the forms Anki keeps: `html`, what is stored in the note (Anki's
 * fields are HTML), and `text`, what Anki reads back from it with the HTML stripped and the entities
 * decoded (its sort field and duplicate checksum are computed from that).
 */
export type AnkiField = { html: string; text: string };

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/**
 * Our plain text as an Anki field: the characters HTML would read as markup escaped, so an article's
 * "<script>" shows as text in Anki and is never run.
 *
 * @example
 * textField("AT&T <b>") // { html: "AT&amp;T &lt;b&gt;", text: "AT&T <b>" }
 */
export function textField(text: string): AnkiField {
  return { html: text.replace(/[&<>]/g, (c) => HTML_ESCAPES[c]!), text };
}
