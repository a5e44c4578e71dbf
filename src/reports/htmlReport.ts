/**
 * A self-contained HTML report: one file with inline CSS and inline SVG figures, no scripts and
 * no external resources, so it opens anywhere offline.
 */
import { escapeXml } from './svgChart.js';

export interface ReportSection {
  readonly heading: string;
  /** Trusted HTML made by the report builders (tables, figures); text must be escaped with `escapeHtml`. */
  readonly html: string;
}

export const escapeHtml = escapeXml;

export function htmlReport(title: string, subtitle: string, sections: readonly ReportSection[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; margin: 24px auto; max-width: 1100px; color: #222; padding: 0 16px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
p.sub { color: #666; margin-top: 0; }
table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: right; } th { background: #f4f4f4; } td.name, th.name { text-align: left; }
figure { display: inline-block; margin: 6px; vertical-align: top; }
.note { color: #555; font-size: 13px; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="sub">${escapeHtml(subtitle)}</p>
${sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${s.html}`).join('\n')}
</body>
</html>
`;
}

/** An HTML table; the first column is left-aligned (names). Cells are escaped. */
export function htmlTable(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const cell = (v: string | number | null, k: number, tag: 'td' | 'th'): string =>
    `<${tag}${k === 0 ? ' class="name"' : ''}>${escapeHtml(v === null ? '–' : typeof v === 'number' ? formatNumber(v) : v)}</${tag}>`;
  return `<table>\n<tr>${header.map((h, k) => cell(h, k, 'th')).join('')}</tr>\n${rows.map((r) => `<tr>${r.map((v, k) => cell(v, k, 'td')).join('')}</tr>`).join('\n')}\n</table>`;
}

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 1 ? v.toFixed(3) : v.toPrecision(3);
}

export function figure(svg: string): string {
  return `<figure>${svg}</figure>`;
}
