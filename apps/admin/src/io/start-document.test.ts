// How the first start reads the installation's start document, for each answer a server may give.
// The server is played by a stand-in `fetch` returning real Response objects; the end-to-end test
// (test/e2e/start-document.test.ts) serves real files from a static server.
import { createExampleDocument, exportDocument } from '@muenchen-digital/content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStartDocument } from './start-document.js';

const url = new URL('start-document.json', document.baseURI);
const exampleCity = createExampleDocument().organisation.city;

function serverAnswers(answer: () => Response | Promise<Response>) {
  const fetch = vi.fn(async () => answer());
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function cityDocument() {
  const strategy = createExampleDocument();
  strategy.organisation.city = 'Stadt Beispielstadt';
  return strategy;
}

const json = (text: string) => new Response(text, { headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the start document', () => {
  it('is used when the server has it and an import would take it', async () => {
    serverAnswers(() => json(exportDocument(cityDocument())));
    const start = await loadStartDocument(url, 'de');
    expect(start.document.organisation.city).toBe('Stadt Beispielstadt');
    expect(start.refusal).toBeUndefined();
  });

  it('is asked for past the cache, and not waited for without end', async () => {
    const fetch = serverAnswers(() => new Response(null, { status: 404 }));
    await loadStartDocument(url, 'de');
    const [asked, options] = fetch.mock.calls[0] as unknown as [URL, RequestInit];
    expect(String(asked)).toBe(String(url));
    expect(options.cache).toBe('no-cache');
    expect(options.signal).toBeInstanceOf(AbortSignal);
  });

  it('absent (404): the example, and nothing to report', async () => {
    serverAnswers(() => new Response('not found', { status: 404 }));
    const start = await loadStartDocument(url, 'de');
    expect(start.document.organisation.city).toBe(exampleCity);
    expect(start.refusal).toBeUndefined();
  });

  it('answered with the app’s page (a host’s single-page fallback): the example, and nothing to report', async () => {
    serverAnswers(() => new Response('<!doctype html><title>Strategie-Editor</title>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const start = await loadStartDocument(url, 'de');
    expect(start.document.organisation.city).toBe(exampleCity);
    expect(start.refusal).toBeUndefined();
  });

  it('refused by the server (500): the example, and the status to report', async () => {
    serverAnswers(() => new Response('oops', { status: 500 }));
    const start = await loadStartDocument(url, 'de');
    expect(start.document.organisation.city).toBe(exampleCity);
    expect(start.refusal).toEqual({ reason: 'unavailable', status: 500 });
  });

  it('no answer (the request fails or times out): the example, reported without a status', async () => {
    serverAnswers(() => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')));
    const start = await loadStartDocument(url, 'de');
    expect(start.document.organisation.city).toBe(exampleCity);
    expect(start.refusal).toEqual({ reason: 'unavailable' });
  });

  it('broken off while it arrives: the example, reported, and no exception', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"schemaVersion":'));
        controller.error(new TypeError('network error'));
      },
    });
    serverAnswers(() => new Response(body, { headers: { 'content-type': 'application/json' } }));
    const start = await loadStartDocument(url, 'de');
    expect(start.document.organisation.city).toBe(exampleCity);
    expect(start.refusal).toEqual({ reason: 'unavailable' });
  });

  it('refused as an import would refuse it, with the places named in the UI language', async () => {
    const strategy = cityDocument();
    strategy.organisation.imprintHref = 'javascript:alert(1)';
    serverAnswers(() => json(exportDocument(strategy)));
    const start = await loadStartDocument(url, 'en');
    expect(start.document.organisation.city).toBe(exampleCity);
    expect(start.refusal?.reason).toBe('refused');
    const error = start.refusal?.reason === 'refused' ? start.refusal.error : undefined;
    expect(error?.reason).toBe('invalid');
    expect(error?.reason === 'invalid' && error.problems.map((problem) => problem.location)).toEqual(['Organisation and brand › Link to the legal notice']);
  });
});
