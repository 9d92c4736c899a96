export { PostalAddressRecognizer, postalAddressRecognizer } from './recognizer.js';
export { validFrPostcode } from './candidates.js';
