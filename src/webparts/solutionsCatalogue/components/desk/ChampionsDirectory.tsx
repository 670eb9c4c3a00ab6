import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Link } from '@fluentui/react/lib/Link';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { Stack } from '@fluentui/react/lib/Stack';
import { Text } from '@fluentui/react/lib/Text';
import * as strings from 'SuiteStrings';
import { readChampionsDirectory, type ChampionsDirectory as Directory, type IChampion } from '../../../../data/championsDirectory';
import type { DataSite } from '../../../../data/sp';
import { errorMessage } from '../../../../ui/data/errorMessage';
import { formatText } from '../../../../ui/format/text';
import { Card, CardList, Heading } from './deskParts';
import { groupChampions, teamsChatLink } from './deskModel';

export interface IChampionsDirectoryProps {
  site: () => Promise<DataSite>;
  today: string;
  /** The reader's force: listed first. */
  myForce: string;
  idPrefix: string;
}

const LINK_STYLES = { root: { display: 'block', maxWidth: '100%', overflowWrap: 'anywhere' as const, textAlign: 'left' as const } };

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; directory: Directory };

function ChampionCard(props: { champion: IChampion; idPrefix: string }): React.ReactElement {
  const c = props.champion;
  const nameId = `${props.idPrefix}-champion-${c.upn.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <Card as="li" labelledBy={nameId}>
      <Stack tokens={{ childrenGap: 4 }}>
        <Text id={nameId} block styles={{ root: { fontWeight: 600 } }}>
          {c.displayName}
        </Text>
        {c.jobTitle !== '' ? <Text block>{c.jobTitle}</Text> : null}
        {/* One link a line: a long address wraps inside the card at 320 px instead of pushing it wider. */}
        <Link href={teamsChatLink(c.upn)} target="_blank" rel="noopener noreferrer" aria-label={formatText(strings.CatalogueDeskChatWith, c.displayName)} styles={LINK_STYLES}>
          {strings.CatalogueDeskChat}
        </Link>
        {c.email !== '' ? (
          <Link href={`mailto:${c.email}`} aria-label={formatText(strings.CatalogueDeskEmailTo, c.displayName, c.email)} styles={LINK_STYLES}>
            {c.email}
          </Link>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Who the champions are, by force then department, with a Teams chat link and e-mail for each. */
export function ChampionsDirectory(props: IChampionsDirectoryProps): React.ReactElement {
  const { idPrefix } = props;
  const [state, setState] = React.useState<State>({ kind: 'loading' });
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    (async () => {
      const directory = await readChampionsDirectory(await props.site(), { today: props.today });
      if (live) setState({ kind: 'loaded', directory });
    })().catch((error: unknown) => {
      if (live) setState({ kind: 'failed', message: formatText(strings.CatalogueDeskDirectoryFailed, errorMessage(error)) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- RATIONALE: read once per generation (Retry); the site factory is stable for the part's life
  }, [generation, props.today]);

  const headingId = `${idPrefix}-directory-heading`;
  let countText = '';
  if (state.kind === 'loaded' && state.directory.status === 'ok') {
    const n = state.directory.champions.length;
    countText = n === 0 ? strings.CatalogueDeskDirectoryEmpty : formatText(strings.CatalogueDeskDirectoryCount, n);
  }
  let body: React.ReactNode;
  if (state.kind === 'loading') {
    body = <Spinner size={SpinnerSize.medium} label={strings.CatalogueDeskDirectoryLoading} />;
  } else if (state.kind === 'failed') {
    body = (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline
        actions={
          <div>
            <DefaultButton text={strings.CatalogueDeskTryAgain} onClick={() => setGeneration((g) => g + 1)} />
          </div>
        }
      >
        {state.message}
      </MessageBar>
    );
  } else if (state.directory.status === 'hidden') {
    body = <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.CatalogueDeskDirectoryHidden, state.directory.groupTitle)}</MessageBar>;
  } else if (state.directory.status === 'missing') {
    body = <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.CatalogueDeskDirectoryMissing, state.directory.groupTitle)}</MessageBar>;
  } else {
    const { champions, nestedGroups } = state.directory;
    const forces = groupChampions(champions, props.myForce);
    body = (
      <Stack tokens={{ childrenGap: 16 }} styles={{ root: { minWidth: 0 } }}>
        {nestedGroups > 0 ? <MessageBar messageBarType={MessageBarType.info}>{formatText(strings.CatalogueDeskDirectoryNested, nestedGroups)}</MessageBar> : null}
        {forces.map((f) => {
          const forceId = `${idPrefix}-directory-force-${f.force === '' ? 'none' : f.force.replace(/[^a-z0-9]/gi, '-')}`;
          return (
            <section key={f.force} aria-labelledby={forceId} style={{ minWidth: 0 }}>
              <Stack tokens={{ childrenGap: 8 }}>
                <Heading level={4} id={forceId}>
                  {f.force !== '' ? formatText(f.count === 1 ? strings.CatalogueDeskDirectoryForceOne : strings.CatalogueDeskDirectoryForce, f.force, f.count) : formatText(strings.CatalogueDeskDirectoryNoForce, f.count)}
                </Heading>
                {f.force === '' ? <Text block>{strings.CatalogueDeskDirectoryNoForceHint}</Text> : null}
                {f.departments.map((d) => {
                  const departmentId = `${forceId}-${d.department === '' ? 'none' : d.department.replace(/[^a-z0-9]/gi, '-')}`;
                  return (
                    <Stack key={d.department} tokens={{ childrenGap: 8 }} styles={{ root: { minWidth: 0 } }}>
                      <Heading level={5} id={departmentId}>
                        {d.department !== '' ? d.department : strings.CatalogueDeskDirectoryNoDepartment}
                      </Heading>
                      <CardList labelledBy={departmentId}>
                        {d.champions.map((c) => (
                          <ChampionCard key={c.upn} champion={c} idPrefix={idPrefix} />
                        ))}
                      </CardList>
                    </Stack>
                  );
                })}
              </Stack>
            </section>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { minWidth: 0 } }}>
      <Heading level={3} id={headingId}>
        {strings.CatalogueDeskDirectoryHeading}
      </Heading>
      <Text block>{strings.CatalogueDeskDirectoryIntro}</Text>
      <div role="status">{countText !== '' ? <Text block>{countText}</Text> : null}</div>
      {body}
    </Stack>
  );
}
