import * as strings from 'SuiteStrings';
import { DataError, type ErrorKey } from '../../data/errors';

const MESSAGES: Record<ErrorKey, string> = {
  'errors.conflict': strings.ErrorConflict,
  'errors.forbidden': strings.ErrorForbidden,
  'errors.notFound': strings.ErrorNotFound,
  'errors.threshold': strings.ErrorThreshold,
  'errors.busy': strings.ErrorBusy,
  'errors.network': strings.ErrorNetwork,
  'errors.validation': strings.ErrorValidation,
  'errors.badRequest': strings.ErrorBadRequest,
  'errors.aborted': strings.ErrorAborted,
  'errors.unexpected': strings.ErrorUnexpected,
  'errors.dataSiteNotConfigured': strings.ErrorDataSiteNotConfigured
};

/** The localised message for any failure: a typed data error by its key, anything else as unexpected. */
export function errorMessage(error: unknown): string {
  return error instanceof DataError ? MESSAGES[error.key] : strings.ErrorUnexpected;
}
