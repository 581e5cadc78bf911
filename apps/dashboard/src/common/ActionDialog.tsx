import {
  Alert,
  Button as MuiButton,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { Fragment, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { fieldErrorsOf } from './api';

export interface DialogField {
  name: string;
  /** Translation key. */
  label: string;
  /** `custom`: a slot rendered by `render` at this place, holding no value of the form (the caller keeps its own state). */
  kind?: 'text' | 'multiline' | 'date' | 'datetime' | 'select' | 'switch' | 'number' | 'custom';
  required?: boolean;
  /** For selects: ids with translation keys or plain names. */
  choices?: readonly { id: string; name: string }[];
  helperText?: string;
  defaultValue?: string | boolean | number;
  /** For dates: the earliest date the picker offers (`YYYY-MM-DD`). */
  min?: string;
  /** For custom slots: what to show, given the form's current values (e.g. a picker shown for one choice of a select). */
  render?: (values: DialogValues) => ReactNode;
}

export type DialogValues = Record<string, string | boolean | number | undefined>;

/** Values with blanks removed, trimmed; numbers from number fields. */
export function dialogPayload(fields: readonly DialogField[], values: DialogValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind === 'custom') continue;
    const v = values[f.name];
    if (f.kind === 'switch') out[f.name] = Boolean(v);
    else if (typeof v === 'string' && v.trim() !== '') out[f.name] = f.kind === 'number' ? Number(v) : v.trim();
    else if (typeof v === 'number') out[f.name] = v;
  }
  return out;
}

/** Names of the required fields left empty. */
export function missingRequired(fields: readonly DialogField[], values: DialogValues): string[] {
  return fields
    .filter((f) => f.required && f.kind !== 'switch' && f.kind !== 'custom' && (values[f.name] === undefined || String(values[f.name]).trim() === ''))
    .map((f) => f.name);
}

interface Props {
  /** Button label (translation key). */
  label: string;
  icon?: ReactElement;
  /** Dialog title; the label by default. */
  title?: string;
  fields: readonly DialogField[];
  /** Rendered above the fields (context, a file picker…). */
  children?: ReactNode;
  /** Resolves when done (closes the dialog); rejects with the API's error (shown, the dialog stays open). */
  onSubmit: (values: Record<string, unknown>) => Promise<unknown>;
  variant?: 'text' | 'outlined' | 'contained';
  color?: 'primary' | 'secondary' | 'error' | 'warning' | 'success' | 'inherit';
  /** Extra condition for the confirm button (e.g. a file uploaded). */
  ready?: boolean;
  size?: 'small' | 'medium';
}

/** A button opening a small form for one workflow action (assign, return, object, decide…). */
export const ActionDialogButton = ({
  label,
  icon,
  title,
  fields,
  children,
  onSubmit,
  variant = 'outlined',
  color = 'primary',
  ready = true,
  size = 'small',
}: Props) => {
  const translate = useTranslate();
  const initial = (): DialogValues => Object.fromEntries(fields.map((f) => [f.name, f.defaultValue ?? (f.kind === 'switch' ? false : '')]));
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<DialogValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (busy) return;
    setOpen(false);
    setErrors({});
    setMessage(null);
  };
  const submit = async () => {
    const missing = missingRequired(fields, values);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((m) => [m, translate('ra.validation.required')])));
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await onSubmit(dialogPayload(fields, values));
      setBusy(false);
      setOpen(false);
      setValues(initial());
    } catch (error) {
      setBusy(false);
      setErrors(fieldErrorsOf(error));
      setMessage(error instanceof Error ? translate(error.message, { _: error.message }) : translate('ra.notification.http_error'));
    }
  };

  return (
    <>
      {/* react-admin's Button drops its words for a bare icon on phones; an action keeps its words on every screen. */}
      <MuiButton onClick={() => setOpen(true)} variant={variant} color={color} size={size} startIcon={icon} sx={{ whiteSpace: 'nowrap' }}>
        {translate(label)}
      </MuiButton>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby={`dialog-${label}`}>
        <DialogTitle id={`dialog-${label}`}>{translate(title ?? label)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
            {fields.map((f) => {
              if (f.kind === 'custom') return <Fragment key={f.name}>{f.render?.(values)}</Fragment>;
              const error = errors[f.name];
              const common = {
                key: f.name,
                name: f.name,
                label: translate(f.label),
                required: f.required,
                error: !!error,
                helperText: error ?? (f.helperText ? translate(f.helperText) : undefined),
                fullWidth: true,
              };
              if (f.kind === 'switch') {
                return (
                  <FormControlLabel
                    key={f.name}
                    control={<Switch checked={Boolean(values[f.name])} onChange={(e) => setValues({ ...values, [f.name]: e.target.checked })} name={f.name} />}
                    label={translate(f.label)}
                  />
                );
              }
              if (f.kind === 'select') {
                return (
                  <TextField {...common} select value={values[f.name] ?? ''} onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}>
                    {!f.required && <MenuItem value="">—</MenuItem>}
                    {(f.choices ?? []).map((c) => (
                      <MenuItem key={c.id} value={c.id}>
                        {translate(c.name, { _: c.name })}
                      </MenuItem>
                    ))}
                  </TextField>
                );
              }
              return (
                <TextField
                  {...common}
                  type={f.kind === 'date' ? 'date' : f.kind === 'datetime' ? 'datetime-local' : f.kind === 'number' ? 'number' : 'text'}
                  multiline={f.kind === 'multiline'}
                  minRows={f.kind === 'multiline' ? 3 : undefined}
                  value={values[f.name] ?? ''}
                  onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
                  slotProps={{
                    inputLabel: f.kind === 'date' || f.kind === 'datetime' ? { shrink: true } : undefined,
                    htmlInput: f.min ? { min: f.min } : undefined,
                  }}
                />
              );
            })}
            {message && <Alert severity="error">{message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={close} disabled={busy}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton onClick={submit} variant="contained" disabled={busy || !ready} startIcon={busy ? <CircularProgress size={16} /> : undefined}>
            {translate('ra.action.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
