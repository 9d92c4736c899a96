/** Public face of the io layer: readers for every input format and input expansion. */
export { readerFor, readerNames, registerReader, expandInputs, readFiles, readInputs, type ExpandedInputs } from './registry.js';
export type { Reader, ReadItem, ReadOptions } from './types.js';
