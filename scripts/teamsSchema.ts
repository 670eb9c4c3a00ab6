import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as fs from 'fs';
import * as path from 'path';

// The Teams manifest schema (v1.17) is kept in the repo so validation needs no network.
const schemaPath = path.join(__dirname, '..', 'dev', 'schemas', 'teams-manifest-v1.17.schema.json');

export interface ISchemaResult {
  valid: boolean;
  errors: string[];
}

export function validateTeamsManifest(manifest: unknown): ISchemaResult {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object);
  const valid = validate(manifest) as boolean;
  return { valid, errors: (validate.errors || []).map((e) => `${e.instancePath} ${e.message ?? ''}`) };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(data: Buffer): { width: number; height: number } {
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
