import { RestError } from './http-types';

/**
 * Every error body the emulator sends, in one place, with the wording from
 * docs/SHAREPOINT_REST_SHAPES.md (§0.3, §5.6, §10). Tests compare these byte for byte.
 */

export const ACCESS_DENIED_TEXT = 'Access denied. You do not have permission to perform this action or access this resource.';
export const DIGEST_INVALID_TEXT =
  "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again.";
export const ITEM_MISSING_TEXT = 'Item does not exist. It may have been deleted by another user.';
export const THRESHOLD_TEXT = 'The attempted operation is prohibited because it exceeds the list view threshold.';

export function accessDenied(): RestError {
  return new RestError(403, '-2147024891, System.UnauthorizedAccessException', ACCESS_DENIED_TEXT);
}

export function digestInvalid(): RestError {
  return new RestError(403, '-2130575251, Microsoft.SharePoint.SPException', DIGEST_INVALID_TEXT);
}

export function listByTitleMissing(title: string, webAbsoluteUrl: string): RestError {
  return new RestError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${webAbsoluteUrl}'.`);
}

export function listByIdMissing(): RestError {
  return new RestError(
    404,
    '-2130575322, Microsoft.SharePoint.SPException',
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
  );
}

export function fileNotFound(): RestError {
  return new RestError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

export function itemMissing(subResource: boolean): RestError {
  return subResource
    ? new RestError(404, '-2147024809, System.ArgumentException', ITEM_MISSING_TEXT)
    : new RestError(404, '-2130575338, System.ArgumentException', ITEM_MISSING_TEXT);
}

export function etagMismatch(sent: string, actual: string): RestError {
  return new RestError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${sent}' does not match the object's ETag value '${actual}'.`
  );
}

export function resourceNotFound(segment: string): RestError {
  return new RestError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);
}

export function fieldOrPropertyMissing(name: string): RestError {
  return new RestError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`);
}

export function invalidQuery(message: string): RestError {
  return new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

export function columnMissing(name: string): RestError {
  return new RestError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);
}

export function userNotFound(): RestError {
  return new RestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'User cannot be found.');
}

export function ensureUserFailed(logon: string): RestError {
  return new RestError(400, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`);
}

export function groupNotFound(): RestError {
  return new RestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
}

export function roleDefinitionNotFound(): RestError {
  return new RestError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');
}

export function inheritsPermissions(): RestError {
  return new RestError(400, '-2147024891, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
}

export function duplicateListTitle(): RestError {
  return new RestError(
    500,
    '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
  );
}

export function badRequest(message: string): RestError {
  return new RestError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message);
}

export function methodNotAllowed(): RestError {
  return new RestError(405, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', 'The HTTP method is not supported for this resource.');
}

/** Sent when the caller names a UPN the emulator does not know (see README: unknown users get 401). */
export function unknownUser(upn: string): RestError {
  return new RestError(401, '-2147024891, System.UnauthorizedAccessException', `Unknown emulator user '${upn}'. Attempted to perform an unauthorized operation.`);
}

export function readOnlyField(name: string): RestError {
  return new RestError(400, '-2147024809, System.ArgumentException', `The field '${name}' is read-only and cannot be set by the client.`);
}
