/**
 * Keyboard access to a chart's tooltips: the arrow keys step through the marks in reading order (left to
 * right, then top to bottom) and show each mark's tooltip, as the pointer would; the tooltip's text is
 * returned so the page can announce it to screen readers.
 */

/** Marks that carry a tooltip: Plot's dots, bars and ticks (not axes, rules or the tooltip itself). */
const MARK_SELECTOR = [
  'g[aria-label="dot"] circle',
  'g[aria-label="dot"] path',
  'g[aria-label="bar"] rect',
  'g[aria-label="tick"] line',
].join(",");

export function tipMarks(svg: SVGSVGElement): Element[] {
  const centre = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  };
  return [...svg.querySelectorAll(MARK_SELECTOR)]
    .map((element) => ({ element, ...centre(element) }))
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .map((entry) => entry.element);
}

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Handles one key on the chart: moves to the next or previous mark (Home and End to the ends), shows its
 * tooltip and returns the new position and the tooltip's text, or null when the key is not for the chart.
 */
export function stepTooltip(
  svg: SVGSVGElement,
  key: string,
  position: number,
): { position: number; text: string } | null {
  const marks = tipMarks(svg);
  if (marks.length === 0) return null;
  let next: number;
  if (key === "Home") next = 0;
  else if (key === "End") next = marks.length - 1;
  else if (key in STEPS) next = position < 0 ? 0 : (position + STEPS[key]! + marks.length) % marks.length;
  else return null;
  const box = marks[next]!.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true };
  svg.dispatchEvent(new PointerEvent("pointerenter", { ...at, pointerType: "mouse" }));
  svg.dispatchEvent(new PointerEvent("pointermove", { ...at, pointerType: "mouse" }));
  const tip = svg.querySelector('g[aria-label="tip"]');
  const text = tip ? [...tip.querySelectorAll("tspan")].map((span) => span.textContent).join(" ") : "";
  return { position: next, text: text || (tip?.textContent ?? "") };
}
