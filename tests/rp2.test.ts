import { it } from 'vitest';
import { replay } from '../electron/core/replay/replay';
import { parseSettings } from '../electron/core/settings/parse';
it('x', () => {
  const settings = parseSettings({"longBreak":{"enabled":false,"everyMinutes":5},"microBreak":{"enabled":true,"everyMinutes":18},"preludeSeconds":0,"awayMinutes":1,"snooze":{"minutes":1,"limit":0},"strict":false,"workingHours":{"enabled":false}});
  if (!settings.ok) throw new Error('bad');
  const raw = [{"gap":3499,"user":"idle"},{"gap":3134,"user":"idle"},{"gap":1644,"user":"active"},{"gap":1102,"action":{"action":"pause","minutes":1}},{"gap":8,"action":{"action":"pause","minutes":1}},{"gap":8,"system":"lock"},{"gap":1507,"user":"active"},{"gap":8,"user":"active"}];
  let t = 0;
  const steps: any[] = raw.map(({ gap, ...rest }, i) => { t += gap; const r: any = rest; return { ...('action' in r ? { action: r.action } : r), t, line: i + 2 }; });
  const trace = { start: Date.parse('2026-03-02T07:00:00Z'), utcOffsetMinutes: 0, settings: settings.value, steps };
  const a = replay(trace as any).events.filter(e => e.t > 7000);
  const idx = steps.findIndex((s) => s.t > 7451.5);
  const s2 = [...steps]; s2.splice(idx, 0, { restart: 7, t: 7451.5, line: 0 });
  const b = replay({ ...trace, steps: s2 } as any).events.filter(e => e.t > 7000);
  process.stderr.write('A ' + JSON.stringify(a) + '\nB ' + JSON.stringify(b) + '\n');
});
