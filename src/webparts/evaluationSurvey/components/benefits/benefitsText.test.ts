import { CROSS_GOVERNMENT_MINUTES_PER_DAY, DBT_SATISFIED_PERCENT } from '../../../../domain/benefits/benchmarks';
import { benchmarkSource, money, poundSymbol } from './benefitsText';

describe('benefits text in the user\u2019s locale', () => {
  it.each([
    ['en-GB', '£', '£238.00'],
    ['en-US', '£', '£238.00'],
    ['de-DE', '£', '238,00 £'],
    ['fr-FR', '£GB', '238,00 £GB']
  ])('%s writes the pound as %s and 23,800 pence as %s', (locale, symbol, amount) => {
    expect(poundSymbol(locale)).toBe(symbol);
    expect(money(23800, locale).replace(/\u00a0|\u202f/g, ' ')).toBe(amount);
  });

  it('names each benchmark\u2019s publisher from the loc strings', () => {
    expect(benchmarkSource(CROSS_GOVERNMENT_MINUTES_PER_DAY)).toMatch(/^UK cross-government Microsoft 365 Copilot experiment/);
    expect(benchmarkSource(DBT_SATISFIED_PERCENT)).toMatch(/^Department for Business and Trade/);
  });
});
