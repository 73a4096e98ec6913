export declare const THEME_SCRIPT: string;
