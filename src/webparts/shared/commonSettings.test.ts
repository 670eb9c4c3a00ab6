import * as strings from 'SuiteStrings';
import { dataSiteUrlError } from './commonSettings';

describe('data site URL setting', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['https://contoso.sharepoint.com/sites/m365-programme', ''],
    ['https://contoso.sharepoint.com/teams/board/', ''],
    ['http://127.0.0.1:4321/sites/m365-programme', ''],
    ['contoso.sharepoint.com/sites/x', strings.DataSiteUrlNotAUrl],
    // eslint-disable-next-line no-script-url -- RATIONALE: proves a script URL is refused.
    ["javascript:alert('x')", strings.DataSiteUrlNotHttps],
    ['http://contoso.sharepoint.com/sites/x', strings.DataSiteUrlNotHttps],
    ['https://contoso.sharepoint.com/', strings.DataSiteUrlNotASite],
    ['https://contoso.sharepoint.com/sites/x/Lists/People', strings.DataSiteUrlNotASite],
    ['https://contoso.sharepoint.com/sites/x?web=1', strings.DataSiteUrlNotASite]
  ])('%j → %j', (value, expected) => {
    expect(dataSiteUrlError(value)).toBe(expected);
  });
});
