/**
 * Evidence file types, recognised by their first bytes — never by the name or the browser's claimed type, so a
 * program renamed `photo.jpg` is refused. (`file-type`, the usual library, needs Node 22; this is the small
 * checked table it would give us for these formats.)
 */
export interface SniffedType {
  mime: string;
  /** The extension we serve it with. */
  ext: string;
}

/** The extensions a name may have for each type (a photo named .jpeg or .JPG is still a JPEG). */
const EXTENSIONS: Record<string, string[]> = { jpg: ['jpg', 'jpeg', 'jpe', 'jfif'], png: ['png'], pdf: ['pdf'], docx: ['docx'], xlsx: ['xlsx'] };

/** The name's extension (lower case), or null for a name without one. */
export function extensionOf(name: string): string | null {
  const m = /\.([^./\\]{1,20})$/.exec(name);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The name to keep for an upload of the sniffed type: the name itself when its extension fits, the name with the
 * type's extension added when it has none, or null when it claims another type (JPEG bytes named `a.html`): a file
 * must never be handed back under a name that makes a browser or desktop open it as something else.
 */
export function nameForType(name: string, type: SniffedType): string | null {
  const ext = extensionOf(name);
  if (ext === null) return `${name}.${type.ext}`;
  return EXTENSIONS[type.ext]!.includes(ext) ? name : null;
}

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: Office Open XML documents are zip archives

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

/** An Office Open XML package names its parts in the zip's (uncompressed) file headers. */
function officePart(buf: Buffer, part: string): boolean {
  return buf.includes('[Content_Types].xml', 0, 'latin1') && buf.includes(part, 0, 'latin1');
}

export const ALLOWED_TYPES_LABEL = 'JPG, PNG, PDF, DOCX, XLSX';

/** The allowed type of the content, or null (not one of JPG, PNG, PDF, DOCX, XLSX). */
export function sniffEvidenceType(buf: Buffer): SniffedType | null {
  if (startsWith(buf, JPEG)) return { mime: 'image/jpeg', ext: 'jpg' };
  if (startsWith(buf, PNG)) return { mime: 'image/png', ext: 'png' };
  if (startsWith(buf, PDF)) return { mime: 'application/pdf', ext: 'pdf' };
  if (startsWith(buf, ZIP)) {
    if (officePart(buf, 'word/document.xml')) return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx' };
    if (officePart(buf, 'xl/workbook.xml')) return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ext: 'xlsx' };
  }
  return null;
}
