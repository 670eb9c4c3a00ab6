import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import * as strings from 'SuiteStrings';
import { CatalogueRepository, questionFromItem, type ICatalogueRepositoryOptions } from '../../../../data/CatalogueRepository';
import { ConflictError, ForbiddenError, ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import type { IActor } from '../../../../domain/catalogue/lifecycle';
import type { ICatalogueEntry, IChampionQuestion } from '../../../../domain/catalogue/types';
import { dayInLondon } from '../../../../domain/training/days';
import type { ChampionQuestionItem } from '../../../../lists/catalogue';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatText } from '../../../../ui/format/text';
import { AskChampion } from './AskChampion';
import { ChampionQueue, answerFailureId, answerFieldId, type IAnswerState } from './ChampionQueue';
import { ChampionsDirectory } from './ChampionsDirectory';
import { focusById, useFocusAfterRender } from './deskParts';
import { MAX_ANSWER_LENGTH, myQuestions, NO_FILTER, withQuestion, type IQuestionFilter } from './deskModel';
import { MyQuestions } from './MyQuestions';
import { PromoteFaqPanel } from './PromoteFaqPanel';
import { VIEW_TABS_STYLES } from '../../../../ui/tabs/viewTabs';

export interface IChampionsDeskProps {
  site: () => Promise<DataSite>;
  /** The signed-in person: `isChampion` from SharePoint's rights (Approve Items on the entries). */
  me: { upn: string; userId: number | null; isChampion: boolean; force: string; department: string };
  /** Today in London, `yyyy-mm-dd`. */
  today: string;
  locale: string;
  idPrefix: string;
  /** Whether colleagues may ask new questions here (the part's setting). */
  questionsOpen: boolean;
  /** An FAQ was published from a question, or one is to be opened: the shell shows the entry. */
  onPromoted: (entryId: number) => void;
}

type Tab = 'ask' | 'queue' | 'answered' | 'directory';
type Load = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded' };

/**
 * The repository's clock follows the shell's `today`: the real instant when it falls on that day, else noon
 * on it (tests and the demo pin the day, and an FAQ's published and review days must agree with it).
 */
export function clockFor(today: string): () => Date {
  return () => {
    const now = new Date();
    return dayInLondon(now) === today ? now : new Date(`${today}T12:00:00Z`);
  };
}

/**
 * The champions' desk: "ask a champion" with the person's own questions and answers; for champions, the
 * queue of open questions (answer, or publish as an FAQ in one step) and the answered ones; and the
 * directory of champions by force and department. Every tab stays mounted, so nothing typed in one is lost
 * by visiting another.
 */
export function ChampionsDesk(props: IChampionsDeskProps): React.ReactElement {
  const { me, idPrefix, today, locale } = props;
  const [tab, setTab] = React.useState<Tab>('ask');
  const [visited, setVisited] = React.useState<ReadonlySet<Tab>>(new Set<Tab>(['ask']));
  const [load, setLoad] = React.useState<Load>({ kind: 'loading' });
  const [generation, setGeneration] = React.useState(0);
  const [questions, setQuestions] = React.useState<IChampionQuestion[]>([]);
  const [answers, setAnswers] = React.useState<Record<number, IAnswerState>>({});
  const [openFilter, setOpenFilter] = React.useState<IQuestionFilter>(NO_FILTER);
  const [answeredFilter, setAnsweredFilter] = React.useState<IQuestionFilter>(NO_FILTER);
  const [promoting, setPromoting] = React.useState<{ question: IChampionQuestion; answer: string } | undefined>(undefined);
  const [status, setStatus] = React.useState<string | undefined>(undefined);
  const focusAfterRender = useFocusAfterRender();
  const mounted = React.useRef(true);

  const statusId = `${idPrefix}-desk-status`;
  const panelId = (t: Tab): string => `${idPrefix}-desk-${t}`;
  const repositoryOptions = React.useMemo<ICatalogueRepositoryOptions>(() => ({ now: clockFor(today) }), [today]);
  const actor: IActor = { upn: me.upn, userId: me.userId, isChampion: me.isChampion };

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  React.useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    (async () => {
      const read = await new CatalogueRepository(await props.site(), repositoryOptions).questions();
      if (!live) return;
      setQuestions(read);
      setLoad({ kind: 'loaded' });
    })().catch((error: unknown) => {
      if (live) setLoad({ kind: 'failed', message: formatText(strings.CatalogueDeskQuestionsFailed, errorMessage(error)) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: read again only on Refresh (generation); the site factory is stable for the part's life
  }, [generation, repositoryOptions]);

  const show = (t: Tab): void => {
    setTab(t);
    setVisited((v) => (v.has(t) ? v : new Set<Tab>([...Array.from(v), t])));
  };

  const announce = (text: string): void => {
    setStatus(text);
    focusAfterRender(statusId);
  };

  const patchAnswer = (id: number, patch: Partial<IAnswerState> | undefined): void => {
    setAnswers((all) => {
      const next = { ...all };
      if (patch === undefined) delete next[id];
      else next[id] = { ...(all[id] ?? { draft: '' }), ...patch };
      return next;
    });
  };

  // ---- champions: answering ------------------------------------------------------------------------

  const sendAnswer = async (q: IChampionQuestion): Promise<void> => {
    const text = answers[q.id]?.draft ?? '';
    if (text.trim() === '' || text.length > MAX_ANSWER_LENGTH) {
      patchAnswer(q.id, { fieldError: text.trim() === '' ? strings.CatalogueDeskAnswerRequired : undefined, failure: undefined });
      focusById(answerFieldId(idPrefix, q.id));
      return;
    }
    patchAnswer(q.id, { sending: true, failure: undefined, fieldError: undefined });
    try {
      const repository = new CatalogueRepository(await props.site(), repositoryOptions);
      const answered = await repository.answer(actor, q, text);
      if (!mounted.current) return;
      setQuestions((all) => withQuestion(all, answered));
      patchAnswer(q.id, undefined);
      announce(formatText(strings.CatalogueDeskAnswerSent, q.title));
      return;
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ConflictError) {
        let fresh: IChampionQuestion | undefined = error.current !== null ? questionFromItem(error.current as ChampionQuestionItem) : undefined;
        if (fresh === undefined) {
          const all = await new CatalogueRepository(await props.site(), repositoryOptions).questions().catch(() => undefined);
          fresh = all?.filter((x) => x.id === q.id)[0];
        }
        if (!mounted.current) return;
        // The conflict first: it holds the question in the queue, so the card (and its focus) stays put.
        patchAnswer(q.id, { sending: false, conflict: fresh !== undefined && fresh.status === 'answered' ? 'answeredByOther' : 'changed' });
        if (fresh !== undefined) {
          const reloaded = fresh;
          setQuestions((all) => withQuestion(all, reloaded));
        }
      } else if ((error instanceof ForbiddenError && !error.digestRejected) || (error instanceof ValidationError && error.problems.some((p) => p.key === 'catalogue.lifecycle.championsOnly'))) {
        patchAnswer(q.id, { sending: false, failure: strings.CatalogueDeskAnswerForbidden });
      } else {
        patchAnswer(q.id, { sending: false, failure: formatText(strings.CatalogueDeskAnswerFailed, errorMessage(error)) });
      }
    }
    focusAfterRender(answerFailureId(idPrefix, q.id));
  };

  const onAnswer = (q: IChampionQuestion): void => {
    sendAnswer(q).catch((error: unknown) => patchAnswer(q.id, { sending: false, failure: formatText(strings.CatalogueDeskAnswerFailed, errorMessage(error)) }));
  };

  const onKeepTheirs = (q: IChampionQuestion): void => {
    patchAnswer(q.id, undefined);
    announce(formatText(strings.CatalogueDeskKeptTheirs, q.title));
  };

  const onPublished = (entry: ICatalogueEntry, question: IChampionQuestion): void => {
    setQuestions((all) => withQuestion(all, question));
    patchAnswer(question.id, undefined);
    setPromoting(undefined);
    announce(formatText(strings.CatalogueDeskFaqPublished, entry.title));
    props.onPromoted(entry.id);
  };

  // ---- rendering -----------------------------------------------------------------------------------

  const mine = myQuestions(questions, me.upn);
  const openCount = questions.filter((q) => q.status === 'open').length;
  const questionsBody = (content: React.ReactNode): React.ReactNode => {
    if (load.kind === 'loading') return <Spinner size={SpinnerSize.medium} label={strings.CatalogueDeskQuestionsLoading} />;
    if (load.kind === 'failed') {
      return (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline
          actions={
            <div>
              <DefaultButton text={strings.CatalogueDeskTryAgain} onClick={() => setGeneration((g) => g + 1)} />
            </div>
          }
        >
          {load.message}
        </MessageBar>
      );
    }
    return content;
  };

  const tabs: Array<{ key: Tab; text: string; count?: number }> = [
    { key: 'ask', text: strings.CatalogueDeskTabAsk },
    ...(me.isChampion
      ? [
          { key: 'queue' as Tab, text: strings.CatalogueDeskTabQueue, count: load.kind === 'loaded' ? openCount : undefined },
          { key: 'answered' as Tab, text: strings.CatalogueDeskTabAnswered }
        ]
      : []),
    { key: 'directory', text: strings.CatalogueDeskTabDirectory }
  ];

  const queueProps = {
    questions,
    answers,
    locale,
    idPrefix,
    onDraft: (q: IChampionQuestion, text: string) => patchAnswer(q.id, { draft: text, fieldError: undefined }),
    onAnswer,
    onKeepTheirs,
    onPromote: (q: IChampionQuestion, answer: string) => setPromoting({ question: q, answer }),
    onOpenFaq: props.onPromoted
  };

  const panels: Record<Tab, () => React.ReactNode> = {
    ask: () => (
      <Stack tokens={{ childrenGap: 24 }} styles={{ root: { minWidth: 0 } }}>
        <AskChampion
          site={props.site}
          me={{ upn: me.upn, force: me.force, department: me.department }}
          idPrefix={idPrefix}
          locale={locale}
          questionsOpen={props.questionsOpen}
          repositoryOptions={repositoryOptions}
          onAsked={(q) => setQuestions((all) => withQuestion(all, q))}
          onFindChampion={() => show('directory')}
        />
        {questionsBody(<MyQuestions questions={mine} locale={locale} idPrefix={idPrefix} onOpenFaq={props.onPromoted} />)}
      </Stack>
    ),
    queue: () => questionsBody(<ChampionQueue view="open" filter={openFilter} onFilter={setOpenFilter} {...queueProps} />),
    answered: () => questionsBody(<ChampionQueue view="answered" filter={answeredFilter} onFilter={setAnsweredFilter} {...queueProps} />),
    directory: () => <ChampionsDirectory site={props.site} today={today} myForce={me.force} idPrefix={idPrefix} />
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <div id={statusId} tabIndex={-1}>
        {status !== undefined ? (
          <MessageBar messageBarType={MessageBarType.success} isMultiline onDismiss={() => setStatus(undefined)} dismissButtonAriaLabel={strings.CatalogueDeskDismiss}>
            {status}
          </MessageBar>
        ) : null}
      </div>
      <Pivot
        aria-label={strings.CatalogueDeskTabsLabel}
        selectedKey={tab}
        headersOnly
        onLinkClick={(item) => item?.props.itemKey !== undefined && show(item.props.itemKey as Tab)}
        overflowBehavior="menu"
        styles={VIEW_TABS_STYLES}
        overflowAriaLabel={strings.CatalogueDeskTabsMore}
      >
        {tabs.map((t) => (
          <PivotItem key={t.key} itemKey={t.key} headerText={t.text} itemCount={t.count} headerButtonProps={{ 'aria-controls': panelId(t.key) }} />
        ))}
      </Pivot>
      {tabs.map((t) => (
        <div key={t.key} id={panelId(t.key)} role="tabpanel" aria-label={t.text} hidden={t.key !== tab} style={{ minWidth: 0 }}>
          {visited.has(t.key) ? panels[t.key]() : null}
        </div>
      ))}
      {promoting !== undefined ? (
        <PromoteFaqPanel
          site={props.site}
          locale={locale}
          actor={actor}
          championForce={me.force}
          question={promoting.question}
          answer={promoting.answer}
          idPrefix={idPrefix}
          repositoryOptions={repositoryOptions}
          onPublished={onPublished}
          onQuestionChanged={(q) => setQuestions((all) => withQuestion(all, q))}
          onOpenFaq={(id) => {
            setPromoting(undefined);
            props.onPromoted(id);
          }}
          onDismiss={() => setPromoting(undefined)}
        />
      ) : null}
    </Stack>
  );
}
