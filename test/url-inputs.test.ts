/**
 * URL inputs against a local HTTP server on 127.0.0.1 (an ephemeral port), never the network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintUrl } from '../src/lint-url.js';
import { describeFetchError, DEFAULT_FETCH_LIMITS, isUrl } from '../src/read/fetch-url.js';
import { REFERENCE_DATE, runCli, tempTree } from './helpers.js';

const examples = join(import.meta.dirname, '..', 'fixtures', 'examples');
const VALID_HTML = readFileSync(join(examples, 'sv-valid.html'), 'utf8');
const LEFTOVER_HTML = VALID_HTML.replace('Storgatan 1', 'Storgatan 1, [ANGE ORG.NR]');
const PASTED_HTML = VALID_HTML.replace('<h2>Mottagare</h2>', '<h2>Mottagare</h2><p>**Version:** 1.0</p>');
const MARKDOWN = readFileSync(join(examples, 'sv-valid.md'), 'utf8');

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

const ROUTES: Record<string, Handler> = {
  '/notice': (_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LEFTOVER_HTML),
  '/valid': (_, response) => response.writeHead(200, { 'content-type': 'application/xhtml+xml' }).end(VALID_HTML),
  '/notice.md': (_, response) => response.writeHead(200, { 'content-type': 'text/markdown' }).end(MARKDOWN),
  '/plain': (_, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('Rekisterinpitäjä\tKauppa Aalto Oy [LISÄÄ Y-TUNNUS]\n'),
  '/latin1': (_, response) =>
    response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from(LEFTOVER_HTML.replace('charset="utf-8"', ''), 'latin1')),
  '/pasted': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(PASTED_HTML),
  '/agent': (request, response) =>
    response.writeHead(request.headers['user-agent']?.startsWith('noticelint') ? 200 : 403, { 'content-type': 'text/html' }).end(VALID_HTML),
  '/spa': (_, response) =>
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<!DOCTYPE html><html lang="fi"><head><title>Tietosuoja</title><script src="/main.js"></script></head><body><div id="root">Ladataan sivua…</div></body></html>',
      ),
  '/moved': (_, response) => response.writeHead(302, { location: '/notice' }).end(),
  '/loop': (_, response) => response.writeHead(301, { location: '/loop' }).end(),
  '/missing': (_, response) => response.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not here</p>'),
  '/broken': (_, response) => response.writeHead(500, { 'content-type': 'text/html' }).end('<p>Oops</p>'),
  '/pdf': (_, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/untyped': (_, response) => response.writeHead(200).end('<p>x</p>'),
  '/huge-declared': (_, response) => response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2048) }).end('x'.repeat(2048)),
  '/huge-streamed': (_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    for (let chunk = 0; chunk < 8; chunk++) response.write('<p>' + 'x'.repeat(500) + '</p>');
    response.end();
  },
  '/silent': () => undefined,
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const route = ROUTES[request.url ?? ''];
    if (route) route(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const options = { now: REFERENCE_DATE, locale: 'en' as const };

async function fatal(path: string, limits = {}): Promise<[string, string]> {
  const result = await lintUrl(`${base}${path}`, options, limits);
  expect(result.fatalErrorCount).toBe(1);
  const [message] = result.messages;
  return [message?.messageId ?? '', message?.message ?? ''];
}

describe('URL inputs', () => {
  it('tells URLs from paths: http and https only', () => {
    expect(['https://example.fi/tietosuoja', 'HTTP://x.fi', 'notice.html', 'ftp://x.fi/a', 'http:notice', 'docs/https://x'].map(isUrl)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('lints an HTML page; the result is named by the URL, positions are the page lines', async () => {
    const result = await lintUrl(`${base}/notice`, options);
    expect(result.filePath).toBe(`${base}/notice`);
    const line = LEFTOVER_HTML.split('\n').findIndex((text) => text.includes('[ANGE ORG.NR]')) + 1;
    expect(result.messages.map(({ ruleId, messageId, line }) => [ruleId, messageId, line])).toEqual([['template-leftover', 'leftover', line]]);
  });

  it('a valid page (application/xhtml+xml) gives nothing; the request names noticelint as its user agent', async () => {
    expect((await lintUrl(`${base}/valid`, options)).messages).toEqual([]);
    expect((await lintUrl(`${base}/agent`, options)).messages).toEqual([]);
  });

  it('reads text/markdown as Markdown and text/plain as plain text', async () => {
    expect((await lintUrl(`${base}/notice.md`, options)).messages).toEqual([]);
    const plain = await lintUrl(`${base}/plain`, { ...options, rules: { 'template-leftover': 'error' } });
    expect(plain.messages.filter((message) => message.ruleId === 'template-leftover').map(({ messageId, line }) => [messageId, line])).toEqual([
      ['leftover', 1],
    ]);
  });

  it('decodes the charset the server names', async () => {
    const result = await lintUrl(`${base}/latin1`, options);
    expect(result.messages.map(({ ruleId, messageId }) => [ruleId, messageId])).toEqual([['template-leftover', 'leftover']]);
  });

  it('follows redirects up to the limit, and names the URL asked for', async () => {
    const result = await lintUrl(`${base}/moved`, options);
    expect(result.filePath).toBe(`${base}/moved`);
    expect(result.messages.map(({ messageId }) => messageId)).toEqual(['leftover']);
    expect(await fatal('/loop')).toEqual(['url-redirects', `More than ${DEFAULT_FETCH_LIMITS.maxRedirects} redirects; stopped following them.`]);
  });

  it('HTTP errors, wrong media types, pages over the size limit and silence are fatal findings', async () => {
    expect(await fatal('/missing')).toEqual(['url-status', 'The server answered HTTP 404 (Not Found); the page was not linted.']);
    expect((await fatal('/broken'))[0]).toBe('url-status');
    expect(await fatal('/pdf')).toEqual(['url-type', 'The page is of type "application/pdf"; noticelint reads HTML, plain-text and Markdown pages only.']);
    expect((await fatal('/untyped'))[1]).toContain('"(none)"');
    expect(await fatal('/huge-declared', { maxBytes: 1024 })).toEqual([
      'url-too-large',
      'The page is over the 1024-byte limit (raise it with --max-file-size); not read.',
    ]);
    expect((await fatal('/huge-streamed', { maxBytes: 1024 }))[0]).toBe('url-too-large');
    expect((await fatal('/silent', { timeoutMs: 300 }))[0]).toBe('url-timeout');
  });

  it('--max-file-size limits pages as it limits files', async () => {
    const result = await lintUrl(`${base}/huge-streamed`, { ...options, maxFileSize: 1024 });
    expect(result.messages.map(({ messageId }) => messageId)).toEqual(['url-too-large']);
  });

  it('a page whose text is rendered by JavaScript is a fatal finding that says so, not a notice missing everything', async () => {
    expect(await fatal('/spa')).toEqual([
      'url-script-rendered',
      'The page has almost no text (2 words) and loads scripts: its notice is probably rendered by JavaScript, which noticelint does not run. Open the page in a browser, save it (complete page) and lint the saved file.',
    ]);
  });

  it('a refused connection is a fatal finding naming the host', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await lintUrl(`http://127.0.0.1:${port}/`, options);
    expect(result.messages.map(({ messageId, message, fatal }) => [messageId, message, fatal])).toEqual([
      ['url-refused', `127.0.0.1:${port} refused the connection; is the address and port right?`, true],
    ]);
  });

  it('a host DNS does not know is worded as such (the error as Node fetch gives it)', () => {
    const error = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND tietosuoja.invalid' } });
    const described = describeFetchError(error, new URL('https://tietosuoja.invalid/seloste'), DEFAULT_FETCH_LIMITS);
    expect([described.messageId, described.localized('fi')]).toEqual([
      'url-not-found',
      'Palvelinta tietosuoja.invalid ei löytynyt (DNS-haku epäonnistui); tarkista osoite.',
    ]);
  });

  it('messages are in the locale asked for', async () => {
    const result = await lintUrl(`${base}/missing`, { ...options, locale: 'sv' });
    expect(result.messages[0]?.message).toBe('Servern svarade HTTP 404 (Not Found); sidan granskades inte.');
  });
});

describe('URL inputs on the command line', () => {
  it('lints URLs next to files; a failing URL does not stop the others', async () => {
    const folder = await tempTree({ 'notice.md': MARKDOWN });
    const run = await runCli([`${base}/missing`, `${base}/notice`, 'notice.md', '-f', 'json', '--reference-date', '2026-11-22'], folder);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { messageId: string; fatal?: boolean }[] }[];
    expect(results.map(({ filePath, messages }) => [filePath, messages.map(({ messageId }) => messageId)])).toEqual([
      ['notice.md', []],
      [`${base}/missing`, ['url-status']],
      [`${base}/notice`, ['leftover']],
    ]);
    expect(run.code).toBe(1);
  });

  it('lints URLs alone without looking for files in the folder', async () => {
    const folder = await tempTree({});
    const run = await runCli([`${base}/valid`, '--reference-date', '2026-11-22'], folder);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--fix never writes a page: its fixable findings stay; --fix-dry-run gives the fixed text', async () => {
    const folder = await tempTree({});
    const page = `${base}/pasted`;
    type Result = { messages: { messageId: string; fix?: unknown }[]; output?: string };
    const [fixed] = JSON.parse((await runCli([page, '--fix', '-f', 'json', '--reference-date', '2026-11-22'], folder)).stdout) as Result[];
    expect(fixed?.messages.map(({ messageId, fix }) => [messageId, fix !== undefined])).toEqual([['unrendered', true]]);
    expect(fixed?.output).toBeUndefined();
    const [dryRun] = JSON.parse((await runCli([page, '--fix-dry-run', '-f', 'json', '--reference-date', '2026-11-22'], folder)).stdout) as Result[];
    expect(dryRun?.output).toContain('<p><strong>Version:</strong> 1.0</p>');
  });
});
