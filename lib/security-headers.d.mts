/** Types of lib/security-headers.mjs. */
export const SECURITY_HEADERS: { key: string; value: string }[];
export const HSTS: { key: string; value: string };
