/** The graph layer's entry: its types, the builder and the queries, records, rivals and statistics over it. */
export * from './types';
export * from './queries';
export { buildGraph } from './build';
export { recordsOf, type Records, type Honour, type ClassRecord } from './records';
export { rivalsOf, RIVALS_SHOWN, type Rival } from './rivals';
export { statsOf } from './stats';
export { editionKey } from './session-merge';
