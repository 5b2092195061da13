import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetLoginRedirect } from '../src/api/client';

afterEach(() => {
  cleanup();
  resetLoginRedirect();
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
  delete (window as { matchMedia?: unknown }).matchMedia;
});
