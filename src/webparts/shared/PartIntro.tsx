import * as React from 'react';
import { Text } from '@fluentui/react/lib/Text';
import { Stack } from '@fluentui/react/lib/Stack';

export interface IPartIntroProps {
  title: string;
  description: string;
}

/** The heading block each part opens with. */
export function PartIntro(props: IPartIntroProps): React.ReactElement {
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text as="h2" variant="xLarge" block>
        {props.title}
      </Text>
      <Text as="p" variant="medium" block>
        {props.description}
      </Text>
    </Stack>
  );
}
