import { describe, expect, it } from 'vitest';
import { authHeaders } from './headers';

describe('GraphiQL headers', () => {
  it('send the dashboard token and language', () => {
    expect(authHeaders('abc', '"en"')).toEqual({ Authorization: 'Bearer abc', 'Accept-Language': 'en' });
  });

  it('default to Chinese without a stored locale and send no token when signed out', () => {
    expect(authHeaders(null, null)).toEqual({ 'Accept-Language': 'zh-CN' });
    expect(authHeaders(null, 'garbage')).toEqual({ 'Accept-Language': 'zh-CN' });
  });
});
