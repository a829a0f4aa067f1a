/**
 * The database as command-line tools open it: only one that exists. A mistyped DATA_DIR is
 * refused with a clear message (Dutch and English) instead of getting a new, empty database
 * that then looks "in orde". Only `sterrenwacht serve` creates a database.
 */
import type { Config } from '../config.js';
import { openStore, type Store } from '../store/db.js';

export function openExistingStore(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Store> {
  return openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, existing: true });
}
