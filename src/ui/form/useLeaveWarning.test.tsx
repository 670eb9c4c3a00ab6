/** @jest-environment jsdom */
import * as React from 'react';
import { render } from '@testing-library/react';
import { useLeaveWarning } from './useLeaveWarning';

function Form(props: { unsaved: boolean }): React.ReactElement {
  useLeaveWarning(props.unsaved);
  return <form />;
}

const leave = (): boolean => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('useLeaveWarning', () => {
  it('asks the browser to confirm leaving only while there are unsaved changes', () => {
    const view = render(<Form unsaved={false} />);
    expect(leave()).toBe(false);
    view.rerender(<Form unsaved={true} />);
    expect(leave()).toBe(true);
    view.rerender(<Form unsaved={false} />);
    expect(leave()).toBe(false);
    view.rerender(<Form unsaved={true} />);
    view.unmount();
    expect(leave()).toBe(false);
  });
});
