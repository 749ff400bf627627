import type { TFunction } from 'i18next';

/** The year of a population figure as users say it: a census (2011) or ISTAT at 1 January. */
export function populationYear(t: TFunction, year: number): string {
  return year <= 2011 && year % 10 === 1 ? t('population.census', { year }) : t('population.ofYear', { year });
}
