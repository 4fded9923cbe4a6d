import { signalsWords } from '../../../core/words/signals';
import { bindOnce } from '../ffi';
import { signalOf, type BusySignal } from '../signal';

export const WNF_QUERY_PROTOTYPE = 'int32_t __stdcall NtQueryWnfStateData(const uint64_t *stateName, const void *typeId, '
  + 'const void *explicitScope, _Out_ uint32_t *changeStamp, _Out_ uint8_t *buffer, _Inout_ uint32_t *bufferSize)';

/**
 * Focus Assist ("Do not disturb" in Windows 11) has no public API. Its active profile is published as this
 * undocumented system state, which Workrave and others read too: a Windows update may change it.
 */
const QUIET_HOURS_PROFILE = 0x0D83063EA3BF1C75n;
const PROFILES = ['off', 'priority only', 'alarms only'];

/** Whether the published profile holds notifications back: anything but off. */
export function focusAssistFrom(status: number, profile: Uint8Array): boolean {
  if (status !== 0) throw new Error(signalsWords.why.windows.dndNotSaid(status));
  if (profile.length === 0) return false; // Never switched on since Windows started.
  if (profile.length !== 4) throw new Error(signalsWords.why.windows.dndSize(profile.length));
  const index = new DataView(profile.buffer, profile.byteOffset, 4).getUint32(0, true);
  if (PROFILES[index] === undefined) throw new Error(signalsWords.why.windows.dndProfileUnknown(index));
  return index !== 0;
}

const queryWnfState = bindOnce((koffi) => koffi.load('ntdll.dll').func(WNF_QUERY_PROTOTYPE));

/** Do Not Disturb, on Windows: Focus Assist's current profile. */
export function windowsDndSignal(): BusySignal {
  const read = async () => {
    const query = await queryWnfState();
    const profile = new Uint8Array(4);
    const size = [profile.length];
    const status = query([QUIET_HOURS_PROFILE], null, null, [0], profile, size) as number;
    return focusAssistFrom(status, profile.subarray(0, size[0]));
  };
  return signalOf('dnd', read, () => signalsWords.via.windows.dnd);
}
