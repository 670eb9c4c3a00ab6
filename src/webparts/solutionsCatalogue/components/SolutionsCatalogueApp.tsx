import * as React from 'react';
import * as strings from 'SuiteStrings';
import type { IPartAppProps } from '../../shared/partCatalog';
import { PartIntro } from '../../shared/PartIntro';

export default function SolutionsCatalogueApp(props: IPartAppProps): React.ReactElement {
  return <PartIntro title={strings.SolutionsCatalogueTitle} description={strings.SolutionsCatalogueDescription} />;
}
