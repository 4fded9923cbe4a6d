import type { OwnEdit, OwnSaveResult } from '../../../core/contract';
import type { OwnContent } from '../../../core/exercises/own';

export function OwnExercises(_props: { own: OwnContent; save: (edit: OwnEdit) => Promise<OwnSaveResult> }) {
  return null;
}
