import QRCode from 'qrcode';
import { escapeHtml, votingLink } from './logic';

/** Opens a print window holding an A4 page (no outside resource: styles inline, QR codes as inline SVG). */
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

/** A printable text document (notice, ballot, candidate list): the first line is its heading. */
export function printDocument(text: string): void {
  const [heading = '', ...rest] = text.split('\n');
  printPage(heading, `<h1>${escapeHtml(heading)}</h1><pre>${escapeHtml(rest.join('\n'))}</pre>`);
}

/** An inline SVG QR code of the voting link with the code (rendered here, offline). */
export const qrSvg = (origin: string, code: string): Promise<string> =>
  QRCode.toString(votingLink(origin, code), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

export interface SheetCode {
  building: string;
  unitNo: string;
  room: string;
  code: string;
}

/** The codes sheet: one row per unit with its code and QR, to cut into slips and hand to each unit. */
export async function printCodesSheet(title: string, hint: string, codes: readonly SheetCode[], origin: string): Promise<void> {
  const rows = await Promise.all(
    codes.map(
      async (c) =>
        `<tr><td>${escapeHtml([c.building, c.unitNo, c.room].filter(Boolean).join('-'))}</td><td class="code">${escapeHtml(c.code)}</td><td class="qr">${await qrSvg(origin, c.code)}</td></tr>`,
    ),
  );
  printPage(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(hint)}</p><table>${rows.join('')}</table>`);
}
