import { getDocumentProxy } from 'unpdf';

/** The footer every page carries ("Стр. 2 от 5 · Мера · …"): not content. */
const FOOTER = /^Стр\. \d+ от \d+/;

/**
 * A PDF's text as a reader sees it: per page, the lines from top to bottom (text items grouped by their baseline),
 * without the page footer. For tests that measure layout on the rendered pages.
 */
export async function pdfLines(bytes: Uint8Array | Buffer): Promise<string[][]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const lines = new Map<number, { x: number; text: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const y = Math.round(item.transform[5] as number);
      const key = [...lines.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
      lines.set(key, [...(lines.get(key) ?? []), { x: item.transform[4] as number, text: item.str }]);
    }
    pages.push(
      [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, items]) =>
          items
            .sort((a, b) => a.x - b.x)
            .map((i) => i.text)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter((line) => !FOOTER.test(line)),
    );
  }
  return pages;
}

/**
 * Pages that look left behind: a page other than the last with fewer than `min` lines (one orphan bullet, a heading
 * alone), or a last page of a longer document holding a single line. Answered as "page N: its lines".
 */
export function sparsePages(pages: string[][], min = 5): string[] {
  return pages.flatMap((lines, i) => {
    const last = i === pages.length - 1;
    const few = last ? pages.length > 1 && lines.length < 2 : lines.length < min;
    return few ? [`page ${i + 1}: ${JSON.stringify(lines)}`] : [];
  });
}

/** The words of `headers` that no line holds whole: a header broken inside a word ("Капацит" / "ет"). */
export function brokenWords(pages: string[][], headers: string[]): string[] {
  const lines = pages.flat();
  return headers
    .flatMap((header) => header.split(/\s+/))
    .filter((word) => word.length > 1 && !lines.some((line) => line.split(' ').includes(word)));
}
