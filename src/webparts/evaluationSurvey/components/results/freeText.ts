import { countedResponses } from '../../../../domain/survey/responses';
import type { IQuestionnaire, IResponse, IWave } from '../../../../domain/survey/types';
import { allQuestions } from '../../../../domain/survey/validation';

/** One free-text question's answers in a wave: the text only (no person, no unit), for evaluation leads. */
export interface IFreeTextQuestion {
  questionId: string;
  /** A custom question's own wording. */
  ownText: string | undefined;
  /** Distinct answers (identical texts together), most frequent first, then alphabetically. */
  answers: IFreeTextAnswer[];
  /** Everyone who answered. */
  total: number;
}

export interface IFreeTextAnswer {
  text: string;
  count: number;
}

function collatorFor(locale: string): Intl.Collator {
  try {
    return new Intl.Collator(locale, { sensitivity: 'base' });
  } catch {
    return new Intl.Collator('en-GB', { sensitivity: 'base' });
  }
}

/**
 * The free-text answers a wave counts (each person's latest submission before the close), per text
 * question in questionnaire order. Identical answers are shown once with how many gave them (a lead reads
 * themes, not 400 copies of one line), most frequent first and then alphabetically, so nothing follows the
 * order people answered in (or their names). Never published.
 */
export function freeTextAnswers(questionnaire: IQuestionnaire, wave: IWave, responses: readonly IResponse[], locale: string): IFreeTextQuestion[] {
  const counted = countedResponses(
    responses.filter((r) => r.waveId === wave.id),
    wave,
    questionnaire
  );
  const collator = collatorFor(locale);
  return allQuestions(questionnaire)
    .filter((q) => q.kind === 'text')
    .map((q) => {
      const texts = counted.map((r) => r.answers[q.id]).filter((a): a is string => typeof a === 'string' && a.trim() !== '');
      const counts = new Map<string, number>();
      for (const text of texts) counts.set(text.trim(), (counts.get(text.trim()) ?? 0) + 1);
      const answers = Array.from(counts, ([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || collator.compare(a.text, b.text));
      return { questionId: q.id, ownText: q.text, answers, total: texts.length };
    });
}
