import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fastFrEn } from './lang-fast.js';
import { detectLanguage } from './lang.js';

const FR = 'Bonjour, nous avons bien reçu votre demande et elle sera traitée dans les meilleurs délais. Merci pour votre patience, le service client reste à votre disposition pour toute question sur la commande.';
const EN = 'Hello, we have received your request and one of our advisers will get back to you as soon as possible. Thanks for your patience; the support team is available for any question about the order.';
const OTHERS: Record<string, string> = {
  es: 'Hola, hemos recibido su solicitud y uno de nuestros asesores se pondrá en contacto con usted lo antes posible. Gracias por su paciencia, el servicio de atención al cliente está a su disposición para cualquier pregunta sobre el pedido.',
  de: 'Hallo, wir haben Ihre Anfrage erhalten und einer unserer Berater wird sich so schnell wie möglich bei Ihnen melden. Vielen Dank für Ihre Geduld, der Kundendienst steht Ihnen für alle Fragen zur Bestellung zur Verfügung.',
  it: 'Buongiorno, abbiamo ricevuto la sua richiesta e uno dei nostri consulenti la contatterà il prima possibile. Grazie per la pazienza, il servizio clienti è a sua disposizione per qualsiasi domanda sull\'ordine.',
  pt: 'Olá, recebemos o seu pedido e um dos nossos consultores entrará em contacto consigo o mais rapidamente possível. Obrigado pela sua paciência, o serviço de apoio ao cliente está à sua disposição para qualquer questão sobre a encomenda.',
  nl: 'Hallo, we hebben uw aanvraag ontvangen en een van onze adviseurs neemt zo snel mogelijk contact met u op. Bedankt voor uw geduld, de klantenservice staat voor al uw vragen over de bestelling voor u klaar.',
};

test('clear French and English prose is settled by the fast path', () => {
  assert.equal(fastFrEn(FR), 'fr');
  assert.equal(fastFrEn(EN), 'en');
});

test('other languages are never settled as French or English by the fast path', () => {
  for (const [lang, text] of Object.entries(OTHERS)) assert.equal(fastFrEn(text), undefined, lang);
});

test('short or identifier-only text goes to the slow path', () => {
  assert.equal(fastFrEn('jean@example.org 06 12 34 56 78'), undefined);
  assert.equal(fastFrEn(''), undefined);
});

test('detectLanguage agrees with the fast path and still labels other languages', () => {
  assert.equal(detectLanguage(FR), 'fr');
  assert.equal(detectLanguage(EN), 'en');
  assert.equal(detectLanguage(OTHERS.de as string), 'other');
});
