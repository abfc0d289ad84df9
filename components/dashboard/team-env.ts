import type { SyncStatus } from '../../lib/sync/engine';
import type { PublicConfig } from '../../lib/background/team';
import type { ServerConfig } from '../../lib/sync/server';

/** What the dashboard's team views need from the browser and the background. */
export interface TeamEnv {
  /** Ask the browser for permission to reach the server's origin (from a click). */
  allowOrigin(url: string): Promise<boolean>;
  connect(config: ServerConfig): Promise<{ reviewId: string; joined: boolean }>;
  disconnect(reviewId: string): Promise<void>;
  status(reviewId: string): Promise<{ status: SyncStatus; config?: PublicConfig }>;
  onStatus(listener: (reviewId: string, status: SyncStatus) => void): () => void;
  onDataChanged(listener: (reviewId: string) => void): () => void;
}
