// The heap after full collections, for the retention tests (memos and the incremental parser must
// not keep old document versions alive): they compare it before and after dropping references.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use, in MB, after two full collections. */
export function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}
