/**
 * Glue between the graph and the presentational components: turns graph data into component props, so
 * routes stay short and components never see the graph. One module per page kind.
 */
export * from './shared';
export * from './article';
export * from './entity';
export * from './hub';
export * from './lists';
export * from './edition';
export * from './car';
export * from './author';
export * from './picture';
export * from './seasons';
export * from './hub-editions';
export * from './honours';
