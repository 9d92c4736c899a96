import { expectCases } from '../contract.test-helper.js';
import { breakCheck, Gen } from '../lookalikes.test-helper.js';
import { itCfRecognizer } from './codice-fiscale.js';

const g = new Gen(6);
const cf = g.codiceFiscale();
expectCases(
  itCfRecognizer,
  [
    ['codice fiscale RSSMRA85T10A562S', 'RSSMRA85T10A562S'],
    [`CF: ${cf}`, cf],
  ],
  ['codice fiscale RSSMRA85T10A562T', `CF ${breakCheck(cf)}`, 'ABCDEFGHIJKLMNOP'],
);
