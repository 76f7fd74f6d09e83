import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { isoDayFromTimestamp } from "./iso-day";

export interface StrippedMarkdown {
  /** Plain text: one paragraph, heading or list item per block, blocks separated by a blank line. */
  text: string;
  /** From YAML front matter (`title:`), when the file has it. */
  title?: string;
  /** From YAML front matter (`date:` or `published:`), YYYY-MM-DD. */
  publishedAt?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\r?\n/;

/**
 * Markdown to the plain text a reader sees: headings, paragraphs and list items keep their words and become
 * lines; emphasis, links (their text kept), images, raw HTML, code blocks, rules and reference definitions
 * go. Parsed with a CommonMark parser (mdast-util-from-markdown), so `*` in "5 * 3" stays.
 *
 * @example
 * stripMarkdown("# Bridge\n\nThe **old** [bridge](https://x.test) ![map](m.png) reopens.").text
 * // "Bridge\n\nThe old bridge reopens."
 */
export function stripMarkdown(markdown: string): StrippedMarkdown {
  const result: StrippedMarkdown = { text: "" };
  let source = markdown.replace(/^\uFEFF/, "");
  const front = FRONT_MATTER.exec(source);
  if (front) {
    source = source.slice(front[0].length);
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, "mi").exec(front[1])?.[1].trim().replace(/^(["'])(.*)\1$/, "$2");
    const title = field("title");
    if (title) result.title = title;
    const day = isoDayFromTimestamp(field("date") ?? field("published"));
    if (day) result.publishedAt = day;
  }
  const blocks: string[] = [];
  collectBlocks(fromMarkdown(source), blocks);
  result.text = blocks
    .map((b) => b.replace(/[ \t]+/g, " ").replace(/ ?\n ?/g, "\n").trim())
    .filter(Boolean)
    .join("\n\n");
  return result;
}

function collectBlocks(node: Root | Nodes, out: string[]): void {
  switch (node.type) {
    case "root":
    case "blockquote":
      for (const child of node.children) collectBlocks(child, out);
      return;
    case "list":
      out.push(node.children.map((item) => listItemText(item)).join("\n"));
      return;
    case "heading":
    case "paragraph":
      out.push(inlineText(node));
      return;
    case "table":
      for (const row of node.children) out.push(row.children.map(inlineText).join(" | "));
      return;
    default:
      // code blocks, raw HTML, thematic breaks, definitions, front matter: not article text
      return;
  }
}

function listItemText(item: Nodes): string {
  const parts: string[] = [];
  if ("children" in item) for (const child of item.children) collectBlocks(child, parts);
  return parts.join(" ");
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
    case "html":
    case "footnoteReference":
      return "";
    default:
      return "children" in node ? node.children.map((c) => inlineText(c as Nodes)).join("") : "";
  }
}
