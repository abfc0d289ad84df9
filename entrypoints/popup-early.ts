import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parkEarly } from '../platform/popup-early';

// The popup's first questions (the tab's reading, the language), asked from a script of 1 KB
// that popup.html loads before the main one: see platform/popup-early.ts.
export default defineUnlistedScript(parkEarly);
