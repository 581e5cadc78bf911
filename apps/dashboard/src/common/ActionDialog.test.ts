import { describe, expect, it } from 'vitest';
import { dialogPayload, missingRequired, type DialogField } from './ActionDialog';

describe('ActionDialog custom slots', () => {
  it('hold no value: never sent, never missing', () => {
    const fields: DialogField[] = [
      { name: 'topic', label: 'app.campaign.training.topic', required: true },
      { name: 'managers', label: 'app.campaign.training.managers', kind: 'custom', required: true, render: () => null },
    ];
    expect(missingRequired(fields, { topic: '', managers: '' })).toEqual(['topic']);
    expect(dialogPayload(fields, { topic: ' t ', managers: 'x' })).toEqual({ topic: 't' });
  });
});
