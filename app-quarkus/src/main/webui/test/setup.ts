import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetLoginRedirect } from '../src/api/client';

afterEach(() => {
  cleanup();
  resetLoginRedirect();
  document.getElementById('root')?.removeAttribute('inert');
  window.history.replaceState(null, '', '/');
});
