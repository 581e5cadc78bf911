/** Text made safe to write into a print window's HTML. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Opens a print window holding an A4 page (no outside resource: styles inline, images as inline SVG or data). */
export function printPage(title: string, body: string): void {
  const w = window.open('', '_blank');
  if (!w) return;
  w.document.write(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>@page{size:A4;margin:18mm}body{font-family:"SimSun","Songti SC",serif;font-size:14pt;line-height:1.8;color:#000}
pre{white-space:pre-wrap;font:inherit}h1{font-size:18pt;text-align:center}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #000;padding:4px 6px;font-size:11pt;vertical-align:middle}.code{font-family:monospace;font-size:13pt;letter-spacing:1px}
.qr svg{width:28mm;height:28mm}tr{page-break-inside:avoid}</style></head><body>${body}</body></html>`);
  w.document.close();
  w.focus();
  w.print();
}
