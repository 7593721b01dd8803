/**
 * Article input as plain text: HTML is cleaned by sanitize-html (never by hand) down to its text, with block
 * elements as paragraph breaks; Markdown loses its markup. Scripts, styles and attributes never survive, and the
 * reader only ever works on (and returns) text.
 */
import sanitizeHtml from "sanitize-html";

export type InputFormat = "text" | "markdown" | "html";

const BLOCKS = [
  "p",
  "div",
  "section",
  "article",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "br",
  "tr",
  "ul",
  "ol",
  "table",
  "header",
  "footer",
  "main",
  "aside",
  "pre",
];

/** The only entities sanitize-html writes into text. */
const ESCAPES: Readonly<Record<string, string>> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": "\u00a0",
};

export function detectFormat(input: string): InputFormat {
  const head = input.slice(0, 4000);
  if (/<(?:!doctype|html|body|p|div|article|br|h[1-6]|span|script|a)\b/i.test(head)) return "html";
  if (/^(?:#{1,6} |\* |- |> )|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\([^)\s]+\)/m.test(head)) return "markdown";
  return "text";
}

export function htmlToText(html: string): string {
  // Block ends become blank lines first, so paragraphs survive the removal of every tag.
  const marked = sanitizeHtml(html, {
    allowedTags: BLOCKS,
    allowedAttributes: {},
    disallowedTagsMode: "discard",
    nonTextTags: [
      "script",
      "style",
      "textarea",
      "option",
      "noscript",
      "template",
      "iframe",
      "object",
      "svg",
      "math",
      "head",
      "title",
    ],
  });
  const spaced = marked.replace(/<\/?([a-z0-9]+)[^>]*>/g, (_, tag: string) => (tag === "br" ? "\n" : "\n\n"));
  return spaced
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ESCAPES[entity] ?? entity)
    .replace(/[ \t]*\n[ \t]*/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*$/gm, "")
    .replace(/^ {0,3}#{1,6}[ \t]+/gm, "")
    .replace(/^ {0,3}>[ \t]?/gm, "")
    .replace(/^[ \t]*[-*+][ \t]+/gm, "• ")
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^*_\n]*?\S)\1/g, "$2")
    .replace(/`([^`\n]*)`/g, "$1");
}

export function toPlainText(
  input: string,
  format: InputFormat | "auto" = "auto",
): { text: string; format: InputFormat } {
  const chosen = format === "auto" ? detectFormat(input) : format;
  const text = chosen === "html" ? htmlToText(input) : chosen === "markdown" ? markdownToText(input) : input;
  return { text, format: chosen };
}
