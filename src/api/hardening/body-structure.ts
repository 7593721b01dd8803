/**
 * Structure checks on a request body BEFORE it is parsed: a linear scan that no nesting or alias can slow
 * down. A parser given a 30,000-deep list or a billion-laughs alias chain either overflows its stack (a 500)
 * or blocks the event loop; these bodies are refused with a 400 naming the limit instead.
 */
export interface StructureLimits {
  readonly depth: number;
  readonly aliases: number;
}

export class BodyStructureError extends Error {}

/** Deepest `[`/`{` nesting outside quoted strings (JSON, or YAML flow collections). */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === "\\" && quote === '"') index++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"') quote = char;
    else if (char === "[" || char === "{") deepest = Math.max(deepest, ++depth);
    else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** YAML block nesting: leading spaces and `- `/`? ` markers of a line, two columns per level. */
function indentationDepth(text: string): number {
  let deepest = 0;
  for (const line of text.split("\n")) {
    const lead = /^[ \t]*(?:[-?:][ \t]+)*/.exec(line)![0].length;
    deepest = Math.max(deepest, Math.ceil(lead / 2));
  }
  return deepest;
}

export function checkJsonStructure(text: string, limits: StructureLimits): void {
  if (bracketDepth(text) > limits.depth)
    throw new BodyStructureError(`the body is nested more than ${limits.depth} levels deep`);
}

export function checkYamlStructure(text: string, limits: StructureLimits): void {
  if (Math.max(bracketDepth(text), indentationDepth(text)) > limits.depth)
    throw new BodyStructureError(`the body is nested more than ${limits.depth} levels deep`);
  const aliases = text.match(/(?:^|[\s[{,:])\*[^\s,[\]{}]+/g)?.length ?? 0;
  if (aliases > limits.aliases)
    throw new BodyStructureError(`the body uses ${aliases} YAML aliases; at most ${limits.aliases} are allowed`);
}
