import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import * as strings from 'SuiteStrings';
import type { RetryHub } from '../data/PartServices';
import { formatText } from '../format/text';

/** How long "trying again" stays after the wait it announced, if nothing else is heard. */
const LINGER_MS = 1500;

/**
 * A polite status line that says when SharePoint is throttling the part and it is waiting to try again
 * ("trying again in 4 s, attempt 2 of 6"), so a slow save is never silent. The region is always there
 * (empty when all is well), so screen readers announce each change. It clears itself once the wait is
 * over and no further retry is announced; if the budget runs out, the view shows its own error.
 */
export function RetryStatus(props: { retries: RetryHub }): React.ReactElement {
  const theme = useTheme();
  const [text, setText] = React.useState('');
  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = props.retries.subscribe((notice) => {
      setText(formatText(strings.RetryingBusy, Math.max(1, Math.ceil(notice.waitMs / 1000)), notice.attempt + 1, notice.maxAttempts));
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => setText(''), notice.waitMs + LINGER_MS);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [props.retries]);
  return (
    <div role="status" aria-live="polite" data-retry-status style={text === '' ? undefined : { fontSize: theme.fonts.small.fontSize, padding: '4px 0', color: theme.semanticColors.bodyText }}>
      {text}
    </div>
  );
}
