import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { fieldErrorsToFormErrors, graphQLErrorsToHttpError, inputFieldOfError, statusOfGraphQLErrors, unwrapMutationResult } from './errors';

const catchError = (fn: () => unknown): HttpError => {
  try {
    fn();
  } catch (error) {
    return error as HttpError;
  }
  throw new Error('expected a throw');
};

describe('GraphQL errors → HttpError', () => {
  it('maps UNAUTHENTICATED to 401 and FORBIDDEN to 403', () => {
    expect(graphQLErrorsToHttpError([{ message: '请先登录', extensions: { code: 'UNAUTHENTICATED' } }]).status).toBe(401);
    const forbidden = graphQLErrorsToHttpError([{ message: '无权操作', extensions: { code: 'FORBIDDEN' } }]);
    expect(forbidden).toBeInstanceOf(HttpError);
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toBe('无权操作');
  });

  it('lets authentication win over other errors and joins distinct messages', () => {
    const errors = [
      { message: 'a', extensions: { code: 'FORBIDDEN' } },
      { message: 'b', extensions: { code: 'UNAUTHENTICATED' } },
      { message: 'a', extensions: { code: 'FORBIDDEN' } },
    ];
    const error = graphQLErrorsToHttpError(errors);
    expect(error.status).toBe(401);
    expect(error.message).toBe('a；b');
    expect(error.body).toEqual({ graphQLErrors: errors });
    expect(error.body).not.toHaveProperty('errors');
  });

  it('puts input type violations under the field they name', () => {
    const message = 'Variable "$input" got invalid value null at "input.name"; Expected non-nullable type "String!" not to be null.';
    expect(inputFieldOfError(message)).toBe('name');
    expect(inputFieldOfError('Variable "$input" got invalid value {}; Field "uscc" of required type "String!" was not provided.')).toBe('uscc');
    expect(inputFieldOfError('Cannot query field "bogus" on type "Query".')).toBeNull();
    const error = graphQLErrorsToHttpError([{ message, extensions: { code: 'BAD_USER_INPUT' } }], 400);
    expect(error.status).toBe(400);
    expect(error.body.errors).toEqual({ name: 'ra.validation.required', root: { serverError: 'ra.message.invalid_form' } });
  });

  it('uses 400 for invalid queries or input, the HTTP status or 500 otherwise', () => {
    expect(statusOfGraphQLErrors([{ message: 'x', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }], 400)).toBe(400);
    expect(statusOfGraphQLErrors([{ message: 'perPage 不能超过 200', extensions: { code: 'BAD_USER_INPUT' } }])).toBe(400);
    expect(statusOfGraphQLErrors([{ message: 'boom' }])).toBe(500);
    expect(statusOfGraphQLErrors([{ message: 'busy' }], 503)).toBe(503);
  });
});

describe('mutation results', () => {
  it('returns the data of a Success member', () => {
    expect(unwrapMutationResult({ __typename: 'MutationCreateEnterpriseSuccess', data: { id: '1', name: '甲物业' } })).toEqual({
      id: '1',
      name: '甲物业',
    });
  });

  it('turns a ValidationError into react-admin server-side validation errors keyed by input field', () => {
    const error = catchError(() =>
      unwrapMutationResult({
        __typename: 'ValidationError',
        message: '输入有误',
        fieldErrors: [
          { field: 'uscc', message: '统一社会信用代码校验码错误' },
          { field: 'name', message: '名称不能为空' },
          { field: 'uscc', message: '已被使用' },
        ],
      }),
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('输入有误');
    expect(error.body).toEqual({
      errors: {
        uscc: '统一社会信用代码校验码错误；已被使用',
        name: '名称不能为空',
        root: { serverError: '输入有误' },
      },
    });
  });

  it('turns a NotFoundError into a 404 and other errors into a 400', () => {
    expect(catchError(() => unwrapMutationResult({ __typename: 'NotFoundError', message: '企业不存在' })).status).toBe(404);
    const other = catchError(() => unwrapMutationResult({ __typename: 'ConflictError', message: '冲突' }));
    expect(other.status).toBe(400);
    expect(other.message).toBe('冲突');
  });

  it('refuses an empty result', () => {
    expect(catchError(() => unwrapMutationResult(null)).status).toBe(500);
  });

  it('keeps the summary for the form notification', () => {
    expect(fieldErrorsToFormErrors('x')).toEqual({ root: { serverError: 'x' } });
  });
});
