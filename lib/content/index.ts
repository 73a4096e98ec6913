/** The content layer's entry: its types, the builder that validates content, and the error that lists problems. */
export { ContentError, formatProblem } from './problems';
export { ContentBuilder, type BuilderState, type BuildOptions, type SessionFacts, type SessionReport } from './builder';
export { duplicateSlugProblem } from './builder-problems';
export type { RawRegistryDocument } from './registry';
export type { BodyScan } from './mdx';
export * from './types';
