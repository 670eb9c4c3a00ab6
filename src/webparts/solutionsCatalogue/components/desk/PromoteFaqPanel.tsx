import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { useTheme } from '@fluentui/react/lib/Theme';
import { TextField } from '@fluentui/react/lib/TextField';
import * as strings from 'SuiteStrings';
import { CatalogueRepository, type ICatalogueRepositoryOptions } from '../../../../data/CatalogueRepository';
import { ConflictError, ForbiddenError, ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import type { IActor } from '../../../../domain/catalogue/lifecycle';
import { textToHtml } from '../../../../domain/catalogue/sanitise';
import type { ICatalogueEntry, IChampionQuestion } from '../../../../domain/catalogue/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatCount, formatText } from '../../../../ui/format/text';
import { ErrorText, useFocusAfterRender } from './deskParts';
import {
  choicesWith,
  contentFieldProblems,
  FAQ_DEPARTMENTS,
  FAQ_FORCES,
  FAQ_LABELS,
  FAQ_PRODUCTS,
  faqContent,
  faqDraftFrom,
  faqFieldOf,
  faqProblems,
  MAX_ANSWER_LENGTH,
  MAX_SUMMARY_LENGTH,
  MAX_TITLE_LENGTH,
  type FaqField,
  type FaqProblem,
  type IFaqDraft
} from './deskModel';

export interface IPromoteFaqPanelProps {
  site: () => Promise<DataSite>;
  actor: IActor;
  /** The champion's force: the FAQ's originating force to begin with. */
  championForce: string;
  question: IChampionQuestion;
  /** The answer to start from: what the champion typed, or the stored answer. */
  answer: string;
  idPrefix: string;
  locale: string;
  repositoryOptions: ICatalogueRepositoryOptions;
  /** Published: the FAQ and the question as now stored. */
  onPublished: (entry: ICatalogueEntry, question: IChampionQuestion) => void;
  /** The question was read again (after a conflict). */
  onQuestionChanged: (question: IChampionQuestion) => void;
  onOpenFaq: (entryId: number) => void;
  onDismiss: () => void;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string; canRetry: boolean }
  | { kind: 'changed' }
  | { kind: 'alreadyPromoted'; entryId: number };

const FIELD_LABELS: Record<FaqField, string> = {
  title: strings.CatalogueDeskFaqTitle,
  summary: strings.CatalogueDeskFaqSummary,
  answer: strings.CatalogueDeskFaqAnswer,
  products: strings.CatalogueDeskFaqProducts,
  departments: strings.CatalogueDeskFaqDepartments,
  force: strings.CatalogueDeskFaqForce,
  handling: strings.CatalogueDeskFaqHandling,
  whenNotToUse: strings.CatalogueDeskFaqWhenNotToUse
};

const LABEL_TEXT: Record<string, string> = {
  green: strings.CatalogueDeskHandlingGreen,
  amber: strings.CatalogueDeskHandlingAmber,
  red: strings.CatalogueDeskHandlingRed
};

const REQUIRED_TEXT: Partial<Record<FaqField, string>> = {
  title: strings.CatalogueDeskFaqTitleRequired,
  summary: strings.CatalogueDeskFaqSummaryRequired,
  answer: strings.CatalogueDeskFaqAnswerRequired,
  force: strings.CatalogueDeskFaqForceRequired,
  handling: strings.CatalogueDeskFaqHandlingRequired
};

function problemText(field: FaqField, problem: FaqProblem, locale: string): string {
  if (problem === 'tooLong') {
    const max = field === 'title' ? MAX_TITLE_LENGTH : field === 'summary' ? MAX_SUMMARY_LENGTH : MAX_ANSWER_LENGTH;
    return formatText(strings.CatalogueDeskFaqTooLong, formatCount(max, locale));
  }
  return REQUIRED_TEXT[field] ?? strings.CatalogueDeskFaqFieldRefused;
}

/**
 * "Publish as an FAQ" in one step: a small form prefilled from the question and its answer; publishing
 * creates the FAQ already approved, linked to the question (answering it, if it was open). A conflict (the
 * question changed meanwhile) reloads the question and keeps the form; publishing again never makes a
 * second FAQ, because the repository finds the one already made from this question.
 */
export function PromoteFaqPanel(props: IPromoteFaqPanelProps): React.ReactElement {
  const { idPrefix } = props;
  const [question, setQuestion] = React.useState(props.question);
  const [draft, setDraft] = React.useState<IFaqDraft>(() => faqDraftFrom(props.question, props.answer, props.championForce));
  const [serverProblems, setServerProblems] = React.useState<FaqField[]>([]);
  const [showProblems, setShowProblems] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'idle' });
  const [publishing, setPublishing] = React.useState(false);
  const mounted = React.useRef(true);
  const focusAfterRender = useFocusAfterRender();
  const theme = useTheme();

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const fieldId = (field: FaqField): string => `${idPrefix}-faq-${field}`;
  const statusId = `${idPrefix}-faq-status`;

  const content = faqContent(draft, props.actor.upn, textToHtml);
  const problems = faqProblems(draft);
  /** Fields the domain or SharePoint refused that the form's own checks did not name. */
  const refused = [...contentFieldProblems(content), ...serverProblems].filter((f, i, all) => all.indexOf(f) === i && !problems.some((p) => p.field === f));
  const errorOf = (field: FaqField): string | undefined => {
    if (!showProblems) return undefined;
    const found = problems.filter((p) => p.field === field)[0];
    if (found !== undefined) return problemText(field, found.problem, props.locale);
    return refused.indexOf(field) >= 0 ? strings.CatalogueDeskFaqFieldRefused : undefined;
  };

  const change = <K extends FaqField>(field: K, value: IFaqDraft[K]): void => {
    setDraft((d) => ({ ...d, [field]: value }));
    setServerProblems((p) => p.filter((f) => f !== field));
  };

  const reload = async (): Promise<IChampionQuestion | undefined> => {
    const all = await new CatalogueRepository(await props.site(), props.repositoryOptions).questions();
    return all.filter((q) => q.id === question.id)[0];
  };

  const publish = async (): Promise<void> => {
    setShowProblems(true);
    if (problems.length > 0 || contentFieldProblems(content).length > 0) {
      setOutcome({ kind: 'invalid' });
      focusAfterRender(statusId);
      return;
    }
    setPublishing(true);
    setOutcome({ kind: 'idle' });
    try {
      const repository = new CatalogueRepository(await props.site(), props.repositoryOptions);
      const result = await repository.promoteToFaq(props.actor, question, content);
      if (!mounted.current) return;
      props.onPublished(result.entry, result.question);
      return;
    } catch (error) {
      if (!mounted.current) return;
      if (error instanceof ConflictError) {
        // Read the question again rather than trust the conflict's item: the conflict may be the entry's.
        const current = await reload().catch(() => undefined);
        if (!mounted.current) return;
        if (current !== undefined) {
          setQuestion(current);
          props.onQuestionChanged(current);
        }
        setOutcome(current !== undefined && current.promotedEntryId !== null ? { kind: 'alreadyPromoted', entryId: current.promotedEntryId } : { kind: 'changed' });
      } else if ((error instanceof ForbiddenError && !error.digestRejected) || (error instanceof ValidationError && error.problems.some((p) => p.key === 'catalogue.lifecycle.championsOnly'))) {
        setOutcome({ kind: 'failed', message: strings.CatalogueDeskFaqForbidden, canRetry: false });
      } else if (error instanceof ValidationError && error.problems.some((p) => p.field !== undefined && faqFieldOf(p.field) !== undefined)) {
        setServerProblems(error.problems.map((p) => (p.field !== undefined ? faqFieldOf(p.field) : undefined)).filter((f): f is FaqField => f !== undefined));
        setOutcome({ kind: 'invalid' });
      } else {
        setOutcome({ kind: 'failed', message: formatText(strings.CatalogueDeskFaqFailed, errorMessage(error)), canRetry: true });
      }
    } finally {
      if (mounted.current) setPublishing(false);
    }
    focusAfterRender(statusId);
  };

  const run = (): void => {
    publish().catch((error: unknown) => {
      if (mounted.current) setOutcome({ kind: 'failed', message: formatText(strings.CatalogueDeskFaqFailed, errorMessage(error)), canRetry: true });
    });
  };

  const productOptions: IDropdownOption[] = choicesWith(FAQ_PRODUCTS, draft.products).map((p) => ({ key: p, text: p }));
  const departmentOptions: IDropdownOption[] = choicesWith(FAQ_DEPARTMENTS, draft.departments).map((d) => ({ key: d, text: d }));
  const forceOptions: IDropdownOption[] = choicesWith(FAQ_FORCES, draft.force !== '' ? [draft.force] : []).map((f) => ({ key: f, text: f }));
  const labelOptions: IChoiceGroupOption[] = FAQ_LABELS.map((l) => ({ key: l, text: LABEL_TEXT[l] }));
  const toggle = (list: string[], option: IDropdownOption | undefined): string[] => {
    if (option === undefined) return list;
    const key = String(option.key);
    return option.selected === true ? [...list.filter((v) => v !== key), key] : list.filter((v) => v !== key);
  };

  const footer = (): React.ReactElement => (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
      <PrimaryButton text={publishing ? strings.CatalogueDeskFaqPublishing : strings.CatalogueDeskFaqPublish} disabled={publishing || outcome.kind === 'alreadyPromoted'} onClick={run} />
      <DefaultButton text={strings.CatalogueDeskCancel} disabled={publishing} onClick={props.onDismiss} />
    </Stack>
  );

  const order: FaqField[] = ['title', 'summary', 'answer', 'products', 'departments', 'force', 'handling', 'whenNotToUse'];
  const summaryList = order.filter((f) => problems.some((p) => p.field === f) || refused.indexOf(f) >= 0);
  const legendId = `${fieldId('handling')}-legend`;

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={strings.CatalogueDeskFaqHeading}
      closeButtonAriaLabel={strings.CatalogueDeskClose}
      isFooterAtBottom
      onRenderFooterContent={footer}
      onDismiss={(ev) => {
        // While publishing the panel stays open (and Fluent must not start closing it either).
        if (publishing) ev?.preventDefault();
        else props.onDismiss();
      }}
      isBlocking
    >
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, paddingBottom: 16 } }}>
        <Text block>{formatText(strings.CatalogueDeskFaqIntro, question.title)}</Text>
        <div id={statusId} tabIndex={-1}>
          {outcome.kind === 'invalid' && showProblems && summaryList.length > 0 ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline>
              <Text block>{formatText(summaryList.length === 1 ? strings.CatalogueDeskFaqProblemsOne : strings.CatalogueDeskFaqProblemsMany, summaryList.length)}</Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {summaryList.map((field) => (
                  <li key={field}>
                    <Link onClick={() => focusAfterRender(fieldId(field))}>{`${FIELD_LABELS[field]}: ${errorOf(field) ?? ''}`}</Link>
                  </li>
                ))}
              </ul>
            </MessageBar>
          ) : null}
          {outcome.kind === 'failed' ? (
            <MessageBar
              messageBarType={MessageBarType.error}
              isMultiline
              actions={
                outcome.canRetry ? (
                  <div>
                    <DefaultButton text={strings.CatalogueDeskTryAgain} disabled={publishing} onClick={run} />
                  </div>
                ) : undefined
              }
            >
              {outcome.message}
            </MessageBar>
          ) : null}
          {outcome.kind === 'changed' ? (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              {strings.CatalogueDeskFaqQuestionChanged}
            </MessageBar>
          ) : null}
          {outcome.kind === 'alreadyPromoted' ? (
            <MessageBar
              messageBarType={MessageBarType.warning}
              isMultiline
              actions={
                <div>
                  <DefaultButton text={strings.CatalogueDeskOpenFaq} onClick={() => props.onOpenFaq(outcome.entryId)} />
                </div>
              }
            >
              {strings.CatalogueDeskFaqAlreadyPromoted}
            </MessageBar>
          ) : null}
        </div>
        <TextField
          id={fieldId('title')}
          label={FIELD_LABELS.title}
          required
          value={draft.title}
          onChange={(_e, v) => change('title', v ?? '')}
          description={formatText(strings.CatalogueDeskFaqTitleHint, formatCount(MAX_TITLE_LENGTH, props.locale))}
          errorMessage={errorOf('title')}
        />
        <TextField
          id={fieldId('summary')}
          label={FIELD_LABELS.summary}
          required
          multiline
          rows={2}
          autoAdjustHeight
          value={draft.summary}
          onChange={(_e, v) => change('summary', v ?? '')}
          description={strings.CatalogueDeskFaqSummaryHint}
          errorMessage={errorOf('summary')}
        />
        <TextField
          id={fieldId('answer')}
          label={FIELD_LABELS.answer}
          required
          multiline
          rows={6}
          autoAdjustHeight
          value={draft.answer}
          onChange={(_e, v) => change('answer', v ?? '')}
          description={strings.CatalogueDeskFaqAnswerHint}
          errorMessage={errorOf('answer')}
        />
        <Dropdown
          id={fieldId('products')}
          label={FIELD_LABELS.products}
          multiSelect
          options={productOptions}
          selectedKeys={draft.products}
          onChange={(_e, option) => change('products', toggle(draft.products, option))}
          placeholder={strings.CatalogueDeskFaqNoneChosen}
          errorMessage={errorOf('products')}
        />
        <Dropdown
          id={fieldId('departments')}
          label={FIELD_LABELS.departments}
          multiSelect
          options={departmentOptions}
          selectedKeys={draft.departments}
          onChange={(_e, option) => change('departments', toggle(draft.departments, option))}
          placeholder={strings.CatalogueDeskFaqAllDepartments}
          errorMessage={errorOf('departments')}
        />
        <Dropdown
          id={fieldId('force')}
          label={FIELD_LABELS.force}
          required
          options={forceOptions}
          selectedKey={draft.force !== '' ? draft.force : null}
          onChange={(_e, option) => option !== undefined && change('force', String(option.key))}
          errorMessage={errorOf('force')}
        />
        <fieldset id={fieldId('handling')} aria-describedby={`${fieldId('handling')}-hint ${fieldId('handling')}-error`} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <legend id={legendId} style={{ padding: '5px 0', fontWeight: 600, color: theme.semanticColors.bodyText }}>
            {formatText(strings.CatalogueDeskRequiredLegend, FIELD_LABELS.handling)}
          </legend>
          <Text id={`${fieldId('handling')}-hint`} block variant="small">
            {strings.CatalogueDeskFaqHandlingHint}
          </Text>
          <ChoiceGroup
            ariaLabelledBy={legendId}
            required
            options={labelOptions}
            selectedKey={draft.handling !== '' ? draft.handling : null}
            onChange={(_e, option) => option !== undefined && change('handling', option.key as IFaqDraft['handling'])}
          />
          <ErrorText id={`${fieldId('handling')}-error`} message={errorOf('handling')} />
        </fieldset>
        <TextField
          id={fieldId('whenNotToUse')}
          label={FIELD_LABELS.whenNotToUse}
          multiline
          rows={2}
          autoAdjustHeight
          value={draft.whenNotToUse}
          onChange={(_e, v) => change('whenNotToUse', v ?? '')}
          errorMessage={errorOf('whenNotToUse')}
        />
        <Text block variant="small">
          {strings.CatalogueDeskFaqOwnerNote}
        </Text>
      </Stack>
    </Panel>
  );
}
