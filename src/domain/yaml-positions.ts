/**
 * YAML read with its positions, so that every error in a data file names its line: curated facts, rule
 * tables, system profiles and scenarios all go through here. Pure: it parses text and does no I/O.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export interface YamlSyntaxError {
  readonly line: number;
  /** The parser's message, first line only. */
  readonly message: string;
}

export interface PositionedYaml {
  /** Syntax errors (a duplicate key included); when there are any, `value()` must not be read. */
  readonly errors: readonly YamlSyntaxError[];
  /** The document as plain values (undefined for an empty document). */
  value(): unknown;
  /**
   * The 1-based line of the field at a path: the line of its key in a map, of the item in a list; for a path that
   * does not exist, the line of its nearest existing parent.
   */
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseYamlWithPositions(text: string): PositionedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return {
    errors: document.errors.map((error) => ({ line: lineAt(error.pos[0]), message: error.message.split("\n")[0]! })),
    value: () => document.toJS() as unknown,
    lineOf(path) {
      let node: unknown = document.contents;
      let target: Node | null = document.contents;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (item) => String((item.key as { value?: unknown } | null)?.value) === String(key),
          );
          if (!pair) break;
          target = pair.key as Node;
          node = pair.value;
        } else if (isSeq(node)) {
          const item = node.items[Number(key)];
          if (item === undefined) break;
          target = item as Node;
          node = item;
        } else break;
      }
      const offset = target?.range?.[0];
      return offset === undefined ? 1 : lineAt(offset);
    },
  };
}
