import type * as KoffiModule from 'koffi';
import type { LibraryHandle } from 'koffi';

export type Koffi = typeof KoffiModule.default;
export type ForeignFunction = (...args: unknown[]) => unknown;

/**
 * Binds a system library's functions through koffi the first time they are needed, once. koffi (a C FFI with
 * prebuilt binaries for each platform) loads only then, on macOS and Windows: Linux reads its signals with tools.
 */
export function bindOnce<T>(bind: (koffi: Koffi) => T): () => Promise<T> {
  let bound: Promise<T> | undefined;
  return () => (bound ??= import('koffi').then((module) => bind(module.default)));
}

/** Binds each prototype of a table from `library`, under the table's names. */
export function bindAll<Name extends string>(library: LibraryHandle, prototypes: Record<Name, string>): Record<Name, ForeignFunction> {
  return Object.fromEntries(Object.entries<string>(prototypes).map(([name, prototype]) => [name, library.func(prototype) as ForeignFunction])) as Record<Name, ForeignFunction>;
}

/** A struct that prototypes name, declared once in the process: koffi keeps named types for as long as it runs. */
export function namedStruct(koffi: Koffi, name: string, fields: Record<string, string>) {
  try {
    return koffi.type(name);
  } catch {
    return koffi.struct(name, fields);
  }
}
