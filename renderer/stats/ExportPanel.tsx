import { useState } from 'react';
import type { ExportKind, LimberBridge } from '../../core/contract';
import { exportOutcome } from '../export-outcome';

/** Saves the daily history as a file the user picks; the outcome is announced politely. */
export function ExportPanel({ bridge }: { bridge: LimberBridge }) {
  const [message, setMessage] = useState('');
  const save = (kind: ExportKind) => {
    setMessage('');
    void bridge.exportFile(kind).then((result) => { setMessage(exportOutcome(result)); });
  };
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p>Save your day-by-day history as a file, for a spreadsheet or your own records.</p>
      <div className="controls">
        <button type="button" onClick={() => { save('history-csv'); }}>Export as CSV…</button>
        <button type="button" onClick={() => { save('history-json'); }}>Export as JSON…</button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
