/**
 * JSON as Prettier prints it (printWidth 110, 2 spaces), so the generated files pass `prettier --check` and a
 * re-run never shows a diff: non-empty objects one key per line, arrays of plain values on one line when that line
 * fits in the width, else one value per line. Key order is the order of the object's keys.
 */
export function toPrettyJson(value: unknown, width = 110): string {
  return `${print(value, '', 0, width)}\n`;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** `used`: characters already on the line before the value, plus what must follow it on the line (a comma). */
function print(value: unknown, indent: string, used: number, width: number): string {
  const json = value as Json;
  if (json === null || typeof json !== 'object') return JSON.stringify(json);
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) return '[]';
    if (json.every((item) => item === null || typeof item !== 'object')) {
      const flat = `[${json.map((item) => JSON.stringify(item)).join(', ')}]`;
      if (used + flat.length <= width) return flat;
    }
    const items = json.map(
      (item, i) => `${inner}${print(item, inner, inner.length + (i < json.length - 1 ? 1 : 0), width)}`,
    );
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(json).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([key, v], i) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return `${head}${print(v, inner, head.length + (i < entries.length - 1 ? 1 : 0), width)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
