import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** When this changes (e.g. the page's path), a shown error is cleared and the children are tried again. */
  resetKey?: string;
}

interface State {
  error: Error | null;
}

/** Catches rendering errors of a page and shows a way on instead of a blank screen. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page failed to render', error, info.componentStack);
  }

  componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-state" role="alert" data-testid="error-boundary">
        <h2>Something went wrong on this page</h2>
        <p>The rest of Frontdesk still works. Try again, or reload the page.</p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload page
          </button>
        </div>
      </div>
    );
  }
}
