/**
 * Validation of kg's XML exports against the formats' official grammars, with libxml2's xmllint
 * compiled to WebAssembly (xmllint-wasm): GEXF against the GEXF 1.3 RelaxNG grammar, GraphML
 * against the GraphML 1.0 XML Schema.
 *
 * The grammars are not in this repository: no npm or Debian package carries them, and the project
 * does not copy files out of other repositories. `scripts/fetch-export-schemas.sh DIR` downloads
 * them from their publishers; point `KG_EXPORT_SCHEMAS` at DIR to run the checks
 * (docs/formats.md, "Checking exports against the official grammars").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';
import type { XMLFileInfo } from 'xmllint-wasm';

/** The folder holding `gexf-1.3/` and `graphml-1.0/`, or undefined when it is not set up. */
export const SCHEMAS: string | undefined = ((dir) =>
  dir !== undefined &&
  existsSync(join(dir, 'gexf-1.3', 'gexf.rng')) &&
  existsSync(join(dir, 'graphml-1.0', 'graphml.xsd'))
    ? dir
    : undefined)(process.env.KG_EXPORT_SCHEMAS);

function schemaFile(folder: string, name: string, fileName = name): XMLFileInfo {
  if (SCHEMAS === undefined) throw new Error('KG_EXPORT_SCHEMAS does not name a schema folder');
  return { fileName, contents: readFileSync(join(SCHEMAS, folder, name), 'utf8') };
}

export interface Validation {
  valid: boolean;
  /** xmllint's messages, one per line ("x.graphml:43: Schemas validity error : …"). */
  errors: string[];
}

/** graphml.xsd redefines graphml-structure.xsd by its absolute URL; libxml2 without network
 * support opens such a URL as the path `http:/host/…`, where these files are preloaded. */
const GRAPHML_HOME = 'http:/graphml.graphdrawing.org/xmlns/1.0/';

/** Room for the BBC store's exports (xmllint-wasm's default is 16 MiB). */
const MAX_MEMORY = 2 * memoryPages.GiB;

export async function validateGexf(text: string): Promise<Validation> {
  const result = await validateXML({
    xml: [{ fileName: 'export.gexf', contents: text }],
    extension: 'relaxng',
    schema: [schemaFile('gexf-1.3', 'gexf.rng')],
    preload: [schemaFile('gexf-1.3', 'dynamics.rng'), schemaFile('gexf-1.3', 'viz.rng')],
    maxMemoryPages: MAX_MEMORY,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

export async function validateGraphml(text: string): Promise<Validation> {
  const result = await validateXML({
    xml: [{ fileName: 'export.graphml', contents: text }],
    schema: [schemaFile('graphml-1.0', 'graphml.xsd')],
    preload: [
      schemaFile('graphml-1.0', 'graphml-structure.xsd', `${GRAPHML_HOME}graphml-structure.xsd`),
      schemaFile('graphml-1.0', 'xlink.xsd', `${GRAPHML_HOME}xlink.xsd`),
    ],
    maxMemoryPages: MAX_MEMORY,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
