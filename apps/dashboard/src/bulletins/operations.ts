/**
 * GraphQL documents of the monthly bulletin pages (docs/kpi.md); dataProvider/queries.test.ts validates each against
 * packages/api/schema.graphql. `bulletins` and `bulletin` answer anonymous callers too (published bulletins only).
 */

const RESULT = (success: string, data: string) =>
  `{ __typename ... on ${success} { data { ${data} } } ... on Error { message } ... on ValidationError { fieldErrors { field message } } }`;

const SUMMARY = `id month status generatedAt reviewedAt reviewNote publishedAt publishedOn printUrl downloadUrl`;

/** Who generated, reviewed and published: working information the API gives only to callers with bulletin:read. */
const BY = `generatedByName reviewedByName publishedByName`;

export const BULLETINS_QUERY = `query Bulletins { bulletins { ${SUMMARY} ${BY} } }`;
export const PUBLIC_BULLETINS_QUERY = `query PublicBulletins { bulletins { ${SUMMARY} } }`;

/** The workflow actions the API offers the signed-in caller (none on the public page). */
const ACTIONS = `availableActions { action available reason }`;

export const BULLETIN_QUERY = `query Bulletin($id: ID) { bulletin(id: $id) { ${SUMMARY} ${BY} ${ACTIONS} snapshot } }`;
export const PUBLIC_BULLETIN_QUERY = `query PublicBulletin($id: ID) { bulletin(id: $id) { ${SUMMARY} snapshot } }`;

const DATA = `id month status`;
export const GENERATE_BULLETIN = `mutation GenerateBulletin($month: String!) { generateBulletin(month: $month) ${RESULT('MutationGenerateBulletinSuccess', DATA)} }`;
export const REVIEW_BULLETIN = `mutation ReviewBulletin($id: ID!, $note: String) { reviewBulletin(id: $id, note: $note) ${RESULT('MutationReviewBulletinSuccess', DATA)} }`;
export const PUBLISH_BULLETIN = `mutation PublishBulletin($id: ID!) { publishBulletin(id: $id) ${RESULT('MutationPublishBulletinSuccess', DATA)} }`;

export const BULLETIN_OPERATIONS = { BULLETINS_QUERY, PUBLIC_BULLETINS_QUERY, BULLETIN_QUERY, PUBLIC_BULLETIN_QUERY, GENERATE_BULLETIN, REVIEW_BULLETIN, PUBLISH_BULLETIN };
