import { HttpRequestError } from '@pnp/queryable';
import { fakeSp, jsonResponse, odataErrorResponse, THRESHOLD_500 } from './testing/fakeServer';
import {
  toDataError,
  parseODataError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ThresholdError,
  SharePointBusyError,
  NetworkError,
  BadRequestError,
  UnexpectedError,
  AbortedError,
  ValidationError,
  DataError
} from './errors';
import { WireShapeError } from '../lists/mapping';

async function failWith(answer: () => Response, write = false): Promise<unknown> {
  const { sp } = fakeSp(answer, { maxAttempts: 1 });
  return (write ? sp.web.update({ Title: 'x' }) : sp.web()).catch((e: unknown) => e);
}

describe('toDataError', () => {
  it.each<[string, () => Response, new (...args: never[]) => DataError, string]>([
    ['412', () => odataErrorResponse(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', "The request ETag value '\"8\"' does not match"), ConflictError, 'errors.conflict'],
    ['403', () => odataErrorResponse(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'), ForbiddenError, 'errors.forbidden'],
    ['404', () => odataErrorResponse(404, '-2130575338, System.ArgumentException', 'Item does not exist.'), NotFoundError, 'errors.notFound'],
    ['threshold 500', THRESHOLD_500, ThresholdError, 'errors.threshold'],
    ['other 500', () => odataErrorResponse(500, '-1, System.Exception', 'boom'), UnexpectedError, 'errors.unexpected'],
    ['400', () => odataErrorResponse(400, '-1, Microsoft.SharePoint.SPException', "The field or property 'X' does not exist."), BadRequestError, 'errors.badRequest'],
    ['429 past the budget', () => odataErrorResponse(429, '', 'slow down', { 'Retry-After': '5' }), SharePointBusyError, 'errors.busy'],
    ['verbose 404', () => jsonResponse({ error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: 'List does not exist' } } }, 404), NotFoundError, 'errors.notFound']
  ])('maps %s', async (_label, answer, type, key) => {
    const raw = await failWith(answer);
    const err = await toDataError(raw);
    expect(err).toBeInstanceOf(type);
    expect(err.key).toBe(key);
    // The UI message is a key; the server text is kept only for logs.
    expect(err.message).not.toContain('Microsoft.SharePoint');
  });

  it('keeps the server detail for logs', async () => {
    const err = await toDataError(await failWith(THRESHOLD_500));
    expect(err.server).toEqual({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.'
    });
  });

  it('can read the body again after someone consumed a clone, and falls back to the message when the body is gone', async () => {
    const raw = (await failWith(THRESHOLD_500)) as HttpRequestError;
    await raw.response.clone().text();
    expect(await toDataError(raw)).toBeInstanceOf(ThresholdError);
    await raw.response.text();
    expect(raw.response.bodyUsed).toBe(true);
    expect(await toDataError(raw)).toBeInstanceOf(ThresholdError);
  });

  it('tells a rejected form digest apart from missing permissions', async () => {
    const err = await toDataError(
      await failWith(() => odataErrorResponse(403, '-2130575251, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid'), true)
    );
    expect(err).toBeInstanceOf(ForbiddenError);
    expect((err as ForbiddenError).digestRejected).toBe(true);
  });

  it('treats a 504 on a write as a lost answer of unknown outcome', async () => {
    const err = await toDataError(await failWith(() => new Response('Gateway Timeout', { status: 504 }), true), 'POST');
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).outcomeUnknown).toBe(true);
  });

  it('passes typed errors through and wraps the rest', async () => {
    const v = new ValidationError([{ key: 'validation.required', field: 'upn' }]);
    expect(await toDataError(v)).toBe(v);
    expect(await toDataError(Object.assign(new Error('x'), { name: 'AbortError' }))).toBeInstanceOf(AbortedError);
    expect(await toDataError(new WireShapeError('people', 'pplUpn', 'bad'))).toBeInstanceOf(UnexpectedError);
    expect(await toDataError('weird')).toBeInstanceOf(UnexpectedError);
  });

  it('keeps instanceof working for every class', () => {
    const e = new ConflictError({ id: 1 });
    expect(e).toBeInstanceOf(DataError);
    expect(e).toBeInstanceOf(Error);
    expect(e.current).toEqual({ id: 1 });
  });
});

describe('parseODataError', () => {
  it('reads minimal and verbose bodies and refuses the rest', () => {
    expect(parseODataError('{"odata.error":{"code":"1, X","message":{"lang":"en-US","value":"m"}}}')).toEqual({ code: '1, X', message: 'm' });
    expect(parseODataError('{"error":{"code":"2","message":"plain"}}')).toEqual({ code: '2', message: 'plain' });
    expect(parseODataError('<html>')).toBeNull();
    expect(parseODataError('null')).toBeNull();
    expect(parseODataError('{"a":1}')).toBeNull();
  });
});
