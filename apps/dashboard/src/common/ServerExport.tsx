import DownloadIcon from '@mui/icons-material/Download';
import TableViewIcon from '@mui/icons-material/TableView';
import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import {
  Button,
  CreateButton,
  FilterButton,
  TopToolbar,
  useFilterContext,
  useDataProvider,
  useListContext,
  useLocale,
  usePermissions,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { getToken } from '../authProvider/token';
import type { AppDataProvider } from '../dataProvider';
import { hasPermission, type AppPermissions } from '../authProvider/permissions';
import { acceptLanguage } from '../i18n/locale';
import { todayInShanghai } from './dates';
import { formatBytes, saveBlob } from './files';
import { EXPORT_RESOURCE, exportFilename, exportParams, fetchExport, isAbort, type ExportFormat, type ExportList, type ExportProgress } from './serverExport';

type Phase = 'running' | 'done' | 'cancelled' | 'failed';

interface Run {
  format: ExportFormat;
  phase: Phase;
  total: number | null;
  progress: ExportProgress | null;
  filename?: string;
  error?: string;
}

/**
 * "导出 CSV" / "导出 Excel" of a list: the server streams every row the caller may see under the list's current
 * filter — the same filter the list query gets, quick filters and search text included (`GET /export/<list>.<format>
 * ?filter=<JSON>`), so the file holds the rows the list shows; a dialog shows the progress and can cancel, and the file
 * is saved at the end.
 */
export const ServerExportButtons = ({ list }: { list: ExportList }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { permissions } = usePermissions<AppPermissions>();
  const { filterValues } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [run, setRun] = useState<Run | null>(null);
  const abort = useRef<AbortController | null>(null);
  if (!hasPermission(permissions, 'export:read')) return null;

  const resource = EXPORT_RESOURCE[list];
  const start = async (format: ExportFormat) => {
    const controller = new AbortController();
    abort.current = controller;
    setRun({ format, phase: 'running', total: null, progress: null });
    const token = getToken();
    try {
      const params = exportParams(await dataProvider.listFilter(resource, filterValues ?? {}));
      const result = await fetchExport({
        list,
        format,
        params,
        headers: { 'Accept-Language': acceptLanguage(locale), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        signal: controller.signal,
        onStart: (total) => setRun((r) => r && { ...r, total }),
        onProgress: (progress) => setRun((r) => r && { ...r, progress }),
      });
      const title = translate(`resources.${resource}.name`, { smart_count: 2 });
      const filename = exportFilename(list, format, result.disposition, title, todayInShanghai());
      saveBlob(result.blob, filename);
      setRun((r) => r && { ...r, phase: 'done', progress: result.progress, filename });
    } catch (e) {
      if (isAbort(e)) setRun((r) => r && { ...r, phase: 'cancelled' });
      else setRun((r) => r && { ...r, phase: 'failed', error: e instanceof Error ? e.message : String(e) });
    } finally {
      abort.current = null;
    }
  };
  const close = () => {
    abort.current?.abort();
    setRun(null);
  };

  return (
    // A crowded toolbar must not squeeze the two buttons into each other.
    <Stack direction="row" sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
      <Button label="app.export.csv" onClick={() => start('csv')} disabled={run?.phase === 'running'}>
        <DownloadIcon />
      </Button>
      <Button label="app.export.xlsx" onClick={() => start('xlsx')} disabled={run?.phase === 'running'}>
        <TableViewIcon />
      </Button>
      <Dialog open={run !== null} onClose={run?.phase === 'running' ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="export-dialog-title">
        {run && (
          <>
            <DialogTitle id="export-dialog-title">
              {translate('app.export.title', {
                list: translate(`resources.${resource}.name`, { smart_count: 2 }),
                format: run.format === 'csv' ? 'CSV' : 'Excel',
              })}
            </DialogTitle>
            <DialogContent>
              <ExportProgressView run={run} />
            </DialogContent>
            <DialogActions>
              {run.phase === 'running' ? (
                <MuiButton onClick={() => abort.current?.abort()} color="error">
                  {translate('app.export.cancel')}
                </MuiButton>
              ) : (
                <MuiButton onClick={close}>{translate('ra.action.close')}</MuiButton>
              )}
            </DialogActions>
          </>
        )}
      </Dialog>
    </Stack>
  );
};

const ExportProgressView = ({ run }: { run: Run }) => {
  const translate = useTranslate();
  const p = run.progress;
  const percent = p?.fraction == null ? null : Math.round(p.fraction * 100);
  const status = (() => {
    if (run.phase === 'failed') return null;
    if (run.phase === 'cancelled') return translate('app.export.cancelled');
    if (run.format === 'csv') {
      const rows = p?.rows ?? 0;
      return run.total === null ? translate('app.export.rowsReceived', { rows }) : translate('app.export.rowsOfTotal', { rows, total: run.total });
    }
    const bytes = formatBytes(p?.bytes ?? 0);
    return run.total === null ? translate('app.export.bytesReceived', { bytes }) : translate('app.export.bytesOfTotal', { bytes, total: run.total });
  })();
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      {run.phase !== 'failed' && (
        <Box>
          <LinearProgress
            variant={percent === null && run.phase === 'running' ? 'indeterminate' : 'determinate'}
            value={run.phase === 'done' ? 100 : (percent ?? 0)}
            aria-label={translate('app.export.progress')}
          />
          <Stack direction="row" justifyContent="space-between" sx={{ mt: 1 }}>
            <Typography variant="body2" data-testid="export-status">
              {status}
            </Typography>
            {percent !== null && run.phase === 'running' && <Typography variant="body2">{percent}%</Typography>}
          </Stack>
        </Box>
      )}
      {run.phase === 'done' && (
        <Alert severity="success" data-testid="export-done">
          {translate('app.export.done', { filename: run.filename ?? '', rows: run.format === 'csv' ? (p?.rows ?? 0) : (run.total ?? 0) })}
        </Alert>
      )}
      {run.phase === 'failed' && <Alert severity="error">{translate(run.error ?? 'ra.notification.http_error', { _: run.error })}</Alert>}
    </Stack>
  );
};

/** The usual list toolbar (filters, create) with the server export in place of react-admin's client-side one. */
export const ServerExportListActions = ({ list }: { list: ExportList }) => {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ServerExportButtons list={list} />
    </TopToolbar>
  );
};
