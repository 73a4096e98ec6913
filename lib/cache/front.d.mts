/** Types of lib/cache/front.mjs. */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export declare const MAX_BYTES: number;
export declare const MAX_ENTRY_BYTES: number;
export declare function frontKey(req: IncomingMessage): string | undefined;
export interface FrontFigures {
  answered: number;
  stored: number;
  entries: number;
  bytes: number;
}
export declare class Front {
  constructor(expired: (path: string, storedAt: number) => boolean, maxBytes?: number);
  expired: (path: string, storedAt: number) => boolean;
  answered: number;
  stored: number;
  bytes: number;
  entries: Map<string, unknown>;
  answer(req: IncomingMessage, res: ServerResponse): boolean;
  watch(req: IncomingMessage, res: ServerResponse): void;
  attach(server: Server): void;
}
export declare function frontFigures(): FrontFigures | undefined;
export declare function installFront(expired: (path: string, storedAt: number) => boolean): Front;
