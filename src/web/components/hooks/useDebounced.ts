import { useEffect, useState } from 'react';

/** `value`, once it has not changed for `ms` (a check while typing waits for a pause). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}
