import { expectCases } from '../contract.test-helper.js';
import { ukNinoRecognizer } from './nino.js';

expectCases(
  ukNinoRecognizer,
  [
    ['National Insurance number: AB 12 34 56 C', 'AB 12 34 56 C'],
    ['NI no JG103759A', 'JG103759A'],
  ],
  ['NINO GB 12 34 56 C', 'NINO BG123456A', 'NINO QQ123456C', 'NINO DA123456A', 'NINO AB123456E', 'code XAB123456C'],
);
