import { spawn } from 'node:child_process';
import type { Desktop } from '../../harness/desktop';
import { until } from '../../harness/until';

/**
 * Someone at the desk: an xterm titled `title` that has the keyboard, its input going to `into`, and a key typed every
 * two seconds into whatever window has the keyboard then.
 */
export async function startTyping(desktop: Desktop, title: string, into = '/dev/null') {
  const editor = spawn('xterm', ['-T', title, '-geometry', '80x10+0+0', '-e', 'sh', '-c', `cat > '${into}'`], { env: desktop.env, stdio: 'ignore' });
  const [window] = await until('the typing window', () => {
    const found = desktop.windowsTitled(new RegExp(`^${title}$`));
    return found.length > 0 ? found : null;
  });
  desktop.run('xdotool', 'windowactivate', '--sync', window?.id ?? '');
  const typing = setInterval(() => { desktop.run('xdotool', 'type', 'a'); }, 2000);
  return {
    stop: () => {
      clearInterval(typing);
      editor.kill();
    },
  };
}
