// electron-builder's beforePack hook (electron-builder.yml). electron-builder loads hooks with plain Node, which runs
// no TypeScript until tsx is registered.
import { register } from 'tsx/esm/api';

register();

/** @param {import('./koffi-binaries.ts').PackTarget} target */
export default async function beforePack(target) {
  const hook = await import('./koffi-binaries.ts');
  hook.beforePack(target);
}
