/**
 * The HTML report's only styling, inline (the page's CSP allows nothing else):
 * light and plain on screen, A4 in print, big sections on a new page, wide
 * blueprint diagrams on landscape pages, and fonts that have CJK glyphs.
 */
export const reportStyle = `
@page { size: A4; margin: 16mm 14mm 18mm; }
@page landscape { size: A4 landscape; }
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b7a; --rule: #d5dbe3; --band: #f3f6f9; --accent: #1d5fa8; --good: #1e7a46; --bad: #b42318; }
* { box-sizing: border-box; }
html { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; font-size: 10.5pt; line-height: 1.55; }
body { margin: 0 auto; max-width: 1180px; padding: 28px 32px 48px; }
header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 22pt; margin: 0 0 6px; line-height: 1.25; }
.subtitle { color: var(--muted); margin: 0; }
h2 { font-size: 15pt; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: 4px; margin: 28px 0 12px; }
h3 { font-size: 11.5pt; margin: 18px 0 8px; }
p { margin: 8px 0; }
p.bad { color: var(--bad); font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; white-space: pre-line; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 9.5pt; }
caption { text-align: left; font-weight: 600; padding: 6px 0; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--band); font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td.good { color: var(--good); font-weight: 600; }
td.bad { color: var(--bad); font-weight: 600; }
figure { margin: 12px 0 20px; }
figcaption { font-weight: 600; margin-bottom: 6px; }
figure svg { max-width: 100%; height: auto; }
@media print {
  html { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  section.page-break { break-before: page; }
  section#blueprint { page: landscape; }
  h2, h3, caption, figcaption { break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  table { font-size: 8.5pt; }
}
`;
