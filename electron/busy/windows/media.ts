import { signalsWords } from '../../../core/words/signals';
import { bindOnce } from '../ffi';
import { signalOf, type BusySignal } from '../signal';

export const POWER_INFORMATION_PROTOTYPE =
  'int32_t __stdcall CallNtPowerInformation(int32_t level, void *input, uint32_t inputLength, _Out_ uint32_t *output, uint32_t outputLength)';
/** POWER_INFORMATION_LEVEL SystemExecutionState: the execution state the system runs in, all requests together. */
const SYSTEM_EXECUTION_STATE = 16;
/** ES_DISPLAY_REQUIRED: some program keeps the display on, as players do while a video plays. */
const DISPLAY_REQUIRED = 0x2;

/** Whether Windows' execution state keeps the display on; a failed call is an error that names it. */
export function displayRequired(status: number, state: number): boolean {
  if (status !== 0) throw new Error(signalsWords.why.windows.displayNotSaid(status));
  return (state & DISPLAY_REQUIRED) !== 0;
}

const powerInformation = bindOnce((koffi) => koffi.load('powrprof.dll').func(POWER_INFORMATION_PROTOTYPE));

/** Media playing on Windows: a program asking Windows to keep the display on. Needs no administrator rights. */
export function windowsMediaSignal(): BusySignal {
  const read = async () => {
    const call = await powerInformation();
    const state = [0];
    return displayRequired(call(SYSTEM_EXECUTION_STATE, null, 0, state, 4) as number, state[0] ?? 0);
  };
  return signalOf('media', read, () => signalsWords.via.windows.media);
}
