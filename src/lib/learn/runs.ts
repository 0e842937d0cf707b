// Writing lesson prose: `c(value)` marks an engine value, shown as code in the paragraph.
import type { Run } from './types.ts';

export const c = (value: string | number): Run => ({ code: String(value) });
