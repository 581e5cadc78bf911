import type { ResourceConfig } from '../dataProvider/types';

const base = `id channel category subtype state content complainantName complainantPhone complainantCount collective
  communityId community { id name } townshipId township { id name } enterpriseId enterprise { id name }
  departmentId department { id name } receivedAt firstResponseDue resolutionDue firstResponseLate resolutionLate
  respondedAt handledAt closedAt followUpRating upheld issueId createdAt availableActions`;

export const complaintFields = `${base}
  responseNote answer rejectionReasons followUpNote b3Proposed b4Proposed b5Proposed
  events { id action fromState toState at actorName note }`;

export const complaintsResource: ResourceConfig = {
  resource: 'complaints',
  single: 'complaint',
  fields: complaintFields,
  listFields: base,
  createInput: ['channel', 'category', 'subtype', 'communityId', 'enterpriseId', 'content', 'complainantName', 'complainantPhone', 'complainantCount', 'receivedAt'],
  filters: [
    'category',
    'channel',
    'state',
    'states',
    'communityId',
    'townshipId',
    'departmentId',
    'enterpriseId',
    'open',
    'overdue',
    'collective',
    'followUpRating',
    'receivedFrom',
    'receivedTo',
  ],
  sortFields: ['receivedAt', 'createdAt', 'state', 'category', 'complainantCount', 'id'],
};
