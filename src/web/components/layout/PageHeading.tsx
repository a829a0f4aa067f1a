/** The page's h1: focused after navigation, so the new page is announced. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Heading1 } from '@utrecht/component-library-react';

export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // only after an in-app navigation: on a fresh load the browser starts at the top anyway
    if (window.history.state?.idx > 0 || document.activeElement?.closest('nav')) ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="sw-page-heading">
      {children}
    </Heading1>
  );
}
