export { PostalAddressRecognizer, postalAddressRecognizer, validFrPostcode } from './recognizer.js';
