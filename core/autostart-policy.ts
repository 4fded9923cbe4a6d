/**
 * Whether Limber writes its start-at-login entry, and what: on the first start (`before` is null: no settings yet), as
 * the defaults say, and when the setting changes; never otherwise, so a later start leaves alone what the user switched
 * off in the desktop. An unpackaged run (npm start) never writes: it would register the development Electron at login.
 * Null when nothing is written.
 */
export const autostartToWrite = (packaged: boolean, before: boolean | null, after: boolean): boolean | null =>
  (packaged && before !== after ? after : null);
