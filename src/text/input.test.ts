import { describe, expect, it } from "vitest";
import { detectFormat, htmlToText, markdownToText, toPlainText } from "./input.js";

describe("article input", () => {
  it("keeps the text of HTML and drops scripts, styles, event handlers and links' targets", () => {
    const text = htmlToText(
      '<h1>AI</h1><p onclick="alert(1)">OpenAI &amp; Microsoft</p><script>alert("x")</script><style>p{}</style><img src=x onerror=alert(2)><p><a href="javascript:alert(3)">link</a></p>',
    );
    expect(text).toBe("AI\n\nOpenAI & Microsoft\n\nlink");
    expect(text).not.toMatch(/alert|script|onerror|javascript/);
  });

  it("survives deeply nested HTML", () => {
    const nested = "<div>".repeat(50_000) + "DeepSeek" + "</div>".repeat(50_000);
    expect(htmlToText(nested)).toBe("DeepSeek");
  });

  it("strips Markdown markup", () => {
    expect(markdownToText("# Title\n\n**OpenAI** raised [money](https://example.org).\n\n- one")).toBe(
      "Title\n\nOpenAI raised money.\n\n• one",
    );
  });

  it("detects the format", () => {
    expect(detectFormat("<p>x</p>")).toBe("html");
    expect(detectFormat("# Kop\n\ntekst")).toBe("markdown");
    expect(detectFormat("Gewone tekst.")).toBe("text");
    expect(toPlainText("<p>a</p>", "text").text).toBe("<p>a</p>");
  });
});
