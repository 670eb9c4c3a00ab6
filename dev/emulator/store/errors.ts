/**
 * Errors the engine throws, carrying SharePoint's odata.error code and text so the REST layer can
 * serialise them unchanged. Wording sources are in dev/emulator/store/README.md ("Error texts").
 */

export class ODataError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string
  ) {
    super(message);
    this.name = 'ODataError';
  }
}

export const THRESHOLD_CODE = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';
export const THRESHOLD_MESSAGE = 'The attempted operation is prohibited because it exceeds the list view threshold.';

export class ThresholdError extends ODataError {
  constructor(public readonly reason: string = '') {
    super(500, THRESHOLD_CODE, THRESHOLD_MESSAGE);
    this.name = 'ThresholdError';
  }
}

const INVALID_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

/** Malformed `$filter`/`$orderby`/`$skiptoken`: SharePoint quotes the whole expression. */
export function invalidExpression(expression: string): ODataError {
  return new ODataError(400, INVALID_QUERY, `The expression "${expression}" is not valid.`);
}

/** Syntactically fine but outside what SharePoint list queries support (endswith, not, arithmetic …). */
export function queryNotValid(): ODataError {
  return new ODataError(400, INVALID_QUERY, 'The query is not valid.');
}

/** Unknown column in `$filter`/`$orderby` (SharePoint resolves the name against the list's fields). */
export function columnMissing(name: string): ODataError {
  return new ODataError(400, '-2146232832, Microsoft.SharePoint.SPException', `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** Unknown property of an expanded user/lookup (`Owner/Foo`). */
export function fieldOrPropertyMissing(name: string): ODataError {
  return new ODataError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`);
}

/** Filtering on a type SharePoint refuses in a query (Note, UserMulti, LookupMulti …). */
export function fieldNotFilterable(internalName: string, type: string): ODataError {
  return new ODataError(400, '-1, Microsoft.SharePoint.SPException', `The field '${internalName}' of type '${type}' cannot be used in the query filter expression.`);
}

export function propertyMissingOnType(name: string, entityType: string): ODataError {
  return new ODataError(
    400,
    INVALID_QUERY,
    `The property '${name}' does not exist on type '${entityType}'. Make sure to only use property names that are defined by the type.`
  );
}

/** A JSON value of the wrong primitive type (OData reader text). */
export function cannotConvert(edmType: string): ODataError {
  return new ODataError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

/** Field-level validation that SharePoint reports as an SPException (required, choice, length, lookup). */
export function fieldValidation(message: string): ODataError {
  return new ODataError(400, '-2146232832, Microsoft.SharePoint.SPException', message);
}

export function duplicateValues(): ODataError {
  return new ODataError(
    400,
    '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
  );
}

export function itemMissing(): ODataError {
  return new ODataError(404, '-2130575338, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');
}

export function duplicateField(name: string): ODataError {
  return new ODataError(
    400,
    '-2130575245, Microsoft.SharePoint.SPException',
    `A duplicate field name "${name}" was found.`
  );
}

export function fieldMissing(name: string): ODataError {
  return new ODataError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);
}

export function tooManyIndexes(): ODataError {
  return new ODataError(
    400,
    '-2130575331, Microsoft.SharePoint.SPException',
    'You cannot create an index on this column because the list already has the maximum number of indexed columns (20).'
  );
}

export function duplicateListTitle(): ODataError {
  return new ODataError(
    500,
    '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
  );
}

export function listMissing(): ODataError {
  return new ODataError(
    404,
    '-2130575322, Microsoft.SharePoint.SPException',
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
  );
}

export function argument(message: string): ODataError {
  return new ODataError(400, '-2147024809, System.ArgumentException', message);
}
