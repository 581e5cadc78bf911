import { Chip, Stack } from '@mui/material';
import { useState } from 'react';
import { useGetList, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { AppPermissions } from '../../../authProvider/permissions';
import { useRunAction } from '../../../common/api';
import { ActionDialogButton } from '../../../common/ActionDialog';
import { todayInShanghai } from '../../../common/dates';
import { enumLabel } from '../../../common/enums';
import { formatBytes, uploadEvidence, type UploadedFile } from '../../../common/files';
import { FileUploader } from '../../../common/FileUploader';
import { complaintActionForm, issueActionForm, offeredComplaintActions, offeredIssueActions, type ActionForm } from './workflow';
import type { MutationResultShape } from '../../../dataProvider/types';
import type { TypedDocumentString } from '../../../gql/graphql';

/** Uploads evidence files to an issue as they are picked (POST /files); the parent keeps their ids. */
export const EvidenceUploader = ({ issueId, files, onChange }: { issueId: string; files: UploadedFile[]; onChange: (files: UploadedFile[]) => void }) => (
  <FileUploader
    upload={(file) => uploadEvidence(issueId, file)}
    onUploaded={(added) => onChange([...files, ...added])}
    label="app.issue.uploadEvidence"
    hint="app.issue.uploadHint"
    accept=".jpg,.jpeg,.png,.pdf,.docx,.xlsx,image/jpeg,image/png,application/pdf"
  >
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 1 }}>
      {files.map((f) => (
        <Chip key={f.id} label={`${f.originalName} (${formatBytes(f.size)})`} onDelete={() => onChange(files.filter((x) => x.id !== f.id))} />
      ))}
    </Stack>
  </FileUploader>
);

const WorkflowButton = ({ id, label, form, issueId }: { id: string; label: string; form: ActionForm; issueId?: string }) => {
  const run = useRunAction();
  const [files, setFiles] = useState<UploadedFile[]>([]);
  return (
    <ActionDialogButton
      label={label}
      fields={form.fields}
      variant={form.primary ? 'contained' : 'outlined'}
      color={form.color ?? 'primary'}
      ready={!form.needsFiles || files.length > 0}
      onSubmit={async (values) => {
        // The forms pair each typed mutation with the builder of its variables (workflow.ts).
        const mutation = form.mutation as TypedDocumentString<Record<string, MutationResultShape | null>, Record<string, unknown>>;
        await run(mutation, form.variables(id, { ...values, fileIds: files.map((f) => f.id) }), form.field);
        setFiles([]);
      }}
    >
      {form.needsFiles && issueId && <EvidenceUploader issueId={issueId} files={files} onChange={setFiles} />}
    </ActionDialogButton>
  );
};

const useDepartments = (enabled: boolean) => {
  const { data } = useGetList('departments', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } }, { enabled });
  return (data ?? []).map((d) => ({ id: String(d.id), name: String(d.name) }));
};

/** The transitions legal for this user on this issue now (the API's `availableActions`). */
export const IssueActionButtons = ({ issue }: { issue: { id: string | number; availableActions?: string[] } }) => {
  const { permissions } = usePermissions<AppPermissions>();
  const translate = useTranslate();
  const actions = offeredIssueActions(issue.availableActions, permissions?.permissions);
  const departments = useDepartments(actions.includes('ASSIGN'));
  if (actions.length === 0) return null;
  const today = todayInShanghai();
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" onClick={(e) => e.stopPropagation()}>
      {actions.map((a) => (
        <WorkflowButton
          key={a}
          id={String(issue.id)}
          issueId={String(issue.id)}
          label={enumLabel(translate, 'IssueAction', a)}
          form={issueActionForm(a, today, departments)}
        />
      ))}
    </Stack>
  );
};

export const ComplaintActionButtons = ({ complaint }: { complaint: { id: string | number; availableActions?: string[] } }) => {
  const { permissions } = usePermissions<AppPermissions>();
  const translate = useTranslate();
  const actions = offeredComplaintActions(complaint.availableActions, permissions?.permissions);
  const departments = useDepartments(actions.includes('ROUTE'));
  if (actions.length === 0) return null;
  const today = todayInShanghai();
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" onClick={(e) => e.stopPropagation()}>
      {actions.map((a) => (
        <WorkflowButton
          key={a}
          id={String(complaint.id)}
          label={enumLabel(translate, 'ComplaintAction', a)}
          form={complaintActionForm(a, today, departments)}
        />
      ))}
    </Stack>
  );
};

/** Shows an error notice; for download failures. */
export const useNotifyError = () => {
  const notify = useNotify();
  return (e: unknown) => notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
};
