import { useRef } from 'react';

/** A button that opens the system's file picker for a JSON file and hands on the file picked. */
export function JsonFilePicker({ label, inputLabel, onFile }: { label: string; inputLabel: string; onFile: (file: File) => void }) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => fileInput.current?.click()}>{label}</button>
      <input
        ref={fileInput} type="file" accept=".json,application/json" hidden aria-label={inputLabel}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that picking the same file again, after fixing it, is a change too.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
