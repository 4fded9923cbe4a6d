// en: each area's file is a component a translation platform reads. Written by `npm run i18n:types`.
import breakKinds from './breakKinds.json';
import tray from './tray.json';
import { joinAreas } from '../../areas';

export const catalog = joinAreas({
  breakKinds,
  tray,
});
