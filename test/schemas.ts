/**
 * Validation of kg's XML exports against the formats' official grammars (vendored in
 * test/fixtures/schemas, see its README), with libxml2's xmllint compiled to WebAssembly
 * (xmllint-wasm): GEXF against the GEXF 1.3 RelaxNG grammar, GraphML against the GraphML 1.0
 * XML Schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memoryPages, validateXML } from 'xmllint-wasm';
import type { XMLFileInfo } from 'xmllint-wasm';

const SCHEMAS = fileURLToPath(new URL('./fixtures/schemas/', import.meta.url));

function schemaFile(folder: string, name: string, fileName = name): XMLFileInfo {
  return { fileName, contents: readFileSync(`${SCHEMAS}${folder}/${name}`, 'utf8') };
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
