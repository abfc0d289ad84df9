// The messages of the in-page controls (components/page), all the strings a content script
// shows. Named imports, so that the bundler leaves every other message out of content
// scripts (the whole tables are ~40 kB; these are a few hundred bytes per language). A test
// renders the controls in every state with these messages only.
import {
  checkYearIn as enYearIn,
  checkYearOut as enYearOut,
  checkYearUnknown as enYearUnknown,
  decisionExclude as enExclude,
  decisionInclude as enInclude,
  decisionMaybe as enMaybe,
  decisionNone as enNone,
  reasonChoose as enReasonChoose,
  reasonLabel as enReasonLabel,
  rowControlLabel as enControl,
  statusNotSaved as enNotSaved,
} from '../../public/_locales/en/messages.json';
import {
  checkYearIn as idYearIn,
  checkYearOut as idYearOut,
  checkYearUnknown as idYearUnknown,
  decisionExclude as idExclude,
  decisionInclude as idInclude,
  decisionMaybe as idMaybe,
  decisionNone as idNone,
  reasonChoose as idReasonChoose,
  reasonLabel as idReasonLabel,
  rowControlLabel as idControl,
  statusNotSaved as idNotSaved,
} from '../../public/_locales/id/messages.json';
import { addMessages } from './translate';

export * from './translate';

addMessages({
  en: {
    checkYearIn: enYearIn,
    checkYearOut: enYearOut,
    checkYearUnknown: enYearUnknown,
    decisionExclude: enExclude,
    decisionInclude: enInclude,
    decisionMaybe: enMaybe,
    decisionNone: enNone,
    reasonChoose: enReasonChoose,
    reasonLabel: enReasonLabel,
    rowControlLabel: enControl,
    statusNotSaved: enNotSaved,
  },
  id: {
    checkYearIn: idYearIn,
    checkYearOut: idYearOut,
    checkYearUnknown: idYearUnknown,
    decisionExclude: idExclude,
    decisionInclude: idInclude,
    decisionMaybe: idMaybe,
    decisionNone: idNone,
    reasonChoose: idReasonChoose,
    reasonLabel: idReasonLabel,
    rowControlLabel: idControl,
    statusNotSaved: idNotSaved,
  },
});
