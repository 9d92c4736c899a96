import { expectCases } from '../contract.test-helper.js';
import { breakCheck, Gen } from '../lookalikes.test-helper.js';
import { esDniRecognizer } from './dni.js';

const g = new Gen(5);
const dni = g.dni();
const nie = g.nie();
expectCases(
  esDniRecognizer,
  [
    [`DNI ${dni}`, dni],
    [`NIE: ${nie}`, nie],
    ['DNI 12345678Z', '12345678Z'],
    ['NIE X1234567L', 'X1234567L'],
  ],
  [`DNI ${breakCheck(dni)}`, `NIE ${breakCheck(nie)}`, 'DNI 12345678A', 'ref 1234567Z'],
);
