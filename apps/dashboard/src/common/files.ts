import { getToken } from '../authProvider/token';
import { errorOf } from './httpError';
import { acceptLanguage } from '../i18n/locale';
import { i18nProvider } from '../i18n';

/** What `POST /files` answers for a stored evidence file. */
export interface UploadedFile {
  id: string;
  issueId: string;
  originalName: string;
  mime: string;
  size: number;
  url: string;
}

const headers = (): Record<string, string> => {
  const out: Record<string, string> = { 'Accept-Language': acceptLanguage(i18nProvider.getLocale()) };
  const token = getToken();
  if (token) out.Authorization = `Bearer ${token}`;
  return out;
};

/** Uploads one evidence file to an issue (multipart `issueId` + `file`); the id goes to `submitIssueFeedback(fileIds)`. */
export async function uploadEvidence(issueId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<UploadedFile> {
  const form = new FormData();
  form.append('issueId', issueId);
  form.append('file', file, file.name);
  const response = await fetchImpl('/files', { method: 'POST', headers: headers(), body: form });
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as UploadedFile;
}

/** What `POST /publicity-images` answers for an image attached to a draft article. */
export interface UploadedArticleImage {
  id: string;
  articleId: string;
  originalName: string;
  caption: string | null;
  mime: string;
  size: number;
  url: string;
}

/** Attaches one image to a draft article (multipart `articleId`, `file`, optional `caption`), checked on the server. */
export async function uploadArticleImage(
  articleId: string,
  file: File,
  caption: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<UploadedArticleImage> {
  const form = new FormData();
  form.append('articleId', articleId);
  if (caption) form.append('caption', caption);
  form.append('file', file, file.name);
  const response = await fetchImpl('/publicity-images', { method: 'POST', headers: headers(), body: form });
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as UploadedArticleImage;
}

/** Fetches `GET /files/:id` with the bearer token (a plain link would not send it) and saves it under its name. */
export async function downloadEvidence(id: string, name: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  saveBlob(await fetchWithToken(`/files/${encodeURIComponent(id)}`, fetchImpl), name);
}

/** A server file only a signed-in user may read (a draft bulletin, an evidence file), fetched with the bearer token. */
export async function fetchWithToken(path: string, fetchImpl: typeof fetch = fetch): Promise<Blob> {
  const response = await fetchImpl(path, { headers: headers() });
  if (!response.ok) throw await errorOf(response);
  return response.blob();
}

/** Saves a blob as a download under a name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens an HTML page fetched with the bearer token in a new tab (the tab is opened first, so no popup blocker stops it). */
export async function openWithToken(path: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const blob = await fetchWithToken(path, fetchImpl);
    const url = URL.createObjectURL(new Blob([blob], { type: 'text/html;charset=utf-8' }));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

/** `1536` → `1.5 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What `POST /files/lease-units/:id/photos` answers for a stored photo of a lettable unit. */
export interface UploadedUnitPhoto {
  unitId: string;
  name: string;
  url: string;
  photos: number;
}

/** Where the server serves a photo of a lettable unit (to its agency's working group, with the bearer token). */
export const unitPhotoPath = (unitId: string, name: string): string => `/files/lease-units/${encodeURIComponent(unitId)}/photos/${encodeURIComponent(name)}`;

/** Uploads one photo of a lettable unit (multipart `file`); the server checks its type and size and records it. */
export async function uploadUnitPhoto(unitId: string, file: File, fetchImpl: typeof fetch = fetch): Promise<UploadedUnitPhoto> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetchImpl(`/files/lease-units/${encodeURIComponent(unitId)}/photos`, { method: 'POST', headers: headers(), body: form });
  if (!response.ok) throw await errorOf(response);
  return (await response.json()) as UploadedUnitPhoto;
}

/** Removes one photo of a lettable unit. */
export async function deleteUnitPhoto(unitId: string, name: string, fetchImpl: typeof fetch = fetch): Promise<void> {
  const response = await fetchImpl(unitPhotoPath(unitId, name), { method: 'DELETE', headers: headers() });
  if (!response.ok) throw await errorOf(response);
}
