export { DateOfBirthRecognizer, dateOfBirthRecognizer } from './recognizer.js';
