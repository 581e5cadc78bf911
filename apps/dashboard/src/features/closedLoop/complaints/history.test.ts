import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../i18n';
import { complaintEventLabel } from './history';

const t = (locale: string) => polyglotI18nProvider(messagesFor, locale).translate;

describe('complaintEventLabel', () => {
  it('names the follow-up visit with its rating', () => {
    expect(complaintEventLabel(t('zh-CN'), 'CLOSE', 'BASICALLY_SATISFIED')).toBe('回访办结（基本满意）');
    expect(complaintEventLabel(t('en'), 'CLOSE', 'DISSATISFIED')).toBe('Close after follow-up visit (Dissatisfied)');
  });

  it('labels intake and the other actions plainly', () => {
    expect(complaintEventLabel(t('zh-CN'), 'RECEIVE', 'SATISFIED')).toBe('受理');
    expect(complaintEventLabel(t('zh-CN'), 'RESPOND', 'SATISFIED')).toBe('首次响应');
    expect(complaintEventLabel(t('zh-CN'), 'CLOSE', null)).toBe('回访办结');
  });
});
