import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import type { IPersonTraining } from '../../../../data/trainingPeople';
import type { ITrainingModule, ModuleState } from '../../../../domain/training/types';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { CsvActions } from '../../../../ui/export/CsvActions';
import { csvFileName } from '../../../../ui/export/csv';
import { formatDay, formatText } from '../../../../ui/format/text';
import { useHostContext } from '../../../../ui/host/hostContext';

export interface IPeopleQuery {
  /** What the panel shows, e.g. "Overdue: Essex, Contact management". */
  title: string;
  state: ModuleState;
  /** Said when nobody is behind the number (for a manager: none of their reports). */
  emptyText: string;
  moduleKeys: readonly string[];
  grade?: string;
  workerType?: string;
  load: () => Promise<IPersonTraining[]>;
}

export interface IPeopleRow {
  person: IPersonTraining;
  module: ITrainingModule;
  day: string | undefined;
}

/** The person-module pairs behind a number: people in the scope, on the modules counted, in the state clicked. */
export function peopleRows(people: readonly IPersonTraining[], modules: readonly ITrainingModule[], query: Pick<IPeopleQuery, 'state' | 'moduleKeys' | 'grade' | 'workerType'>): IPeopleRow[] {
  const byKey = new Map(modules.map((m) => [m.key, m]));
  const rows: IPeopleRow[] = [];
  for (const person of people) {
    if (query.grade !== undefined && person.learner.grade !== query.grade) continue;
    if (query.workerType !== undefined && person.learner.workerType !== query.workerType) continue;
    for (const status of person.statuses) {
      const module = byKey.get(status.moduleKey);
      if (!module || status.state !== query.state || !query.moduleKeys.includes(status.moduleKey)) continue;
      rows.push({ person, module, day: status.state === 'done' ? status.completion?.completedOn : status.dueOn });
    }
  }
  return rows;
}

/** Rows listed in the panel; the CSV always holds them all. */
const SHOWN = 500;

export interface IPeoplePanelProps {
  query: IPeopleQuery | undefined;
  modules: readonly ITrainingModule[];
  locale: string;
  onDismiss: () => void;
}

export function PeoplePanel(props: IPeoplePanelProps): React.ReactElement {
  const { query } = props;
  const divider = useHostContext().theme.semanticColors.bodyDivider;
  const [state, setState] = React.useState<{ kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; rows: IPeopleRow[] }>({ kind: 'loading' });

  React.useEffect(() => {
    if (!query) return undefined;
    let live = true;
    setState({ kind: 'loading' });
    query.load().then(
      (people) => live && setState({ kind: 'ready', rows: peopleRows(people, props.modules, query) }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorMessage(error) })
    );
    return () => {
      live = false;
    };
  }, [query, props.modules]);

  const dayHeading = query?.state === 'done' ? strings.TrainingDashColCompletedOn : strings.TrainingDashColDueOn;
  return (
    <Panel isOpen={query !== undefined} type={PanelType.medium} headerText={query?.title} closeButtonAriaLabel={strings.TrainingDashClose} onDismiss={props.onDismiss} isLightDismiss>
      {state.kind === 'loading' ? <Spinner label={strings.TrainingDashLoadingPeople} ariaLive="polite" /> : null}
      {state.kind === 'failed' ? <MessageBar messageBarType={MessageBarType.error}>{state.message}</MessageBar> : null}
      {state.kind === 'ready' && query ? (
        <Stack tokens={{ childrenGap: 8 }}>
          <Text role="status">
            {state.rows.length === 0
              ? query.emptyText
              : state.rows.length > SHOWN
                ? formatText(strings.TrainingDashPeopleFirst, SHOWN, state.rows.length)
                : formatText(strings.TrainingDashPeopleCount, state.rows.length)}
          </Text>
          <CsvActions
            label={query.title}
            fileName={csvFileName(query.title)}
            headers={[strings.TrainingDashColName, strings.TrainingDashColUpn, strings.TrainingDashColForce, strings.TrainingDashColDepartment, strings.TrainingDashColRole, strings.TrainingDashColModule, dayHeading]}
            rows={() => state.rows.map((r) => [r.person.displayName, r.person.learner.upn, r.person.learner.force, r.person.learner.department, r.person.learner.jobTitle, r.module.title, r.day ?? ''])}
          />
          <ul aria-label={query.title} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {state.rows.slice(0, SHOWN).map((r) => (
              <li key={`${r.person.learner.upn}|${r.module.key}`} style={{ padding: '6px 0', borderBottom: `1px solid ${divider}` }}>
                <Text block styles={{ root: { fontWeight: 600 } }}>
                  {r.person.displayName}
                </Text>
                <Text block variant="small">
                  {`${r.person.learner.jobTitle}, ${r.person.learner.department} (${r.person.learner.force}) · ${r.person.learner.upn}`}
                </Text>
                <Text block variant="small">
                  {`${r.module.title}${r.day ? ` · ${dayHeading} ${formatDay(r.day, props.locale)}` : ''}`}
                </Text>
              </li>
            ))}
          </ul>
        </Stack>
      ) : null}
    </Panel>
  );
}
