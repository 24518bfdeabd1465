// The extension's version, from package.json. A named import so esbuild bundles only this field,
// not the whole manifest (its settings schemas are large).
import { version } from '../../package.json';

export const VERSION: string = typeof version === 'string' ? version : '0.0.0';
