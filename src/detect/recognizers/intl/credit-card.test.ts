import { expectCases } from '../contract.test-helper.js';
import { breakCheck, Gen, group4 } from '../lookalikes.test-helper.js';
import { creditCardRecognizer } from './credit-card.js';

const g = new Gen(2);
const visa = g.card('visa');
const mc = g.card('mastercard');
const mc2 = g.card('mastercard2');
const amex = g.card('amex');
const jcb = g.card('jcb');
const diners = g.card('diners');
const amexSpaced = `${amex.slice(0, 4)} ${amex.slice(4, 10)} ${amex.slice(10)}`;
expectCases(
  creditCardRecognizer,
  [
    [`ma carte n° ${group4(visa)} a été débitée`, group4(visa)],
    [`card ${mc} exp 09/27`, mc],
    [`CB ${group4(mc2).replace(/ /g, '-')}`, group4(mc2).replace(/ /g, '-')],
    [`Amex ${amexSpaced}`, amexSpaced],
    [`JCB ${jcb}`, jcb],
    [`Diners ${diners}`, diners],
    ['test card 4111 1111 1111 1111', '4111 1111 1111 1111'],
  ],
  [
    `carte ${breakCheck(visa)}`,
    `card ${group4(breakCheck(mc))}`,
    'Commande n° 4400123987 confirmée',
    'tracking JD0002 4612 8890 1174',
    `order ${visa}`,
    `numéro de série ${group4(visa).replace(/ /g, '-')}`,
    '1234 5678 9012 3456', // Luhn-invalid, no issuer
    `${visa.slice(0, 8)} ${visa.slice(8)}`, // not an issuer grouping
    `EAN 5012345678900`,
  ],
);
