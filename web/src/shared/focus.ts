/**
 * Moves keyboard focus to the page's h1 after client-side navigation, so screen-reader and
 * keyboard users start at the new content. Pages whose h1 appears after loading take the focus
 * when it mounts.
 */
let focusPending = false;

export const PAGE_HEADING_SELECTOR = '[data-page-heading]';

export function requestPageHeadingFocus(): void {
  focusPending = true;
  const heading = document.querySelector<HTMLElement>(PAGE_HEADING_SELECTOR);
  if (heading) focusHeading(heading);
}

/** The next page heading to mount takes the focus (e.g. after sign-in replaces the page). */
export function focusNextPageHeading(): void {
  focusPending = true;
}

export function focusHeadingIfPending(heading: HTMLElement | null): void {
  if (focusPending && heading) focusHeading(heading);
}

function focusHeading(heading: HTMLElement): void {
  focusPending = false;
  heading.focus({ preventScroll: false });
}
