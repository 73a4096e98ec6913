import { connect } from 'node:net';

/**
 * One HTTP/1.1 request written byte for byte on a socket: fetch and node:http normalise or refuse
 * the odd request targets a scanner sends (`..`, raw control characters, bad percent-encoding).
 */
export interface RawRequest {
  method: string;
  /** The request target exactly as sent (`/a/../b`, `/teams/%`, ...). */
  target: string;
  headers?: Record<string, string>;
  body?: string;
}
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function rawRequest(port: number, req: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  const head = [`${req.method} ${req.target} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close'];
  for (const [k, v] of Object.entries(req.headers ?? {})) head.push(`${k}: ${v}`);
  if (req.body !== undefined) head.push(`Content-Length: ${Buffer.byteLength(req.body)}`);
  const bytes = Buffer.from(`${head.join('\r\n')}\r\n\r\n${req.body ?? ''}`, 'latin1');
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs);
    socket.on('connect', () => socket.write(bytes));
    socket.on('data', (c) => chunks.push(c));
    let failure: Error | undefined;
    // A server that refuses a request may reset the connection right after its answer: keep what came.
    socket.on('error', (e) => (failure = e));
    socket.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(parseResponse(Buffer.concat(chunks), req.method === 'HEAD'));
      } catch (e) {
        reject(new Error(`${req.method} ${req.target.slice(0, 120)}: ${(failure ?? (e as Error)).message}`));
      }
    });
  });
}

function parseResponse(raw: Buffer, head: boolean): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`incomplete response: ${JSON.stringify(raw.toString('latin1').slice(0, 200))}`);
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine!)?.[1]);
  if (!status) throw new Error(`bad status line: ${statusLine}`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] = headers[name] ? `${headers[name]}, ${line.slice(colon + 1).trim()}` : line.slice(colon + 1).trim();
  }
  let body = head ? Buffer.alloc(0) : raw.subarray(end + 4);
  if (!head && headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
  return { status, headers, body: body.toString('utf8') };
}

function dechunk(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(data.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    out.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}
