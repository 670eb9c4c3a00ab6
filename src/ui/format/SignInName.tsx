import * as React from 'react';

/**
 * A sign-in name (name@force.police.uk) in a table cell: it wraps after its "@" when the column is narrow,
 * never in the middle of a word. Use with `overflowWrap: 'break-word'` on the cell, which (unlike
 * 'anywhere') does not let the table squeeze the column down to a letter's width.
 */
export function SignInName(props: { upn: string }): React.ReactElement {
  const at = props.upn.indexOf('@');
  if (at < 0) return <>{props.upn}</>;
  return (
    <>
      {props.upn.slice(0, at + 1)}
      <wbr />
      {props.upn.slice(at + 1)}
    </>
  );
}
