import QRCode from 'qrcode';
import { escapeHtml, printPage } from '../../common/printing';
import { votingLink } from './logic';

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
