/** Types of lib/cache/tags.mjs. */
export declare const LIST_TAG: string;
export declare const ENTITY_ROUTES: string[];
export declare function entityTag(kind: string, id: string): string;
export declare function keyPath(key: string): string;
export declare function pathTags(path: string): string[];
