import type { ResourceConfig } from '../dataProvider/types';

const base = `id title category subtype state source sourceId deadline overdue daysOverdue dueSoon flagged returned
  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }
  departmentId department { id name } assignedAt closedAt createdAt updatedAt availableActions`;

export const issueFields = `${base}
  description measures lastSubmittedAt lastAction refusalRecorded b1Proposed b2Proposed checklistItemId
  events { id action fromState toState at actorName note fileIds }
  files { id originalName mime size uploadedAt sha256 url }
  defect { code nameZh nameEn descriptionZh causes prevention repair }`;

export const issuesResource: ResourceConfig = {
  resource: 'issues',
  single: 'issue',
  fields: issueFields,
  listFields: base,
  createInput: ['category', 'communityId', 'title', 'description', 'subtype'],
  filters: [
    'category',
    'communityId',
    'townshipId',
    'departmentId',
    'enterpriseId',
    'state',
    'states',
    'source',
    'sourceId',
    'subtype',
    'open',
    'overdue',
    'flagged',
    'mine',
    'dueWithinDays',
    'createdFrom',
    'createdTo',
    'deadlineFrom',
    'deadlineTo',
  ],
  sortFields: ['createdAt', 'updatedAt', 'deadline', 'state', 'category', 'title', 'id'],
};
