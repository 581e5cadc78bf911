/**
 * The pseudo-random numbers of a random inspection draw: small, documented and the same in every JavaScript engine, so
 * anyone holding the seed can redo the draw (docs/random-inspections.md shows it in a dozen lines).
 *
 * - The seed string becomes 32 bits with FNV-1a (offset basis 2166136261, prime 16777619) over its UTF-8 bytes.
 * - Mulberry32 (Tommy Ettinger, public domain) turns those 32 bits into a stream of 32-bit integers.
 *
 * Not for secrets: the draw is meant to be reproducible by the public, not unpredictable once the seed is known. The
 * seed is fixed before the draw (recorded with the inputs) and published with it.
 */

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Mulberry32: a generator of unsigned 32-bit integers from a 32-bit state. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** The generator of a draw: Mulberry32 seeded with FNV-1a of the seed string. */
export function drawRandom(seed: string): () => number {
  return mulberry32(fnv1a32(seed));
}

/**
 * A whole number in [0, bound) from one 32-bit output, exactly: ⌊u · bound / 2³²⌋. Exact in doubles while
 * u · bound < 2⁵³, i.e. bound < 2²¹ (the policy caps total weight far below that).
 */
export function below(next: () => number, bound: number): number {
  return Math.floor((next() * bound) / 4294967296);
}
