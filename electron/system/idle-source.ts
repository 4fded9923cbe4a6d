/** Seconds since the last keyboard or mouse input. */
export interface IdleSource {
  name: string;
  /** Synchronous, from the latest reading. */
  read(): number;
  /** Takes a new reading; a no-op where `read` is live. */
  refresh(): Promise<void>;
  close?(): void;
}
