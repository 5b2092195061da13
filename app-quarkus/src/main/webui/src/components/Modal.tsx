import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(',');

/** The open dialogs, innermost last; only the innermost one takes keys and focus. */
const openDialogs: HTMLElement[] = [];

function appRoot(): HTMLElement | null {
  return document.getElementById('root');
}

/** Makes everything behind the innermost dialog inert: the app and any dialog below it. */
function updateInert(): void {
  appRoot()?.toggleAttribute('inert', openDialogs.length > 0);
  openDialogs.forEach((layer, i) => layer.toggleAttribute('inert', i < openDialogs.length - 1));
}

function focusables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.hasAttribute('inert') && el.getAttribute('aria-hidden') !== 'true',
  );
}

export interface ModalProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom, outside the scrolling body. */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'large';
  /** The element to focus first; by default the first focusable element of the body. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close when the element that had it before the dialog opened is gone. */
  returnFocus?: RefObject<HTMLElement | null>;
  testId?: string;
  /** The id of an element describing the dialog, e.g. a confirmation question. */
  describedBy?: string;
  /** Whether Escape and the close button may close it (false while a request is under way). */
  dismissible?: boolean;
  role?: 'dialog' | 'alertdialog';
}

/**
 * An accessible modal dialog: labelled by its title, focus moved into it on open, kept inside it with Tab and
 * Shift+Tab, closed with Escape, and returned to the element that opened it on close. The page behind it
 * (and a dialog below it) is made inert. Fits small screens (full width, scrolling body).
 */
export function Modal({
  title,
  onClose,
  children,
  footer,
  size = 'medium',
  initialFocus,
  returnFocus,
  testId,
  describedBy,
  dismissible = true,
  role = 'dialog',
}: ModalProps) {
  const titleId = useId();
  const layerRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const dismissibleRef = useRef(dismissible);
  dismissibleRef.current = dismissible;
  // Taken while rendering, before focus moves into the dialog: the element to give focus back to.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const layer = layerRef.current;
    const dialog = dialogRef.current;
    if (!layer || !dialog) return;
    openDialogs.push(layer);
    updateInert();

    const first = initialFocus?.current ?? (bodyRef.current && focusables(bodyRef.current)[0]) ?? dialog;
    first.focus();

    const isTop = () => openDialogs[openDialogs.length - 1] === layer;

    const onKeyDown = (event: KeyboardEvent) => {
      if (!isTop()) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (dismissibleRef.current) onCloseRef.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = focusables(dialog);
      if (items.length === 0) {
        event.preventDefault();
        dialog.focus();
        return;
      }
      const firstItem = items[0]!;
      const lastItem = items[items.length - 1]!;
      const active = document.activeElement;
      if (event.shiftKey && (active === firstItem || active === dialog || !dialog.contains(active))) {
        event.preventDefault();
        lastItem.focus();
      } else if (!event.shiftKey && (active === lastItem || !dialog.contains(active))) {
        event.preventDefault();
        firstItem.focus();
      }
    };

    const onFocusIn = (event: FocusEvent) => {
      if (!isTop()) return;
      const target = event.target as Node | null;
      if (target && !dialog.contains(target) && !isInToasts(target)) {
        (focusables(dialog)[0] ?? dialog).focus();
      }
    };

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      const index = openDialogs.indexOf(layer);
      if (index >= 0) openDialogs.splice(index, 1);
      updateInert();
      const target = opener && opener.isConnected && opener !== document.body ? opener : returnFocus?.current;
      target?.focus();
    };
    // The dialog opens once per mount; later changes of the props do not move focus again.
  }, []);

  return createPortal(
    <div className="modal-layer" ref={layerRef}>
      <div className="modal-backdrop" aria-hidden="true" />
      <div
        ref={dialogRef}
        className={`modal modal-${size}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        data-testid={testId}
      >
        <header className="modal-header">
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          <button
            type="button"
            className="button ghost icon"
            aria-label="Close"
            onClick={onClose}
            disabled={!dismissible}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="modal-body" ref={bodyRef}>
          {children}
        </div>
        {footer && <footer className="modal-footer">{footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}

function isInToasts(node: Node): boolean {
  return node instanceof Element && node.closest('.toasts') !== null;
}
