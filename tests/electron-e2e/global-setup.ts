import { packageLinux } from '../../scripts/package-linux';
import { whyNoRealElectron } from '../../harness/real-electron-tests';

/** Builds the packaged app (and dist/, which `npm start` runs) once per run, where the suite can run at all. */
export default async function setup() {
  if (whyNoRealElectron()) return;
  if (!process.env.LIMBER_E2E_NO_PACKAGE) await packageLinux(['dir']);
}
