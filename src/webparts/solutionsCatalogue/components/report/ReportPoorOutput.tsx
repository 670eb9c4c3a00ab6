import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import { getId } from '@fluentui/react/lib/Utilities';
import * as strings from 'SuiteStrings';
import { CatalogueRepository } from '../../../../data/CatalogueRepository';
import { reportPoorOutputOnce, type IOnce } from '../../../../data/catalogueRequests';
import { ForbiddenError, ValidationError } from '../../../../data/errors';
import type { DataSite } from '../../../../data/sp';
import { randomClientId } from '../../../../data/writes';
import { personKey } from '../../../../domain/catalogue/entry';
import type { ICatalogueEntry, IPoorOutputReport, PoorOutputCategory, ReportStatus } from '../../../../domain/catalogue/types';
import { CATALOGUE_PRODUCTS, POOR_OUTPUT_CATEGORIES } from '../../../../lists/catalogue';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatDay, formatText } from '../../../../ui/format/text';
import { Card, CardList, ErrorText, Heading, PlainText, SensitiveDataWarning, useCharacterCount, useFocusAfterRender } from '../desk/deskParts';
import { dayOf } from '../desk/deskModel';
import { useLeaveWarning } from '../../../../ui/form/useLeaveWarning';

export interface IReportPoorOutputProps {
  site: () => Promise<DataSite>;
  entry: ICatalogueEntry;
  me: { upn: string; force: string; department: string };
  locale: string;
  onClose: () => void;
}

/** Longest "what went wrong" (characters). */
export const MAX_DETAILS_LENGTH = 2000;

const CATEGORY_TEXT: Record<PoorOutputCategory, string> = {
  inaccurate: strings.CatalogueReportCategoryInaccurate,
  madeUp: strings.CatalogueReportCategoryMadeUp,
  incomplete: strings.CatalogueReportCategoryIncomplete,
  outdatedPolicy: strings.CatalogueReportCategoryOutdated,
  inappropriate: strings.CatalogueReportCategoryInappropriate,
  other: strings.CatalogueReportCategoryOther
};

const CATEGORY_SHORT: Record<PoorOutputCategory, string> = {
  inaccurate: strings.CatalogueReportShortInaccurate,
  madeUp: strings.CatalogueReportShortMadeUp,
  incomplete: strings.CatalogueReportShortIncomplete,
  outdatedPolicy: strings.CatalogueReportShortOutdated,
  inappropriate: strings.CatalogueReportShortInappropriate,
  other: strings.CatalogueReportShortOther
};

function statusText(report: IPoorOutputReport): string {
  const texts: Record<ReportStatus, string> = {
    new: strings.CatalogueReportStatusNew,
    triaged: strings.CatalogueReportStatusTriaged,
    onRiskRegister: report.riskRef !== '' ? formatText(strings.CatalogueReportStatusOnRegisterRef, report.riskRef) : strings.CatalogueReportStatusOnRegister,
    closed: strings.CatalogueReportStatusClosed
  };
  return texts[report.status];
}

type Outcome = { kind: 'idle' } | { kind: 'invalid' } | { kind: 'failed'; message: string; canRetry: boolean };
type Earlier = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; reports: IPoorOutputReport[] };

/**
 * "Report a poor output" for one entry, in its own panel: what kind of problem, what went wrong (never the
 * output itself, never personal or operational data: a standing warning, and a live one when the text looks
 * like such data), and the product. The report goes to the programme board's triage for the risk register;
 * the reporter sees it, and its triage, under "Your reports on this entry". Nothing typed is lost on a
 * failure, and trying again never files two reports.
 */
export function ReportPoorOutput(props: IReportPoorOutputProps): React.ReactElement {
  const { entry, me } = props;
  const theme = useTheme();
  const [idPrefix] = React.useState(() => getId('catalogue-report'));
  const locale = props.locale;
  const [category, setCategory] = React.useState<PoorOutputCategory | ''>('');
  const [details, setDetails] = React.useState('');
  const [product, setProduct] = React.useState('');
  const [showProblems, setShowProblems] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'idle' });
  const [sent, setSent] = React.useState<IPoorOutputReport | undefined>(undefined);
  const [earlier, setEarlier] = React.useState<Earlier>({ kind: 'loading' });
  const [confirmDiscard, setConfirmDiscard] = React.useState(false);
  const once = React.useRef<IOnce>({ clientId: randomClientId(), mayExist: false });
  const mounted = React.useRef(true);
  const focusAfterRender = useFocusAfterRender();
  const counter = useCharacterCount(details.length, MAX_DETAILS_LENGTH, locale);
  /** A failed attempt's report may already be stored: the next one looks first. */
  const attemptMayExist = (): void => {
    once.current = { ...once.current, mayExist: true };
  };

  const ids = {
    category: `${idPrefix}-category`,
    categoryLegend: `${idPrefix}-category-legend`,
    categoryError: `${idPrefix}-category-error`,
    details: `${idPrefix}-details`,
    warning: `${idPrefix}-warning`,
    status: `${idPrefix}-status`,
    done: `${idPrefix}-done`
  };

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const loadEarlier = React.useCallback(async (): Promise<void> => {
    try {
      const all = await new CatalogueRepository(await props.site()).poorOutputReports();
      const mine = all.filter((r) => r.entryId === entry.id && r.reporterUpn === personKey(me.upn));
      if (mounted.current) setEarlier({ kind: 'loaded', reports: mine });
    } catch {
      if (mounted.current) setEarlier({ kind: 'failed' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: the site factory is stable for the part's life
  }, [entry.id, me.upn]);

  React.useEffect(() => {
    loadEarlier().catch(() => setEarlier({ kind: 'failed' }));
  }, [loadEarlier]);

  const categoryError = showProblems && category === '' ? strings.CatalogueReportCategoryRequired : undefined;
  const detailsError = showProblems && details.trim() === '' ? strings.CatalogueReportDetailsRequired : counter.error;
  const dirty = sent === undefined && (category !== '' || details.trim() !== '' || product !== '');
  useLeaveWarning(dirty);

  const send = async (): Promise<void> => {
    setShowProblems(true);
    if (category === '' || details.trim() === '' || details.length > MAX_DETAILS_LENGTH) {
      setOutcome({ kind: 'invalid' });
      focusAfterRender(category === '' ? ids.category : ids.details);
      return;
    }
    setSending(true);
    setOutcome({ kind: 'idle' });
    try {
      const report = await reportPoorOutputOnce(
        await props.site(),
        { entry: { id: entry.id, title: entry.title }, category, details, product, reporter: { upn: me.upn, force: me.force, department: me.department } },
        once.current
      );
      if (!mounted.current) return;
      setSent(report);
      setEarlier((e) => (e.kind === 'loaded' ? { kind: 'loaded', reports: [report, ...e.reports.filter((r) => r.id !== report.id)] } : { kind: 'loaded', reports: [report] }));
      focusAfterRender(ids.done);
      return;
    } catch (error) {
      if (!mounted.current) return;
      attemptMayExist();
      if (error instanceof ForbiddenError && !error.digestRejected) setOutcome({ kind: 'failed', message: strings.CatalogueReportForbidden, canRetry: false });
      else if (error instanceof ValidationError && error.problems.some((p) => p.field === 'details')) {
        setOutcome({ kind: 'invalid' });
        focusAfterRender(ids.details);
        return;
      } else setOutcome({ kind: 'failed', message: formatText(strings.CatalogueReportFailed, errorMessage(error)), canRetry: true });
    } finally {
      if (mounted.current) setSending(false);
    }
    focusAfterRender(ids.status);
  };

  const run = (): void => {
    send().catch((error: unknown) => {
      if (mounted.current) setOutcome({ kind: 'failed', message: formatText(strings.CatalogueReportFailed, errorMessage(error)), canRetry: true });
    });
  };

  const dismiss = (): void => {
    if (sending) return;
    if (dirty) setConfirmDiscard(true);
    else props.onClose();
  };

  const categoryOptions: IChoiceGroupOption[] = POOR_OUTPUT_CATEGORIES.map((c) => ({ key: c, text: CATEGORY_TEXT[c] }));
  const products = [...entry.products, ...CATALOGUE_PRODUCTS.filter((p) => entry.products.indexOf(p) < 0)];
  const productOptions: IDropdownOption[] = [{ key: 'none', text: strings.CatalogueReportProductNone }, ...products.map((p) => ({ key: `=${p}`, text: p }))];
  const reporterText = [me.force, me.department].filter((v) => v !== '').join(', ');

  const earlierList = (): React.ReactNode => {
    if (earlier.kind === 'loading') return null;
    if (earlier.kind === 'failed') return <Text block>{strings.CatalogueReportEarlierFailed}</Text>;
    if (earlier.reports.length === 0) return null;
    const headingId = `${idPrefix}-earlier`;
    return (
      <Stack tokens={{ childrenGap: 8 }}>
        {/* The panel's title is the dialog's level-1 heading. */}
        <Heading level={2} id={headingId}>
          {strings.CatalogueReportEarlierHeading}
        </Heading>
        <CardList labelledBy={headingId}>
          {earlier.reports.map((r) => {
            const titleId = `${idPrefix}-earlier-${r.id}`;
            return (
              <Card key={r.id} as="li" labelledBy={titleId}>
                <Stack tokens={{ childrenGap: 4 }}>
                  <Text id={titleId} block styles={{ root: { fontWeight: 600 } }}>
                    {formatText(strings.CatalogueReportEarlierTitle, CATEGORY_SHORT[r.category], formatDay(dayOf(r.createdAt), locale))}
                  </Text>
                  <Text block>{formatText(strings.CatalogueReportEarlierStatus, statusText(r))}</Text>
                  {r.product !== '' ? <Text block>{formatText(strings.CatalogueReportEarlierProduct, r.product)}</Text> : null}
                  <PlainText text={r.details} />
                  {r.triageNote !== '' ? <Text block>{formatText(strings.CatalogueReportEarlierNote, r.triageNote)}</Text> : null}
                </Stack>
              </Card>
            );
          })}
        </CardList>
      </Stack>
    );
  };

  const footer = (): React.ReactElement =>
    sent !== undefined ? (
      <PrimaryButton text={strings.CatalogueReportClose} onClick={props.onClose} />
    ) : (
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={sending ? strings.CatalogueReportSending : strings.CatalogueReportSend} disabled={sending} onClick={run} />
        <DefaultButton text={strings.CatalogueReportCancel} disabled={sending} onClick={dismiss} />
      </Stack>
    );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={strings.CatalogueReportHeading}
      closeButtonAriaLabel={strings.CatalogueReportCloseLabel}
      isFooterAtBottom
      isBlocking
      onRenderFooterContent={footer}
      onDismiss={(ev) => {
        ev?.preventDefault();
        dismiss();
      }}
    >
      <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0, paddingBottom: 16 } }}>
        <Text block styles={{ root: { overflowWrap: 'anywhere' } }}>
          {formatText(strings.CatalogueReportIntro, entry.title)}
        </Text>
        {sent !== undefined ? (
          <div id={ids.done} tabIndex={-1}>
            <MessageBar messageBarType={MessageBarType.success} isMultiline>
              {strings.CatalogueReportSent}
            </MessageBar>
          </div>
        ) : (
          <>
            <div id={ids.warning}>
              <MessageBar messageBarType={MessageBarType.warning} role="none" delayedRender={false} isMultiline>
                {strings.CatalogueReportWarning}
              </MessageBar>
            </div>
            <div id={ids.status} tabIndex={-1}>
              {outcome.kind === 'invalid' && (categoryError !== undefined || detailsError !== undefined) ? (
                <MessageBar messageBarType={MessageBarType.error} isMultiline>
                  {strings.CatalogueReportFixProblems}
                </MessageBar>
              ) : null}
              {outcome.kind === 'failed' ? (
                <MessageBar
                  messageBarType={MessageBarType.error}
                  isMultiline
                  actions={
                    outcome.canRetry ? (
                      <div>
                        <DefaultButton text={strings.CatalogueReportTryAgain} disabled={sending} onClick={run} />
                      </div>
                    ) : undefined
                  }
                >
                  {outcome.message}
                </MessageBar>
              ) : null}
            </div>
            <fieldset id={ids.category} aria-describedby={ids.categoryError} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
              <legend id={ids.categoryLegend} style={{ padding: '5px 0', fontWeight: 600, color: theme.semanticColors.bodyText }}>
                {strings.CatalogueReportCategoryLegend}
              </legend>
              <ChoiceGroup
                ariaLabelledBy={ids.categoryLegend}
                required
                options={categoryOptions}
                selectedKey={category !== '' ? category : null}
                onChange={(_e, option) => option !== undefined && setCategory(option.key as PoorOutputCategory)}
                disabled={sending}
              />
              <ErrorText id={ids.categoryError} message={categoryError} />
            </fieldset>
            <TextField
              id={ids.details}
              label={strings.CatalogueReportDetailsLabel}
              required
              multiline
              rows={6}
              autoAdjustHeight
              value={details}
              onChange={(_e, v) => setDetails(v ?? '')}
              description={`${strings.CatalogueReportDetailsHint} ${counter.description}`}
              errorMessage={detailsError}
              disabled={sending}
            />
            {counter.announcer}
            <SensitiveDataWarning id={`${idPrefix}-sensitive`} text={details} />
            <Dropdown
              label={strings.CatalogueReportProductLabel}
              options={productOptions}
              selectedKey={product === '' ? 'none' : `=${product}`}
              onChange={(_e, option) => option !== undefined && setProduct(option.key === 'none' ? '' : String(option.key).slice(1))}
              disabled={sending}
            />
            <Text block variant="small">
              {reporterText !== '' ? formatText(strings.CatalogueReportReporter, me.upn, reporterText) : formatText(strings.CatalogueReportReporterNoForce, me.upn)}
            </Text>
            <Text block variant="small">
              {strings.CatalogueReportWhereItGoes}
            </Text>
          </>
        )}
        {earlierList()}
      </Stack>
      <Dialog
        hidden={!confirmDiscard}
        onDismiss={() => setConfirmDiscard(false)}
        dialogContentProps={{ type: DialogType.normal, title: strings.CatalogueReportDiscardTitle, subText: strings.CatalogueReportDiscardText }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton text={strings.CatalogueReportKeepWriting} onClick={() => setConfirmDiscard(false)} />
          <DefaultButton text={strings.CatalogueReportDiscard} onClick={props.onClose} />
        </DialogFooter>
      </Dialog>
    </Panel>
  );
}
