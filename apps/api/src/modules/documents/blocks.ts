/**
 * A document as renderer-neutral blocks: the PDF, the DOCX and the XLSX are drawn from the same blocks, so they all
 * say the same. Every report Mera produces (the provider's analyses and annual reports, the municipality's yearly
 * monitoring, the quality-system document, the inspection's record) is assembled into these, then rendered here.
 * They go to authorities, so they are written in Bulgarian whatever the user's language.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: string[]; rows: string[][]; widths: number[] }
  | { type: 'bars'; caption: string; items: { label: string; value: number | null }[] };

export interface ReportDocument {
  title: string;
  meta: [string, string][];
  blocks: Block[];
}

const number = new Intl.NumberFormat('bg-BG', { maximumFractionDigits: 1 });
/** `62,5 %`, or a dash when nothing was scored. */
export const percent = (value: number | null) => (value === null ? '—' : `${number.format(value)} %`);
/** `30.06.2026` */
export const bgDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
