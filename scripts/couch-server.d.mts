export interface TestCouch {
  url: string;
  /** Stop the server (its data stays on disk). */
  stop(): Promise<void>;
  /** Start it again on the same port, with the same data. */
  start(): Promise<void>;
  /** Stop it for good and remove its files. */
  dispose(): Promise<void>;
  /** Admin requests: create databases and users. */
  admin(path: string, init?: RequestInit): Promise<Response>;
}
export function freePort(): Promise<number>;
export function startCouch(): Promise<TestCouch>;
export function teamDatabase(couch: TestCouch, name: string, members: [string, string][]): Promise<void>;
