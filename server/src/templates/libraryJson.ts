// The library's JSON text (server/src/templates/library.json): keys sorted, so the same library
// serialises byte for byte the same and the staleness test can compare.
import type { TemplateLibrary } from './types.ts';

/** JSON with object keys sorted at every level (arrays keep their order): stable output. */
export function stableStringify(value: unknown, indent = 2): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) o[k] = sortKeys(x);
      }
      return o;
    }
    return v;
  };
  return JSON.stringify(sortKeys(value), null, indent);
}

/** The text of server/src/templates/library.json for a library: stable, one trailing newline. */
export function renderLibraryJson(lib: TemplateLibrary): string {
  return stableStringify(lib) + '\n';
}
