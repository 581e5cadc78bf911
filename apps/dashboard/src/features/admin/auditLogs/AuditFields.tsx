import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { auditActionText, auditEntityText } from './auditWords';

/** The action in words, its code kept as a tooltip (the filter takes the code). */
export const AuditActionField = (_props: { source: string; label?: string }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" title={r?.action}>
      {auditActionText(translate, r?.action)}
    </Typography>
  );
};

/** The kind of record acted on, in words. */
export const AuditEntityField = (_props: { source: string; label?: string }) => {
  const r = useRecordContext();
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" title={r?.entityType}>
      {auditEntityText(translate, r?.entityType)}
    </Typography>
  );
};
