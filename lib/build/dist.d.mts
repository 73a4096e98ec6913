/** Types of lib/build/dist.mjs. */
export declare const BUILDS: string;
export declare const SLOTS: string[];
export declare function currentDistDir(root?: string): string;
export declare function freshSlot(root?: string): string;
export declare function switchTo(slot: string, root?: string): void;
