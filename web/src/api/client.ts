import { ApiError, isErrorBody } from './errors';
import { clientErrorTexts } from './texts';
import type { Lang } from './types';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let currentLang: Lang = 'nb';
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token from `GET /api/me` or the sign-in answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so messages match when not signed in. */
export function setClientLang(lang: Lang): void {
  currentLang = lang;
}

/** Called when a request answers 401 (the session ended). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export type Query = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, with `contentType`. */
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Do not call the unauthenticated handler on 401 (used by `GET /api/me`). */
  allowUnauthenticated?: boolean;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLang,
    ...options.headers,
  };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.body !== undefined) {
    headers['Content-Type'] = options.contentType ?? 'text/plain';
    body = options.body;
  }
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'NETWORK_ERROR', message: clientErrorTexts[currentLang].network });
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('/api/me', {});
  if (!response.ok) return false;
  const me = (await readBody(response)) as { csrfToken?: unknown } | undefined;
  if (typeof me?.csrfToken !== 'string') return false;
  csrfToken = me.csrfToken;
  return true;
}

/** Calls the API. Resolves with the parsed JSON body; rejects with an ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  let body = await readBody(response);
  const method = options.method ?? 'GET';
  if (
    response.status === 403 &&
    UNSAFE_METHODS.has(method) &&
    isErrorBody(body) &&
    body.code === 'CSRF_TOKEN_INVALID' &&
    (await refreshCsrfToken())
  ) {
    response = await send(path, options);
    body = await readBody(response);
  }
  if (response.ok) return body as T;
  if (response.status === 401 && !options.allowUnauthenticated) onUnauthenticated?.();
  if (isErrorBody(body)) throw new ApiError(response.status, body);
  throw new ApiError(response.status, {
    code: 'HTTP_ERROR',
    message: clientErrorTexts[currentLang].unexpected(response.status),
  });
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, json?: unknown) => apiRequest<T>(path, { method: 'POST', json }),
  put: <T>(path: string, json?: unknown) => apiRequest<T>(path, { method: 'PUT', json }),
  patch: <T>(path: string, json?: unknown) => apiRequest<T>(path, { method: 'PATCH', json }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};
