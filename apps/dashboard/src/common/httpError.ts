/** Errors of the server's plain HTTP routes (files, exports, bulletin downloads). */

/** The route's `{ error: { message } }`, the server's GraphQL-shaped `{ errors: [{ message }] }`, or the status text. */
export async function errorOf(response: Response): Promise<Error> {
  try {
    const body = (await response.json()) as { error?: { message?: string }; errors?: { message?: string }[] };
    return new Error(body.error?.message || body.errors?.[0]?.message || response.statusText || `HTTP ${response.status}`);
  } catch {
    return new Error(response.statusText || `HTTP ${response.status}`);
  }
}
