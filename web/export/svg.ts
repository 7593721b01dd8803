/**
 * A chart's SVG made self-explaining for download: title and subtitle above, a legend, the chart, and
 * the citation below as visible <text>, repeated in <desc> for machines.
 */
export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
}

export interface ExportMeta {
  readonly title: string;
  readonly subtitle: string;
  readonly legend: readonly LegendEntry[];
  readonly footer: readonly string[];
}

const SVG_NS = "http://www.w3.org/2000/svg";
const LINE = 16;
const MARGIN = 12;

/** Greedy word wrap by an average glyph width: good enough for 12-13px sans-serif. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(20, Math.floor(width / (fontSize * 0.52)));
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current !== "" && current.length + 1 + word.length > perLine) {
      lines.push(current);
      current = word;
    } else current = current === "" ? word : `${current} ${word}`;
  }
  if (current !== "") lines.push(current);
  return lines;
}

function textElement(text: string, x: number, y: number, attributes: Readonly<Record<string, string>>): SVGTextElement {
  const element = document.createElementNS(SVG_NS, "text");
  element.setAttribute("x", String(x));
  element.setAttribute("y", String(y));
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.textContent = text;
  return element;
}

export interface ComposedSvg {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

export function composeSvg(chart: SVGSVGElement, meta: ExportMeta): ComposedSvg {
  const chartWidth = Number(chart.getAttribute("width")) || chart.getBoundingClientRect().width || 640;
  const chartHeight = Number(chart.getAttribute("height")) || chart.getBoundingClientRect().height || 400;
  const width = Math.max(chartWidth, 480) + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("font-family", "system-ui, sans-serif");
  const title = document.createElementNS(SVG_NS, "title");
  title.textContent = meta.title;
  const desc = document.createElementNS(SVG_NS, "desc");
  desc.textContent = meta.footer.join(" ");
  root.append(title, desc);
  const background = document.createElementNS(SVG_NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "#ffffff");
  root.append(background);

  let y = MARGIN + LINE;
  root.append(textElement(meta.title, MARGIN, y, { "font-size": "16", "font-weight": "bold", fill: "#111111" }));
  for (const line of wrapText(meta.subtitle, inner, 12)) {
    y += LINE;
    root.append(textElement(line, MARGIN, y, { "font-size": "12", fill: "#333333" }));
  }
  y += 8;
  let x = MARGIN;
  for (const entry of meta.legend) {
    const labelWidth = 16 + entry.label.length * 7 + 12;
    if (x + labelWidth > width - MARGIN && x > MARGIN) {
      x = MARGIN;
      y += LINE;
    }
    const swatch = document.createElementNS(SVG_NS, "rect");
    for (const [name, value] of Object.entries({
      x: String(x),
      y: String(y + 3),
      width: "12",
      height: "12",
      fill: entry.colour,
    }))
      swatch.setAttribute(name, value);
    root.append(swatch, textElement(entry.label, x + 16, y + 13, { "font-size": "12", fill: "#111111" }));
    x += labelWidth;
  }
  y += meta.legend.length > 0 ? LINE + 8 : 0;

  const nested = chart.cloneNode(true) as SVGSVGElement;
  nested.setAttribute("x", String(MARGIN));
  nested.setAttribute("y", String(y));
  nested.setAttribute("width", String(chartWidth));
  nested.setAttribute("height", String(chartHeight));
  root.append(nested);
  y += chartHeight + 4;

  for (const footerLine of meta.footer) {
    for (const line of wrapText(footerLine, inner, 11)) {
      y += LINE - 2;
      root.append(textElement(line, MARGIN, y, { "font-size": "11", fill: "#333333" }));
    }
  }
  const height = y + MARGIN;
  root.setAttribute("width", String(width));
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}
