import { useCallback, useEffect, useRef } from 'react';

/**
 * Focus an element after the next render, for elements that only exist once a state change has
 * been rendered (the edit form's heading, the "Rediger" button coming back).
 */
export function usePendingFocus(): (target: () => HTMLElement | null | undefined) => void {
  const pending = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    target()?.focus();
  });
  return useCallback((target) => {
    pending.current = target;
  }, []);
}
