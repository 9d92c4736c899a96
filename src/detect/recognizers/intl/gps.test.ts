import { expectCases } from '../contract.test-helper.js';
import { gpsRecognizer } from './gps.js';

expectCases(
  gpsRecognizer,
  [
    ['position 48.85837, 2.294481', '48.85837, 2.294481'],
    ['coordonnées GPS : 45.7640° N, 4.8357° E', '45.7640° N, 4.8357° E'],
    ['latitude/longitude: 40.7128, -74.0060 yesterday', '40.7128, -74.0060'],
    ['lat,lon\n48.85837,2.29448', '48.85837,2.29448'],
    ['found at 48°51\'24"N 2°21\'08"E', '48°51\'24"N 2°21\'08"E'],
  ],
  ['Prix : 12.50, 13.75', 'total 91.5, 200.25', '95.12345, 10.12345', 'version 4.12, 3.1', 'scores 1.25 2.5', 'humidity 45.1234, 60.5678 logged'],
);
