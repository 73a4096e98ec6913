/** Counts the work done by the graph and its lookups, so a test can prove it stays linear. */
export const workCounter = { steps: 0 };
