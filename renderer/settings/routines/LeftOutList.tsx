import type { OwnContent } from '../../../core/exercises/own';

export function LeftOutList(_props: { own: OwnContent; bringBack: (exerciseId: string) => Promise<void> }) {
  return null;
}
