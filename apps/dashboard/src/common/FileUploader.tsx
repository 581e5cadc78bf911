import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Box, Button as MuiButton, CircularProgress, Stack, Typography } from '@mui/material';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * The platform's file picker: uploads each picked file as it is picked (one request each, in order), hands the stored
 * results to the parent and shows the server's refusal per file (type and size are judged by the server). Used for
 * issue evidence (`POST /files`) and the photos of a lettable unit (`POST /files/lease-units/:id/photos`).
 */
export const FileUploader = <T,>({
  upload,
  onUploaded,
  label,
  hint,
  accept,
  children,
}: {
  /** Stores one file; rejects with the server's error. */
  upload: (file: File) => Promise<T>;
  /** The files stored from one pick (after all of them were tried). */
  onUploaded: (added: T[]) => void | Promise<void>;
  /** Translation keys. */
  label: string;
  hint: string;
  accept: string;
  /** Below the button (e.g. the files picked so far). */
  children?: ReactNode;
}) => {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    e.target.value = '';
    setBusy(true);
    setError(null);
    const added: T[] = [];
    for (const file of picked) {
      try {
        added.push(await upload(file));
      } catch (err) {
        setError(`${file.name}：${err instanceof Error ? err.message : String(err)}`);
      }
    }
    try {
      await onUploaded(added);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box>
      <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
        <MuiButton component="label" variant="outlined" startIcon={busy ? <CircularProgress size={16} /> : <AttachFileIcon />} disabled={busy}>
          {translate(label)}
          <input hidden type="file" multiple accept={accept} onChange={pick} name="file" />
        </MuiButton>
        <Typography variant="caption" color="text.secondary">
          {translate(hint)}
        </Typography>
      </Stack>
      {children}
      {error && (
        <Typography variant="body2" color="error" sx={{ mt: 1 }} role="alert">
          {error}
        </Typography>
      )}
    </Box>
  );
};
