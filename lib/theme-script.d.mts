/** Types of lib/theme-script.mjs. */
export declare const THEME_SCRIPT: string;
