import type { FieldIssue } from '../field-errors.js';

/**
 * Photos of a lettable unit (issue 14 §2: building, floor, room, area, use, condition, **photos**). The working group
 * uploads them one at a time on the unit's page; the server judges the type by the content (JPG or PNG only) and caps
 * the size before anything is kept. A photo is named by the server (`<uuid>.jpg|png`), never by the client.
 */
export const UNIT_PHOTO_LIMITS = {
  /** Photos one unit may have. */
  max: 12,
  /** Bytes of one photo. */
  maxBytes: 5 * 1024 * 1024,
  /** What the content may be, for the refusal's text. */
  allowedLabel: 'JPG、PNG',
} as const;

/** The names the server gives photos; anything else is not a photo of ours (and never reaches the file system). */
const PHOTO_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png)$/;

export const isUnitPhotoName = (name: string): boolean => PHOTO_NAME.test(name);

/** One more photo for a unit that has `count`: refused once it has the most allowed. */
export function addUnitPhotoIssue(count: number): FieldIssue | null {
  return count >= UNIT_PHOTO_LIMITS.max ? { field: 'photos', code: 'TOO_MANY_PHOTOS', params: { max: UNIT_PHOTO_LIMITS.max } } : null;
}

/** Removing photo `name` from a unit's `photos`: it must be one of them. */
export function removeUnitPhotoIssue(photos: readonly string[], name: string): FieldIssue | null {
  return photos.includes(name) ? null : { field: 'photo', code: 'UNKNOWN_REFERENCE', params: { id: name } };
}
