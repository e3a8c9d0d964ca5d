/** Props of StatusAlert. */
export interface StatusAlertProps {
  /** Accessible name of the status bar ("Import results", "Deletion"). */
  label: string;
  className: string;
  message: string;
  onDismiss(): void;
}

/** A failure in the status bar: what went wrong, and a button to dismiss it. */
export function StatusAlert({ label, className, message, onDismiss }: StatusAlertProps) {
  return (
    <section className={className} aria-label={label}>
      <p role="alert" className="error">
        {message}
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
