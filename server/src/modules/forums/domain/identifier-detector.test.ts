import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsIdentityNumber, containsNameAndDate, detectPersonalData, findPersonalData } from './identifier-detector.js';

// Valid by control digits (computed, synthetic people): fødselsnumre and D-numbers.
const FNR = ['15057523414', '03057534574', '01019012480', '31129945616'];
const DNR = ['41019012393', '55057523408'];

describe('identity numbers', () => {
  it.each([...FNR, ...DNR])('finds the valid number %s written together', (number) => {
    expect(containsIdentityNumber(`Gjelder pasient ${number} som ble utskrevet`)).toBe(true);
  });

  it.each([
    'Pasient 010190 12480 ble skrevet ut',
    'Pasient 010190-12480 ble skrevet ut',
    'pnr 01.01.90 124 80',
    'pnr 01 01 90 12480',
    'fnr:15057523414.',
    '(15057523414)',
    'Dnr 410190 12393',
    'tall 12 15057523414 34',
  ])('finds a valid number written with separators or around other digits: %s', (text) => {
    expect(containsIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['a number failing the control digits', 'Saksnummer 15057523415'],
    ['another failing number', 'Referanse 01019012345'],
    ['an 11-digit number without a real date', 'Ordrenummer 99999999999'],
    ['a bank account number (4-2-5), even one whose digits would pass', 'Konto 0101.90.12480'],
    ['a bank account with spaces', 'Konto 0101 90 12480'],
    ['a Norwegian phone number', 'Ring 22 33 44 55 eller 987 65 432'],
    ['a phone number with country code', 'Ring +47 22 33 44 55'],
    ['a phone number with country code written together', 'Ring +4715057523414'],
    ['an organisation number', 'Org.nr. 974 703 300'],
    ['a date and a time', 'Møte 01.02.2024 kl. 12.30'],
    ['a number inside a word', 'ref AB15057523414'],
    ['a 12-digit number', 'Nummer 150575234141'],
  ])('allows %s', (_what, text) => {
    expect(containsIdentityNumber(text)).toBe(false);
  });
});

describe('names with dates', () => {
  it.each([
    'Gjelder Kari Nordmann, f. 01.02.1980, som ble skrevet ut',
    'Kari Nordmann 01.02.1980',
    'Ole Hansen (født 3. mai 1975) fikk ikke epikrise',
    'pasient født 3. mai 1975, fastlege Hansen fikk ikke beskjed',
    'Pasienten Per Olsen f. 1.2.80 ventet i tre uker',
    '01.02.1980 Kari Nordmann',
    'DOB 1980-02-01, patient Jones',
    'Ingrid Lie fødd 12.12.1950 ble sendt hjem',
  ])('finds %s', (text) => {
    expect(containsNameAndDate(text)).toBe(true);
  });

  it.each([
    'Epikrisen kom 01.02.2024, tre uker for sent',
    'Fra Ahus 01.02.2024 kom det ingen epikrise',
    'Oslo universitetssykehus 01.02.2024: henvisningen ble avvist',
    'Pasient født 3. mai 1975 ventet i tre uker.',
    'Møtet 12. mars 2024 drøftet multidose.',
    'Fastlegen ble ikke varslet. Pasienten kom hjem 03.04.2024.',
    'Ahus og kommunen avtalte ny rutine i 2023.',
  ])('allows %s', (text) => {
    expect(containsNameAndDate(text)).toBe(false);
  });
});

describe('findPersonalData', () => {
  it('names each field and the kind of finding, never the match', () => {
    const findings = findPersonalData({
      whatHappened: 'Pasient 15057523414 fikk feil medisinliste',
      routine: 'Utskrivningsrutinen',
      consequences: 'Kari Nordmann, f. 01.02.1980, ble reinnlagt',
    });
    expect(findings).toEqual([
      { field: 'whatHappened', kind: 'identity_number' },
      { field: 'consequences', kind: 'name_and_date' },
    ]);
    expect(JSON.stringify(findings)).not.toContain('15057523414');
  });

  it('finds nothing in an ordinary deviation', () => {
    expect(detectPersonalData('Epikrise manglet medisinliste ved utskrivning fra medisinsk avdeling. Fastlegen fikk ikke beskjed om endret dose.')).toBeNull();
  });
});

describe('properties', () => {
  const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (digits: string, weights: number[]) => {
    const c = 11 - (weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0) % 11);
    return c === 11 ? 0 : c === 10 ? undefined : c;
  };
  /** A fødselsnummer (or, with 40 added to the day, a D-number) valid by both control digits, or null. */
  const identityNumber = (day: number, month: number, yy: number, individual: number, dNumber: boolean) => {
    const base = `${String(day + (dNumber ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(yy).padStart(2, '0')}${String(individual).padStart(3, '0')}`;
    const k1 = control(base, K1);
    const k2 = k1 === undefined ? undefined : control(base + k1, K2);
    return k1 === undefined || k2 === undefined ? null : `${base}${k1}${k2}`;
  };
  const arbitraryNumber = fc
    .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), yy: fc.integer({ min: 0, max: 99 }), individual: fc.integer({ min: 0, max: 499 }), dNumber: fc.boolean() })
    .map((p) => identityNumber(p.day, p.month, p.yy, p.individual, p.dNumber))
    .filter((n): n is string => n !== null);

  it('finds every valid number, written together or as 6 + 5 with a space, dash or dot', () => {
    fc.assert(
      fc.property(arbitraryNumber, fc.constantFrom('', ' ', '-', '.'), fc.string({ maxLength: 20 }).map((s) => s.replace(/\d/g, 'x')), (number, separator, prefix) => {
        expect(containsIdentityNumber(`${prefix} ${number.slice(0, 6)}${separator}${number.slice(6)} etter utskrivning`)).toBe(true);
      }),
    );
  });

  it('never refuses a valid number with its last control digit changed', () => {
    fc.assert(
      fc.property(arbitraryNumber, fc.integer({ min: 1, max: 9 }), (number, shift) => {
        const broken = `${number.slice(0, 10)}${(Number(number[10]) + shift) % 10}`;
        expect(containsIdentityNumber(`Referanse ${broken}`)).toBe(false);
      }),
    );
  });
});
