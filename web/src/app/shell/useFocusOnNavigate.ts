import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { requestPageHeadingFocus } from '../../shared/focus';

/** After a client-side route change (not on first load), focus moves to the new page's h1. */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    requestPageHeadingFocus();
  }, [pathname]);
}
