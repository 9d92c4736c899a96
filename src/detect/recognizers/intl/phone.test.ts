import { expectCases } from '../contract.test-helper.js';
import { phoneRecognizer } from './phone.js';

expectCases(
  phoneRecognizer,
  [
    ['Appelez-moi au 06 12 34 56 78 demain.', '06 12 34 56 78'],
    ['Tél. : 06.12.34.56.78', '06.12.34.56.78'],
    ['portable 06-12-34-56-78', '06-12-34-56-78'],
    ['fixe : 01 42 68 53 00', '01 42 68 53 00'],
    ['Tel: +33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['Tél : +33 (0)6 12 34 56 78', '+33 (0)6 12 34 56 78'],
    ['numéro 0033612345678', '0033612345678'],
    ['sans espaces 0612345678.', '0612345678'],
    ['Call me on (555) 123-4567 tonight', '(555) 123-4567'],
    ['London office +44 20 7946 0958', '+44 20 7946 0958'],
    ['mobile 07700 900 123', '07700 900 123'],
    ['office (206) 555-0143', '(206) 555-0143'],
    ['reach us at +1 415 555 0164.', '+1 415 555 0164'],
    ['fax 0161 496 0732', '0161 496 0732'],
    ['London 0207 946 0958', '0207 946 0958'],
    ['mobile 07911 123456', '07911 123456'],
    ['numéro vert : 0 800 123 456 (appel gratuit)', '0 800 123 456'],
    ['NL: +31 6 1234 5678', '+31 6 1234 5678'],
    ['phone,+33 7 66 02 18 35,Lille', '+33 7 66 02 18 35'],
    ['appelle le 06 33 47 81 92 c’est mon nouveau num', '06 33 47 81 92'],
    ['toll-free 1-800-555-0199 anytime', '1-800-555-0199'],
  ],
  [
    'Réunion le 14.11.2024 à 10h30.',
    'Prix : 1 630,00 € TTC, soit 0,70 € par unité.',
    'Commande n° 4400123987 confirmée.',
    'Part no. 07700-90012 fits the old battery.',
    'SIRET 79966837110632',
    'from 10.12.4.31 port 22',
    'test row 0000000000',
    'version 2024-10-02T07:41:12+02:00',
    'Code EAN : 3 760 245 180 096',
    'les 2 000 000 habitants de 2019 à 2021',
    'N° client 0612345678',
    'par téléphone (dossier OPP-7734102)',
    'call me between 2019-2021',
    'customer no. 4417-20983 – phone line',
  ],
);

// Second chance: numbers libphonenumber cannot confirm, reported only next to a phone word.
expectCases(
  phoneRecognizer,
  [
    ['Desk: (898)666-3621x0135', '(898)666-3621x0135'],
    ['Mobile: 737 219 628', '737 219 628'],
    ['655 437 108 (mobile)', '655 437 108'],
    ['655 437 108 office', '655 437 108'],
    ['tél. 99 577450', '99 577450'],
  ],
  ['downloads: 737 219 628 this year', 'par téléphone (dossier OPP-7734102)', 'phone between 2019-2021', 'tel 12.05.2024', 'tél : 1234567', 'our office is at 17031 2202 Main'],
);
