import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

export const INBOX_PAGE_SIZE = 50;

/** The inbox's filters as kept in the URL (`?show=&scope=&q=&gp=&from=&to=&side=`). */
export interface InboxParams {
  show: string;
  scope: string;
  q: string;
  gp: string;
  from: string;
  to: string;
  /** 1-based. */
  page: number;
}

const KEYS = ['show', 'scope', 'q', 'gp', 'from', 'to'] as const;

function paramsFrom(search: URLSearchParams, defaults: InboxParams): InboxParams {
  const page = Number(search.get('side'));
  const out = { ...defaults, page: Number.isInteger(page) && page > 1 ? page : 1 };
  for (const key of KEYS) out[key] = search.get(key) ?? defaults[key];
  return out;
}

function toSearch(params: InboxParams, defaults: InboxParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) if (params[key] && params[key] !== defaults[key]) search.set(key, params[key]);
  if (params.page > 1) search.set('side', String(params.page));
  return search;
}

/**
 * The filters follow local state (so a toggle changes at once) and the URL follows the state, so
 * a reload or a shared link shows the same page. A new filter starts on the first page.
 */
export function useInboxParams(defaults: InboxParams) {
  const [search, setSearch] = useSearchParams();
  const [params, setParams] = useState<InboxParams>(() => paramsFrom(search, defaults));
  useEffect(() => {
    const next = toSearch(params, defaults);
    if (next.toString() !== search.toString()) setSearch(next, { replace: true });
    // `defaults` is a constant of the page, not a dependency.
  }, [params, search, setSearch]);
  const set = <K extends Exclude<keyof InboxParams, 'page'>>(key: K, value: InboxParams[K]) =>
    setParams((previous) => ({ ...previous, [key]: value, page: 1 }));
  const setPage = (page: number) => setParams((previous) => ({ ...previous, page }));
  const reset = () => setParams((previous) => ({ ...defaults, show: previous.show, scope: previous.scope }));
  const filtered = Boolean(params.q || params.gp || params.from || params.to);
  return { params, set, setPage, reset, filtered };
}

/** The period filter's dates, when they are whole dates (a half-typed one is not sent). */
export function periodOf(params: InboxParams): { from?: string; to?: string } {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  return { ...(iso.test(params.from) && { from: params.from }), ...(iso.test(params.to) && { to: params.to }) };
}
