import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/errors';
import { saveDraft } from './api';
import { withoutApprovals } from './engine';
import type { FormTemplate, FormValues } from './types';

/** Quiet time after the last change before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1500;
const RETRY_MS = 5000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'offline' }
  | { kind: 'conflict' }
  | { kind: 'failed'; error: unknown };

interface LocalDraft {
  values: FormValues;
  /** The edit count the changes were made on. */
  editCount: number;
  at: string;
}

export const localDraftKey = (formId: string, revision: number) => `samhandling.formDraft.${formId}.${revision}`;

function readLocal(key: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft;
    return typeof draft === 'object' && draft !== null && typeof draft.values === 'object' && typeof draft.editCount === 'number' ? draft : null;
  } catch {
    return null;
  }
}

function writeLocal(key: string, draft: LocalDraft | null) {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
  } catch {
    // A full or blocked storage: the draft is still saved to the server.
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface Options {
  formId: string;
  revision: number;
  template: FormTemplate;
  serverValues: FormValues;
  serverEditCount: number;
  /** Only a draft the viewer may write is saved. */
  enabled: boolean;
  /** After each save that reached the server. */
  onSaved?: () => void;
}

/**
 * The draft as it is written: every change is kept at once in `localStorage` (keyed by form and
 * revision) and sent with `PUT …/draft` 1.5 s after typing stops, with the edit count it was based
 * on. Without a connection it is retried (and when the browser is online again); after a reload
 * the kept changes are restored. A save based on an older count is refused by the server
 * (`FORM_EDIT_CONFLICT`): the changes stay unsaved until the user loads the other version.
 */
export function useAutosave({ formId, revision, template, serverValues, serverEditCount, enabled, onSaved }: Options) {
  const storageKey = localDraftKey(formId, revision);
  const initial = useRef<{ values: FormValues; restored: LocalDraft | null } | null>(null);
  if (initial.current === null) {
    const local = enabled ? readLocal(storageKey) : null;
    const restored = local && !same(withoutApprovals(template, local.values), withoutApprovals(template, serverValues)) ? local : null;
    if (local && !restored) writeLocal(storageKey, null);
    // Approvals always come from the server; the local copy holds only the content.
    initial.current = { values: restored ? { ...restored.values, ...approvalsOf(template, serverValues) } : serverValues, restored };
  }
  const [values, setValuesState] = useState<FormValues>(initial.current.values);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [restored, setRestored] = useState<LocalDraft | null>(initial.current.restored);
  const valuesRef = useRef(values);
  const editCount = useRef(initial.current.restored?.editCount ?? serverEditCount);
  const dirty = useRef(initial.current.restored !== null);
  const timer = useRef<number | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const stopped = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const clearTimer = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const save = useCallback(async (): Promise<boolean> => {
    clearTimer();
    if (!enabled || stopped.current) return !dirty.current;
    if (inFlight.current) {
      await inFlight.current;
      if (!dirty.current) return true;
    }
    const snapshot = valuesRef.current;
    const run = (async () => {
      setState({ kind: 'saving' });
      try {
        const saved = await saveDraft(formId, withoutApprovals(template, snapshot), editCount.current);
        editCount.current = saved.editCount;
        if (valuesRef.current === snapshot) {
          dirty.current = false;
          writeLocal(storageKey, null);
        } else {
          writeLocal(storageKey, { values: valuesRef.current, editCount: saved.editCount, at: new Date().toISOString() });
          timer.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
        }
        setState({ kind: 'saved', at: saved.savedAt ?? new Date().toISOString() });
        onSavedRef.current?.();
        return true;
      } catch (error) {
        if (isApiError(error) && error.status === 0) {
          setState({ kind: 'offline' });
          timer.current = window.setTimeout(() => void save(), RETRY_MS);
        } else if (isApiError(error) && error.code === 'FORM_EDIT_CONFLICT') {
          stopped.current = true;
          setState({ kind: 'conflict' });
        } else {
          setState({ kind: 'failed', error });
        }
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [enabled, formId, storageKey, template]);

  const setValues = useCallback(
    (update: (previous: FormValues) => FormValues) => {
      const next = update(valuesRef.current);
      valuesRef.current = next;
      setValuesState(next);
      if (!enabled) return;
      dirty.current = true;
      writeLocal(storageKey, { values: next, editCount: editCount.current, at: new Date().toISOString() });
      if (stopped.current) return;
      clearTimer();
      timer.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [enabled, save, storageKey],
  );

  /** Saves what is not saved yet, now (before approving, or showing the preview). */
  const flush = useCallback(async (): Promise<boolean> => {
    if (!dirty.current && !inFlight.current) return true;
    return save();
  }, [save]);

  /** The server's form changed (another's approval, a refetch): take its count, and its values when nothing is pending. */
  useEffect(() => {
    if (dirty.current || inFlight.current || stopped.current) return;
    editCount.current = serverEditCount;
    if (!same(valuesRef.current, serverValues)) {
      valuesRef.current = serverValues;
      setValuesState(serverValues);
    }
  }, [serverEditCount, serverValues]);

  // A restored draft is saved at once; back online, a pending one too.
  useEffect(() => {
    if (initial.current?.restored && enabled) void save();
    const online = () => {
      if (dirty.current && !stopped.current) void save();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      clearTimer();
    };
  }, []);

  /** Drops the changes kept in the browser and shows what the server has. */
  const discardLocal = useCallback(() => {
    clearTimer();
    writeLocal(storageKey, null);
    dirty.current = false;
    stopped.current = false;
    editCount.current = serverEditCount;
    valuesRef.current = serverValues;
    setValuesState(serverValues);
    setRestored(null);
    setState({ kind: 'idle' });
  }, [serverEditCount, serverValues, storageKey]);

  /** After a conflict: forget the unsaved changes (the page loads the other version). */
  const forget = useCallback(() => {
    clearTimer();
    writeLocal(storageKey, null);
    dirty.current = false;
  }, [storageKey]);

  return { values, setValues, state, flush, retry: save, restored, dismissRestored: () => setRestored(null), discardLocal, forget };
}

function approvalsOf(template: FormTemplate, values: FormValues): FormValues {
  const ids = template.sections.flatMap((s) => s.fields).filter((f) => f.type === 'approval').map((f) => f.id);
  return Object.fromEntries(ids.filter((id) => values[id] !== undefined).map((id) => [id, values[id]!]));
}
