/**
 * A bound on YAML alias expansion, the same for every YAML input (scenario.yml, settings files,
 * `--set` values): a document whose aliases would expand past it (an "alias bomb", whose size
 * grows exponentially with its nesting) is an input error, not a crash or an exhausted memory.
 */
import { parse, type Document } from 'yaml';

/** Most alias nodes one conversion may expand; the yaml package's own default, stated here. */
export const MAX_YAML_ALIASES = 100;

export const ALIAS_LIMIT_EXPECTED = `YAML whose aliases (*name) expand at most ${MAX_YAML_ALIASES} times`;

export type Expanded = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/** A document (or one node of it) as plain values, or why its aliases could not be expanded. */
export function expandYaml(doc: Document, node?: { toJS(doc: Document, options: { maxAliasCount: number }): unknown }): Expanded {
  try {
    const value: unknown = node === undefined ? doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) : node.toJS(doc, { maxAliasCount: MAX_YAML_ALIASES });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ReferenceError) return { ok: false, reason: aliasReason(e) };
    throw e;
  }
}

/** A single YAML value (a `--set` value), parsed under the same bound, or why it cannot be. */
export function parseYamlValue(text: string): Expanded {
  try {
    return { ok: true, value: parse(text, { maxAliasCount: MAX_YAML_ALIASES }) as unknown };
  } catch (e) {
    if (e instanceof ReferenceError) return { ok: false, reason: aliasReason(e) };
    return { ok: false, reason: `not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

function aliasReason(e: ReferenceError): string {
  return /alias/i.test(e.message) ? `aliases expand more than ${MAX_YAML_ALIASES} times (an alias bomb?)` : `an alias cannot be resolved: ${e.message.split('\n')[0]}`;
}
