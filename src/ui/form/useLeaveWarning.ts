import * as React from 'react';

/**
 * While a form holds changes not yet saved, closing the tab, reloading or leaving the page makes the
 * browser ask first ("Leave site? Changes you made may not be saved"). The browser writes the question
 * itself; the app only asks for it. Nothing is kept in browser storage.
 */
export function useLeaveWarning(unsaved: boolean): void {
  React.useEffect(() => {
    if (!unsaved || typeof window === 'undefined') return undefined;
    const warn = (event: BeforeUnloadEvent): string => {
      event.preventDefault();
      // Older browsers show the prompt only when a value is returned (its text is ignored).
      event.returnValue = '';
      return '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
