import { expectCases } from '../contract.test-helper.js';
import { usSsnRecognizer } from './ssn.js';

expectCases(
  usSsnRecognizer,
  [
    ['SSN: 536-22-1234', '536-22-1234'],
    ['her social security number is 536 22 1234', '536 22 1234'],
    ['Social Security No. 536221234', '536221234'],
    ['employee 078-15-1121 on file', '078-15-1121'],
  ],
  ['SSN: 000-12-3456', 'SSN 666-12-3456', 'SSN 912-34-5678', 'SSN 536-00-1234', 'SSN 536-22-0000', 'SSN 123-45-6789', '536221234 without context', 'phone 536-22-1234'],
);
